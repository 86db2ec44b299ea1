import ARRCore
import Testing

@testable import ARRInput

/// A credit naming a term charge and equal to the whole of it cancels the charge whatever is
/// billed after; the charge issued in its place counts on its own, at its own price
/// (``CreditsEndingTerms/namedReplacement(of:by:lines:in:)``; review 46b, R46b-3).
@Suite struct NamedWholeCreditTests {
  /// Heron's annual 5000 (24,000, 12 months from 2026-03-01) credited in full by CM-1 naming
  /// it, then issued again on 03/11 as 5001 at `price` for 12 months: Heron bills 5001 alone,
  /// `price` / 12 a month (R46b-3: a downgrade to 18,000 counted both, 3,500 a month for
  /// 1,500; an upgrade to 30,000 the same). A note names the credited charge and the new one.
  @Test(arguments: [("seat count reduced", 18_000), ("seats added", 30_000)])
  func aNamedWholeCreditReissuedAtAnotherPriceCountsTheNewPriceOnly(
    reason: String, price: Int64
  ) throws {
    let c = try WholeRefundTermTests.read([
      "03/01/2026,Invoice,5000,Heron,Annual subscription (12 months) - 20 seats,\"24,000.00\"",
      "03/10/2026,Credit Memo,CM-1,Heron,Credit for invoice 5000 - \(reason),\"-24,000.00\"",
      "03/11/2026,Invoice,5001,Heron,Annual subscription (12 months),\"\(price / 1000),000.00\"",
    ])
    #expect(c.mrrRow("Heron").last == price * 100 / 12, "\(reason)")
    #expect(try c.checkedTieOut().isBalanced)
    let money = price == 18_000 ? "$18,000.00" : "$30,000.00"
    #expect(
      c.log.notes.contains {
        $0.contains(
          "\"CM-1\" (line 15) credits the whole $24,000.00 of \"5000\" (line 14) (\"Heron\", "
            + "2026-03-01), issued again as \"5001\" (line 16) on 2026-03-11 for \(money), read "
            + "on its own")
      }, "\(reason)")
  }

  /// Review 47b, R47b-2: a support add-on of another product bought after the plan's credit
  /// "to be re-issued" is no re-issue of the plan: no note reads it as one, and the add-on
  /// counts on its own beside whatever the other rules make of the plan. The twin: the plan
  /// issued again under its own description is the re-issue (above).
  @Test func anAddOnOfAnotherProductIsNoReissue() throws {
    let c = try WholeRefundTermTests.read([
      "03/01/2026,Invoice,5000,Heron,Platform subscription - annual (12 months),\"24,000.00\"",
      "03/10/2026,Credit Memo,CM-1,Heron,Credit for invoice 5000 - wrong PO; to be re-issued,"
        + "\"-24,000.00\"",
      "03/11/2026,Invoice,5001,Heron,Premium support add-on - annual (12 months),\"1,200.00\"",
    ])
    #expect(!c.log.notes.contains { $0.contains("issued again as \"5001\"") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// A Xero credit note naming the invoice in its Reference cell, the licence issued again at
  /// 35 users for 50 (review 46b, r07b): Ibis bills 21,000 a year, 1,750 a month.
  @Test func aXeroCreditNoteWhoseReferenceNamesTheInvoiceCancelsIt() throws {
    var lines = [
      "*ContactName,*InvoiceNumber,Reference,*InvoiceDate,*Description,*Quantity,*UnitAmount,"
        + "LineAmount,*AccountCode,Currency"
    ]
    for m in 1...11 {
      let date = "01/\(m < 10 ? "0" : "")\(m)/2026"
      lines.append("Albion,INV-00\(10 + m),,\(date),Business plan - monthly,1,450,450.00,4000,GBP")
    }
    lines += [
      "Ibis,INV-0040,,01/02/2026,Annual licence (12 months) - 50 users,1,30000,30000.00,4000,GBP",
      "Ibis,CN-0003,INV-0040,10/02/2026,Credit note - user count reduced,1,-30000,-30000.00,4000,"
        + "GBP",
      "Ibis,INV-0041,,11/02/2026,Annual licence (12 months) - 35 users,1,21000,21000.00,4000,GBP",
    ]
    var options = ImportOptions()
    options.dateOrder = .dmy
    let c = try importLedger(lines.joined(separator: "\n"), options: options, name: "xero.csv")
    #expect(c.mrrRow("Ibis").last == 175_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The hostile twin: a month's charge credited in full by name and billed again the next
  /// month is no term charge cancelled: Falcon's May invoice 3005 credited by CM-5 naming it
  /// leaves Falcon at 1,500 a month (the credit is the month rules', not this one's), and no
  /// note says a charge was issued again.
  @Test func aMonthsChargeCreditedByNameAndBilledOnIsNoCancelledTerm() throws {
    let c = try WholeRefundTermTests.read([
      "05/10/2026,Credit Memo,CM-5,Falcon,Credit for invoice 3005,\"-1,500.00\""
    ])
    #expect(c.mrrRow("Falcon").last == 150_000)
    #expect(!c.log.notes.contains { $0.contains("issued again") })
  }
}
