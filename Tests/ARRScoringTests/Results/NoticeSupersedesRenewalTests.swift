import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A notice (or a cancellation) supersedes the renewal: an account that gave notice ends at its
/// service end, so no reason says `renews <date>`; the renewal's contribution is counted in the
/// notice group, and the score is unchanged (docs/scoring.md §8; session 25: the goldens showed
/// "cancellation notice given (leaves 2027-01-01, …)" beside "renews 2026-12-31").
@Suite struct NoticeSupersedesRenewalTests {
  /// 2024-01 … 2024-06 (as-of June, its last day 2024-06-30), 900 a month, usage 100 then 50.
  static func company(end: String, cancel: String?) -> Company {
    var a = Fixture.account("N")
    a.contractEndDate = Fixture.date(end)
    a.cancelDate = cancel.map(Fixture.date)
    return Fixture.company(
      [a], mrr: [[900, 900, 900, 900, 900, 900]], usage: [[100, 100, 100, 50, 50, 50]],
      columns: [.contractEndDate, .cancelDate])
  }

  /// Term ends 2024-08-15 (46 days after as-of: renewal due), notice to leave 2024-08-16.
  /// −3 + 0.5 (renewal) + 4 (notice) + 2.5 × 0.5 (usage) = 2.75 → 100 σ(2.75) ≈ 94.0, at risk.
  /// The groups: notice 4 + 0.5 = 4.5, usage 1.25; nothing says it renews.
  @Test func noticeReasonTakesTheRenewal() {
    let r = Scoring.run(Self.company(end: "2024-08-15", cancel: "2024-08-16"))
    let s = r.scores[0]
    #expect(abs(s.riskScore - 100 / (1 + exp(-2.75))) < 1e-9)
    #expect(s.revenueClass == .atRisk)
    let expected = [
      "cancellation notice given (leaves 2024-08-16, within 12 months: counted as leaving)",
      "usage down 50% (last 3 months vs prior 3)",
    ]
    #expect(r.reasons(for: s) == expected)
    #expect(ReasonWriterTests.written(r) == [expected])
    // The measured value stays: the term does end within 90 days.
    #expect(r.signals(for: s)[Signal.renewalDue.rawValue].value == 1)
  }

  /// Without the notice the same account still reads "renews 2024-08-15, usage falling"
  /// (−3 + 0.5 + 1.25 = −1.25 → wavering; usage 1.25 before renewal 0.5).
  @Test func withoutNoticeItRenews() {
    let r = Scoring.run(Self.company(end: "2024-08-15", cancel: nil))
    let expected = [
      "usage down 50% (last 3 months vs prior 3)", "renews 2024-08-15, usage falling",
    ]
    #expect(r.reasons(for: r.scores[0]) == expected)
    #expect(ReasonWriterTests.written(r) == [expected])
  }

  /// Cancelled before the as-of month (2024-05-31), the term ending in it (2024-06-30, at its
  /// renewal now): −3 + 0.5 + 5 + 1.25 = 3.75; "cancelled 2024-05-31" first, no renewal.
  @Test func cancellationTakesTheRenewal() {
    let r = Scoring.run(Self.company(end: "2024-06-30", cancel: "2024-05-31"))
    let s = r.scores[0]
    #expect(abs(s.riskScore - 100 / (1 + exp(-3.75))) < 1e-9)
    let expected = ["cancelled 2024-05-31", "usage down 50% (last 3 months vs prior 3)"]
    #expect(r.reasons(for: s) == expected)
    #expect(ReasonWriterTests.written(r) == [expected])
  }

  /// A model that gives the notice no weight: the renewal's 0.5 alone makes the notice group,
  /// which then ranks after usage (1.25): −3 + 0.5 + 1.25 = −1.25, wavering.
  @Test func renewalShareAloneNamesTheNotice() {
    var weights = RiskWeights.defaults
    weights.weights[Signal.cancellationNotice.rawValue] = 0
    let r = Scoring.run(Self.company(end: "2024-08-15", cancel: "2024-08-16"), weights: weights)
    let s = r.scores[0]
    #expect(abs(s.riskScore - 100 / (1 + exp(1.25))) < 1e-9)
    let expected = [
      "usage down 50% (last 3 months vs prior 3)",
      "cancellation notice given (leaves 2024-08-16, within 12 months: counted as leaving)",
    ]
    #expect(r.reasons(for: s) == expected)
    #expect(ReasonWriterTests.written(r) == [expected])
  }

  /// The fold on its own: with a notice the renewal total moves; without (0 or no value) it
  /// stays.
  @Test(arguments: [
    (1.0, 0.0, 0.0, 4.5), (0.0, 1.0, 0.0, 4.5), (0.0, 0.0, 0.5, 4.0), (.nan, .nan, 0.5, 4.0),
  ])
  func fold(notice: Double, cancelled: Double, renewal: Double, cancellation: Double) {
    var v = [Double](repeating: .nan, count: Signal.count)
    v[Signal.cancellationNotice.rawValue] = notice
    v[Signal.cancelled.rawValue] = cancelled
    var totals = [Double](repeating: 0, count: Reasons.Group.allCases.count)
    totals[Reasons.Group.renewal.rawValue] = 0.5
    totals[Reasons.Group.cancellation.rawValue] = 4
    v.withUnsafeBufferPointer { v in
      totals.withUnsafeMutableBufferPointer { Reasons.noticeSupersedesRenewal(v, $0) }
    }
    #expect(totals[Reasons.Group.renewal.rawValue] == renewal)
    #expect(totals[Reasons.Group.cancellation.rawValue] == cancellation)
  }
}
