import ARRProjection
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("sBG likelihood")
struct SBGLikelihoodTests {
  let highEnd = try! SBGLikelihood(cohorts: [Array(PaperData.highEnd.prefix(8))])

  @Test func valueEqualsTheDirectSum() {
    // LL = Σₜ lostₜ·ln P(T=t) + alive₇·ln S(7), written out term by term.
    let model = ShiftedBetaGeometric(alpha: 0.9, beta: 2.2)
    let s = Array(PaperData.highEnd.prefix(8))
    var direct = 0.0
    for t in 1...7 { direct += (s[t - 1] - s[t]) * log(model.churnProbability(at: t)) }
    direct += s[7] * log(model.survival(7))
    #expect(abs(highEnd.logLikelihood(model) - direct) < 1e-9)
  }

  @Test func thirdPartyValueAtOneOne() throws {
    // jdmaturen/shifted_beta_geometric_py, sbg.py test(): on the high-end series as fractions
    // (.869, …, .491) the log-likelihood at α = β = 1 is −2.115.
    let fractions = [1.0, 0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491]
    let ll = try SBGLikelihood(cohorts: [fractions])
      .logLikelihood(ShiftedBetaGeometric(alpha: 1, beta: 1))
    // Their test allows a relative 1e-3 (np.allclose(ll11, -2.115, 1e-3)); so do we.
    #expect(abs(ll - -2.115) < 1e-3 * 2.115)
  }

  @Test(arguments: [(-0.3, 0.1), (0.5, 1.5), (-1.2, -0.4), (1.0, 2.0)])
  func gradientMatchesCentralDifferences(logAlpha: Double, logBeta: Double) {
    let h = 1e-5
    let r = highEnd.valueAndGradient(logAlpha: logAlpha, logBeta: logBeta)
    let fa = { (x: Double) in highEnd.valueAndGradient(logAlpha: x, logBeta: logBeta).value }
    let fb = { (y: Double) in highEnd.valueAndGradient(logAlpha: logAlpha, logBeta: y).value }
    let da = (fa(logAlpha + h) - fa(logAlpha - h)) / (2 * h)
    let db = (fb(logBeta + h) - fb(logBeta - h)) / (2 * h)
    #expect(abs(r.gradient.0 - da) < 1e-5 * max(1, abs(da)))
    #expect(abs(r.gradient.1 - db) < 1e-5 * max(1, abs(db)))
  }

  @Test func cohortsAdd() throws {
    // The multi-cohort likelihood is the sum of the cohorts' own likelihoods.
    let a: [Double] = [500, 300, 220, 180]
    let b: [Double] = [400, 250]
    let model = ShiftedBetaGeometric(alpha: 1.3, beta: 2.1)
    let both = try SBGLikelihood(cohorts: [a, b]).logLikelihood(model)
    let sum =
      try SBGLikelihood(cohorts: [a]).logLikelihood(model)
      + SBGLikelihood(cohorts: [b]).logLikelihood(model)
    #expect(abs(both - sum) < 1e-9)
  }

  /// A triangle's newest cohort, seen only at period 0, adds nothing (issue #11).
  @Test func aCohortSeenOnlyAtPeriodZeroAddsNothing() throws {
    let model = ShiftedBetaGeometric(alpha: 1.3, beta: 2.1)
    let triangle: [[Double]] = [[1000, 631, 468], [800, 500]]
    let without = try SBGLikelihood(cohorts: triangle)
    let with = try SBGLikelihood(cohorts: triangle + [[600]])
    #expect(with.lostWeights == without.lostWeights)
    #expect(with.censoredWeights == without.censoredWeights)
    #expect(with.logLikelihood(model) == without.logLikelihood(model))
  }

  @Test(
    arguments: [
      ([[1000.0]], "at least 2"),
      ([[1000.0], [800.0]], "no cohort is observed past period 0"),
      ([[1000, 600], []], "cohort 2 has 0 value(s)"),
      ([[1000, 600], [-5]], "cohort 2: period 0 must be positive"),
      ([[1000, 1100]], "cannot increase"),
      ([[0, 0]], "period 0 must be positive"),
      ([[100, -1]], "not a count"),
      ([[100, 100, 100]], "no customer was lost"),
      ([[100, 0]], "every customer was lost"),
      ([], "no cohorts"),
    ] as [([[Double]], String)])
  func unusableDataThrows(cohorts: [[Double]], phrase: String) {
    do {
      _ = try SBGLikelihood(cohorts: cohorts)
      Issue.record("expected an error for \(cohorts)")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(error.message.contains(phrase))
    }
  }
}
