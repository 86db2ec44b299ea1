import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 49's regressions of the session's ledger rules (instalments, term discounts, described
/// terms, period columns), each with the reviewer's case in small.
@Suite struct ReviewFortyNineLedgerTests {
  static func ledger(
    _ rows: [String], header: String = "Date,Customer,Description,Amount,Service Start,Service End"
  )
    throws -> ImportedCompany
  {
    try ImportFixtures.read([("ledger.csv", header + "\n" + rows.joined(separator: "\n") + "\n")])
  }

  /// A base of monthly payers to the file's end, so the ledger's months run to 2026-11.
  static let base = (1...11).map { m in
    "2026-\(m < 10 ? "0" : "")\(m)-01,Base,Monthly plan,1000.00,,"
  }

  /// R49-1: an annual paid in three payments in successive months, each carrying the year, is
  /// spread: 3 × 4,000 over 12 months = 1,000 a month, never one month each.
  @Test func anAnnualPaidInThreePaymentsIsSpread() throws {
    let rows =
      Self.base
      + (1...3).map { m in
        "2026-0\(m)-05,Quin,Annual licence,4000.00,2026-01-01,2026-12-31"
      }
    let c = try Self.ledger(rows)
    // 4,000 ÷ 12 = 333.33 three times: a cent of rounding.
    #expect((99_999...100_001).contains(c.mrrRow("Quin")[10]))
  }

  /// The instalment rule still reads monthly lines of one period to the file's end, and a run
  /// whose words count instalments.
  @Test func instalmentsToTheFileEndOrNamedStillRead() throws {
    let toEnd =
      Self.base
      + (1...11).map { m in
        "2026-\(m < 10 ? "0" : "")\(m)-05,Inst,Annual licence,5000.00,2026-01-01,2026-12-31"
      }
    #expect(try Self.ledger(toEnd).mrrRow("Inst")[10] == 500_000)
    let named =
      Self.base
      + (1...3).map { m in
        "2026-0\(m)-05,Inst,Annual licence - installment \(m) of 12,5000.00,2026-01-01,2026-12-31"
      }
    #expect(try Self.ledger(named).mrrRow("Inst")[0] == 500_000)
  }

  /// R49-8: a prepayment applied on an annual's invoice is no discount (left out as before);
  /// a credit saying discount is one (T48-11 kept).
  @Test(arguments: [("Less: prepayment received", false), ("Annual prepay discount 15%", true)])
  func onlyACreditSayingDiscountIsOne(words: String, isDiscount: Bool) throws {
    let rows =
      Self.base + [
        "2026-01-05,Quin,Annual licence,12000.00,2026-01-01,2026-12-31",
        "2026-01-05,Quin,\(words),-1800.00,,",
      ]
    let c = try Self.ledger(rows)
    #expect(c.mrrRow("Quin")[5] == (isDiscount ? 85_000 : 100_000))
  }

  /// R49-6, R49-7: a date `PO 3/12` keeps a 24-month term; "switched from monthly billing"
  /// keeps an annual's 12 months. Twin: "instalment 3 of 12" on a year's term still vetoes.
  @Test func datesAndOtherPlansKeepTheDescribedTerm() throws {
    #expect(DescribedTerm.duration("Subscription (24 months) - PO 3/12")?.months == 24)
    #expect(
      DescribedTerm.duration("Pro plan - annual (12 months), switched from monthly billing")?
        .months == 12)
    #expect(DescribedTerm.duration("12-month licence - instalment 3/12") == nil)
    #expect(DescribedTerm.duration("Annual (12 months), billed monthly") == nil)
  }

  /// R49-4: `Date From`/`Date To` as net-30 windows are no service periods: the annual is
  /// spread over its year by its size, as without the columns; R49-5: one report range on every
  /// line likewise.
  @Test func paymentWindowsAndReportRangesAreNoPeriods() throws {
    func day(_ m: Int, _ d: Int) -> String {
      "2026-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
    var window = (1...11).map { m in
      "\(day(m, 1)),Base,Monthly plan,1000.00,\(day(m, 1)),\(day(m, 1))"
    }
    window = window.map { row in
      let f = row.split(separator: ",").map(String.init)
      let start = f[4]
      let d = CivilDate(
        daysSinceEpoch: CivilDate(
          year: Int(start.prefix(4))!, month: Int(start.dropFirst(5).prefix(2))!, day: 1)!
          .daysSinceEpoch + 30)
      let (y, m, dd) = d.parts
      return [
        f[0], f[1], f[2], f[3], start, "\(y)-\(m < 10 ? "0" : "")\(m)-\(dd < 10 ? "0" : "")\(dd)",
      ].joined(separator: ",")
    }
    let c = try Self.ledger(window, header: "Date,Customer,Description,Amount,Date From,Date To")
    #expect(c.log.notes.contains { $0.contains("a payment window, not what the line pays for") })
    let range = (1...11).flatMap { m in
      [
        "\(day(m, 1)),Base,Monthly plan,1000.00,2025-01-01,2026-11-30",
        "\(day(m, 1)),Other,Monthly plan,500.00,2025-01-01,2026-11-30",
      ]
    }
    let r = try Self.ledger(range, header: "Date,Customer,Description,Amount,Period from,Period to")
    #expect(r.mrrRow("Base")[10] == 100_000)
    #expect(r.log.notes.contains { $0.contains("the export's report range") })
  }
}
