import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 50's wrong catches of session 49's rules (income statements, bookings labels, name
/// currencies, report ranges, described terms, short rows, rounded ids), each with the
/// reviewer's case in small.
@Suite struct ReviewFiftyTests {
  static func read(_ name: String, _ text: String, values: ImportValues = .auto) throws
    -> ImportedCompany
  {
    try ImportFixtures.read([(name, text)], options: ImportOptions(values: values))
  }

  static let six = "Customer,Jan-26,Feb-26,Mar-26,Apr-26,May-26,Jun-26"

  /// R50-1: `COGS` and `Gross margin` under a cube's `Total MRR` are its summary rows, no
  /// statement: five customers, MRR 8,000. Twin: a P&L totalling its revenue lines, then its
  /// costs, is still refused.
  @Test func aCubesCostFooterIsNoIncomeStatement() throws {
    let rows = [
      "Acme,1000,1000,1000,1000,1000,1000", "Beta Corp,2000,2000,2000,2000,2000,2000",
      "Cobalt,3000,3000,3000,3000,3000,3000", "Delta,500,500,500,500,500,500",
      "Echo,1500,1500,1500,1500,1500,1500", "Total MRR,8000,8000,8000,8000,8000,8000",
      "COGS,2000,2000,2000,2000,2000,2000", "Gross margin,6000,6000,6000,6000,6000,6000",
    ]
    let c = try Self.read("mrr.csv", ([Self.six] + rows).joined(separator: "\n"), values: .mrr)
    #expect(c.accounts.count == 5)
    let pnl = [
      "Line,Jan-26,Feb-26,Mar-26", "Subscription revenue,900,950,1000",
      "Services revenue,100,100,100", "Total revenue,1000,1050,1100",
      "Cost of revenue,300,300,300", "Gross profit,700,750,800",
    ].joined(separator: "\n")
    #expect(throws: ARRQualityError.self) { try Self.read("pl.csv", pnl, values: .mrr) }
  }

  /// R50-2: section headings without amounts (`Subscription revenue`, `Services revenue`) over
  /// a cube's customers, in a file named "P&L …", are no revenue lines: three customers.
  @Test func revenueSectionHeadingsAreNoStatementLines() throws {
    let text = [
      "Customer,Jan-26,Feb-26,Mar-26,Apr-26", "Subscription revenue,,,,",
      "Acme,1000,1000,1000,1000", "Beta,2000,2000,2000,2000", "Services revenue,,,,",
      "Cobalt,500,500,500,500",
    ].joined(separator: "\n")
    let c = try Self.read("P&L revenue by customer.csv", text, values: .mrr)
    #expect(c.accounts.count == 3)
  }

  /// R50-6, R50-30: a budget *rate* names no forecast; `excludes pipeline` names no bookings.
  /// Twins: `MRR forecast by customer` and `Bookings excluding renewals` still stop.
  @Test(
    arguments: [
      ("MRR by customer (USD, converted at budget FX rates)", nil),
      ("ARR by customer (excludes pipeline)", nil),
      ("Revenue by customer, ex pipeline", nil),
      ("MRR forecast by customer", BookingsLabel.Kind.forecast),
      ("Bookings by customer (excluding renewals)", .bookings),
    ] as [(String, BookingsLabel.Kind?)])
  func negationsAndRatesSayNoLabel(title: String, kind: BookingsLabel.Kind?) {
    #expect(BookingsLabel.kind(title) == kind)
  }

  /// R50-36: a tab named `Bookings` whose title says `MRR by customer (actuals)` is read; twin:
  /// the same tab without the title still stops.
  @Test func aTitleNamingRevenueSettlesOverTheSheetName() throws {
    let rows: [[XLSXWriter.Cell]] = [
      ["Customer", "Jan-26", "Feb-26", "Mar-26"], ["Acme", "1000", "1000", "1000"],
      ["Beta", "2000", "2000", "2000"],
    ]
    let titled = XLSXWriter.workbook([
      XLSXWriter.Sheet("Bookings", rows: [["MRR by customer (actuals)"]] + rows)
    ])
    let c = try Importer.read([Importer.SourceFile(name: "sales.xlsx", bytes: titled)])
    #expect(c.accounts.count == 2)
    let bare = XLSXWriter.workbook([XLSXWriter.Sheet("Bookings", rows: rows)])
    #expect(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "sales.xlsx", bytes: bare)])
    }
  }

  /// R50-10: a workbook's name naming EUR says nothing of a tab's currency; R50-9 and R50-33:
  /// a sheet `UK_Ltd_GBP` and a file `mrr_gbp.csv` name GBP.
  @Test func onlyASheetsOrACSVsNameNamesACurrency() {
    #expect(TitleCurrency.named(sheet: "US MRR", file: nil, line: 2) == nil)
    #expect(TitleCurrency.named(sheet: "UK_Ltd_GBP", file: nil, line: 2)?.code == "GBP")
    #expect(TitleCurrency.named(sheet: nil, file: "exports/mrr_gbp.csv", line: 2)?.code == "GBP")
    // Lower case only for the major currencies: `all_customers.csv` names no lek.
    #expect(TitleCurrency.named(sheet: nil, file: "all_customers.csv", line: 2) == nil)
  }

  /// R50-19: four schools' licences co-termed to 2026, each invoiced once from January to March,
  /// are terms, not a report range: Ashford's 12,000 is 1,000 a month. Twin: one range on
  /// monthly payers' lines, ending with the export, is still the report range (R49-5).
  @Test func coTermedLicencesAreTerms() throws {
    let header = "Invoice Date,Customer,Description,Amount,Service Start,Service End"
    let licences = [
      "2026-01-10,Ashford Academy,Site licence,12000.00,2026-01-01,2026-12-31",
      "2026-01-20,Dunmore School,Site licence,18000.00,2026-01-01,2026-12-31",
      "2026-02-15,Brookfield High,Site licence,24000.00,2026-01-01,2026-12-31",
      "2026-03-05,Carrow College,Site licence,6000.00,2026-01-01,2026-12-31",
    ]
    let c = try Self.read("ledger.csv", ([header] + licences).joined(separator: "\n"))
    #expect(c.mrrRow("Ashford Academy").last == 100_000)
    #expect(!c.log.notes.contains { $0.contains("report range") })
    let monthly = (1...6).flatMap { m in
      ["A", "B"].map { "2026-0\(m)-01,\($0),Plan,500.00,2026-01-01,2026-06-30" }
    }
    let r = try Self.read("ledger.csv", ([header] + monthly).joined(separator: "\n"))
    #expect(r.log.notes.contains { $0.contains("report range") })
    #expect(r.mrrRow("A").last == 50_000)
  }

  /// R50-20, R50-21: `… - upgrade; billed monthly` and `instalment no. k/12` bill their month:
  /// 1,000 a month, never a year's spread (each line 83.33 a month).
  @Test(arguments: [
    "Annual plan (12 months) - upgrade; billed monthly",
    "Annual licence (12 months) - instalment no. %d/12",
  ])
  func monthlyInstalmentsOfAnAnnualPayTheirMonth(words: String) throws {
    let header = "Date,Customer,Description,Amount,Service Start,Service End"
    let base = (1...11).map { m in "2026-\(m < 10 ? "0" : "")\(m)-01,Base,Monthly plan,1000.00,," }
    let acme = (9...11).map { m in
      "2026-\(m < 10 ? "0" : "")\(m)-03,Acme,\(words.replacingOccurrences(of: "%d", with: String(m - 8))),1000.00,,"
    }
    let c = try Self.read("ledger.csv", ([header] + base + acme).joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
    // Twin: `PO no. 3/12` stays a date.
    #expect(!LedgerMinimums.countsOutOfTwelve("Licence - PO no. 3/12"))
    #expect(LedgerMinimums.countsOutOfTwelve("Licence - instalment no. 3/12"))
  }

  /// R50-29: a newest-first cube's rows ending early miss their earliest months: no finding.
  /// Twin: oldest first, a row ending early is the finding (T48-12).
  @Test func shortRowsOfANewestFirstCubeAreLateStarts() throws {
    let newest =
      "Customer,Jun-26,May-26,Apr-26,Mar-26,Feb-26,Jan-26\nAcme,100,100,100,100,100,100\nBeta,200,200,200\nCobalt,300,300\n"
    let c = try Self.read("cube.csv", newest, values: .mrr)
    #expect(!c.log.findings.contains { $0.contains("before the header's last column") })
    #expect(c.mrrRow("Beta") == [0, 0, 0, 20_000, 20_000, 20_000])
    let oldest =
      "Customer,Jan-26,Feb-26,Mar-26,Apr-26,May-26,Jun-26\nAcme,100,100,100,100,100,100\nBeta,200,200,200\n"
    let o = try Self.read("cube.csv", oldest, values: .mrr)
    #expect(o.log.findings.contains { $0.contains("before the header's last column") })
  }

  /// R50-35: rounded ids beside a name column are keyed by the names: four customers, a note.
  @Test func roundedIDsBesideNamesAreKeyedByName() throws {
    let text = [
      "Account Number,Account Name,Jan-26,Feb-26,Mar-26", "1.23457E+14,Acme Corp,100,100,100",
      "1.23457E+14,Beta Ltd,200,200,200", "9.87654E+14,Cobalt Inc,300,300,300",
      "1.23457E+14,Delta GmbH,50,50,50",
    ].joined(separator: "\n")
    let c = try Self.read("cube.csv", text, values: .mrr)
    #expect(c.accounts.count == 4)
    #expect(
      c.log.notes.contains {
        $0.contains("4 rows (first on line 2) have a customer id in scientific notation")
      })
  }
}
