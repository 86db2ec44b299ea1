import ARRCore
import Testing

@testable import ARRInput

/// Real exports' shapes: pandas' datetime column labels, an accounting export whose first
/// column is the date, Xero's invoice export.
@Suite struct ImportRealWorldTests {
  func read(_ text: String, name: String, options: ImportOptions = ImportOptions()) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: options)
  }

  /// `df.pivot_table(columns="month").to_csv()` writes datetime labels with a time and the
  /// index as an unnamed first column; the cube used to be "shape not recognised".
  @Test(arguments: ["2024-01-31 00:00:00", "2024-01-31T00:00:00Z", "2024-01-31 00:00"])
  func timestampMonthHeadersAreMonths(first: String) throws {
    let text = """
      ,customer,\(first),2024-02-29 00:00:00,2024-03-31 00:00:00
      0,A,100.0,100.0,110.0
      1,B,50.0,50.0,0.0
      """
    let c = try read(text, name: "pivot.csv")
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.monthCount == 3)
    #expect(c.mrrRow("A") == [10_000, 10_000, 11_000])
    #expect(c.mrrRow("B") == [5_000, 5_000, 0])
  }

  @Test(arguments: ["2024-01-31 noon", "Jan 24 10:00", "2024-01 00:00:00x"])
  func otherTextAfterADateIsNoMonth(text: String) {
    #expect(!MonthHeader.read(text).isMonth)
  }

  /// A transaction list whose first column is the date ends with `TOTAL` in that column: a
  /// totals row (excluded and checked), not a line whose date "TOTAL" is not a date.
  @Test func aTotalsRowInTheDateColumnIsATotalsRow() throws {
    let text = """
      Date,Num,Customer,Memo/Description,Amount
      2024-01-01,1001,Acme,Monthly plan,"1,000.00"
      2024-02-01,1005,Acme,Monthly plan,"1,000.00"
      2024-02-15,1006,Beta,Monthly plan,500.00
      TOTAL,,,,"$2,500.00"
      """
    let c = try read(text, name: "transactions.csv")
    let f = try #require(c.log.files.first)
    #expect(f.skipped[.totals] == 1)
    #expect(f.rowsUsed == 3)
    #expect(c.log.notes.contains { $0.contains("the totals row (line 5) equals the sum") })
  }

  /// Xero's invoice export: camel-case headers (`ContactName`, `InvoiceDate`), one row per
  /// line with the invoice's `Total` (tax included) repeated on each, and the line's own
  /// `LineAmount`. The lines are what is billed: 1,000 + 200 a month, not 2 × 1,440.
  @Test func xeroInvoiceExportReadsLineAmounts() throws {
    var text =
      "*ContactName,EmailAddress,*InvoiceNumber,*InvoiceDate,*DueDate,Total,TaxTotal,"
      + "Description,Quantity,UnitAmount,LineAmount,TaxAmount,Currency,Type,Status\n"
    for m in 1...3 {
      for (description, amount) in [("Platform", 1000), ("Seats", 200)] {
        text +=
          "Acme Ltd,a@x.com,INV-\(m),2024-0\(m)-01,2024-0\(m)-28,1440.00,240.00,\(description),"
          + "1,\(amount),\(amount),\(amount / 5),GBP,Sales invoice,Paid\n"
      }
    }
    text +=
      "Acme Ltd,a@x.com,INV-9,2024-03-05,2024-03-28,99.00,0,Typo,1,99,99,0,GBP,Sales invoice,"
      + "Deleted\n"
    let c = try read(text, name: "xero.csv")
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.accounts.map(\.id) == ["Acme Ltd"])
    #expect(c.mrrRow("Acme Ltd") == [120_000, 120_000, 120_000])
    #expect(c.log.currency == "GBP")
    #expect(c.log.files[0].skipped[.voidOrDraft] == 1)
  }

  @Test(arguments: [
    ("InvoiceDate", "invoice date"), ("*ContactName", "contact name"),
    ("LineAmount", "line amount"), ("Customer ID", "customer id"),
    ("Period Start (UTC)", "period start"), ("invoice_date", "invoice date"),
    ("MRR", "mrr"), ("Line1Amount", "line1 amount"),
  ])
  func headersAreNormalised(header: String, key: String) {
    #expect(LedgerLayout.normalized(header) == key)
  }

  /// QuickBooks' "Transaction List by Customer" lists payments (negative) beside the invoices
  /// they pay. Read as credits they cancelled the invoices (Acme's March looked churned); they
  /// are cash, not revenue: skipped and counted.
  @Test func paymentsInATransactionListAreSkipped() throws {
    let text = """
      Transaction List by Customer

      Date,Transaction Type,Num,Customer,Memo/Description,Amount
      2024-01-01,Invoice,1001,Acme,Monthly plan,"1,000.00"
      2024-02-01,Invoice,1005,Acme,Monthly plan,"1,000.00"
      2024-03-01,Invoice,1009,Acme,Monthly plan,"1,000.00"
      2024-03-20,Payment,,Acme,,"-1,000.00"
      2024-03-21,Deposit,,Acme,,"-1,000.00"
      """
    let c = try read(text, name: "quickbooks.csv")
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000])
    let f = try #require(c.log.files.first)
    #expect(f.skipped[.payment] == 2)
    #expect(f.rowsRead == f.rowsUsed + f.rowsSkipped)
    #expect(
      c.log.skipped.contains {
        $0.line == 7 && $0.reason == "payment: cash received, not revenue (type \"Payment\")"
      })
  }

  /// Ids differing only in letter case stay two customers (joined on exact text), with a
  /// finding: an export that changed the case of some ids splits a customer in two.
  @Test func idsDifferingOnlyInCaseAreSaid() throws {
    let text = """
      Customer ID,Invoice Date,Amount
      C2,2024-01-05,100
      c2,2024-02-05,100
      C3,2024-03-05,100
      """
    let c = try read(text, name: "ledger.csv")
    #expect(c.accounts.count == 3)
    let conversion = try c.company()
    #expect(
      conversion.log.findings.contains(
        "customer ids that differ only in letter case are kept apart (ids are joined on their "
          + "exact text): \"C2\" and \"c2\". If they are one customer, make the ids the same."),
      "\(conversion.log.findings)")
  }
}

