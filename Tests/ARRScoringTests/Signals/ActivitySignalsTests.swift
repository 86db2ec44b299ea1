import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// The custom activity signals of `monthly.csv`'s extra numeric columns: their definitions on
/// hand-computed rows, a company whose churn only an activity column shows, no look-ahead, the
/// weights they take and the reasons they give.
@Suite struct ActivitySignalsTests {
  static func level(_ row: [Float]) -> Double? {
    row.withUnsafeBufferPointer { ActivitySignals.level($0) }
  }

  static func trend(_ row: [Float]) -> Double? {
    row.withUnsafeBufferPointer { ActivitySignals.trend($0) }
  }

  @Test func trendIsTheLastThreeMonthsAgainstThePriorThree() throws {
    // (55 − 100) ÷ 100 = −0.45.
    #expect(try #require(Self.trend([100, 100, 100, 55, 55, 55])) == -0.45)
    // Means over the months with a value: prior (10 + 30) ÷ 2 = 20, recent 25 → +0.25.
    #expect(try #require(Self.trend([10, .nan, 30, 25, .nan, .nan])) == 0.25)
    // Tripled: clamped to +1; fell to zero: −1.
    #expect(Self.trend([10, 10, 10, 30, 30, 30]) == 1)
    #expect(Self.trend([10, 10, 10, 0, 0, 0]) == -1)
    // From zero: the sign of the recent mean; both zero: 0.
    #expect(Self.trend([0, 0, 0, 4, 0, 0]) == 1)
    #expect(Self.trend([0, 0, 0, 0, 0, 0]) == 0)
    // A negative past (an NPS-like column): the change over its size.
    #expect(try #require(Self.trend([-20, -20, -20, -10, -10, -10])) == 0.5)
    // A window without values, or too short a row: no signal.
    #expect(Self.trend([.nan, .nan, .nan, 5, 5, 5]) == nil)
    #expect(Self.trend([5, 5, 5]) == nil)
  }

  @Test func levelIsTheLastThreeMonthsAgainstUpToTwelveBefore() throws {
    // 15 months: the 12 before the last 3 average 100 (80 and 120 alternate); recent 40.
    let past: [Float] = (0..<12).map { $0 % 2 == 0 ? 80 : 120 }
    #expect(try #require(Self.level(past + [40, 40, 40])) == -0.6)
    // A month older than the 12 is not read.
    #expect(try #require(Self.level([1000] + past + [40, 40, 40])) == -0.6)
    // A shorter history: its months before the last 3 (here 4 months averaging 50).
    #expect(try #require(Self.level([40, 60, 50, 50, 75, 75, 75])) == 0.5)
  }

  /// A company of `count` accounts, 24 months from 2024-01, whose churn after the base month
  /// (index 11) is driven by logins falling in the months before it, and by nothing the
  /// built-in signals see: every account has the same terms, tenure and steady MRR, and
  /// contract types are drawn independently of churn.
  static func loginsDrivenCompany(count: Int = 400, seed: UInt64 = 7) -> Company {
    var random = SeededGenerator(seed: seed)
    let months = 24
    var accounts: [Account] = []
    var mrr: [[Int64]] = []
    var logins = [Float](repeating: .nan, count: count * months)
    for i in 0..<count {
      let isMonthly = random.nextUnit() < 0.3
      accounts.append(
        Fixture.account(
          "A\(i)", isMonthly ? .monthly : .annual, isMonthly ? .monthly : .annual,
          start: "2021-01-01"))
      let churns = random.nextUnit() < 0.25
      // 90% of churners fall away before the base month; so do 10% of those who stay.
      let falls = churns ? random.nextUnit() < 0.9 : random.nextUnit() < 0.1
      let leaves = 13 + Int(random.nextUnit() * 10)
      let baseline = 20 + 180 * random.nextUnit()
      let depth = 0.35 + 0.4 * random.nextUnit()
      var row: [Int64] = []
      for m in 0..<months {
        let gone = churns && m >= leaves
        row.append(gone ? 0 : 10_000)
        guard !gone else { continue }
        var level = baseline * (0.9 + 0.2 * random.nextUnit())
        if falls && m >= 8 && m <= 11 { level *= 1 - depth }
        logins[i * months + m] = Float(level.rounded())
      }
      mrr.append(row)
    }
    var company = Fixture.company(accounts, mrr: mrr)
    company.activityColumns = [ActivityColumn(name: "logins", values: logins)]
    return company
  }

  @Test func anActivityColumnTheBuiltInSignalsCannotSeeIsLearned() throws {
    let company = Self.loginsDrivenCompany()
    let with = Scoring.run(company)
    let bt = try #require(with.backtest)
    #expect(bt.total.churned >= Scoring.minimumChurners)
    let cvAUC = try #require(bt.crossValidatedAUC)
    #expect(cvAUC >= 0.80)
    #expect(with.modelUsed == .fittedModel)
    // Falling logins raise risk: the trend's fitted weight is negative (values fall below 0).
    let trendWeight = try #require(with.weightsUsed.customWeight("logins_trend"))
    #expect(trendWeight < 0)

    var blind = company
    blind.activityColumns = []
    let without = try #require(Scoring.run(blind).backtest)
    let blindAUC = try #require(without.crossValidatedAUC)
    #expect(blindAUC < 0.65)
    #expect(cvAUC - blindAUC > 0.2)
    // The configured weights give custom signals weight 0: they cannot see it either.
    #expect(try #require(bt.auc) < 0.65)
  }

