import ARRCore
import Testing

@testable import ARRInput

/// Review 47b's credits of a whole term charge (R47b-8, R47b-9): a credit naming no invoice
/// but equal to the one charge of its account in term names it
/// (``CreditsEndingTerms/soleEqualCharges(_:in:uses:)``), and a charge issued on a named whole
/// credit's day is its re-issue, the credited invoice no month of the billing rhythm
/// (``CreditsEndingTerms/sameDayReissue(of:by:lines:in:)``). Each with its twin.
@Suite struct SoleEqualCreditTests {
  /// R47b-8: Heron's annual 5000 (24,000 for 20 seats) credited in full by a memo naming no
  /// invoice, "Seat reduction", and issued again the next day at 15 seats for 18,000: Heron
  /// bills 18,000 a year, 1,500 a month, as when the memo names 5000 (it counted both, 3,500).
  @Test func anUnnamedCreditOfTheSoleTermChargeNamesIt() throws {
    let c = try WholeRefundTermTests.read([
      "03/01/2026,Invoice,5000,Heron,Annual subscription (12 months) - 20 seats,\"24,000.00\"",
      "03/10/2026,Credit Memo,CM-1,Heron,Seat reduction - annual subscription credited,"
        + "\"-24,000.00\"",
      "03/11/2026,Invoice,5001,Heron,Annual subscription (12 months) - 15 seats,\"18,000.00\"",
    ])
    #expect(c.mrrRow("Heron").last == 150_000)
    #expect(c.mrrRow("Falcon").last == 150_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The twin: a credit of one month of Falcon's monthly plan, naming no invoice, equals twelve
  /// charges in term, so it names none: it stays a one-off credit and Falcon bills 1,500 a
  /// month to the end.
  @Test func anUnnamedCreditOfOneOfManyEqualChargesNamesNone() throws {
    let c = try WholeRefundTermTests.read([
      "05/10/2026,Credit Memo,CM-5,Falcon,Service credit,\"-1,500.00\""
    ])
    #expect(c.mrrRow("Falcon").last == 150_000)
    #expect(c.mrrRow("Falcon")[5] == 150_000)
    #expect(!c.log.notes.contains { $0.contains("issued again") })
  }

  /// R47b-9: cb_H's annual 2001 (24,000, 03/01) credited in full on 06/10 by CN-1 naming it
  /// ("Order Change"), and 2002 issued that day for 12,000: 2002 is the re-issue, read on its
  /// own (an annual of 12,000, 1,000 a month), the credited invoice no month of the rhythm (its
  /// month and 2002's read as a quarterly rhythm, and cb_H churned). A note names both.
  @Test func aChargeOnANamedWholeCreditsDayIsItsReissue() throws {
    let c = try CreditNoteTableTests.read(
      invoices: CreditNoteTableTests.invoices([
        "2002,06/10/2026,cb_H,CB_H Ltd,12000.00,USD,Paid,sub_cb_H,Yes"
      ]),
      credits: ["CN-1,06/10/2026,cb_H,2001,24000.00,USD,Adjustment,Order Change,Adjusted"])
    #expect(c.mrrRow("cb_H").last == 100_000)
    #expect(c.mrrRow("cb_A").last == 60_000)
    #expect(
      c.log.notes.contains {
        $0.contains("credits the whole $24,000.00 of \"2001\"")
          && $0.contains("issued again as \"2002\"")
          && $0.contains("the credited charge would count besides")
      })
    #expect(!c.log.findings.contains { $0.contains("nothing is billed after it") })
  }

  /// The twin: cb_A's May invoice 1006 credited in full by name and billed again on the
  /// credit's day at its amount (June's 1007 on 06/01): the plan's next month is no re-issue
  /// (``CreditsEndingTerms/isBilledAgain(_:after:lines:in:)``): no note, cb_A bills 600 a month.
  @Test func aMonthlyPlansNextMonthOnTheCreditsDayIsNoReissue() throws {
    let c = try CreditNoteTableTests.read(
      invoices: CreditNoteTableTests.invoices(),
      credits: ["CN-2,06/01/2026,cb_A,1006,600.00,USD,Adjustment,Order Change,Adjusted"])
    #expect(c.mrrRow("cb_A").last == 60_000)
    #expect(!c.log.notes.contains { $0.contains("issued again") })
  }
}