@Suite struct MissingAmountTests {
  func message(_ text: String) -> String? {
    do {
      _ = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
      return nil
    } catch {
      return error.message
    }
  }

  /// A ledger whose amount column is headed `Amt` was read as a cube (a data row holding three
  /// dates became its header): "month 2024-01 appears twice". It names what is missing.
  @Test(arguments: [
    "Invoice ID,Customer ID,Invoice Date,Service Start,Service End,Amt\n"
      + "I1,C1,2024-01-01,2024-01-01,2024-12-31,1200\nI2,C2,2024-02-01,2024-02-01,2024-02-29,100\n",
    "Customer ID,Invoice Date,Net\nC1,2024-01-01,100\nC2,2024-02-01,100\n",
  ])
  func aLedgerWithoutAnAmountColumnSaysSo(text: String) throws {
    let found = try #require(message(text))
    #expect(found.hasPrefix("ledger.csv:1: reads as an invoice ledger (customer column "))
    #expect(
      found.hasSuffix(
        "but no column is the amount (expected a header named \"amount\", \"line amount\", "
          + "\"total\"; rename the amount column)"), "\(found)")
  }

  /// Merged customer cells saved as CSV keep the name on the first line only: each following
  /// line is a problem (no carrying down: a blank may be a missing customer), and its message
  /// names the customer above and the fix.
  @Test func aCustomerWrittenOnlyOnTheFirstLineGetsAHint() throws {
    let error = try #require(
      throws: ARRQualityError.self,
      performing: {
        try importLedger(
          """
          Customer,Invoice Date,Amount
          Alpha,2024-01-05,100.00
          ,2024-02-05,100.00
          ,2024-03-05,100.00
          """)
      })
    #expect(error.problems.count == 2)
    for p in error.problems {
      #expect(p.column == 1)
      #expect(p.message.contains("written only on a line above (\"Alpha\""))
      #expect(p.message.contains("fill the column down"))
    }
  }

  @Test func aFirstLineWithoutACustomerHasNoHint() throws {
    let error = try #require(
      throws: ARRQualityError.self,
      performing: {
        try importLedger(
          """
          Customer,Invoice Date,Amount
          ,2024-01-05,100.00
          A,2024-02-05,100.00
          """)
      })
    #expect(error.problems.first?.message == "no customer id or name (expected a value)")
  }

  /// Stripe's payments export (charges) is read by its `Created (UTC)` date, each charge in the
  /// month paid, and a note says what it is and what gives the periods (session 54, crm lane;
  /// trial 54, T54-16: it was refused); without a date column it is still named in the refusal.
  @Test func stripesPaymentsExportIsNamed() throws {
    let c = try importLedger(
      """
      id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Status,Customer ID,Captured
      ch_1,Subscription update,Payment complete.,2024-01-05 10:00:00,49.00,0.00,usd,Paid,cus_1,true
      """)
    #expect(c.mrrRow("cus_1") == [4_900])
    #expect(c.log.notes.contains { $0.contains("Stripe's payments export: each charge") })
    let found = try #require(
      message(
        """
        id,Description,Seller Message,Amount,Amount Refunded,Currency,Status,Customer ID,Captured
        ch_1,Subscription update,Payment complete.,49.00,0.00,usd,Paid,cus_1,true
        """))
    #expect(found.contains("shape not recognised"))
    #expect(found.contains("Stripe's payments export"))
    #expect(found.contains("invoice line items"))
  }
}
