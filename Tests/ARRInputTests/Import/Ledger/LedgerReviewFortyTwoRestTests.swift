import ARRCore
import Testing

@testable import ARRInput

/// The rest of review 42 (session 43, crm lane): hostile ledgers the session-42 rules misread,
/// each by hand (`docs/import.md`, invoice ledger).
@Suite struct LedgerReviewFortyTwoRestTests {
  /// G2: an invoice-level row holding the invoice's gross (its lines plus 10% tax, the tax in a
  /// `Tax` column) beside its lines net of tax is its total. By hand: Acme 1,000 + 500, Bolt 900
  /// a month: MRR 2,400, $28,800 (it read $60,480: each invoice counted twice, tax and all).
  @Test func aGrossInvoiceRowBesideNetLinesIsTheTotal() throws {
    let rows = (1...3).flatMap { m in
      [
        "A-\(m),2025-0\(m)-01,Acme,,,150.00,1650.00",
        "A-\(m),2025-0\(m)-01,Acme,Platform,Platform subscription,100.00,1000.00",
        "A-\(m),2025-0\(m)-01,Acme,Analytics,Analytics add-on,50.00,500.00",
        "B-\(m),2025-0\(m)-01,Bolt,,,90.00,990.00",
        "B-\(m),2025-0\(m)-01,Bolt,Platform,Platform subscription,90.00,900.00",
      ]
    }
    let c = try importLedger(
      (["Invoice Number,Invoice Date,Customer,Item,Description,Tax,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
    #expect(c.log.notes.contains { $0.contains("6 of them hold the lines' sum plus their tax") })
  }

  /// G2's twin: an itemless line beside a taxed line is a line unless it is their sum plus the
  /// tax: Acme's 300 (tax 30) beside its 1,000 (tax 100) is read, MRR 1,300.
  @Test func anItemlessTaxedLineIsALine() throws {
    let rows = (1...3).flatMap { m in
      [
        "A-\(m),2025-0\(m)-01,Acme,Platform,Platform subscription,100.00,1000.00",
        "A-\(m),2025-0\(m)-01,Acme,,,30.00,300.00",
      ]
    }
    let c = try importLedger(
      (["Invoice Number,Invoice Date,Customer,Item,Description,Tax,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 130_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }

  /// G1, G4: a NetSuite transaction search with its main lines, one item per invoice, in the
  /// posting's sign: the item lines (revenue credits) negative, the main lines (the receivable's
  /// debit) positive. The items are read reversed, the main lines are the totals. By hand:
  /// Acme 1,500, Bolt 900 a month: $28,800 (it read $0), whatever the flag's spelling.
  @Test(arguments: [("*", ""), ("Header", "Line"), ("Yes", "No"), ("T", "F")])
  func mainLinesInThePostingsSign(main: String, line: String) throws {
    let rows = (1...3).flatMap { m in
      [("Acme", "1500.00"), ("Bolt", "900.00")].flatMap { name, amount in
        [
          "Invoice,2025-0\(m)-01,\(name)-\(m),\(name),\(main),,11000 Receivable,\(amount)",
          "Invoice,2025-0\(m)-01,\(name)-\(m),\(name),\(line),Platform,40000 Revenue,-\(amount)",
        ]
      }
    }
    let c = try importLedger(
      (["Type,Date,Document Number,Customer,Main Line,Item,Account,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
    #expect(
      c.log.notes.contains { $0.contains("6 of them are the lines' sum in the opposite sign") })
    #expect(c.log.notes.contains { $0.contains("read with its sign reversed") })
  }

  /// G1's twin: main lines and their items both positive (the invoice's sign) are read as
  /// written: Acme 1,000 + 500, Bolt 900 a month, $28,800, no sign reversed.
  @Test func mainLinesInTheInvoicesSignAreReadAsWritten() throws {
    let rows = (1...3).flatMap { m in
      [
        "Invoice,2025-0\(m)-01,A-\(m),Acme,*,,1500.00",
        "Invoice,2025-0\(m)-01,A-\(m),Acme,,Platform,1000.00",
        "Invoice,2025-0\(m)-01,A-\(m),Acme,,Analytics,500.00",
        "Invoice,2025-0\(m)-01,B-\(m),Bolt,*,,900.00",
        "Invoice,2025-0\(m)-01,B-\(m),Bolt,,Platform,900.00",
      ]
    }
    let c = try importLedger(
      (["Type,Date,Document Number,Customer,Main Line,Item,Amount"] + rows)
        .joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(!c.log.notes.contains { $0.contains("read with its sign reversed") })
    #expect(c.log.notes.contains { $0.contains("each equals its lines' sum") })
  }
}
