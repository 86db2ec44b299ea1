import ARRCore
import Testing

@testable import ARRInput

/// Invoices issued the month before (or after) the month they bill, the month named in the
/// description or in a column of its own (session 42, crm lane; trial 41, T41-6: every month
/// shifted one early, headline $18,000 for $42,000, a customer still paying in the as-of month
/// "left").
@Suite struct NamedServiceMonthsTests {
  /// The trial's ledger cut to three customers, invoiced on the 28th for the next month, the
  /// export taken 2025-04-30 (it holds May's invoices): Acme 1,000 and Cato 500 January to May,
  /// Bolt 2,000 January to April (its last invoice, 28 March, is for April). `column`: the
  /// month in a column of its own too, under that header.
  static func ledger(column: String? = nil) -> String {
    var text =
      "Invoice No,Invoice Date,Customer,\(column.map { "\($0)," } ?? "")Description,Amount\n"
    let names = ["", "January", "February", "March", "April", "May"]
    for m in 1...5 {
      let invoiced = m == 1 ? "2024-12-28" : "2025-0\(m - 1)-28"
      var rows = [("Acme", "1000.00"), ("Cato", "500.00")]
      if m <= 4 { rows.append(("Bolt", "2000.00")) }
      for (customer, amount) in rows {
        text +=
          "INV-\(m)\(customer),\(invoiced),\(customer),\(column == nil ? "" : "2025-0\(m),")"
          + "Subscription - \(names[m]) 2025,\(amount)\n"
      }
    }
    return text
  }

  /// By hand as of 2025-04 (the latest invoice's month): Acme 1,000 + Cato 500 + Bolt 2,000 =
  /// 3,500 (ARR 42,000); Bolt leaves in May; May's invoices are counted after the as-of month.
  static func expectHandFigures(_ c: ImportedCompany) {
    #expect(c.asOf == Month(year: 2025, month: 4))
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000, 100_000])
    #expect(c.mrrRow("Bolt") == [200_000, 200_000, 200_000, 200_000])
    #expect(c.mrrRow("Cato") == [50_000, 50_000, 50_000, 50_000])
  }

  @Test func aMonthNamedInTheDescriptionIsTheMonthBilled() throws {
    let c = try importLedger(Self.ledger())
    Self.expectHandFigures(c)
    #expect(
      c.log.notes.contains {
        $0.contains("14 lines name the month they bill")
          && $0.contains("invoiced the month before it (billed ahead)")
      })
  }

  @Test(arguments: ["Service Month", "Billing Period", "Period", "Revenue Month"])
  func aColumnOfMonthsIsTheMonthServed(header: String) throws {
    let c = try importLedger(Self.ledger(column: header))
    Self.expectHandFigures(c)
    #expect(c.log.files[0].recognisedColumns.contains("service_date: \(header)"))
  }

  /// Controls: lines naming their own invoice month change nothing, and a `Period` column of
  /// fiscal periods is ignored, the lines read by their dates.
  @Test func ownMonthsAndFiscalPeriodsChangeNothing() throws {
    let own = try importLedger(
      """
      Invoice Date,Customer,Description,Amount
      2025-01-01,A,Subscription - January 2025,100.00
      2025-02-01,A,Subscription - February 2025,100.00
      2025-03-01,A,Subscription - March 2025,100.00
      """)
    #expect(own.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(!own.log.notes.contains { $0.contains("name the month they bill") })
    let fiscal = try importLedger(
      """
      Invoice Date,Customer,Period,Amount
      2025-01-01,A,FY25 P07,100.00
      2025-02-01,A,FY25 P08,100.00
      """)
    #expect(fiscal.mrrRow("A") == [10_000, 10_000])
    #expect(fiscal.log.files[0].ignoredColumns.contains("Period"))
  }
}

/// A term named by its cadence ("Annual subscription") or written as a period in a column of its
/// own (`Service Period`, `Term`: "2024-07-01 to 2025-06-30") (session 42, crm lane; trial 41,
/// T41-9: a single $6,000 "Annual subscription" was spread over 3 months by its size, and page
/// one called its customer's false churn).
@Suite struct CadenceTermTests {
  /// By hand at 2025-03: Dune's one "Annual subscription" of 6,000 (2024-07-01) is 500 a month to
  /// June 2025; Cato pays 1,000 a month "Monthly subscription" (January 2024 on).
  @Test func annualInTheDescriptionIsTheTerm() throws {
    var text = "Customer,Invoice Date,Description,Amount\n"
    text += "Dune LLC,2024-07-01,Annual subscription,6000.00\n"
    for m in 1...15 {
      let (y, mm) = m <= 12 ? (2024, m) : (2025, m - 12)
      text += "Cato Ltd,\(y)-\(mm < 10 ? "0" : "")\(mm)-01,Monthly subscription,1000.00\n"
    }
    let c = try importLedger(text)
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("Dune LLC").suffix(9) == ArraySlice(Array(repeating: 50_000, count: 9)))
    #expect(c.mrrRow("Cato Ltd").allSatisfy { $0 == 100_000 })
  }

  /// A line billed every month under a cadence word is no term: "Annual plan" 1,000 a month
  /// stays 1,000 a month; an annual contract billed monthly too.
  @Test func aCadenceBilledMoreOftenIsNoTerm() throws {
    let c = try importLedger(
      """
      Customer,Invoice Date,Description,Amount
      A,2025-01-01,Annual plan,1000.00
      A,2025-02-01,Annual plan,1000.00
      A,2025-03-01,Annual plan,1000.00
      B,2025-03-01,Platform fee - annual contract,400.00
      """)
    #expect(c.mrrRow("A") == [100_000, 100_000, 100_000])
    #expect(DescribedTerm.cadence("Platform fee - annual contract") == nil)
    #expect(DescribedTerm.cadence("Annual subscription") == 12)
    #expect(DescribedTerm.cadence("Support - billed quarterly") == 3)
    #expect(DescribedTerm.cadence("Semi-annual plan") == 6)
    #expect(DescribedTerm.cadence("Annual plan, billed monthly") == nil)
  }

  /// A `Service Period` (or `Term`) column of periods: by hand, Dune's 6,000 for 2024-07-01 to
  /// 2025-06-30 is 500 a month.
  @Test(arguments: ["Service Period", "Term", "Coverage Period"])
  func aColumnOfPeriodsIsTheServicePeriod(header: String) throws {
    let c = try importLedger(
      """
      Customer,Invoice Date,Description,Amount,\(header)
      Dune LLC,2024-07-01,Subscription,6000.00,2024-07-01 to 2025-06-30
      Cato Ltd,2025-03-01,Subscription,1000.00,
      """)
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("Dune LLC").last == 50_000)
  }
}
