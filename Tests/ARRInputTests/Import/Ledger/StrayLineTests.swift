import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A line of any rhythm dated whole years past the month its account's next line is due, after
/// every other line, sets no as-of month (review 52b, R52b-11; `LedgerImporter+StrayLine`).
@Suite struct StrayLineTests {
  /// Five monthly payers (6,000 a month together) billed on the 3rd of 2026-01 to 2026-10;
  /// `extra` lines follow.
  static func ledger(_ extra: [String]) -> String {
    var rows = ["Date,Customer,Description,Amount"]
    let payers = [("Acme", 1000), ("Beta", 2000), ("Cobalt", 1500), ("Delta", 600), ("Echo", 900)]
    for m in 1...10 {
      for (name, amount) in payers {
        rows.append("2026-\(m < 10 ? "0" : "")\(m)-03,\(name),Subscription,\(amount).00")
      }
    }
    return (rows + extra).joined(separator: "\n") + "\n"
  }

  static func read(_ text: String) throws -> ImportedCompany {
    try ImportFixtures.read([("ledger.csv", text)])
  }

  /// Zeta's annual renewal, due 2026-10, typed `2027-10-15` (t02): as of 2026-10, the renewal
  /// read a year earlier, 72,000 + 24,000 = 96,000 (was as of 2027-10, 24,000, no finding). A
  /// quarterly payer's October line typed a year on reads the same.
  @Test(arguments: [
    [
      "2025-10-15,Zeta,Annual subscription,24000.00",
      "2027-10-15,Zeta,Annual subscription,24000.00",
    ],
    [
      "2026-01-15,Zeta,Quarterly plan,6000.00", "2026-04-15,Zeta,Quarterly plan,6000.00",
      "2026-07-15,Zeta,Quarterly plan,6000.00", "2027-10-15,Zeta,Quarterly plan,6000.00",
    ],
  ])
  func aRenewalTypedAYearOnIsReadAYearEarlier(zeta: [String]) throws {
    let c = try Self.read(Self.ledger(zeta))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("Zeta").last == 200_000)
    #expect(c.mrrRow("Acme").last == 100_000)
    let finding = try #require(c.log.findings.first { $0.contains("dated 2027-10-15") })
    #expect(finding.contains("read a year earlier, a mistyped year"))
  }

  /// Twins: a renewal a year after the last invoice counts where it is; one due later (a
  /// 24-month term) or beside a renewal already in its month is not read a year earlier.
  @Test func renewalsOnTheirRhythmStay() throws {
    let renewed = try Self.read(
      Self.ledger([
        "2025-10-15,Zeta,Annual subscription,24000.00",
        "2026-10-15,Zeta,Annual subscription,24000.00",
      ]))
    #expect(renewed.asOf == Month(year: 2026, month: 10))
    #expect(renewed.mrrRow("Zeta").last == 200_000)
    #expect(!renewed.log.findings.contains { $0.contains("mistyped") })
    for zeta in [
      [
        "2025-10-15,Zeta,Subscription (24 months),48000.00",
        "2027-10-15,Zeta,Subscription (24 months),48000.00",
      ],
      [
        "2025-10-15,Zeta,Annual subscription,24000.00",
        "2026-10-15,Zeta,Annual subscription,24000.00",
        "2027-10-15,Zeta,Annual subscription,24000.00",
      ],
      [
        "2025-11-15,Zeta,Annual subscription,24000.00",
        "2027-10-15,Zeta,Annual subscription,24000.00",
      ],
    ] {
      let c = try Self.read(Self.ledger(zeta))
      #expect(!c.log.findings.contains { $0.contains("read a year earlier") })
    }
  }

  /// The error reading `text`, if it is refused.
  static func refusal(_ text: String) -> ARRQualityError? {
    do {
      _ = try read(text)
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      return nil
    }
  }

  /// Zeta, a monthly payer from 2026-01, its October invoice typed `2206-10-03` (trial 50,
  /// c28): 179 years past its next invoice is no stray line read at 2026-10 but a typo
  /// refused, naming file, line, column and the latest month expected (2027-11: a year past
  /// 2026-11, the month after the other lines' end).
  @Test func aDateCenturiesOnIsRefused() throws {
    var zeta = (1...9).map { "2026-0\($0)-10,Zeta,Subscription,500.00" }
    zeta.append("2206-10-03,Zeta,Subscription,500.00")
    let error = try #require(Self.refusal(Self.ledger(zeta)))
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "ledger.csv:61:1: Date \"2206-10-03\" (\"Zeta\", $500.00) is 180 years after every "
        + "other line (they end in 2026-10): is a year mistyped? Expected 2027-11 or earlier (a "
        + "year past its account's next invoice at most); correct the date, or give --as-of "
        + "2026-10 or earlier to read the file without it")
  }

  /// Twins: the same October typed a year on (`2027-10-03`) is read in 2026-10 as before;
  /// typed two years on (`2028-10-03`) it is refused; an annual renewal due 2026-10 typed two
  /// years on is refused too, and a line saying it bills ahead (`scheduled`) two years on is
  /// no typo to refuse (read by the stray rule as before).
  @Test func onlyAYearOnIsAStrayLine() throws {
    let monthly = (1...9).map { "2026-0\($0)-10,Zeta,Subscription,500.00" }
    let c = try Self.read(Self.ledger(monthly + ["2027-10-03,Zeta,Subscription,500.00"]))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("Zeta").last == 50_000)
    let twoYears = try #require(
      Self.refusal(Self.ledger(monthly + ["2028-10-03,Zeta,Subscription,500.00"])))
    #expect(twoYears.message.hasPrefix("ledger.csv:61:1: Date \"2028-10-03\""))
    #expect(twoYears.message.contains("is 2 years after every other line"))
    let annual = try #require(
      Self.refusal(
        Self.ledger([
          "2025-10-15,Zeta,Annual subscription,24000.00",
          "2028-10-15,Zeta,Annual subscription,24000.00",
        ])))
    #expect(annual.message.contains("Expected 2027-11 or earlier"))
    let scheduled = try Self.read(
      Self.ledger(monthly + ["2028-10-03,Zeta,Subscription (scheduled),500.00"]))
    #expect(scheduled.asOf == Month(year: 2026, month: 10))
  }
}
