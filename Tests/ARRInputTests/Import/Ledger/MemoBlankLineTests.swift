import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Under a memo column with no item column, a blank-memo row equal to its document's other
/// rows is a line (review 44, W-11); rows left out only because they equal their document's
/// other rows are a finding with the stake (W-12).
@Suite struct MemoBlankLineTests {
  /// QuickBooks' Sales by Customer Detail: `Seat` 400 + `Seat` 400 + a blank memo's 800. By
  /// hand: Acme 1,600 a month, $19,200 ($9,600 with the 800 left out).
  @Test func aBlankMemoEqualToTheOthersIsALine() throws {
    let c = try importLedger(
      (["Type,Date,Num,Customer,Memo/Description,Amount"]
        + (1...3).flatMap { m in
          [
            "Invoice,2025-0\(m)-01,A-\(m),Acme,Seat,400.00",
            "Invoice,2025-0\(m)-01,A-\(m),Acme,Seat,400.00",
            "Invoice,2025-0\(m)-01,A-\(m),Acme,,800.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_920_000)
    #expect(c.log.files[0].skipped[.documentTotal] == nil)
  }

  /// Twin: under an item column the blank row equal to the others is the invoice's own row,
  /// left out, and a finding gives what it holds. By hand: Acme 800 a month, $9,600.
  @Test func underAnItemColumnItIsTheInvoicesRowWithAFinding() throws {
    let c = try importLedger(
      (["Invoice Number,Date,Customer,Item,Amount"]
        + (1...3).flatMap { m in
          [
            "A-\(m),2025-0\(m)-01,Acme,Seat,400.00",
            "A-\(m),2025-0\(m)-01,Acme,Seat,400.00",
            "A-\(m),2025-0\(m)-01,Acme,,800.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 960_000)
    #expect(c.log.files[0].skipped[.documentTotal] == 3)
    #expect(
      c.log.findings.contains {
        $0.contains("check: 3 rows with no item or description") && $0.contains("$2,400.00")
      })
  }
}
