import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring
import Testing

/// `Analysis.run`: the stages' hand-offs (scoring reads the metrics' recurring revenue) and the
/// number of simulation paths.
@Suite struct AnalysisTests {
  /// 40 monthly accounts over 26 months, 6 of them leaving in the last month: enough history
  /// for the backtest, so every stage does its full work.
  static let company: Company = try! FindingFixtures.company(
    accounts: 40, months: 26, churnAtEnd: 6)

  @Test func scoringGivenTheMetricsRecurringRevenueScoresAsIfItComputedIt() {
    let c = Self.company
    let metrics = CompanyMetrics.compute(c)
    #expect(metrics.recurringMRR == RecurringRevenue.recurringMRR(of: c))
    let handed = Scoring.run(c, recurringMRR: metrics.recurringMRR)
    let computed = Scoring.run(c)
    #expect(handed.scores.map(\.riskScore) == computed.scores.map(\.riskScore))
    #expect(handed.scores.map(\.revenueClass) == computed.scores.map(\.revenueClass))
    #expect(handed.scores.map(\.recurringMRR) == metrics.recurringMRR)
    #expect(handed.qualityAdjustedARR == computed.qualityAdjustedARR)
    #expect(handed.recurringARR == 12 * metrics.recurringMRR.reduce(0, +))
  }

  /// Fewer paths change only the simulated ranges: every deterministic figure, the scores and
  /// the expected projections stay; the forecast says how many paths it ran.
  @Test(arguments: [200, 1_000])
  func fewerPathsChangeOnlyTheSimulatedRanges(paths: Int) throws {
    let fast = Analysis.run(Self.company, paths: paths)
    let full = Analysis.run(Self.company)
    #expect(fast.metrics.ladder == full.metrics.ladder)
    #expect(fast.scoring.scores.map(\.riskScore) == full.scoring.scores.map(\.riskScore))
    let f = try #require(fast.projection?.forecast)
    let g = try #require(full.projection?.forecast)
    #expect(f.paths == paths)
    #expect(g.paths == Projection.defaultPaths)
    #expect(f.ndr == g.ndr)
    #expect(f.grr == g.grr)
    #expect(f.logoRetention == g.logoRetention)
    #expect(fast.projection?.backtest?.forecast.paths == paths)
    #expect(fast.findings.map(\.code) == full.findings.map(\.code))
  }
}

/// ``Analysis/run(_:weights:paths:keepsForecastPlan:)``'s plan: kept by default (a stress run
/// forecasts its scenarios from it), dropped when asked, with every figure the same.
@Suite struct AnalysisForecastPlanTests {
  @Test func thePlanIsKeptUnlessAskedNotTo() throws {
    let kept = Analysis.run(AnalysisTests.company, paths: 200)
    let dropped = Analysis.run(AnalysisTests.company, paths: 200, keepsForecastPlan: false)
    #expect(kept.projection?.forecastPlan != nil)
    let projection = try #require(dropped.projection)
    #expect(projection.forecastPlan == nil)
    #expect(projection == kept.projection)
    #expect(dropped.findings.map(\.code) == kept.findings.map(\.code))
  }
}

/// ``Analysis/run(_:weights:paths:keepsForecastPlan:keepsRecurringMRR:)``'s per-account
/// recurring MRR: kept by default (a stress run reads it), dropped when asked, with every
/// figure the same and each account's figure still in its score.
@Suite struct AnalysisRecurringMRRTests {
  @Test func theRecurringMRRIsKeptUnlessAskedNotTo() throws {
    let kept = Analysis.run(AnalysisTests.company, paths: 200)
    let dropped = Analysis.run(AnalysisTests.company, paths: 200, keepsRecurringMRR: false)
    #expect(kept.metrics.recurringMRR.count == AnalysisTests.company.accountCount)
    #expect(dropped.metrics.recurringMRR.isEmpty)
    #expect(dropped.scoring.scores.map(\.recurringMRR) == kept.metrics.recurringMRR)
    #expect(dropped.metrics.committedMRR == kept.metrics.committedMRR)
    #expect(dropped.projection == kept.projection)
    #expect(dropped.findings.map(\.code) == kept.findings.map(\.code))
  }
}
