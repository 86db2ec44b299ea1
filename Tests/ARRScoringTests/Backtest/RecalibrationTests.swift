import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The default weights' intercept moved to the company's own base churn: the shrunk target,
/// the shift that meets it, the held-out folds, and no data after the base month.
@Suite struct RecalibrationTests {
  static func logit(_ p: Double) -> Double { log(p / (1 - p)) }

  /// 100 rows at one log-odds (predicted 10%), 30 churned: the target is
  /// (30 + 20 × 0.1) ÷ 120 and, all rows alike, the shift is logit(target) − logit(0.1).
  @Test func theShiftMeetsTheShrunkTarget() throws {
    let z = [Double](repeating: Self.logit(0.1), count: 100)
    let y = (0..<100).map { $0 % 10 < 3 }
    let r = try #require(Recalibration.fit(logOdds: z, outcomes: y, folds: 5))
    #expect(r.accounts == 100 && r.churners == 30 && r.observedChurn == 0.3)
    #expect(abs(r.configuredChurn - 0.1) < 1e-12)
    let target = (30 + 20 * 0.1) / 120
    #expect(abs(r.targetChurn - target) < 1e-12)
    #expect(abs(r.interceptShift - (Self.logit(target) - Self.logit(0.1))) < 1e-9)
    // Fold k leaves out rows k, k+5, …: it fits on the other 80 rows and their churners
    // (rows 0–2 of every ten churn: folds 0–2 keep 20, folds 3–4 keep 30), target
    // (churners + 2) ÷ 100.
    for (k, shift) in r.foldShifts.enumerated() {
      let kept = Double(k < 3 ? 20 : 30)
      #expect(abs(shift - (Self.logit((kept + 2) / 100) - Self.logit(0.1))) < 1e-9)
    }
  }

  /// No churner among 40 accounts: the shift lowers the scores to a third of the default's
  /// prediction (20 p̄ ÷ 60), never to certainty.
  @Test func noChurnerLowersScoresWithoutCertainty() throws {
    let z = (0..<40).map { Self.logit($0 % 2 == 0 ? 0.05 : 0.2) }
    let r = try #require(
      Recalibration.fit(logOdds: z, outcomes: Array(repeating: false, count: 40), folds: 5))
    #expect(abs(r.configuredChurn - 0.125) < 1e-12)
    #expect(abs(r.targetChurn - 0.125 / 3) < 1e-12)
    #expect(r.interceptShift < 0 && r.interceptShift > -3)
    let mean = z.reduce(0.0) { $0 + 1 / (1 + exp(-$1 - r.interceptShift)) } / 40
    #expect(abs(mean - r.targetChurn) < 1e-9)
  }

  /// 300 annual accounts, a third of them churned where the defaults predict σ(−3) ≈ 4.7%.
  static func company() -> Company {
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for i in 0..<300 {
      accounts.append(Fixture.account("A\(i)"))
      rows.append([Int64](repeating: 100, count: 18) + [i % 3 == 0 ? 0 : 100])
    }
    return Fixture.company(accounts, mrr: rows, usage: rows, columns: [])
  }

  @Test func theDefaultsAreRecalibratedAndJudgedOnHeldOutFolds() throws {
    let r = Scoring.run(Self.company())
    let bt = try #require(r.backtest)
    let rec = try #require(bt.recalibration)
    #expect(r.modelUsed == .configuredWeights)
    let target = (100 + 20 * (1 / (1 + exp(3.0)))) / 320
    #expect(abs(rec.targetChurn - target) < 1e-12)
    #expect(abs(r.weightsUsed.intercept - Self.logit(target)) < 1e-9)
    // Judged out of sample: every account of fold k scored at −3 + the shift fitted without it.
    let cal = try #require(bt.calibration)
    let held = rec.foldShifts.map { 100 / (1 + exp(3 - $0)) }
    #expect(cal.bands.allSatisfy { b in held.contains { abs($0 - b.lowScore) < 0.001 } })
    // Predicting about a third for a third's churn: the Brier score is about the base rate's,
    // far below the raw defaults' (4.7% predicted for each).
    #expect(abs(cal.brier - cal.baseRateBrier) < 2e-3)
    let raw = (100 * pow(1 - 1 / (1 + exp(3.0)), 2) + 200 * pow(1 / (1 + exp(3.0)), 2)) / 300
    #expect(cal.brier < raw - 0.05)
    // Today's annual accounts score at the recalibrated rate.
    #expect(abs(r.scores[1].riskScore - 100 * target) < 1e-6)
  }

  @Test func customWeightsAreNotRecalibrated() throws {
    var w = RiskWeights.defaults
    w.intercept = -2.5
    let r = Scoring.run(Self.company(), weights: w)
    #expect(r.backtest?.recalibration == nil)
    #expect(r.weightsUsed.intercept == -2.5)
  }

  /// Changing revenue and usage between the base month and the as-of month (outcomes stay)
  /// moves nothing the recalibration or the backtest computes.
  @Test func recalibrationReadsNothingAfterTheBaseMonth() throws {
    let c = Self.company()
    var changed = c
    let months = c.monthCount
    let base = months - 1 - Scoring.backtestHorizon
    for a in 0..<c.accounts.count {
      for m in (base + 1)..<(months - 1) {
        changed.revenue.mrr[a * months + m] = Int64(50 + (a * m) % 200)
        changed.revenue.usage![a * months + m] = Int64((a + m) % 7)
      }
    }
    let one = Scoring.runBacktest(c, base: base, weights: .defaults).backtest
    let two = Scoring.runBacktest(changed, base: base, weights: .defaults).backtest
    #expect(one.recalibration != nil)
    #expect(one.recalibration == two.recalibration)
    #expect(one.calibration == two.calibration)
    #expect(one.classes == two.classes)
  }
}
