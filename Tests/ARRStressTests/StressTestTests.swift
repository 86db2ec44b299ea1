import ARRAnalysis
import ARRCore
import ARRGenerator
import ARRInput
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRStress

/// Each shock on the hand-made company moves exactly what it should and nothing else.
@Suite("Stress scenarios on a hand-made company")
struct StressTestTests {
  static let base = Analysis.run(Fixture.small)

  func figures(_ s: StressScenario) throws -> StressFigures {
    try StressTest.run(Self.base, scenarios: [s]).scenarios[0].figures
  }

  var baseFigures: StressFigures {
    get throws { try StressTest.run(Self.base, scenarios: []).base }
  }
  var p: [Double] { Self.base.scoring.scores.map(\.retentionProbability) }

  /// The ARR ladder and the trailing figures do not move.
  func expectLadderUnchanged(_ f: StressFigures) {
    #expect(f.headlineARR == 4_860_000)
    #expect(f.recurringARR == 4_200_000)
    #expect(f.committedARR == 3_600_000)
    #expect(f.trailingRetention == Self.base.metrics.trailingRetention)
  }

  @Test func baseColumnIsTheAnalysis() throws {
    let f = try baseFigures
    expectLadderUnchanged(f)
    #expect(f.qualityAdjustedARR == Self.base.scoring.qualityAdjustedARR)
    #expect(f.arrAtRisk == Self.base.scoring.arrAtRisk)
    #expect(f.classes == Self.base.scoring.classMix)
    #expect(f.trials.accounts == 1 && f.trials.arr == 60_000)
    // Fewer than 10 resolved trials: the default 25%; 12 × 50 × 0.25 = 150.00.
    #expect(f.trials.conversionProbability == 0.25)
    #expect(f.trials.expectedARR == 15_000)
    #expect(f.pilots.accounts == 1 && f.pilots.arr == 600_000)
    #expect(f.pilots.expectedARR == Money.round(600_000 * p[3]))
  }

  @Test func churnMultiplierScalesLossOfItsContractTypeOnly() throws {
    var churn = StressScenario.ChurnMultiplier()
    churn.byContractType[ContractType.allCases.firstIndex(of: .monthly)!] = 2
    let f = try figures(StressScenario(name: "c", churnMultiplier: churn))
    expectLadderUnchanged(f)
    let q = f.accounts.retentionProbability
    // B and E are month-to-month: their churn hazard doubles, retention p becomes p²
    // (a loss above 50% is never clipped to certainty); nobody else moves.
    #expect(abs(q[1] - p[1] * p[1]) < 1e-15)
    #expect(abs(q[4] - p[4] * p[4]) < 1e-15)
    #expect(q[1] > 0 && q[4] > 0)
    for i in [0, 2, 3, 5] { #expect(q[i] == p[i]) }
    let before = Self.base.scoring.scores[1].qualityAdjustedARR
    #expect(
      f.qualityAdjustedARR
        == Self.base.scoring.qualityAdjustedARR - before + Money.round(240_000 * q[1]))
    #expect(f.trials.expectedARR == 15_000)
  }

