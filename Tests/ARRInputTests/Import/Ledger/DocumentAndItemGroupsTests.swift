import ARRCore
import Testing

@testable import ARRInput

/// Grouped reports whose groups are not customers: invoices (Xero's *Receivable Invoice Detail*
/// grouped by invoice number, trial 54, T54-5) and items (QuickBooks' *Sales by Item Detail*,
/// T54-9).
@Suite struct DocumentAndItemGroupsTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "r.csv", bytes: Array(text.utf8))], options: options)
  }

  /// Xero's detail report grouped by `groups`, each with one line a month on `days` (one date
  /// for an invoice's group).
  static func xero(_ groups: [(String, [String])]) -> String {
    var rows = [
      "Receivable Invoice Detail", "Demo Company (US)",
      "For the period 1 January 2025 to 30 June 2025",
      "", "Invoice Date,Source,Reference,Description,Quantity,Gross,Status",
    ]
    for (name, dates) in groups {
      rows.append(name)
      for d in dates { rows.append("\(d),Receivable Invoice,R1,Retainer,1,500.00,Paid") }
      rows.append("Total \(name),,,,1,\(dates.count * 500).00,")
    }
    return rows.joined(separator: "\n")
  }

  /// T54-5 (c02): groups named `INV-0006`, `CN-0025`…, each dated once, are documents: refused
  /// naming the grouping (was 34 customers, $114K from $32.6K billed).
  @Test func invoiceGroupsAreRefused() throws {
    let text = Self.xero([
      ("CN-0025", ["27 Jun 2025"]), ("INV-0006", ["30 Jan 2025"]), ("INV-0007", ["27 Feb 2025"]),
      ("INV-0008", ["30 Mar 2025"]),
    ])
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.message.contains("grouped by invoice"))
    #expect(error.message.contains("\"CN-0025\""))
  }

  /// Twins: customer codes billed each month, and named customers billed once each, are read.
  @Test func customerCodesAndOneInvoiceCustomersAreRead() throws {
    let months = ["15 Jan 2025", "15 Feb 2025", "15 Mar 2025"]
    let codes = try read(
      Self.xero([("CUST-001", months), ("CUST-002", months), ("CUST-003", months)]))
    #expect(codes.accounts.count == 3)
    let once = try read(
      Self.xero([
        ("Acme Ltd", ["15 Mar 2025"]), ("Beta Inc", ["16 Mar 2025"]),
        ("Gamma LLC", ["17 Mar 2025"]),
      ]))
    #expect(once.accounts.count == 3)
  }

  @Test(arguments: [
    ("INV-0006", true), ("CN-0025", true), ("INV25-10815", true), ("SI #1042", true),
    ("10815", true), ("Acme Ltd", false), ("3M", false), ("A00100 (CHULERIA)", false),
    ("INV-12", false), ("Studio 54", false), ("ACCOUNTS-0001", false),
  ])
  func documentNumbers(name: String, isDocument: Bool) {
    #expect(LedgerReader.isDocumentNumber(name) == isDocument)
  }

  /// T54-9 (c10): QuickBooks' *Sales by Item Detail*: the groups are items (`Parts` > `A00100
  /// (…)`), each line's `Name` its customer: Monte Adentro 120 + 120 = 240, Mister Price 563.50.
  static let byItem = """
    "Type","Date","Num","Memo","Name","Qty","Sales Price","Amount","Balance"
    "Parts",,,,,,,,""
    "A00100 (CHULERIA Original)",,,,,,,,""
    "Invoice","10/08/2025","INV-815","CHULERIA Original","Monte Adentro Corp",10,12.00,120.00,120.00
    "Invoice","10/09/2025","INV-816","CHULERIA Original","Mister Price",10,12.00,120.00,240.00
    "Total A00100 (CHULERIA Original)",,,,,20,,240.00,240.00
    "A00101 (CHULERIA Spicy)",,,,,,,,""
    "Invoice","10/08/2025","INV-815","CHULERIA Spicy","Monte Adentro Corp",10,12.00,120.00,120.00
    "Invoice","10/09/2025","INV-816","CHULERIA Spicy","Mister Price",10,12.00,120.00,240.00
    "Total A00101 (CHULERIA Spicy)",,,,,20,,240.00,240.00
    "A00402 (BELCA Adobo)",,,,,,,,""
    "Invoice","10/09/2025","INV-816","BELCA Adobo","Mister Price",23,24.50,563.50,563.50
    "Total A00402 (BELCA Adobo)",,,,,23,,563.50,563.50
    "Total Parts",,,,,63,,1043.50,1043.50
    "TOTAL",,,,,63,,1043.50,1043.50
    """

  @Test func itemGroupsTakeTheirCustomersFromTheNameColumn() throws {
    let c = try read(Self.byItem, options: ImportOptions(dateOrder: .mdy))
    #expect(Set(c.accounts.map(\.id)) == ["Monte Adentro Corp", "Mister Price"])
    #expect(c.log.notes.contains { $0.contains("grouped by item or product") })
  }

  /// Twin: QuickBooks Desktop's report by customer, its `Name` the group or a `Customer:Job`
  /// of it: the groups stay the customers.
  @Test func aNameColumnRepeatingTheGroupKeepsTheGroups() throws {
    let text = """
      "Type","Date","Num","Memo","Name","Qty","Sales Price","Amount","Balance"
      "Acme Corp",,,,,,,,""
      "Invoice","01/05/2025","1001","Platform","Acme Corp",1,900.00,900.00,900.00
      "Invoice","02/05/2025","1002","Platform","Acme Corp:Project X",1,900.00,900.00,1800.00
      "Invoice","03/05/2025","1003","Platform","Acme Corp",1,900.00,900.00,2700.00
      "Total Acme Corp",,,,,3,,2700.00,2700.00
      "Beta Inc",,,,,,,,""
      "Invoice","01/07/2025","1004","Platform","Beta Inc",1,400.00,400.00,400.00
      "Invoice","02/07/2025","1005","Platform","Beta Inc",1,400.00,400.00,800.00
      "Invoice","03/07/2025","1006","Platform","Beta Inc",1,400.00,400.00,1200.00
      "Total Beta Inc",,,,,3,,1200.00,1200.00
      "TOTAL",,,,,6,,3900.00,3900.00
      """
    let c = try read(text, options: ImportOptions(dateOrder: .mdy))
    #expect(Set(c.accounts.map(\.id)) == ["Acme Corp", "Beta Inc"])
  }

  /// T54-9's as-of month: one account of thirteen invoiced in October for September (its
  /// services in arrears) is no billing in arrears of the file: as of 2025-10 (was 2025-09, the
  /// other twelve's October lines after it). Twin: one of three is: as of 2025-09.
  @Test(arguments: [(12, 10), (2, 9)])
  func aFewLinesInArrearsKeepTheLastMonth(others: Int, asOf: Int) throws {
    var rows = ["Date,Customer,Description,Amount,Service Start,Service End"]
    for k in 1...others {
      rows.append("2025-09-01,Customer \(k),Platform,100.00,,")
      rows.append("2025-10-01,Customer \(k),Platform,100.00,,")
    }
    rows.append("2025-09-03,Sudoc,Support,300.00,2025-08-01,2025-08-31")
    rows.append("2025-10-03,Sudoc,Support,300.00,2025-09-01,2025-09-30")
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2025, month: asOf))
  }

  /// T54-7 (c03): Xero's account transactions with `Opening Balance` and `Closing Balance`
  /// rows holding a debit or credit read without --lenient (they refused the file); a line
  /// with a debit and no date is still a problem.
  @Test func balancesCarriedForwardAreSkipped() throws {
    let text = """
      Account Transactions
      Demo Company (US)
      Date,Source,Contact,Description,Reference,Debit,Credit,Account Code
      400 - Sales
      Opening Balance,,,,,0.00,500.00,
      01 Jan 2026,Receivable Invoice,Acme,Platform - monthly,INV-1,,1000.00,400
      01 Feb 2026,Receivable Invoice,Acme,Platform - monthly,INV-2,,1000.00,400
      01 Feb 2026,Receivable Invoice,Beta,Platform - monthly,INV-3,,400.00,400
      Closing Balance,,,,,0.00,2900.00,
      """
    let c = try importLedger(text, name: "Account_Transactions.csv")
    #expect(c.mrrRow("Acme").last == 100_000)
    let bad = text.replacingOccurrences(of: "Closing Balance", with: "Feb adjustment")
    #expect(throws: ARRQualityError.self) {
      try importLedger(bad, name: "Account_Transactions.csv")
    }
  }

  /// T54-19 (c24): Unleashed's `BCSubTotal` (the base currency's) beside `SubTotal` (each
  /// document's own) is the amount: Acme 1,000 a month in USD is 1,500.00 of base currency.
  /// Twin: `SubTotal` alone is read.
  @Test(arguments: [true, false])
  func aBaseCurrencyAmountIsRead(hasBase: Bool) throws {
    var rows = ["InvoiceNumber,InvoiceDate,Customer,SubTotal" + (hasBase ? ",BCSubTotal" : "")]
    for m in 1...3 {
      rows.append("SI-\(m),2026-0\(m)-01,Acme,1000.00" + (hasBase ? ",1500.00" : ""))
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == (hasBase ? 150_000 : 100_000))
  }

  /// T54-22 (c27): Invoice2go's `DocumentDate` dates its invoices, not `DatePaid`, blank on
  /// unsent ones (each line was a problem, `date "" is not a date`).
  @Test func theDocumentDateDatesAnInvoiceNotTheDayPaid() throws {
    let c = try importLedger(
      """
      DocumentDate,DocumentNumber,Customer,DatePaid,TotalAmount
      2026-01-28,1,Barry Gordon,,950.00
      2026-02-28,2,Barry Gordon,2026-03-02,950.00
      2026-02-28,3,Diana Prince,,400.00
      """)
    #expect(c.mrrRow("Barry Gordon").last == 95_000)
    #expect(c.asOf == Month(year: 2026, month: 2))
  }

  /// T54-6 (c01): Xero's Invoice Summary has no description; its `Reference` in words says what
  /// an invoice is for: Bank West's lone `Training` invoice is one-time (it was an annual
  /// contract). Twin: a reference of codes (`RPT400-1`) describes nothing.
  @Test func aReferenceInWordsDescribesTheInvoice() throws {
    let c = try importLedger(
      """
      Invoice Number,Contact,Invoice Date,Reference,Gross
      INV-0001,Acme,2026-01-05,Monthly Support,500.00
      INV-0002,Acme,2026-02-05,Monthly Support,500.00
      INV-0003,Acme,2026-03-05,Monthly Support,500.00
      INV-0004,Bank West,2026-03-10,Training,1500.00
      """)
    #expect(c.oneTime.reduce(0, +) == 150_000)
    #expect(
      LedgerLayout.holdsWords(
        ImportTable(
          file: "t.csv",
          records: [
            .init(line: 1, cells: ["Reference"]), .init(line: 2, cells: ["RPT400-1"]),
            .init(line: 3, cells: ["RPT400-2"]), .init(line: 4, cells: ["Training"]),
          ]), headerIndex: 0, column: 0) == false)
  }
}
