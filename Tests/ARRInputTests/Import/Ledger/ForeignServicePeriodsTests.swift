import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-1 and T48-19 (fixtures `/work/team/s48/trial/c01b_german_periods_depth.py` and
/// `c17_seats_midmonth.py`, made smaller): service-period headers in German, French and Spanish,
/// a period in one cell, and Chargebee's `Date From` / `Date To` are read as the line's service
/// period; a month column that is each line's own invoice month is not.
@Suite struct ForeignServicePeriodsTests {
  /// A German register: Kunde A pays 100,00 a month for its month (January to June 2024), Kunde
  /// B 3.600,00 on 01.06.2024 for the year to 31.05.2025. `periods(start, end)` writes the
  /// period cells. By hand: B 300 a month from June, annual to 2025-05-31; 12 × 400 = €4,800.
  static func register(_ headers: String, _ periods: (String, String) -> String) -> String {
    let a = (1...6).map { m -> String in
      let first = "01.0\(m).2024"
      let last = "\(CivilDate.lastDay(of: Month(year: 2024, month: m)).parts.day).0\(m).2024"
      return "RE-\(m);\(first);Kunde A;Lizenz monatlich;100,00;\(periods(first, last))"
    }
    return
      (["Rechnungsnummer;Rechnungsdatum;Kunde;Artikel;Nettobetrag;\(headers)"] + a
      + ["RE-9;01.06.2024;Kunde B;Jahreslizenz;3.600,00;\(periods("01.06.2024", "31.05.2025"))"])
      .joined(separator: "\n")
  }

  @Test(arguments: [
    "Leistungszeitraum von;Leistungszeitraum bis", "Leistungsbeginn;Leistungsende",
    "Période du;Période au", "Début de période;Fin de période", "Periodo desde;Periodo hasta",
  ])
  func twoColumnsInAnotherLanguageAreThePeriod(headers: String) throws {
    let c = try importLedger(Self.register(headers) { "\($0);\($1)" })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 480_000)
    #expect(c.mrrRow("Kunde B").last == 30_000)
    #expect(c.account("Kunde B")?.contractType == .annual)
    #expect(c.account("Kunde B")?.contractEndDate == CivilDate("2025-05-31"))
  }

  @Test(arguments: ["Leistungszeitraum", "Abrechnungszeitraum", "Période de service"])
  func aRangeInOneCellIsThePeriod(header: String) throws {
    let c = try importLedger(Self.register(header) { "\($0) - \($1)" })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 480_000)
    #expect(c.account("Kunde B")?.contractEndDate == CivilDate("2025-05-31"))
  }

  /// Twin: an `Abrechnungszeitraum` of months, each its line's own invoice month (a posting
  /// period), is no service period: the column is ignored.
  @Test func aPostingMonthIsNoPeriod() throws {
    let c = try importLedger(
      Self.register("Abrechnungszeitraum") { first, _ in
        String(first.dropFirst(3).prefix(2)) + "/2024"
      })
    #expect(c.log.files[0].ignoredColumns.contains("Abrechnungszeitraum"))
  }

  /// Chargebee's line items: Acme's plan, 100 for each month on the 1st, and on 2024-03-16 a
  /// `Pro seats (+3, prorated)` line of 45 for 2024-03-16 to 2024-03-31; the plan 190 from
  /// April. By hand: March 145 (the plan is never the one-off), April to June 190.
  static func seats(periods: Bool) -> String {
    let plan = (1...6).map { m in
      let first = LedgerReviewFortyFiveTests.day(m)
      let last = CivilDate.lastDay(of: Month(year: 2024, month: m))
      let p = periods ? ",\(first),\(last)" : ""
      return "INV-\(m),\(first),cust_1,Pro plan,\(m < 4 ? "100.00" : "190.00")\(p)"
    }
    let seat =
      "INV-30,2024-03-16,cust_1,\"Pro seats (+3, prorated)\",45.00"
      + (periods ? ",2024-03-16,2024-03-31" : "")
    let header =
      "Invoice Number,Invoice Date,Customer Id,Description,Amount"
      + (periods ? ",Date From,Date To" : "")
    return ([header] + plan + [seat]).joined(separator: "\n")
  }

  @Test func dateFromAndDateToAreThePeriod() throws {
    let c = try importLedger(Self.seats(periods: true))
    #expect(c.mrrRow("cust_1") == [10_000, 10_000, 14_500, 19_000, 19_000, 19_000])
    #expect(c.oneTimeRow("cust_1").allSatisfy { $0 == 0 })
    #expect(c.account("cust_1")?.rules.contains(.prorationAddOn) == true)
  }

  /// Twin: without a period, a line saying "prorated" is no proration (its period is unknown).
  @Test func aProratedWordWithoutAPeriodIsNoProration() throws {
    let c = try importLedger(Self.seats(periods: false))
    #expect(c.account("cust_1")?.rules.contains(.prorationAddOn) == false)
  }
}
