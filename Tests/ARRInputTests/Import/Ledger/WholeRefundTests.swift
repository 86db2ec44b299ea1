import ARRCore
import Testing

@testable import ARRInput

/// A credit refunding the whole of a term charge, with nothing billed after, makes that charge
/// no revenue (``CreditsEndingTerms/isWholeRefund(of:by:lines:in:lastMonth:)``; trial 44, T44-9: a
/// $30,000 annual refunded in full stayed live, committed ARR, while a 99.99% refund ended it).
@Suite struct WholeRefundTests {
  /// A QuickBooks transaction list, as of 2026-11: Falcon pays 1,500 every month from
  /// 2026-01; Ibis prepays a year, 30,000 on 2026-04-10, refunded in full on 2026-05-02
  /// (`Refund Receipt`, "cancelled"); Kite pays 900 a month and its June invoice is credited
  /// in full on 2026-06-15, then billed again every month after (`kite`).
  static func ledger(ibisRefund: String = "-30,000.00", kite: Bool = false) -> String {
    var rows = ["Date,Transaction Type,Customer,Memo/Description,Amount"]
    for m in 1...11 {
      let month = m < 10 ? "0\(m)" : "\(m)"
      rows.append("\(month)/01/2026,Invoice,Falcon,Subscription - monthly,\"1,500.00\"")
      if kite { rows.append("\(month)/01/2026,Invoice,Kite,Subscription - monthly,900.00") }
    }
    rows.append("04/10/2026,Invoice,Ibis,Annual subscription (12 months),\"30,000.00\"")
    rows.append(
      "05/02/2026,Refund Receipt,Ibis,Refund - annual subscription cancelled,\"\(ibisRefund)\"")
    if kite { rows.append("06/15/2026,Credit Memo,Kite,Service credit - June,-900.00") }
    return rows.joined(separator: "\n")
  }

  static func read(_ text: String) throws -> ImportedCompany {
    var options = ImportOptions()
    options.dateOrder = .mdy
    return try importLedger(text, options: options, name: "transactions.csv")
  }

  /// Refunded in full: Ibis bills nothing in any month, its charge and credit both 0 (the
  /// tie-out unchanged), and the finding says so; headline 12 × 1,500.
  @Test func aFullRefundWithNothingBilledAfterIsNoRevenue() throws {
    let c = try Self.read(Self.ledger())
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(c.mrrRow("Ibis").allSatisfy { $0 == 0 })
    #expect(c.mrrRow("Falcon").last == 150_000)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(
      c.log.findings.contains(
        "transactions.csv: 1 credit refunds a charge in full (none billed after), so that "
          + "charge counts no revenue: the credit (line 14) refunds the whole $30,000.00 of the "
          + "charge on line 13 (\"Ibis\", 2026-04-10), and nothing is billed after it: that "
          + "charge is no revenue; the account leaves then unless it is billed again"))
  }

  /// A refund of all but a cent ends the term as before (the kept share's days): the same
  /// as-of reading, Ibis gone by 2026-11.
  @Test func aRefundOfAllButACentStillEndsTheTerm() throws {
    let c = try Self.read(Self.ledger(ibisRefund: "-29,999.99"))
    #expect(c.mrrRow("Ibis").last == 0)
  }

  /// The hostile twin: Kite's June invoice credited in full and Kite billed every month after
  /// stays a customer: the credit is one-off, as before, and Kite's as-of MRR is 900.
  @Test func aFullCreditFollowedByMoreBillingIsNoRefundOfTheCustomer() throws {
    let c = try Self.read(Self.ledger(kite: true))
    #expect(c.mrrRow("Kite").last == 90_000)
    let june = Month(year: 2026, month: 6).months(since: c.firstMonth)
    #expect(c.mrrRow("Kite")[june] == 90_000)
    #expect(!c.log.findings.contains { $0.contains("\"Kite\", 2026-06-01") })
    #expect(c.mrrRow("Ibis").allSatisfy { $0 == 0 })
  }
}
