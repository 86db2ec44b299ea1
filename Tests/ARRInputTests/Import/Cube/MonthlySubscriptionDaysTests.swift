import ARRCore
import Testing

@testable import ARRInput

/// A monthly table of MRR per subscription, each row dated by its subscription's billing day
/// (review 13, F8: `m1-subdates.csv` read A's two rows of a month as snapshots and kept the
/// later one, A 50 a month for 150, ARR $4,200 for $5,400, with a note only).
@Suite struct MonthlySubscriptionDaysTests {
  /// A has s1 100 billed on the 5th and s2 50 on the 20th; B s3 300 on the 12th.
  static let table = """
    customer_id,subscription_id,date,mrr
    A,s1,2024-01-05,100
    A,s2,2024-01-20,50
    B,s3,2024-01-12,300
    A,s1,2024-02-05,100
    A,s2,2024-02-20,50
    B,s3,2024-02-12,300
    A,s1,2024-03-05,100
    A,s2,2024-03-20,50
    B,s3,2024-03-12,300
    """

  /// With a subscription id column each subscription's last row of the month is its level, and
  /// a customer's subscriptions add up: A 100 + 50 = 150 every month, B 300; MRR 450, ARR
  /// $5,400, nothing left out, no range.
  @Test func subscriptionsOnTheirOwnDaysAddUp() throws {
    let c = try importCube(Self.table, name: "subs.csv")
    #expect(c.mrrRow("A") == [15_000, 15_000, 15_000])
    #expect(c.mrrRow("B") == [30_000, 30_000, 30_000])
    #expect(c.log.tieOut.leftOutCents == 0)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 540_000)
    #expect(s.ambiguousARRHigh == 540_000)
    #expect(c.log.notes.contains { $0.contains("each \"subscription_id\"'s last row") })
  }

  /// Snapshots with a subscription column: each subscription's last snapshot of the month. A's
  /// s1 moves 100 → 120 between the 15th and the 31st, s2 stays 50: January 170, the 15th's rows
  /// left out (150); February 170.
  @Test func eachSubscriptionsLastSnapshotCounts() throws {
    let c = try importCube(
      """
      customer_id,subscription_id,date,mrr
      A,s1,2024-01-15,100
      A,s2,2024-01-15,50
      A,s1,2024-01-31,120
      A,s2,2024-01-31,50
      A,s1,2024-02-29,120
      A,s2,2024-02-29,50
      """, name: "snap.csv")
    #expect(c.mrrRow("A") == [17_000, 17_000])
    #expect(c.log.tieOut.leftOutCents == 15_000)
  }

  /// Without the subscription column the file cannot tell: A's rows are on days no other
  /// customer has (5th, 20th; B on the 12th), not a daily or weekly series. Read as snapshots
  /// (A 50, MRR 350, ARR $4,200), and a finding gives the other reading: A 150, MRR 450, ARR
  /// $5,400, the range $4,200 to $5,400.
  @Test func withoutASubscriptionColumnBothReadingsArePriced() throws {
    let text = Self.table.split(separator: "\n").map { line in
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      return ([cells[0]] + cells[2...]).joined(separator: ",")
    }.joined(separator: "\n")
    let c = try importCube(text, name: "subs.csv")
    #expect(c.mrrRow("A") == [5_000, 5_000, 5_000])
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 420_000)
    #expect(s.ambiguousARRHigh == 540_000)
    let f = try #require(c.log.findings.first { $0.contains("no subscription id column") })
    #expect(f.hasPrefix("subs.csv: 3 customer-months are on days no other customer has"))
    #expect(f.contains("first \"A\" in 2024-01"))
    #expect(f.contains("would add up to $150.00 instead of $50.00 of \"mrr\""))
  }

  /// Snapshots the file shows as such: two customers on the same dates (the 15th and the last
  /// day), or one customer's weekly series. The last snapshot, no finding, no range.
  @Test func sharedOrWeeklySnapshotDatesAreSnapshots() throws {
    let shared = try importCube(
      """
      customer_id,date,mrr
      A,2024-01-15,100
      B,2024-01-15,300
      A,2024-01-31,120
      B,2024-01-31,300
      A,2024-02-29,120
      B,2024-02-29,300
      """, name: "snap.csv")
    #expect(shared.mrrRow("A") == [12_000, 12_000])
    #expect(!shared.log.findings.contains { $0.contains("no subscription id column") })
    let weekly = try importCube(
      """
      customer_id,date,mrr
      A,2024-01-03,100
      A,2024-01-10,100
      A,2024-01-17,100
      A,2024-01-24,110
      A,2024-01-31,110
      A,2024-02-29,110
      """, name: "weekly.csv")
    #expect(weekly.mrrRow("A") == [11_000, 11_000])
    #expect(!weekly.log.findings.contains { $0.contains("no subscription id column") })
    let s = try #require(try weekly.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == s.ambiguousARRHigh)
  }
}
