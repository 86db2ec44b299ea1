import ARRCore
import ARRGenerator
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

/// The backtest scores and forecasts an earlier view of the company whose revenue shares the
/// full matrix's storage (``RevenueMatrix/prefix(months:)``, rows `rowStride` apart). Every
/// figure it gives must be the figure the dense copy of the same months gives.
@Suite struct EarlierViewTests {
  /// An earlier view copied into a company of its own: the revenue in a dense matrix and the
  /// accounts laid out with their terms rolled back (what a view was before it shared them).
  static func denseCopy(of view: Company) -> Company {
    var dense = Company(
      profile: view.profile, accounts: view.accounts, firstMonth: view.firstMonth,
      asOf: view.asOf,
      revenue: RevenueMatrix(
        accountCount: view.revenue.accountCount, monthCount: view.monthCount,
        mrr: view.revenue.mrr, usage: view.revenue.usage,
        oneTimeByMonth: view.revenue.oneTimeByMonth),
      accountColumns: view.accountColumns, dataQuality: view.dataQuality)
    dense.snapshotColumns = view.snapshotColumns
    dense.activityColumns = view.activityColumns
    return dense
  }

  /// 400 accounts run on one thread; 20,000 split scoring into eight pieces.
  @Test(arguments: [
    (GeneratorProfile.aiHypergrowth, 400), (.enterpriseSaaS, 400), (.plgSMB, 400),
    (.plgSMB, 20_000),
  ])
  func scoringAndForecastOfAViewEqualThoseOfItsDenseCopy(
    profile: GeneratorProfile, accounts: Int
  ) throws {
    let company = try Fixture.generated(profile, accounts: accounts, months: 30)
    let month = company.month(at: company.monthCount - 13)
    let view = company.pointInTime(month)
    #expect(view.revenue.rowStride == company.monthCount)
    // The copy is made from a view of its own: reading `accounts` lays a view's accounts out.
    let dense = Self.denseCopy(of: company.pointInTime(month))
    #expect(dense.revenue.rowStride == dense.monthCount && !dense.isLaidOut)

    Self.expectSameFigures(view, dense)
    // Scoring, reasons, signals and the forecast read the view's terms rolled back as they
    // went: its accounts were never copied.
    #expect(!view.isLaidOut)
    #expect(view == dense)
  }

  /// An activity column: the revenue cells of the view are `rowStride` apart, the activity
  /// cells (copied densely) `monthCount` apart; both are read for the same account.
  @Test func aViewWithAnActivityColumnScoresLikeItsDenseCopy() throws {
    let company = try Fixture.generated(.plgSMB, months: 30, seed: 5, hasLogins: true)
    #expect(company.activityColumns.map(\.name) == ["logins"])
    let view = company.pointInTime(company.month(at: company.monthCount - 13))
    #expect(view.revenue.rowStride != view.monthCount)
    var weights = RiskWeights.defaults.including(activityColumns: ["logins"])
    weights.weights[Signal.count] = -3
    weights.weights[Signal.count + 1] = -3
    Self.expectSameFigures(
      view, Self.denseCopy(of: company.pointInTime(view.asOf)), weights: weights)
    #expect(!view.isLaidOut)
  }

  /// Scoring (every score, class, reason and signal) and the forecast of `view` and `dense`.
  static func expectSameFigures(
    _ view: Company, _ dense: Company, weights: RiskWeights = .defaults
  ) {
    let a = Scoring.run(view, weights: weights)
    let b = Scoring.run(dense, weights: weights)
    #expect(a.classMix == b.classMix)
    #expect(a.bySegment == b.bySegment && a.byContractType == b.byContractType)
    #expect(a.unclassed == b.unclassed)
    #expect(a.weightsUsed == b.weightsUsed && a.modelUsed == b.modelUsed)
    #expect(a.backtest?.calibration == b.backtest?.calibration)
    #expect(a.scores.count == b.scores.count)
    for (x, y) in zip(a.scores, b.scores) {
      #expect(x.riskScore == y.riskScore && x.revenueClass == y.revenueClass)
      #expect(x.recurringMRR == y.recurringMRR && x.status == y.status)
      #expect(x.retentionProbability == y.retentionProbability)
    }
    #expect(a.scores.map(a.reasons(for:)) == b.scores.map(b.reasons(for:)))
    #expect(
      a.scores.map { a.signals(for: $0) }.map { $0.map(\.value) }
        == b.scores.map { b.signals(for: $0) }.map { $0.map(\.value) })
    #expect(
      a.scores.map { a.activitySignals(for: $0).map(\.value) }
        == b.scores.map { b.activitySignals(for: $0).map(\.value) })
    #expect(
      Projection.forecast(view, scoring: a, paths: 500)
        == Projection.forecast(dense, scoring: b, paths: 500))
  }
}