  @Test func trialConversionMovesOnlyTrials() throws {
    let f = try figures(StressScenario(name: "t", trialConversion: 0.5))
    expectLadderUnchanged(f)
    #expect(f.qualityAdjustedARR == Self.base.scoring.qualityAdjustedARR)
    // 0.5 × 0.25 / (0.75 + 0.125) = 1/7; 60,000 cents × 1/7 = 8,571.43 → 8,571.
    #expect(abs(f.trials.conversionProbability - 1.0 / 7) < 1e-15)
    #expect(f.trials.expectedARR == 8_571)
    #expect(f.accounts.retentionProbability[4] == TrialConversion.scaleOdds(p[4], by: 0.5))
    for i in [0, 1, 2, 3, 5] { #expect(f.accounts.retentionProbability[i] == p[i]) }
  }

  @Test func pilotsRenewSetsThePilotsProbability() throws {
    let none = try figures(StressScenario(name: "p", pilotsRenew: 0))
    expectLadderUnchanged(none)
    #expect(none.pilots.expectedARR == 0)
    #expect(none.qualityAdjustedARR == Self.base.scoring.qualityAdjustedARR)
    let half = try figures(StressScenario(name: "p", pilotsRenew: 0.5))
    #expect(half.pilots.expectedARR == 300_000)
    for i in [0, 1, 2, 4, 5] { #expect(half.accounts.retentionProbability[i] == p[i]) }
  }

  @Test func priceChangeScalesAccountsRenewingWithinTheYear() throws {
    let f = try figures(StressScenario(name: "x", priceChange: -0.1))
    expectLadderUnchanged(f)
    // A renews 2024-12-31, B month-to-month, C usage, D (pilot) ends 2024-09-30, E
    // month-to-month; F (2027) keeps its price. D and E carry no recurring ARR.
    #expect(f.accounts.priceFactor == [0.9, 0.9, 0.9, 0.9, 0.9, 1])
    let s = Self.base.scoring.scores
    let expected =
      Money.round(1_200_000 * p[0] * 0.9) + Money.round(240_000 * p[1] * 0.9)
      + Money.round(360_000 * p[2] * 0.9) + s[5].qualityAdjustedARR
    #expect(f.qualityAdjustedARR == expected)
    #expect(f.arrAtRisk == f.recurringARR - f.qualityAdjustedARR)
  }

  /// A price rise is expansion (trial 37, T37-20: +20% read quality-adjusted ARR above
  /// recurring ARR, a negative expected loss and projected GRR 114%): it raises projected NDR,
  /// and leaves quality-adjusted ARR, the loss and projected GRR where the base has them.
  @Test(arguments: [0.2, 10.0])
  func aPriceRiseIsExpansionNotKeptARR(rise: Double) throws {
    let base = try baseFigures
    let f = try figures(StressScenario(name: "x", priceChange: rise))
    expectLadderUnchanged(f)
    #expect(f.accounts.priceFactor == [1 + rise, 1 + rise, 1 + rise, 1 + rise, 1 + rise, 1])
    #expect(f.qualityAdjustedARR == base.qualityAdjustedARR)
    #expect(f.arrAtRisk == base.arrAtRisk && f.arrAtRisk >= 0)
    let stressed = try #require(f.forecast)
    let unstressed = try #require(base.forecast)
    #expect(abs(stressed.grr - unstressed.grr) < 1e-9)
    #expect(stressed.grr <= 1 && stressed.grrRange.p90 <= 1 + 1e-9)
    #expect(stressed.ndr > unstressed.ndr)
  }

  @Test func losingTheTopAccountRemovesItAndNothingElse() throws {
    let f = try figures(StressScenario(name: "l", loseTopAccounts: 1))
    // F pays 2,000/month: headline, recurring and committed each fall by 24,000.00.
    #expect(f.headlineARR == 4_860_000 - 2_400_000)
    #expect(f.recurringARR == 4_200_000 - 2_400_000)
    #expect(f.committedARR == 3_600_000 - 2_400_000)
    let s = Self.base.scoring.scores
    #expect(f.qualityAdjustedARR == Self.base.scoring.qualityAdjustedARR - s[5].qualityAdjustedARR)
    #expect(f.accounts.retentionProbability[5] == 0)
    #expect(!f.accounts.isLive[5])
    #expect(f.classes.accounts == Self.base.scoring.classMix.accounts - 1)
    for i in 0..<5 {
      #expect(f.accounts.retentionProbability[i] == p[i])
      #expect(f.accounts.revenueClass[i] == s[i].revenueClass)
    }
  }

  @Test func usageSlumpMovesUsageAccountsThroughThePipeline() throws {
    let f = try figures(StressScenario(name: "u", usageChange: -0.5))
    // C's MRR halves in the last three months: its recurring 300 → 150, headline −150 a month.
    #expect(f.headlineARR == 4_860_000 - 180_000)
    #expect(f.recurringARR == 4_200_000 - 180_000)
    #expect(f.committedARR == 3_600_000)
    #expect(f.accounts.recurringMRR == [100_000, 20_000, 15_000, 0, 0, 200_000])
    // Usage fell 50% for A, B and C: none looks safer; D, E and F are untouched.
    for i in [0, 1, 2] { #expect(f.accounts.retentionProbability[i] <= p[i]) }
    for i in [3, 4, 5] { #expect(f.accounts.retentionProbability[i] == p[i]) }
    #expect(f.qualityAdjustedARR < Self.base.scoring.qualityAdjustedARR)
    // A's usage decline is now a reason for risk under the base model.
    let model = Self.base.scoring.weightsUsed
    let shocked = CompanyShock.apply(
      StressScenario(name: "u", usageChange: -0.5), to: Self.base.company,
      recurringMRR: Self.base.metrics.recurringMRR)
    let stressed = Scoring.run(shocked.company, weights: .defaults)
    #expect(stressed.signals(for: stressed.scores[0])[Signal.usageDecline.rawValue].value == 0.5)
    #expect(model[.usageDecline] > 0)
  }

  @Test func expansionMultiplierMovesNoARRFigure() throws {
    let f = try figures(StressScenario(name: "e", expansionMultiplier: 0.3))
    expectLadderUnchanged(f)
    #expect(f.qualityAdjustedARR == Self.base.scoring.qualityAdjustedARR)
    #expect(try f.accounts == baseFigures.accounts)
    #expect(f.expansionMultiplier == 0.3)
    // It lowers projected NDR through the survivors' expansion only: GRR and logo retention
    // stay.
    let base = try #require(try baseFigures.forecast)
    let stressed = try #require(f.forecast)
    #expect(stressed.ndr <= base.ndr)  // this company's survivors barely expand
    #expect(stressed.grr == base.grr)
    #expect(stressed.logoRetention == base.logoRetention)
  }

  @Test func losingTheTopAccountCountsItAsChurnedInTheProjection() throws {
    let f = try figures(StressScenario(name: "l", loseTopAccounts: 1))
    let base = try #require(try baseFigures.forecast)
    let stressed = try #require(f.forecast)
    // Same accounts in the base of the projection; the lost one is expected to leave.
    #expect(stressed.accounts == base.accounts)
    #expect(stressed.baseMRR == base.baseMRR)
    #expect(stressed.logoRetention < base.logoRetention)
    #expect(stressed.ndr < base.ndr)
  }
}

/// An account whose trial starts after the as-of month (an earlier `--as-of` view rolls its
/// trial back to `active`) is `not_started` in scoring and no trial of the stress base either.
@Suite struct StressNotStartedTrialsTests {
  @Test func stressTrialsLeaveOutAccountsThatHaveNotStarted() throws {
    let accounts = Array(
      ("account_id,contract_type,billing_cadence,start_date,trial_status,trial_end_date\n"
        + "A1,monthly,monthly,2024-01-01,none,\n"
        + "A2,monthly,monthly,2024-05-01,converted,2024-06-01\n"
        + "A3,monthly,monthly,2024-03-10,converted,2024-04-10\n").utf8)
    let monthly = Array(
      ("account_id,month,mrr\nA1,2024-01,100\nA1,2024-02,100\nA1,2024-03,100\n"
        + "A1,2024-04,100\nA1,2024-05,100\nA1,2024-06,100\nA2,2024-06,50\nA3,2024-05,20\n").utf8)
    // Earlier view at 2024-03: A2 starts in May (not yet a trial); A3 started in March and its
    // trial ended in April, so in March it is an active trial.
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil,
      options: LoadOptions(asOf: Month(year: 2024, month: 3)))
    let result = try StressTest.run(company, scenarios: [])
    let statuses = result.analysis.scoring.scores.map(\.status)
    #expect(statuses == [.live, .notStarted, .live])
    #expect(result.base.trials.accounts == 1)
  }
}

/// Review of issue #15: a scenario whose shocks match no account is told apart from one whose
/// changes happen to be $0.
@Suite("Accounts a stress scenario affects")
struct StressAffectedAccountsTests {
  static let base = Analysis.run(Fixture.small)

  func outcome(_ s: StressScenario) throws -> (StressOutcome, StressFigures) {
    let r = try StressTest.run(Self.base, scenarios: [s])
    return (r.scenarios[0], r.base)
  }

  func churn(_ type: ContractType, _ m: Double) -> StressScenario {
    var churn = StressScenario.ChurnMultiplier()
    churn.byContractType[ContractType.allCases.firstIndex(of: type)!] = m
    return StressScenario(name: "\(type)", churnMultiplier: churn)
  }

  @Test func aShockMatchingNoAccountAffectsNone() throws {
    // No account of the hand-made company has an `unknown` contract type.
    let (idle, base) = try outcome(churn(.unknown, 3))
    #expect(idle.figures.accountsAffected == 0)
    #expect(idle.hasNoEffect(against: base))
    #expect(base.accountsAffected == 0)
  }

  @Test func aShockMatchingAccountsCountsThem() throws {
    // B and E are month-to-month: both retention probabilities move.
    let (monthly, base) = try outcome(churn(.monthly, 2))
    #expect(monthly.figures.accountsAffected == 2)
    #expect(!monthly.hasNoEffect(against: base))
    // Losing the largest account (F) touches F only.
    let (lost, _) = try outcome(StressScenario(name: "l", loseTopAccounts: 1))
    #expect(lost.figures.accountsAffected == 1)
    // The outcome keeps the ranking that picked F (index 5, the one account at its amount),
    // which the reports name; a scenario that loses none keeps none.
    #expect(lost.topAccountLoss == TopAccountLoss(lost: [5], passedOver: [], tiedAtCut: 1))
    #expect(monthly.topAccountLoss == .none)
  }

  @Test func expansionAloneMovesTheProjectionWithoutTouchingAnAccount() throws {
    let (x, base) = try outcome(StressScenario(name: "x", expansionMultiplier: 0))
    #expect(x.figures.accountsAffected == 0)
    // Only when the base projects some expansion does halving it move anything.
    let moved = x.figures.forecast?.ndr != base.forecast?.ndr
    #expect(x.hasNoEffect(against: base) == !moved)
  }
}

/// A stress run forecasts from the plan the projection stage kept: the same forecasts, to the
/// bit, as from a plan built again.
@Suite struct StressForecastPlanTests {
  @Test func theProjectionsPlanGivesTheSameForecasts() throws {
    let analysis = try SampleCompanies.analysis("ai-hypergrowth")
    let plan = try #require(analysis.projection?.forecastPlan)
    #expect(plan.forecast() == analysis.projection?.forecast)
    var rebuilt = analysis
    rebuilt.projection?.forecastPlan = nil
    let scenarios = try SampleCompanies.stressScenarios()
    let kept = try StressTest.run(analysis, scenarios: scenarios)
    let again = try StressTest.run(rebuilt, scenarios: scenarios)
    #expect(kept.base.forecast != nil && kept.base.forecast == again.base.forecast)
    #expect(kept.scenarios.map(\.figures.forecast) == again.scenarios.map(\.figures.forecast))
  }
}
