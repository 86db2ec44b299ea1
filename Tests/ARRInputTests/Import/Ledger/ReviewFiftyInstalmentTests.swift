import ARRCore
import Testing

@testable import ARRInput

/// Review 50's misses of session 49's instalment and period rules (imp lane): a counter `k/12`
/// or `termijn k van 12` names an instalment of the year (R50-13, R50-14), an annual paid in 4
/// quarterly instalments each carrying the year pays a quarter a line (R50-15), and Italian
/// service-period headers are read (R50-25).
@Suite struct ReviewFiftyInstalmentTests {
  /// Base 1,000 a month January to November 2026; Inst's lines (date, description, amount),
  /// each carrying the year 2026-01-01 to 2026-12-31.
  static func read(_ inst: [(String, String, String)], asOf: Int = 11) throws -> ImportedCompany {
    let base = (1...11).map { m in
      "2026-\(m < 10 ? "0" : "")\(m)-01,Base,Monthly plan,1000.00,,"
    }
    let lines = inst.map { "\($0.0),Inst,\($0.1),\($0.2),2026-01-01,2026-12-31" }
    return try importLedger(
      (["Date,Customer,Description,Amount,Service Start,Service End"] + base + lines)
        .joined(separator: "\n"),
      options: ImportOptions(asOf: Month(year: 2026, month: asOf)))
  }

  static func monthly(_ text: String) -> [(String, String, String)] {
    (1...11).map { m in
      (
        "2026-\(m < 10 ? "0" : "")\(m)-05", text.replacingOccurrences(of: "{k}", with: "\(m)"),
        "5000.00"
      )
    }
  }

  /// By hand: Inst pays 5,000 a month: as-of MRR 5,000 (headline 72,000, committed 60,000).
  @Test(arguments: ["Annual licence - payment {k}/12", "Jaarlicentie - termijn {k} van 12"])
  func countersNameInstalments(text: String) throws {
    let c = try Self.read(Self.monthly(text))
    #expect(c.mrrRow("Inst").last == 500_000)
    #expect(c.mrrRow("Inst")[3] == 500_000)
  }

  /// R50-15: 60,000 a year in instalments 1 and 2 of 4 (January, April), as of June: each pays
  /// its quarter, 5,000 a month (headline 72,000). Of 2: each pays a half.
  @Test func quarterlyInstalmentsPayAQuarter() throws {
    let c = try Self.read(
      [
        ("2026-01-05", "Annual licence - instalment 1 of 4", "15000.00"),
        ("2026-04-05", "Annual licence - instalment 2 of 4", "15000.00"),
      ], asOf: 6)
    #expect(c.mrrRow("Inst") == Array(repeating: 500_000, count: 6))
    let h = try Self.read(
      [
        ("2026-01-05", "Annual licence - instalment 1 of 2", "30000.00"),
        ("2026-07-05", "Annual licence - instalment 2 of 2", "30000.00"),
      ], asOf: 9)
    #expect(h.mrrRow("Inst").last == 500_000)
  }

  /// The twin: instalments 1 and 2 of 4 a month apart are no quarters: each stays spread over
  /// the year (2 × 15,000 ÷ 12 = 2,500 a month).
  @Test func quarterlyCountersAMonthApartAreNoRun() throws {
    let c = try Self.read(
      [
        ("2026-01-05", "Annual licence - instalment 1 of 4", "15000.00"),
        ("2026-02-05", "Annual licence - instalment 2 of 4", "15000.00"),
      ], asOf: 3)
    #expect(c.mrrRow("Inst").last == 250_000)
  }

  /// Counters: `k/n` not part of a date.
  @Test func slashCounters() {
    #expect(InstalmentPeriods.slashCounter("payment 3/12") == 12)
    #expect(InstalmentPeriods.slashCounter("Rate 2/4") == 4)
    #expect(InstalmentPeriods.slashCounter("invoice 03/12/2026") == nil)
    #expect(InstalmentPeriods.slashCounter("PO 3/12") == nil)
    #expect(InstalmentPeriods.slashCounter("billed 12/2026") == nil)
  }

  /// R50-25: Italian `Competenza dal` / `al`: a 24-month licence of 24,000 is 1,000 a month to
  /// 2027-12 (headline 24,000 with Cliente B's 1,000, committed 12,000).
  @Test func italianPeriodHeadersAreRead() throws {
    let b = (1...11).map { m in
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let last = CivilDate.lastDay(of: Month(year: 2026, month: m)).parts.day
      return
        "\(m + 1);01/\(mm)/2026;Cliente B;Abbonamento mensile;1000,00;01/\(mm)/2026;\(last)/\(mm)/2026"
    }
    let c = try importLedger(
      ([
        "Numero;Data;Cliente;Descrizione;Importo;Competenza dal;Competenza al",
        "1;10/01/2026;Cliente A;Licenza software;24000,00;01/01/2026;31/12/2027",
      ] + b)
      .joined(separator: "\n"))
    #expect(c.mrrRow("Cliente A").last == 100_000)
  }
}
