import ARRCore
import Testing

@testable import ARRInput

/// Grouped ledger reports beyond QuickBooks' blank group column: Xero's contact name in the
/// first column, balances carried forward, reports grouped by account, and a `Total …` row
/// naming no open customer under `--lenient`.
@Suite struct GroupedReportLayoutsTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "r.csv", bytes: Array(text.utf8))], options: options)
  }

  /// Xero's *Receivable Invoice Detail* grouped by contact: the name alone in the first column
  /// (where the lines have their date), `Total <contact>` and `Total` rows. It was "shape not
  /// recognised". Acme 1,000 a month; Beta 500, 500, then 600 (one seat more).
  static let xero = """
    Receivable Invoice Detail
    Demo Company (Global)
    For the period 1 January 2024 to 31 March 2024

    Invoice Date,Invoice Number,Description,Quantity,Unit Price,Total,Status
    Acme Ltd
    1 Jan 2024,INV-0001,Platform,1,"1,000.00","1,000.00",Paid
    1 Feb 2024,INV-0002,Platform,1,"1,000.00","1,000.00",Paid
    1 Mar 2024,INV-0003,Platform,1,"1,000.00","1,000.00",Awaiting Payment
    Total Acme Ltd,,,,,"3,000.00",
    Beta Inc
    15 Jan 2024,INV-0004,Seats,5,100.00,500.00,Paid
    15 Feb 2024,INV-0005,Seats,5,100.00,500.00,Paid
    15 Mar 2024,INV-0006,Seats,6,100.00,600.00,Paid
    Total Beta Inc,,,,,"1,600.00",
    Total,,,,,"4,600.00",
    """

  @Test func xeroContactNamesInTheFirstColumnAreCustomers() throws {
    let c = try read(Self.xero)
    #expect(c.accounts.map(\.id) == ["Acme Ltd", "Beta Inc"])
    #expect(c.mrrRow("Acme Ltd") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Beta Inc") == [50_000, 50_000, 60_000])
    let f = c.log.files[0]
    // 15 rows below none: 3 title lines + 2 headers + 6 lines + 2 subtotals + 1 total + the
    // blank row (not a row): read 14 = used 6 + skipped 8.
    #expect(f.rowsRead == 14)
    #expect(f.rowsUsed == 6)
    #expect(f.skipped[.customerHeader] == 2)
    #expect(f.skipped[.subtotal] == 2)
    #expect(f.skipped[.totals] == 1)
    // Xero's `Awaiting Payment` (an authorised invoice) is billed and unpaid: the one finding
    // (decided, review 12, F2).
    #expect(c.log.findings.count == 1)
    #expect(
      c.log.findings.first?.contains(
        "1 invoice line ($1,000.00 in all) is not paid (\"Awaiting Payment\" on line 9)") == true)
  }

  /// A subtotal that does not match its lines is a finding, as in QuickBooks' reports: Beta's
  /// lines sum to 1,600.00, its subtotal says 1,500.00 (100.00 apart).
  @Test func aXeroSubtotalIsChecked() throws {
    let text = Self.xero.replacingOccurrences(
      of: "Total Beta Inc,,,,,\"1,600.00\"", with: "Total Beta Inc,,,,,\"1,500.00\"")
    let c = try read(text)
    #expect(
      c.log.findings.contains {
        $0.contains("the subtotal for Beta Inc (line 15) says $1,500.00")
      })
  }

  /// A ledger with no customer column and no group rows stays unread: its lines would all be
  /// "before any customer header".
  @Test func aLedgerWithoutCustomersOrGroupsIsStillRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Date,Memo,Amount
        2024-01-01,Plan,100.00
        TOTAL,,100.00
        """)
    }
    #expect(error.message.contains("shape not recognised"))
  }

  /// QuickBooks' `Beginning Balance` (a balance carried forward, in the date column) is skipped
  /// and reported, not a line whose date is not a date: Alpha bills 500.00 in January and
  /// February. Read 6 = used 2 + skipped 4 (header, balance, subtotal, total).
  @Test func aBeginningBalanceRowIsSkippedAndSaidSo() throws {
    let c = try read(
      """
      ,Date,Transaction Type,Num,Amount,Balance
      Alpha Corp,,,,,
      ,Beginning Balance,,,,"1,000.00"
      ,01/15/2024,Invoice,1001,500.00,"1,500.00"
      ,02/15/2024,Invoice,1005,500.00,"2,000.00"
      Total for Alpha Corp,,,,"$1,000.00",
      TOTAL,,,,"$1,000.00",
      """)
    #expect(c.mrrRow("Alpha Corp") == [50_000, 50_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 6)
    #expect(f.rowsUsed == 2)
    #expect(f.skipped[.footnote] == 1)
    #expect(
      c.log.skipped.contains {
        $0.line == 3 && $0.reason.contains("Beginning Balance: a balance carried forward")
      })
    #expect(c.log.findings.isEmpty)
  }

  /// A General Ledger is grouped by account (Services, Checking…): its groups are not
  /// customers, and its amounts mix cash, receivables and revenue.
  @Test(arguments: ["General Ledger", "Profit and Loss Detail"])
  func aReportGroupedByAccountIsRefused(title: String) throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        \(title)
        ,Date,Transaction Type,Name,Amount
        Services,,,,
        ,01/15/2024,Invoice,Cool Cars,105.00
        Total for Services,,,,105.00
        """)
    }
    #expect(error.message.contains("grouped by something other than customers (\"\(title)\")"))
  }

  /// `Total Alpha Co` names no open customer and has no date: under `--lenient` it is a bad
  /// row that closes the open groups, so the February line below is a bad row too, never the
  /// line of a customer named "Total Alpha Co" (it was: 70.00 in February). Alpha keeps its
  /// January 500.00; read 4 = used 1 + skipped 3 (1 header, 2 bad rows).
  @Test func aLenientTotalRowNamingNoCustomerOpensNoCustomer() throws {
    let c = try read(
      """
      ,Date,Amount
      Alpha Corp,,
      ,2024-01-05,500.00
      Total Alpha Co,,500.00
      ,2024-02-05,70.00
      """, options: ImportOptions(isLenient: true))
    #expect(c.accounts.map(\.id) == ["Alpha Corp"])
    #expect(c.mrrRow("Alpha Corp") == [50_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 4)
    #expect(f.rowsUsed == 1)
    #expect(f.skipped[.badRow] == 2)
    #expect(f.skipped[.customerHeader] == 1)
  }
}
