import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A credit naming the invoice it equals, beside a new invoice for the same items at a
/// corrected price, cancels that invoice (review 44b, X-4: both kept, $46,200 for $35,400).
@Suite struct CorrectedReissueTests {
  /// Acme 1,000 and Bolt 900 a month through 2024; Bolt's December invoice credited by
  /// `credit`, and `again` after it.
  static func ledger(credit: String, again: [String]) -> String {
    var rows = ["Invoice Number,Invoice Date,Customer,Description,Amount"]
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      rows.append("A-\(m),\(d),Acme,Platform subscription,1000.00")
      rows.append("B-\(m),\(d),Bolt,Platform subscription,900.00")
    }
    rows.append("CN-1,2024-12-05,Bolt,\(credit),-900.00")
    return (rows + again).joined(separator: "\n")
  }

  /// Re-issued at 950 the day of the credit. By hand: Acme 1,000 + Bolt 950 a month, $23,400.
  @Test func aCorrectedReissueNetsTheCreditedInvoice() throws {
    let c = try importLedger(
      Self.ledger(
        credit: "Credit note for B-12 (wrong price)",
        again: ["B-13,2024-12-05,Bolt,Platform subscription,950.00"]))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_340_000)
    #expect(c.log.notes.contains { $0.contains("read as cancelling") })
  }

  /// Twin: a credit naming the invoice, the new document billing something else (an add-on
  /// bought the same day), is no re-issue: the rule does not net it.
  @Test func aNewDocumentForAnotherItemIsNoReissue() throws {
    let c = try importLedger(
      Self.ledger(
        credit: "Credit note for B-12 (goodwill)",
        again: ["B-13,2024-12-05,Bolt,Analytics add-on,950.00"]))
    #expect(!c.log.notes.contains { $0.contains("read as cancelling") })
  }
}
