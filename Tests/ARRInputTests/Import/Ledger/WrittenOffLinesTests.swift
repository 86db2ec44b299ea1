import ARRCore
import Testing

@testable import ARRInput

/// Charges written off (`uncollectible`) with none collected after are no revenue: the account
/// leaves in the month of the first (``WrittenOffLines``; trial 44, T44-20: a Stripe `unpaid`
/// subscription whose last three invoices were written off counted $12K of ARR, wavering).
@Suite struct WrittenOffLinesTests {
  /// Monthly invoices of 1,000 from June to November 2026, with the status `status(m)`.
  static func rows(_ customer: String, _ status: (Int) -> String) -> String {
    (6...11).map { m -> String in
      let mm = m < 10 ? "0\(m)" : "\(m)"
      let end = [6: "30", 7: "31", 8: "31", 9: "30", 10: "31", 11: "30"][m]!
      return "\(customer),2026-\(mm)-01,1000.00,2026-\(mm)-01,2026-\(mm)-\(end),\(status(m))\n"
    }.joined()
  }

  static let header = "customer,invoice_date,amount,service_start,service_end,status\n"

  /// U's invoices from September are uncollectible, none paid after: U leaves in September,
  /// its 3,000 left out (the tie-out counts it), and the finding stakes $12,000 of ARR. P pays
  /// throughout. The unpaid lines' finding no longer counts U's.
  @Test func writtenOffThroughTheEndIsNoRevenue() throws {
    let c = try importLedger(
      Self.header + Self.rows("P") { _ in "paid" }
        + Self.rows("U") { $0 >= 9 ? "uncollectible" : "paid" })
    #expect(c.mrrRow("U") == [100_000, 100_000, 100_000, 0, 0, 0])
    #expect(c.mrrRow("P").last == 100_000)
    let tie = try c.checkedTieOut()
    #expect(tie.leftOutCents == 300_000)
    #expect(tie.isBalanced)
    let text =
      "ledger.csv: 1 account stopped paying: its charges are written off (\"uncollectible\") "
      + "from a date on, with none collected after: \"U\" (3 invoice lines from 2026-09-01, "
      + "$1,000.00 a month). 3 lines ($3,000.00 in all) are left out as no revenue, and the "
      + "account leaves in the month of its first written-off charge (an involuntary churn); "
      + "read as billed, ARR would be $12,000.00 higher"
    #expect(c.log.findings.contains(text))
    #expect(c.log.stakes[text]?.arrCents == 1_200_000)
    #expect(!c.log.findings.contains { $0.contains("not paid") })
  }

  /// The hostile twin: V's September invoice written off, October and November paid: a lapse V
  /// came back from, billed revenue as before and counted among the unpaid lines.
  @Test func aWriteOffFollowedByAPaymentStaysBilled() throws {
    let c = try importLedger(
      Self.header + Self.rows("V") { $0 == 9 ? "uncollectible" : "paid" })
    #expect(c.mrrRow("V") == [100_000, 100_000, 100_000, 100_000, 100_000, 100_000])
    #expect(!c.log.findings.contains { $0.contains("stopped paying") })
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("ledger.csv: 1 invoice line ($1,000.00 in all) is not paid (\"uncollectible\"")
      })
  }
}
