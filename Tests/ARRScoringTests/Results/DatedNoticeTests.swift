import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Trial 20, E1: an account whose cancellation notice is dated 0–3 months ahead kept its
/// class's 0.40 chance of staying, and $173K of leaving ARR counted as 40% kept in
/// quality-adjusted ARR. A notice says when the revenue leaves (``DatedNotice``).
@Suite("A dated notice says when the revenue leaves")
struct DatedNoticeTests {
  static func account(_ id: String, cancel: String?) -> Account {
    var a = Fixture.account(id, .monthly, .monthly)
    a.cancelDate = cancel.map(Fixture.date)
    return a
  }

  /// As of 2024-03 the year runs to 2025-03-31. By hand: a date in the as-of month or up to
  /// 2025-03-31 leaves within it; 2025-04-01 after it; a date before 2024-03 is a cancellation
  /// already made, no notice; no date, no notice.
  @Test(arguments: [
    ("2024-03-01" as String?, DatedNotice.Reading.leavesWithinTheYear),
    ("2024-05-31", .leavesWithinTheYear), ("2025-03-31", .leavesWithinTheYear),
    ("2025-04-01", .leavesAfterTheYear), ("2024-02-29", .none), (nil, .none),
  ])
  func readsTheNoticesDateAgainstTheYear(cancel: String?, reading: DatedNotice.Reading) {
    let a = Self.account("A", cancel: cancel)
    #expect(DatedNotice.reading(a.terms, asOf: Month(year: 2024, month: 3)) == reading)
  }

  /// Three months (2024-01 … 2024-03, no backtest), $1,000 a month each. `soon` leaves
  /// 2024-05-31: retention 0, quality-adjusted ARR 0, all $12,000 of it expected to leave.
  /// `late` leaves 2025-06-30, after the year: it pays through it, 1 − the 2% contraction prior
  /// = 0.98, $11,760 kept and nothing leaving. Leaving = $12,000 (1,200,000 cents) of the
  /// $12,240 loss.
  @Test func aNoticeWithinTheYearCountsAsLeaving() {
    let c = Fixture.company(
      [Self.account("soon", cancel: "2024-05-31"), Self.account("late", cancel: "2025-06-30")],
      mrr: [[100_000, 100_000, 100_000], [100_000, 100_000, 100_000]])
    let s = Scoring.run(c)
    #expect(s.scores[0].retentionProbability == 0)
    #expect(s.scores[0].qualityAdjustedARR == 0)
    #expect(s.scores[1].retentionProbability == 0.98)
    #expect(s.scores[1].qualityAdjustedARR == 1_176_000)
    #expect(s.arrAtRisk == 1_224_000)
    #expect(s.expectedLossFromLeaving == 1_200_000)
    #expect(
      s.reasons(for: s.scores[0]).contains(
        "cancellation notice given (leaves 2024-05-31, within 12 months: counted as leaving)"))
    #expect(
      s.reasons(for: s.scores[1]).contains(
        "cancellation notice given (leaves 2025-06-30, after the next 12 months)"))
  }

  /// Trial 44, T44-4: an annual running to 2025-02-01 (in the year) and a multi-year to
  /// 2026-09-01 (after it) whose `cancel_date` is 2024-03-15: each leaves on that date (the first
  /// day without service, counted so), and the reason names the term's end after it so the
  /// reader can check which date the source meant. Twin: a monthly plan's contract end (its next
  /// renewal) is not said.
  @Test(arguments: [
    (ContractType.annual, "2025-02-01", ", before its term's end 2025-02-01"),
    (.multiYear, "2026-09-01", ", before its term's end 2026-09-01"),
    (.monthly, "2024-04-01", ""),
  ])
  func aTermEndingAfterTheNoticeIsSaid(type: ContractType, end: String, said: String) {
    var a = Fixture.account("A", type, .monthly)
    a.cancelDate = Fixture.date("2024-03-15")
    a.contractEndDate = Fixture.date(end)
    #expect(DatedNotice.reading(a.terms, asOf: Month(year: 2024, month: 3)) == .leavesWithinTheYear)
    let c = Fixture.company([a], mrr: [[100_000, 100_000, 100_000]])
    let s = Scoring.run(c)
    #expect(s.scores[0].retentionProbability == 0)
    #expect(
      s.reasons(for: s.scores[0]).contains(
        "cancellation notice given (leaves 2024-03-15\(said), within 12 months: counted as "
          + "leaving)"), "\(s.reasons(for: s.scores[0]))")
  }
}