  @Test func theBacktestReadsNoActivityAfterTheBaseMonth() throws {
    let company = Self.loginsDrivenCompany(count: 300, seed: 11)
    let base = company.monthCount - 1 - Scoring.backtestHorizon
    var changed = company
    let months = company.monthCount
    var random = SeededGenerator(seed: 99)
    for a in 0..<company.accounts.count {
      for m in (base + 1)..<months {
        changed.activityColumns[0].values[a * months + m] = Float(
          (random.nextUnit() * 1000).rounded())
      }
    }
    let original = Scoring.runBacktest(company, base: base, weights: .defaults).backtest
    let altered = Scoring.runBacktest(changed, base: base, weights: .defaults).backtest
    #expect(original.fit != nil)
    #expect(original.fit == altered.fit)
    #expect(original.auc == altered.auc)
    #expect(original.crossValidatedAUC == altered.crossValidatedAUC)
    #expect(original.calibration == altered.calibration)
    #expect(original.classes == altered.classes)
    // Today's scores do read the later months: the change is real.
    #expect(
      Scoring.run(company).scores.map(\.riskScore) != Scoring.run(changed).scores.map(\.riskScore))
  }

  /// One account with a logins row and a tickets row, scored with `weights` on top of an
  /// intercept of 0 (so that it is not retained and its reasons show).
  static func reasons(
    logins: [Float], tickets: [Float], weights: [String: Double]
  ) -> [String] {
    var company = Fixture.company(
      [Fixture.account("A", start: "2020-01-01")],
      mrr: [Array(repeating: 900, count: logins.count)])
    company.activityColumns = [
      ActivityColumn(name: "logins", values: logins),
      ActivityColumn(name: "tickets", values: tickets),
    ]
    var w = RiskWeights.defaults.including(activityColumns: ["logins", "tickets"])
    w.intercept = 0
    for (key, value) in weights {
      w.weights[Signal.count + w.customKeys.firstIndex(of: key)!] = value
    }
    let result = Scoring.run(company, weights: w)
    return result.reasons(for: result.scores[0])
  }

  @Test func reasonsNameTheColumn() {
    let flat: [Float] = Array(repeating: 10, count: 15)
    let falling: [Float] = Array(repeating: 100, count: 12) + [55, 55, 55]
    #expect(
      Self.reasons(logins: falling, tickets: flat, weights: ["logins_trend": -3])
        == ["logins down 45% (last 3 months vs prior 3)"])
    #expect(
      Self.reasons(logins: falling, tickets: flat, weights: ["logins_level": -3])
        == ["logins 45% below the account's own level (last 3 months vs up to 12 before)"])
    let rising: [Float] = Array(repeating: 10, count: 12) + [15, 15, 15]
    let tripled: [Float] = Array(repeating: 10, count: 12) + [30, 30, 30]
    #expect(
      Self.reasons(
        logins: falling, tickets: rising, weights: ["tickets_trend": 2, "logins_trend": -1])
        == [
          "tickets up 50% (last 3 months vs prior 3)",
          "logins down 45% (last 3 months vs prior 3)",
        ])
    #expect(
      Self.reasons(logins: flat, tickets: tripled, weights: ["tickets_trend": 1])
        == ["tickets up 100% or more (last 3 months vs prior 3)"])
    // Weight 0 (the default): no reason, whatever the column does.
    #expect(Self.reasons(logins: falling, tickets: tripled, weights: [:]).isEmpty)
  }

  @Test func defaultWeightsGiveCustomSignalsWeightZero() throws {
    let w = RiskWeights.defaults.including(activityColumns: ["logins"])
    #expect(w.customKeys == ["logins_level", "logins_trend"])
    #expect(w.weights.count == Signal.count + 2)
    #expect(w.customWeight("logins_level") == 0 && w.customWeight("logins_trend") == 0)
    #expect(w.isDocumentedDefault)
    // A company without the column drops the key; one with it keeps the weight given.
    var set = w
    set.weights[Signal.count + 1] = -2
    #expect(set.including(activityColumns: []).customKeys.isEmpty)
    #expect(set.including(activityColumns: ["logins"]).customWeight("logins_trend") == -2)
    #expect(
      set.overrides() == [
        WeightOverride(key: "weights.logins_trend", defaultValue: 0, value: -2)
      ])
  }

  @Test func accountScoresListTheirActivitySignals() throws {
    let flat: [Float] = Array(repeating: 10, count: 15)
    let falling: [Float] = Array(repeating: 100, count: 12) + [55, 55, 55]
    var company = Fixture.company(
      [Fixture.account("A"), Fixture.account("B")],
      mrr: [Array(repeating: 900, count: 15), Array(repeating: 900, count: 15)])
    company.activityColumns = [ActivityColumn(name: "logins", values: falling + flat)]
    let result = Scoring.run(company)
    let scores = result.scores
    #expect(
      result.activitySignals(for: scores[0]) == [
        ActivitySignalValue(key: "logins_level", value: -0.45),
        ActivitySignalValue(key: "logins_trend", value: -0.45),
      ])
    #expect(result.activitySignals(for: scores[1]).map(\.value) == [0, 0])
  }
}
