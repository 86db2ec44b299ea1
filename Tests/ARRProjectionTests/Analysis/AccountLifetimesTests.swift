import ARRCore
import ARRTestSupport
import Testing

@testable import ARRProjection

@Suite("Account lifetimes: first paying spell")
struct AccountLifetimesTests {
  /// Six months (columns 0…5), cents; the expected spell is read off each row by hand.
  static let rows:
    [(mrr: [Int64], start: Int32, length: Int32, payingAtEnd: Bool, censored: Bool)] =
      [
        // Paid from the first month to as-of: still running.
        ([100, 100, 100, 100, 100, 100], 0, 6, true, true),
        // Starts in column 1, stops after 2 months, comes back in column 4: the reactivation
        // does not extend the first spell, and the spell is not censored although it pays at as-of.
        ([0, 100, 100, 0, 100, 100], 1, 2, true, false),
        // Churns in the last month (paid columns 0–4, zero at as-of): a 5-month spell, lost.
        ([100, 100, 100, 100, 100, 0], 0, 5, false, false),
        // Starts at as-of: a 1-month spell, censored.
        ([0, 0, 0, 0, 0, 250], 5, 1, true, true),
        // Never paid.
        ([0, 0, 0, 0, 0, 0], -1, 0, false, false),
        // Negative MRR (a credit) is not paying: the spell is columns 2–3, ended by the credit
        // in column 4.
        ([-50, 0, 100, 100, -20, 0], 2, 2, false, false),
      ]

  static let company = Fixture.company(
    rows.indices.map { Fixture.account("A\($0)") }, mrr: rows.map(\.mrr))

  /// Read on one thread (the default threshold) and split into one range per account
  /// (session 16, perf): the same spells, by hand.
  @Test(arguments: [Concurrent.minimumParallelCells, 1])
  func spellsByHand(parallelFrom threshold: Int) {
    let life = AccountLifetimes(Self.company, parallelFrom: threshold)
    #expect(life.last == 5)
    for (a, row) in Self.rows.enumerated() {
      #expect(life.start[a] == row.start, "account \(a)")
      #expect(life.length[a] == row.length, "account \(a)")
      #expect(life.isPayingAtEnd[a] == row.payingAtEnd, "account \(a)")
      #expect(life.isCensored(a) == row.censored, "account \(a)")
    }
  }

  @Test func oneMonthOfData() {
    // A single column: whoever pays is censored at a 1-month spell.
    let c = Fixture.company(
      [Fixture.account("A"), Fixture.account("B")], mrr: [[100], [0]])
    let life = AccountLifetimes(c)
    #expect(life.last == 0)
    #expect(life.start == [0, -1] && life.length == [1, 0])
    #expect(life.isCensored(0) && !life.isCensored(1))
  }
}
