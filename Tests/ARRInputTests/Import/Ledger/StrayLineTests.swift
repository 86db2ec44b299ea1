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
}
