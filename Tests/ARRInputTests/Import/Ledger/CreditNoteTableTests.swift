import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A Chargebee credit-notes export beside its invoices is a table of credits joined to them by
/// the invoice each names (``CreditNoteTable``; review 46b, R46b-7: read as a customer list,
/// its credits changed no figure).
@Suite struct CreditNoteTableTests {
  /// Chargebee's invoices: cb_A pays 600 a month from 2025-12 to 2026-11; cb_H an annual
  /// 24,000 invoice, 2001, on 2026-03-01; then `more` invoices.
  static func invoices(_ more: [String] = []) -> String {
    var lines = [
      "Invoice Number,Invoice Date,Customer Id,Customer Company,Amount,Currency,Status,"
        + "Subscription Id,Recurring"
    ]
    for m in 0...11 {
      let date = m == 0 ? "12/01/2025" : "\(m < 10 ? "0" : "")\(m)/01/2026"
      lines.append("\(1001 + m),\(date),cb_A,CB_A Ltd,600.00,USD,Paid,sub_cb_A,Yes")
    }
    lines.append("2001,03/01/2026,cb_H,CB_H Ltd,24000.00,USD,Paid,sub_cb_H,Yes")
    return (lines + more).joined(separator: "\n")
  }

  static let header =
    "Credit Note Number,Credit Note Date,Customer Id,Reference Invoice Number,Amount,Currency,"
    + "Type,Reason Code,Status"

  static func read(invoices: String, credits rows: [String]) throws -> ImportedCompany {
    var options = ImportOptions()
    options.dateOrder = .mdy
    return try ImportFixtures.read(
      [
        ("invoices.csv", invoices),
        ("credit_notes.csv", ([Self.header] + rows).joined(separator: "\n")),
      ], options: options)
  }

  /// CN-1 refunds the whole of 2001 on 2026-04-10, "Subscription Cancellation": cb_H's annual
  /// is no revenue (0 at 2026-11; it counted $24,000 of ARR before), cb_A's 600 a month the
  /// whole ARR ($7,200). The credits file's one row is read and used, and a note says how.
  @Test func aCreditNoteRefundingAnAnnualOnCancellationEndsIt() throws {
    let c = try Self.read(
      invoices: Self.invoices(),
      credits: [
        "CN-1,04/10/2026,cb_H,2001,24000.00,USD,Refundable,Subscription Cancellation,Refunded"
      ])
    #expect(c.mrrRow("cb_H").last == 0)
    #expect(c.mrrRow("cb_A").last == 60_000)
    let f = c.log.files[1]
    #expect(f.rowsRead == 1 && f.rowsUsed == 1)
    #expect(
      c.log.notes.contains(
        "credit_notes.csv: 1 credit note ($24,000.00 in all) read as credits of invoices.csv's "
          + "customers, each naming the invoice it credits under \"Reference Invoice Number\" "
          + "(the lines these credits are cited by are credit_notes.csv's)"))
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// CN-1 cancels 2001 on 03/10 ("Order Change") and 2002 issues it again the next day at the
  /// same amount: cb_H bills one annual, 2,000 a month, not two (review 46b, r16b: $55,200 for
  /// $31,200).
  @Test func aCreditNoteCancellingAnInvoiceIssuedAgainCountsItOnce() throws {
    let c = try Self.read(
      invoices: Self.invoices(["2002,03/11/2026,cb_H,CB_H Ltd,24000.00,USD,Paid,sub_cb_H,Yes"]),
      credits: ["CN-1,03/10/2026,cb_H,2001,24000.00,USD,Adjustment,Order Change,Adjusted"])
    #expect(c.mrrRow("cb_H").last == 200_000)
    #expect(c.mrrRow("cb_A").last == 60_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The hostile twins: a voided credit note credits nothing (cb_H keeps its annual, 2,000 a
  /// month, as with no credits file), and one of a customer with no invoice is skipped,
  /// unjoined; every row read is used or skipped.
  @Test func aVoidedOrUnjoinedCreditNoteChangesNothing() throws {
    let c = try Self.read(
      invoices: Self.invoices(),
      credits: [
        "CN-1,04/10/2026,cb_H,2001,24000.00,USD,Refundable,Subscription Cancellation,Voided",
        "CN-2,04/10/2026,cb_Z,3001,500.00,USD,Refundable,Subscription Cancellation,Refunded",
      ])
    #expect(c.mrrRow("cb_H").last == 200_000)
    let f = c.log.files[1]
    #expect(f.rowsRead == 2 && f.rowsUsed == 0 && f.skipped == [.voidOrDraft: 1, .notJoined: 1])
  }
}
