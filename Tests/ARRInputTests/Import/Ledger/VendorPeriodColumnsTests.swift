import ARRCore
import Testing

@testable import ARRInput

/// Billing systems that name a line's service period otherwise (session 16, import2 lane;
/// trial 16, P1 and M4): Paddle Billing's transactions report writes its API's
/// `billing_period.starts_at` / `ends_at` as `billing_period_starts_at` /
/// `billing_period_ends_at` (RFC 3339 instants, the end the next period's first instant, as
/// Stripe's), Maxio Advanced Billing's invoice line items `period_range_start` /
/// `period_range_end` (the last day served). Ignored, an annual invoice was read by its size with a
/// critical "quote the range" finding (−69%, −70%) that the periods settle.
///
/// Hand figures: A pays an annual 1,200.00 on 2024-01-01 for January–December (100.00 a month);
/// B pays 50.00 a month January–June. As-of 2024-06 (the last invoice's month): A 100.00 and B
/// 50.00 in every month; A's July–December, 600.00, is deferred.
@Suite struct VendorPeriodColumnsTests {
  static let paddle = """
    id,status,customer_id,invoice_date,billing_period_starts_at,billing_period_ends_at,total
    txn_1,completed,ctm_a,2024-01-01T09:00:00.000000Z,2024-01-01T09:00:00.000000Z,2025-01-01T09:00:00.000000Z,1200.00
    txn_2,completed,ctm_b,2024-01-01T09:00:00.000000Z,2024-01-01T09:00:00.000000Z,2024-02-01T09:00:00.000000Z,50.00
    txn_3,completed,ctm_b,2024-02-01T09:00:00.000000Z,2024-02-01T09:00:00.000000Z,2024-03-01T09:00:00.000000Z,50.00
    txn_4,completed,ctm_b,2024-03-01T09:00:00.000000Z,2024-03-01T09:00:00.000000Z,2024-04-01T09:00:00.000000Z,50.00
    txn_5,completed,ctm_b,2024-04-01T09:00:00.000000Z,2024-04-01T09:00:00.000000Z,2024-05-01T09:00:00.000000Z,50.00
    txn_6,completed,ctm_b,2024-05-01T09:00:00.000000Z,2024-05-01T09:00:00.000000Z,2024-06-01T09:00:00.000000Z,50.00
    txn_7,completed,ctm_b,2024-06-01T09:00:00.000000Z,2024-06-01T09:00:00.000000Z,2024-07-01T09:00:00.000000Z,50.00
    """

  static let maxio = """
    invoice_uid,issue_date,status,customer_id,title,total_amount,period_range_start,period_range_end
    inv_1,2024-01-01,paid,a,Business Annual,1200.00,2024-01-01,2024-12-31
    inv_2,2024-01-01,paid,b,Pro Monthly,50.00,2024-01-01,2024-01-31
    inv_3,2024-02-01,paid,b,Pro Monthly,50.00,2024-02-01,2024-02-29
    inv_4,2024-03-01,paid,b,Pro Monthly,50.00,2024-03-01,2024-03-31
    inv_5,2024-04-01,paid,b,Pro Monthly,50.00,2024-04-01,2024-04-30
    inv_6,2024-05-01,paid,b,Pro Monthly,50.00,2024-05-01,2024-05-31
    inv_7,2024-06-01,paid,b,Pro Monthly,50.00,2024-06-01,2024-06-30
    """

  @Test(arguments: [
    (paddle, "ctm_a", "ctm_b", "billing_period_starts_at", "billing_period_ends_at"),
    (maxio, "a", "b", "period_range_start", "period_range_end"),
  ])
  func theVendorsPeriodColumnsAreTheServicePeriod(
    text: String, a: String, b: String, start: String, end: String
  ) throws {
    let c = try importLedger(text)
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow(a) == Array(repeating: 10_000, count: 6))
    #expect(c.mrrRow(b) == Array(repeating: 5_000, count: 6))
    #expect(c.log.files[0].recognisedColumns.contains("service_start: \(start)"))
    #expect(c.log.files[0].recognisedColumns.contains("service_end: \(end)"))
    #expect(!c.log.files[0].ignoredColumns.contains(start))
    // No ambiguous reading of A's annual invoice: the period says it.
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    let tie = try c.checkedTieOut()
    #expect(tie.deferredCents == 60_000)
    #expect(tie.isBalanced)
  }
}
