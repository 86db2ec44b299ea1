import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47b, R47b-12: a credit note's number beside an invoice's own number and date is a link
/// to the credit of that invoice, not a sign of a credits table (``CreditTable/invoiceHeaders``).
@Suite struct CreditNoteLinkTests {
  /// Chargebee's invoices with a `Credit Note Number` column (blank but for 2001's CN-1) beside
  /// the credit notes: read as invoices (they were refused as a credits table), CN-1 refunding
  /// 2001 on cancellation: cb_H 0, cb_A 600 a month.
  @Test func anInvoicesCreditNoteColumnIsALink() throws {
    let invoices = CreditNoteTableTests.invoices().split(separator: "\n").enumerated().map {
      $0.offset == 0
        ? $0.element + ",Credit Note Number"
        : $0.element + ($0.element.hasPrefix("2001,") ? ",CN-1" : ",")
    }.joined(separator: "\n")
    let c = try CreditNoteTableTests.read(
      invoices: invoices,
      credits: [
        "CN-1,04/10/2026,cb_H,2001,24000.00,USD,Refundable,Subscription Cancellation,Refunded"
      ])
    #expect(c.mrrRow("cb_H").last == 0)
    #expect(c.mrrRow("cb_A").last == 60_000)
  }

  /// The twin: a table whose own number is the credit note's, with no invoice number or date,
  /// is still refused as a table of credits.
  @Test func aTableNumberedByItsCreditNotesIsStillRefused() {
    let message = CreditTableTests().refusal([
      (
        "export.csv",
        "Credit Note Number,Date,Customer,Amount\nCN-1,2026-04-10,cb_H,240.00\n"
          + "CN-2,2026-05-10,cb_A,60.00\n"
      )
    ])
    #expect(message?.contains("its column \"Credit Note Number\" is a credit memo's") == true)
  }
}
