import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which model the backtest chooses, and that its classes come from that model's
/// out-of-sample scores.
@Suite struct ScoringBacktestTests {
  /// 300 accounts paying 100 for 13 months (2024-01 … 2025-01) unless they churn, all started
  /// in 2020 and without usage or optional columns: at the base the default scores depend on
  /// the contract and billing alone.
  static func company(
    terms: (Int) -> (ContractType, BillingCadence), churns: (Int) -> Bool
  ) -> Company {
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for i in 0..<300 {
      let (type, cadence) = terms(i)
      accounts.append(Fixture.account("A\(i)", type, cadence))
      rows.append([Int64](repeating: 100, count: 12) + [churns(i) ? 0 : 100])
    }
    return Fixture.company(accounts, mrr: rows, columns: [])
  }

  /// Multi-year accounts (default weight −0.7, protective) churn half the time, annual ones
  /// 9 %: the defaults rank churners backwards, a fit learns the truth and wins out of sample.
  @Test func fitThatBeatsTheDefaultsOutOfSampleIsUsedAndClassesTheBacktest() throws {
    let c = Self.company(
      terms: { $0 % 2 == 0 ? (.multiYear, .annual) : (.annual, .annual) },
      churns: { $0 % 2 == 0 ? $0 % 4 == 0 : $0 % 22 == 1 })
    let r = Scoring.run(c)
    let bt = try #require(r.backtest)
    let configured = try #require(bt.auc)
    let outOfSample = try #require(bt.crossValidatedAUC)
    // Hand-computed: 75 of 150 multi-year and 14 of 150 annual accounts churn. Defaults score
    // multi-year 2.4 and annual 4.7: (75 × 75 / 2 + 14 × (75 + 136 / 2)) / (89 × 211).
    #expect(abs(configured - (2812.5 + 14 * 143) / (89.0 * 211)) < 1e-12)
    #expect(outOfSample > configured)
    #expect(bt.modelUsed == .fittedModel && r.modelUsed == .fittedModel)
    #expect(bt.fitRejectedReason == nil)
    #expect(try #require(bt.fit).weights[Signal.multiYear.rawValue] > 1)
    // Classed by the cross-validated fit: multi-year ≈ 48 % → at risk, annual ≈ 9 % → retained.
    #expect(
      bt[.atRisk]
        == ClassOutcome(
          accounts: 150, churned: 75, baseMRR: 15_000, endMRR: 7_500,
          retainedMRR: 7_500))
    #expect(bt[.retained].accounts == 150 && bt[.retained].churned == 14)
    #expect(bt[.wavering].accounts == 0)
    // Today's scores use the fitted weights.
    #expect(r.weightsUsed.weights == bt.fit?.weights)
    // Account 2 (multi-year) and 3 (annual) stayed: today they class as the fit says.
    #expect(r.scores[2].reportedClass == .atRisk)
    #expect(r.scores[3].reportedClass == .retained)
    #expect(r.scores[0].status == .churned && r.scores[0].reportedClass == nil)
  }

  /// Churners are exactly the month-to-month accounts: the defaults already rank them perfectly
  /// (AUC 1), so the fit cannot beat them and the defaults are kept, with the reason.
  @Test func fitThatOnlyTiesTheDefaultsIsNotUsed() throws {
    let c = Self.company(
      terms: { $0 % 3 == 0 ? (.monthly, .monthly) : (.annual, .annual) },
      churns: { $0 % 3 == 0 })
    let r = Scoring.run(c)
    let bt = try #require(r.backtest)
    #expect(bt.auc == 1)
    #expect(bt.crossValidatedAUC == 1)
    #expect(bt.fit != nil)
    #expect(bt.modelUsed == .configuredWeights && r.modelUsed == .configuredWeights)
    #expect(bt.fitRejectedReason?.contains("does not beat") == true)
    // The defaults, recalibrated to the company's churn: a third churned, where the defaults
    // predicted p̄ = (100 σ(−1.2) + 200 σ(−3)) ÷ 300; the target is (100 + 20 p̄) ÷ 320.
    let rec = try #require(bt.recalibration)
    let p = (100 / (1 + exp(1.2)) + 200 / (1 + exp(3.0))) / 300
    #expect(abs(rec.configuredChurn - p) < 1e-12)
    #expect(abs(rec.targetChurn - (100 + 20 * p) / 320) < 1e-12)
    #expect(rec.accounts == 300 && rec.churners == 100)
    #expect(r.weightsUsed.weights == RiskWeights.defaults.weights)
    #expect(r.weightsUsed.intercept == -3 + rec.interceptShift)
    // The shift makes the mean prediction the target: 100 σ(−1.2 + δ) + 200 σ(−3 + δ) = 300 q.
    let d = rec.interceptShift
    let mean = (100 / (1 + exp(1.2 - d)) + 200 / (1 + exp(3 - d))) / 300
    #expect(abs(mean - rec.targetChurn) < 1e-9)
    // Classes of the recalibrated scores (each fold's shift ≈ 1.5): month-to-month
    // σ(−1.2 + 1.5) ≈ 58 → at risk; annual σ(−3 + 1.5) ≈ 18 → wavering.
    #expect(rec.foldShifts.allSatisfy { abs($0 - d) < 0.2 })
    #expect(bt[.atRisk].accounts == 100 && bt[.atRisk].churned == 100)
    #expect(bt[.wavering].accounts == 200 && bt[.wavering].churned == 0)
    #expect(r.retentionSource == .backtestClassDepartures)
  }

  @Test func tooFewChurnersSkipsTheFit() throws {
    let c = Self.company(terms: { _ in (.annual, .annual) }, churns: { $0 < 10 })
    let bt = try #require(Scoring.run(c).backtest)
    #expect(bt.fit == nil && bt.crossValidatedAUC == nil && bt.fittedAUC == nil)
    #expect(bt.fitSkippedReason?.contains("10 of 300 accounts churned") == true)
    #expect(bt.modelUsed == .configuredWeights)
  }

  /// The backtest measures each scored account once and scores it every way in one pass,
  /// reading the fit rows' signals back. With the fit rows capped at 100 of the 300 scored
  /// accounts (every third), two thirds are measured in that pass: each way's AUC and classes
  /// must equal a plain reference that measures every scored account and scores it each way.
  @Test func onePassScoresEveryAccountAsMeasuringItForEachWayWould() throws {
    let c = Self.company(
      terms: { $0 % 2 == 0 ? (.multiYear, .annual) : (.annual, .annual) },
      churns: { $0 % 2 == 0 ? $0 % 4 == 0 : $0 % 22 == 1 })
    let base = c.monthCount - 1 - Scoring.backtestHorizon
    let last = c.monthCount - 1
    let bt = Scoring.runBacktest(c, base: base, weights: .defaults, maximumFitRows: 100).backtest
    // The reference: every account pays at the base; measure each, keep every third as a fit row.
    let measurer = SignalMeasurer(company: c, column: base)
    let w = RiskWeights.defaults.including(activityColumns: measurer.activityNames)
    var signals: [[Double]] = []
    var churned: [Bool] = []
    measurer.withRows { rows in
      for i in 0..<c.accountCount where c.revenue.mrr(account: i, month: base) > 0 {
        var v = [Double](repeating: .nan, count: measurer.width)
        v.withUnsafeMutableBufferPointer { measurer.measure(i, in: rows, into: $0) }
        signals.append(v)
        churned.append(c.revenue.mrr(account: i, month: last) == 0)
      }
    }
    #expect(signals.count == 300)
    let fitRows = Array(stride(from: 0, to: signals.count, by: 3))
    let features = fitRows.flatMap { signals[$0] }
    let outcomes = fitRows.map { churned[$0] }
    let fit = LogisticFit.fit(
      features: features, outcomes: outcomes, prior: w.weights, priorIntercept: w.intercept,
      lambda: Scoring.fitLambda)
    #expect(bt.fit == fit)
    let heldOut = Scoring.outOfFoldLogOdds(
      features: features, outcomes: outcomes, weights: w, start: fit)
    func z(_ k: Int, _ model: (UnsafeBufferPointer<Double>) -> Double) -> Double {
      signals[k].withUnsafeBufferPointer { model($0) }
    }
    var configured = AUCHistogram()
    var crossValidated = AUCHistogram()
    var classes = [ClassOutcome](repeating: .zero, count: 3)
    for k in signals.indices {
      configured.add(score: RiskWeights.score(logOdds: z(k, w.logOdds)), churned: churned[k])
      let out = k % 3 == 0 ? heldOut[k / 3] : z(k, fit.logOdds)
      let score = RiskWeights.score(logOdds: out)
      crossValidated.add(score: score, churned: churned[k])
      let then = c.revenue.mrr(account: k, month: base)
      classes[RevenueClass.of(score: score, weights: w).index].merge(
        ClassOutcome(then: then, now: c.revenue.mrr(account: k, month: last)))
    }
    #expect(bt.auc == configured.auc)
    #expect(bt.crossValidatedAUC == crossValidated.auc)
    // The fit wins out of sample here, so the backtest's classes are the cross-validated ones.
    #expect(bt.modelUsed == .fittedModel)
    #expect(bt.classes == classes)
  }

  /// Without a fit (10 churners of 300) the documented defaults are recalibrated, and the
  /// backtest's classes are the recalibrated scores': the configured log-odds of each scored
  /// account plus the shift fitted without its fold (fit row `j` in fold `j mod 5`, any other
  /// account in its preceding fit row's fold). Fit rows capped at 100 (every third account),
  /// against a reference that measures every account.
  @Test func onePassRecalibratesEveryAccountAsTheReferenceDoes() throws {
    let c = Self.company(
      terms: { $0 % 3 == 0 ? (.monthly, .monthly) : (.annual, .annual) }, churns: { $0 < 10 })
    let base = c.monthCount - 1 - Scoring.backtestHorizon
    let last = c.monthCount - 1
    let bt = Scoring.runBacktest(c, base: base, weights: .defaults, maximumFitRows: 100).backtest
    #expect(bt.fit == nil && bt.fitSkippedReason != nil)
    let r = try #require(bt.recalibration)
    #expect(r.accounts == 100)
    let measurer = SignalMeasurer(company: c, column: base)
    let w = RiskWeights.defaults.including(activityColumns: measurer.activityNames)
    var classes = [ClassOutcome](repeating: .zero, count: 3)
    var configured = AUCHistogram()
    measurer.withRows { rows in
      var v = [Double](repeating: .nan, count: measurer.width)
      for k in 0..<c.accountCount {
        v.withUnsafeMutableBufferPointer { measurer.measure(k, in: rows, into: $0) }
        let z = v.withUnsafeBufferPointer { w.logOdds($0) }
        let now = c.revenue.mrr(account: k, month: last)
        configured.add(score: RiskWeights.score(logOdds: z), churned: now == 0)
        let shifted = z + r.foldShifts[(k / 3) % r.foldShifts.count]
        classes[RevenueClass.of(score: RiskWeights.score(logOdds: shifted), weights: w).index]
          .merge(ClassOutcome(then: c.revenue.mrr(account: k, month: base), now: now))
      }
    }
    #expect(bt.auc == configured.auc)
    #expect(bt.classes == classes)
  }
}
