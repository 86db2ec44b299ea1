import ARRCore
import Testing

@testable import ARRInput

/// A paused row whose current MRR is 0 (Chargebee's `mrr`) is priced at its period's price, as
/// an ended row is: the months before the pause bill it, the as-of month does not, and the
/// range's high end and the finding give what resuming adds (trial 32, T32-19: "if they resume,
/// headline ARR is $0.00 higher: given as the range", for $6,108 and no range).
@Suite struct PausedPriceTests {
  /// As of 2024-05: cust_1 49.00 a month; cust_2 2 × 29.00 = 58.00 a month, paused: billed
  /// January to April by the dates, not in May. Resuming adds 12 × 58 = 696.00 of ARR.
  static let table = """
    id,customer_id,plan_quantity,plan_unit_price,billing_period,billing_period_unit,status,\
    started_at,cancelled_at,mrr,currency_code
    sub_1,cust_1,1,49.00,1,month,active,2024-01-01,,49.00,USD
    sub_2,cust_2,2,29.00,1,month,paused,2024-01-01,,0.00,USD
    """

  @Test func aPausedRowIsPricedAtItsPrice() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(Self.table.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 5)))
    #expect(c.mrrRow("cust_1") == Array(repeating: 4_900, count: 5))
    #expect(c.mrrRow("cust_2") == [5_800, 5_800, 5_800, 5_800, 0])
    #expect(
      c.log.findings.contains {
        $0.contains("1 row says the subscription is paused")
          && $0.hasSuffix("if it resumes, headline ARR is $696.00 higher: given as the range")
      })
    // The ended-price note is of ended rows only.
    #expect(!c.log.notes.contains { $0.contains("an end and 0 under") })
  }
}
