import ARRCore
import ARRMetrics
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

@Suite("Projection: Kaplan–Meier from spells, and the assembled stage")
struct ProjectionTests {
  /// Spells (see AccountLifetimesTests): A 6 months censored, B 2 months lost (then
  /// reactivated), C 5 months lost in the last month, D 1 month censored, E never paid.
  static let company = Fixture.company(
    ["A", "B", "C", "D", "E"].map { Fixture.account($0) },
    mrr: [
      [100, 100, 100, 100, 100, 100], [0, 100, 100, 0, 100, 100], [100, 100, 100, 100, 100, 0],
      [0, 0, 0, 0, 0, 250], [0, 0, 0, 0, 0, 0],
    ])

  @Test func kaplanMeierByHand() {
    let km = Projection.kaplanMeier(AccountLifetimes(Self.company))
    // Durations 1 (censored), 2 (event), 5 (event), 6 (censored); E never paid is left out.
    // The censored leave before the churns of their duration (R35-4), so D, censored at 1, is
    // not at risk at 1, nor A at 6. t = 1: 3 at risk, no churn → 1. t = 2: 3 at risk, 1 churn
    // → 2/3. t = 5: 2 at risk, 1 churn → 1/3. t = 6: 0 at risk, censored → 1/3.
    #expect(km.map(\.time) == [1, 2, 5, 6])
    #expect(km.map(\.atRisk) == [3, 3, 2, 0])
    #expect(km.map(\.events) == [0, 1, 1, 0])
    #expect(km.map(\.censored) == [1, 0, 0, 1])
    let expected = [1, 2.0 / 3, 1.0 / 3, 1.0 / 3]
    for (point, s) in zip(km, expected) { #expect(abs(point.survival - s) < 1e-15) }
  }

  @Test func kaplanMeierOfNobodyIsEmpty() {
    let c = Fixture.company([Fixture.account("A")], mrr: [[0, 0, 0]])
    #expect(Projection.kaplanMeier(AccountLifetimes(c)).isEmpty)
  }

  /// The stage's parts are the parts' own functions on the same inputs (identity), and a
  /// 6-month company gets no backtest, with the note.
  @Test func runAssemblesItsParts() throws {
    let c = Self.company
    let metrics = CompanyMetrics.compute(c)
    let scoring = Scoring.run(c)
    let r = Projection.run(c, metrics: metrics, scoring: scoring, paths: 200, seed: 5)
    let f = try #require(r.forecast)
    #expect(f == Projection.forecast(c, scoring: scoring, paths: 200, seed: 5))
    #expect(f.paths == 200 && f.seed == 5)
    #expect(r.kaplanMeier == Projection.kaplanMeier(AccountLifetimes(c)))
    #expect(r.backtest == nil)
    #expect(r.backtestNote?.contains("covers 6 months;") == true)
    // Curves: the one segment, then the one contract type present.
    #expect(r.curves.map(\.key) == [Account.noSegmentLabel, "monthly"])
    #expect(r.lifetimeValues.map(\.segment) == [Account.noSegmentLabel])
    #expect(r.explanation.hasPrefix("Mean projected 12-month NDR"))
  }
}
