import ARRCore
import Testing

@testable import ARRInput

/// Review 43's findings on a ledger's invoice rows, the rest (session 44, crm lane): a report
/// grouped by invoice (V22), a posting's main line beyond its lines (V21). By hand, each
/// beside a twin.
@Suite struct LedgerReviewFortyThreeRestTests {
  func read(_ header: String, _ rows: [String]) throws -> ImportedCompany {
    try importLedger(([header] + rows).joined(separator: "\n"))
  }

  /// V22: a report grouped by invoice writes the customer and date on the invoice's row only;
  /// its item lines, under its number, are its lines, and the invoice row its total. By hand:
  /// Acme 1,000 + 500, Bolt 900 a month, $28,800 (the gross read, $31,680).
  @Test func linesUnderTheirInvoicesRowAreItsLines() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Item,Tax,Amount",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,,150.00,1650.00", "A-\(m),,,Platform,100.00,1000.00",
          "A-\(m),,,Analytics,50.00,500.00", "B-\(m),2025-0\(m)-01,Bolt,,90.00,990.00",
          "B-\(m),,,Platform,90.00,900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 6)
    #expect(c.log.files[0].skipped[.footnote] == nil)
    #expect(
      c.log.notes.contains { $0.contains("9 lines (the first on line 3) leave the customer") })
  }

  /// V22's twin: a row under the invoice's number with no amount, and a row with an amount
  /// under another number, are footnotes as before: Acme 1,000 a month, $12,000.
  @Test func aMemoRowOrAnotherNumberIsNoLineOfTheInvoice() throws {
    let c = try read(
      "Invoice Number,Invoice Date,Customer,Item,Amount",
      (1...3).flatMap { m in
        [
          "A-\(m),2025-0\(m)-01,Acme,Platform,1000.00", "A-\(m),,,Thank you for your business,",
          "X-\(m),,,Platform,500.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
    #expect(c.log.files[0].skipped[.footnote] == 6)
    #expect(!c.log.notes.contains { $0.contains("leave the customer") })
  }

  /// V21: a NetSuite search keeping the receivable's main line (+1,650) and the income lines
  /// (−1,000, −500), the tax posting left out: the main line is $150.00 beyond its lines, not
  /// −$3,150.00. By hand: Acme 1,500, Bolt 900 a month, $28,800. (Twins: a main line that
  /// is its lines' sum in the opposite sign differs from nothing,
  /// `LedgerReviewFortyTwoRestTests.mainLinesInThePostingsSign`; one in the lines' sign keeps
  /// its signed gap, `InvoiceTotalRowsTests.otherItemlessLinesAndLoneMainLinesAreRead`.)
  @Test func aMainLineBeyondItsLinesInTheOppositeSignSaysByHowMuch() throws {
    let c = try read(
      "Type,Date,Document Number,Customer,Main Line,Item,Amount",
      (1...3).flatMap { m in
        [
          "Invoice,2025-0\(m)-01,A-\(m),Acme,*,,1650.00",
          "Invoice,2025-0\(m)-01,A-\(m),Acme,,Platform,-1000.00",
          "Invoice,2025-0\(m)-01,A-\(m),Acme,,Analytics,-500.00",
          "Invoice,2025-0\(m)-01,B-\(m),Bolt,*,,990.00",
          "Invoice,2025-0\(m)-01,B-\(m),Bolt,,Platform,-900.00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(
      c.log.findings.contains {
        $0.contains(
          "6 of them differ: line 2 (\"A-1\") is $1,650.00 in the opposite sign to its lines, "
            + "which sum to $1,500.00 ($150.00 beyond them, 10.0%)")
      })
  }
}
