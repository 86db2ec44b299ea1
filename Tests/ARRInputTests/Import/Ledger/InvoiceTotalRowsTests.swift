import ARRCore
import Testing

@testable import ARRInput

/// An invoice's own row beside its item lines, and an invoice-level amount repeated on each line
/// (session 42, crm lane; trial 41, T41-4: NetSuite's main line and an invoicing tool's
/// invoice-level row were added to the lines, $72,000 for $36,000; Zoho Books' `SubTotal` was
/// read as each line's amount, $60,000, its `Item Total` ignored).
@Suite struct InvoiceTotalRowsTests {
  /// By hand: Acme 1,500 + 500 and Bolt 1,000 a month, January to March 2025: MRR 3,000 each
  /// month (ARR 36,000); each invoice's header row is its total and is left out.
  @Test func netSuiteMainLinesAreTheInvoicesTotals() throws {
    var text = "Date,Type,Document Number,Customer,Main Line,Item,Memo,Amount\n"
    for m in 1...3 {
      let d = "2025-0\(m)-01"
      text += "\(d),Invoice,INV-A\(m),Acme,*,,Acme monthly invoice,2000.00\n"
      text += "\(d),Invoice,INV-A\(m),Acme,,Platform,Platform,1500.00\n"
      text += "\(d),Invoice,INV-A\(m),Acme,,Support,Support,500.00\n"
      text += "\(d),Invoice,INV-B\(m),Bolt,*,,Bolt monthly invoice,1000.00\n"
      text += "\(d),Invoice,INV-B\(m),Bolt,,Platform,Platform,1000.00\n"
    }
    let c = try importLedger(text, name: "saved-search.csv")
    #expect(c.mrrRow("Acme") == [200_000, 200_000, 200_000])
    #expect(c.mrrRow("Bolt") == [100_000, 100_000, 100_000])
    let f = c.log.files[0]
    #expect(f.skipped[.documentTotal] == 6 && f.rowsUsed == 9)
    #expect(f.recognisedColumns.contains("main line: Main Line"))
    #expect(!f.ignoredColumns.contains("Main Line"))
    #expect(
      c.log.notes.contains {
        $0.contains("6 rows are invoices' own total") && $0.contains("each equals its lines' sum")
      })
  }

  /// An invoice-level row with no item after each invoice's lines, equal to their sum: the
  /// invoice's total. By hand: MRR 3,000 a month, as above.
  @Test func anItemlessRowEqualToItsLinesIsTheTotal() throws {
    var text = "Invoice Date,Invoice Number,Customer Name,Item Name,Quantity,Item Price,Amount\n"
    for m in 1...3 {
      let d = "2025-0\(m)-01"
      text += "\(d),INV-A\(m),Acme,Platform,1,1500.00,1500.00\n"
      text += "\(d),INV-A\(m),Acme,Support,1,500.00,500.00\n"
      text += "\(d),INV-A\(m),Acme,,,,2000.00\n"
      text += "\(d),INV-B\(m),Bolt,Platform,1,1000.00,1000.00\n"
      text += "\(d),INV-B\(m),Bolt,,,,1000.00\n"
    }
    let c = try importLedger(text, name: "invoice-details.csv")
    #expect(c.mrrRow("Acme") == [200_000, 200_000, 200_000])
    #expect(c.mrrRow("Bolt") == [100_000, 100_000, 100_000])
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
  }

  /// Controls: an itemless line that is not its invoice's sum is a line (A's 300 beside its
  /// 1,000: MRR 1,300); a main line alone on its invoice (an export of main lines only) is the
  /// invoice (B: 800). A main line that differs from its lines is left out with a finding
  /// naming it (C: 1,100 beside lines of 1,000, tax: MRR 1,000).
  @Test func otherItemlessLinesAndLoneMainLinesAreRead() throws {
    let text = """
      Date,Document Number,Customer,Main Line,Item,Amount
      2025-01-01,INV-1,A,,Platform,1000.00
      2025-01-01,INV-1,A,,,300.00
      2025-01-01,INV-2,B,*,,800.00
      2025-01-01,INV-3,C,*,,1100.00
      2025-01-01,INV-3,C,,Platform,1000.00
      """
    let c = try importLedger(text, name: "ledger.csv")
    #expect(c.mrrRow("A") == [130_000])
    #expect(c.mrrRow("B") == [80_000])
    #expect(c.mrrRow("C") == [100_000])
    let finding = try #require(c.log.findings.first { $0.contains("own total") })
    #expect(finding.contains("line 5 (\"INV-3\") says $1,100.00, its lines sum to $1,000.00"))
  }

  /// Zoho Books' invoice export: `Item Total` is the line's amount, `SubTotal` and `Total` the
  /// invoice's, repeated on each line. By hand: MRR 3,000 a month (it read 5,000: Acme's
  /// two-line 2,000 invoice counted twice).
  @Test func anItemTotalIsReadBeforeTheInvoicesSubtotal() throws {
    var text =
      "Invoice Date,Invoice Number,Customer Name,Invoice Status,Item Name,Item Price,Quantity,"
      + "Item Total,SubTotal,Total,Balance\n"
    for m in 1...3 {
      let d = "2025-0\(m)-01"
      text += "\(d),INV-A\(m),Acme,Closed,Platform,1500.00,1,1500.00,2000.00,2000.00,0.00\n"
      text += "\(d),INV-A\(m),Acme,Closed,Support,500.00,1,500.00,2000.00,2000.00,0.00\n"
      text += "\(d),INV-B\(m),Bolt,Closed,Platform,1000.00,1,1000.00,1000.00,1000.00,0.00\n"
    }
    let c = try importLedger(text, name: "zoho.csv")
    #expect(c.mrrRow("Acme") == [200_000, 200_000, 200_000])
    #expect(c.mrrRow("Bolt") == [100_000, 100_000, 100_000])
    #expect(c.log.files[0].recognisedColumns.contains("amount: Item Total"))
    #expect(c.log.files[0].recognisedColumns.contains("description: Item Name"))
  }
}
