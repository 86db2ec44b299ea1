import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 51's wrong catches and misses of session 50's lead rules: pipeline sections
/// (R51-10, R51-11), balances (R51-12), negations (R51-31), a workbook's name's currency
/// (R51-28) and a contracts list's totals row in another language (R51-29).
@Suite struct ReviewFiftyOneTests {
  static func read(_ name: String, _ text: String, options: ImportOptions = ImportOptions())
    throws -> ImportedCompany
  {
    try ImportFixtures.read([(name, text)], options: options)
  }

  static let signed = """
    Customer,Product,ARR,Contract Start,Contract End,Billing
    Sierra Health,Platform,"$96,000",2025-07-01,2027-06-30,Annual

    """

  /// R51-10: a blank line (or a totals row) ends a pipeline section: Tango and Uniform, added
  /// below the pipeline deal after a blank line, are contracts (3 live: $282,000; they had
  /// been swallowed, $96,000); the note names the section's last row.
  @Test(arguments: ["\n", "TOTAL,,\"$156,000\",,,\n"])
  func aBlankLineOrATotalsRowEndsThePipeline(separator: String) throws {
    let text =
      Self.signed + "Pipeline\nX-Ray Media,Platform,\"$60,000\",2026-09-01,2027-08-31,Annual\n"
      + separator
      + "Tango Freight,Platform,\"$36,000\",2026-01-15,2027-01-14,Annual\n"
      + "Uniform Bank,Platform,\"$150,000\",2026-05-01,2029-04-30,Annual\n"
    let c = try Self.read(
      "ARR_schedule.csv", text,
      options: ImportOptions(asOf: Month(year: 2026, month: 10), isLenient: true))
    #expect(
      Set(c.accounts.map(\.id)) == ["Sierra Health", "Tango Freight", "Uniform Bank"],
      "\(c.accounts.map(\.id))")
    #expect(
      c.log.notes.contains {
        $0.contains("1 row under \"Pipeline\" (line 3) is a deal not signed (line 4)")
      })
  }

  /// R51-11: headings of signed or live deals are no pipeline, however they name deals
  /// (`Closed Won Opportunities`, `Renewals in negotiation`); open ones are.
  @Test(arguments: [
    ("Closed Won Opportunities", false), ("Renewals in negotiation", false),
    ("Active customers", false), ("Signed contracts", false), ("Opportunities", true),
    ("Open Opportunities", true), ("Forecast", true), ("Proposals pending", true),
    ("Pipeline (not signed)", true), ("Deals not yet signed", true), ("Upside", true),
    ("New opportunities", true), ("Negotiation", true),
  ])
  func signedHeadingsAreNoPipeline(heading: String, isPipeline: Bool) {
    #expect(PipelineSection.isPipeline(heading) == isPipeline)
  }

  /// R51-12: a title whose other words name revenue is no balance (`… ties to the deferred
  /// revenue schedule`, a company named `Receivables Hub`); a file name's `balance` counts
  /// only among a balance report's words (`Balance_Labs_customer_data` is a company's).
  @Test(
    arguments: [
      (
        "Monthly recurring revenue by customer (USD) - ties to the deferred revenue schedule",
        false, nil
      ),
      ("Receivables Hub Inc. - MRR by customer (USD)", false, nil),
      ("Deferred revenue balance by customer", false, BookingsLabel.Kind.balance),
      ("AR aging by customer", false, .balance),
      ("Balance Labs customer data", true, nil),
      ("AR Balances 2026", true, .balance),
      ("customer balances", true, .balance),
    ] as [(String, Bool, BookingsLabel.Kind?)])
  func balanceWordsBesideRevenueAreNoBalance(text: String, isName: Bool, kind: BookingsLabel.Kind?)
  {
    #expect(BookingsLabel.kind(text, isName: isName) == kind)
  }

  @Test func aCompanyNamedBalanceLabsIsRead() throws {
    let text = "Customer,Jan-26,Feb-26,Mar-26\nAcme,1000,1000,1000\nBeta,2000,2000,2000\n"
    let c = try Self.read("Balance_Labs_customer_data.csv", text)
    #expect(c.accounts.count == 2)
    #expect(throws: ARRQualityError.self) { try Self.read("AR_balances_by_customer.csv", text) }
  }

  /// R51-31: `not`, `rather than`, `instead of` leave out what follows, as `excludes` does:
  /// `New bookings by customer (ACV at signing - not MRR)` says bookings (it was read as MRR,
  /// $720,000); `MRR by customer, not bookings` says MRR.
  @Test(
    arguments: [
      ("New bookings by customer (ACV at signing - not MRR)", BookingsLabel.Kind.bookings),
      ("Bookings rather than revenue", .bookings),
      ("Bookings instead of revenue, by customer", .bookings),
      ("MRR by customer, not bookings", nil),
      ("Budget vs actual", nil),
    ] as [(String, BookingsLabel.Kind?)])
  func negationsLeaveOutWhatFollows(title: String, kind: BookingsLabel.Kind?) {
    #expect(BookingsLabel.kind(title) == kind)
    #expect(!BookingsLabel.namesRevenue(title) || kind == nil)
  }

  /// R51-28: a one-sheet workbook named `UK_Ltd_MRR_GBP.xlsx` of plain numbers is in pounds,
  /// with a note (since R50-10 it was assumed dollars); a sheet whose cells say US$ keeps them.
  @Test func aWorkbooksNameNamesItsCurrencyWhenNothingElseDoes() throws {
    let rows: [[XLSXWriter.Cell]] = [
      ["Customer", "Jan-26", "Feb-26", "Mar-26"],
      ["Acme", 1000, 1000, 1000],
      ["Beta", 2000, 2000, 2000],
    ]
    let book = XLSXWriter.workbook([XLSXWriter.Sheet("Sheet1", rows: rows)])
    let c = try Importer.read(
      [Importer.SourceFile(name: "UK_Ltd_MRR_GBP.xlsx", bytes: book)],
      options: ImportOptions(values: .mrr))
    #expect(c.log.currency == "GBP")
    #expect(
      c.log.notes.contains {
        $0.contains("the workbook's name \"UK_Ltd_MRR_GBP.xlsx\" names the currency, GBP")
      })
    let dollars: [[XLSXWriter.Cell]] = [
      ["Customer", "Jan-26", "Feb-26", "Mar-26"],
      ["Acme", "US$1,000", "US$1,000", "US$1,000"],
    ]
    let pack = XLSXWriter.workbook([XLSXWriter.Sheet("Sheet1", rows: dollars)])
    let d = try Importer.read(
      [Importer.SourceFile(name: "Board_pack_EUR.xlsx", bytes: pack)],
      options: ImportOptions(values: .mrr))
    #expect(d.log.currency == "USD")
  }

  /// R51-29: a contracts list's `Summe` row (and `Gesamt`, `Totale`, `合計`) is its totals row,
  /// as `TOTAL` is: three contracts, $282,000 (it was refused, "start is not a date").
  @Test(arguments: ["Summe", "Gesamt", "Totale", "合計", "TOTAL"])
  func aContractListsForeignTotalIsItsTotalsRow(label: String) throws {
    let text = """
      Customer,ARR,Contract Start,Contract End,Billing
      Sierra Health,"96,000",2025-07-01,2027-06-30,Annual
      Tango Freight,"36,000",2026-01-15,2027-01-14,Annual
      Uniform Bank,"150,000",2026-05-01,2029-04-30,Annual
      \(label),"282,000",,,

      """
    let c = try Self.read(
      "ARR_Liste.csv", text, options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    #expect(c.accounts.count == 3)
  }
}
