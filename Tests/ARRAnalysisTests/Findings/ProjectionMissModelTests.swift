import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `projection_missed` names what last year's projection was made with where today's is made
/// otherwise (render review 30, R30-13: ai-hypergrowth's page one read a miss of the default
/// weights as a warning about today's fitted model).
@Suite struct ProjectionMissModelTests {
  /// ai-hypergrowth: last year's projection used the class defaults and the default weights
  /// (its body says so); today's scores come from weights fitted to its churn. The finding says
  /// the default weights and that the fitted ones have no year of outcomes yet.
  @Test func aiHypergrowthsMissWasTheDefaultWeights() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    #expect(analysis.scoring.modelUsed == .fittedModel)
    let miss = try #require(analysis.findings.first { $0.code == .projectionMissed })
    #expect(
      miss.message.hasPrefix(
        "Last year's projection, made in 2025-10 with only the data known then and the default "
          + "weights, missed: NDR 100.2% against 115.2% realised"))
    #expect(
      miss.message.hasSuffix(
        "the range did not hold either. This year's projection uses weights fitted since, "
          + "which have no year of outcomes yet: read it with a miss of that size in mind."))
  }

  /// Each case on one hand-set scoring: fitted today against configured weights a year ago
  /// (defaults, then a `--weights` file); configured weights both years with today's class
  /// retention calibrated against last year's class defaults; made the same way, nothing.
  @Test func eachDifferenceIsNamed() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    var s = analysis.scoring
    var b = try #require(analysis.projection?.backtest)
    b.modelUsed = ModelUsed.configuredWeights.rawValue
    b.methodUsed = RetentionSource.classDefaults.rawValue
    s.modelUsed = .fittedModel
    #expect(Analysis.projectionMissModel(b, scoring: s)?.then == "the default weights")
    s.configuredWeights = try RiskWeights.load(
      Array(#"{ "intercept": -2.5 }"#.utf8), file: "w.json")
    #expect(Analysis.projectionMissModel(b, scoring: s)?.then == "the --weights file's weights")
    // Fitted both years: the weights are not what changed; the class retention is.
    b.modelUsed = ModelUsed.fittedModel.rawValue
    s.retentionSource = .model
    let calibrated = try #require(Analysis.projectionMissModel(b, scoring: s))
    #expect(calibrated.then == "the class defaults")
    #expect(
      calibrated.closing
        == "This year's is calibrated on that year's churn.")
    // A year with fewer than 10 churners is blended with the priors, and said so (trial 37,
    // T37-5): none of 2 accounts, then 3 of 40.
    var thin = s
    let none = ClassOutcome(accounts: 0, churned: 0, baseMRR: 0, endMRR: 0, retainedMRR: 0)
    thin.backtest?.classes = [
      ClassOutcome(accounts: 2, churned: 0, baseMRR: 200, endMRR: 200, retainedMRR: 200),
      none, none,
    ]
    #expect(
      Analysis.projectionMissModel(b, scoring: thin)?.closing
        == "This year's blends that year's churn (none of 2 accounts) with the priors.")
    thin.backtest?.classes = [
      ClassOutcome(accounts: 40, churned: 3, baseMRR: 4_000, endMRR: 3_700, retainedMRR: 3_700),
      none, none,
    ]
    #expect(
      Analysis.projectionMissModel(b, scoring: thin)?.closing
        == "This year's blends that year's churn (3 of 40 accounts) with the priors.")
    s.modelUsed = .configuredWeights
    s.retentionSource = .backtestClassDepartures
    #expect(Analysis.projectionMissModel(b, scoring: s) == calibrated)
    // Class defaults both years, configured weights both years: made the same way.
    s.retentionSource = .classDefaults
    #expect(Analysis.projectionMissModel(b, scoring: s) == nil)
    // A year ago a backtest of its own already calibrated the classes: nothing to say.
    b.methodUsed = RetentionSource.backtestClassDepartures.rawValue
    s.retentionSource = .backtestClassDepartures
    #expect(Analysis.projectionMissModel(b, scoring: s) == nil)
  }
}
