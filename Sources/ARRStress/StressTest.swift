import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

/// Runs stress scenarios against a company (`docs/stress.md`): the base analysis, then every scenario
/// with the same pipeline and the same calibration, side by side.
///
/// A scenario is applied in three steps (each defined in `docs/stress.md`):
/// 1. **Data shocks** (`usage_change`, `lose_top_accounts`) change the company's revenue and
///    usage; only what the table reads is recomputed on the stressed company (``ShockedRun``:
///    ARR ladder, trailing retention, recurring MRR, liveness) and the touched accounts'
///    signals. Touched accounts are re-scored with the **base** run's model and retention
///    calibration (a shock today says nothing about what happened last year, so the backtest
///    the calibration rests on is not redone). Lost accounts get probability 0.
/// 2. **Probability shocks** (`trial_conversion`, `pilots_renew`, `churn_multiplier`) adjust
///    each account's 12-month retention probability (odds × k for trials, the share for
///    pilots, the churn hazard × m for churn: p becomes p^m, see ``ChurnHazard``).
/// 3. **Amount shocks** (`price_change`) scale the quality-adjusted ARR of accounts renewing
///    within 12 months; `expansion_multiplier` scales the expansion term of projected NDR.
public enum StressTest {
  /// Runs the base and every scenario.
  /// - Parameters:
  ///   - company: The validated company.
  ///   - scenarios: The scenarios, in the order to show them.
  ///   - weights: Scoring weights and thresholds (as for `analyze`).
  /// - Returns: The base column and one column per scenario.
  /// - Complexity: O(accounts × months) for the base, plus the same again for every scenario
  ///   that changes the data, plus O(accounts) per scenario.
  /// - Throws: `ARRQualityError` (`.invalidData`) when a scenario's `usage_change` or
  ///   `price_change` would scale the company's amounts beyond ``Money/maximumMRRCents``
  ///   (``checkScale(of:for:)``).
  public static func run(
    _ company: Company, scenarios: [StressScenario], weights: RiskWeights = .defaults
  ) throws(ARRQualityError) -> StressResult {
    for s in scenarios { try checkScale(of: company, for: s) }
    return try run(Analysis.run(company, weights: weights), scenarios: scenarios)
  }

  /// Refuses a scenario whose growth would take a total of `company` past
  /// ``Money/maximumMRRCents``: a stressed figure must stay as exact as the base's.
  /// - Parameters:
  ///   - company: The company.
  ///   - scenario: The scenario; its largest growth factor is 1 + the larger of `usage_change`
  ///     and `price_change` (up to 11).
  /// - Throws: `ARRQualityError` (`.invalidData`) naming the scenario, the figure and the month.
  /// - Complexity: O(accounts × months) when the scenario grows amounts, else O(1).
  public static func checkScale(of company: Company, for scenario: StressScenario)
    throws(ARRQualityError)
  {
    let growth = 1 + max(0, scenario.usageChange ?? 0, scenario.priceChange ?? 0)
    guard growth > 1, let excess = company.revenue.firstExcess(scaledBy: growth) else { return }
    let which =
      if let m = excess.monthOffset {
        "\(excess.figure) of \(company.firstMonth.adding(months: m))"
      } else {
        excess.figure
      }
    throw ARRQualityError(
      kind: .invalidData,
      message:
        "scenario \"\(scenario.name)\": growing amounts \(growth)× would take the \(which) past "
        + "\(Money.decimalString(cents: Money.maximumMRRCents)), the largest total whose 12-month "
        + "run rate is exact in cents")
  }

  /// Runs every scenario against an analysis already made.
  /// - Parameters:
  ///   - base: The base analysis (``Analysis/run(_:weights:paths:)`` of the company); its
  ///     model, calibration and forecast set-up are reused by every scenario.
  ///   - scenarios: The scenarios.
  /// - Returns: The base column and one column per scenario.
  /// - Complexity: O(accounts) per scenario, plus O(accounts × 13 + touched × months) for one
  ///   that changes the data, plus its forecast, O(accounts + paths × buckets).
  /// - Throws: As ``run(_:scenarios:weights:)``.
  public static func run(
    _ base: Analysis, scenarios: [StressScenario]
  ) throws(ARRQualityError) -> StressResult {
    for s in scenarios { try checkScale(of: base.company, for: s) }
    let conversion = TrialConversion(base.company)
    // One forecast plan for every column: the movement rates, churn shock and paying
    // accounts are the base's in all of them (a scenario changes probabilities, classes and
    // amounts through ``ForecastAdjustments``). The projection stage already made it.
    let plan =
      base.projection?.forecastPlan ?? ForecastPlan(base.company, scoring: base.scoring)
    let start = StressedAccounts(base)
    let baseFigures = figures(
      StressScenario(name: "Base"), base: base, start: start, plan: plan, conversion: conversion
    ).figures
    let outcomes = scenarios.map { s in
      let column = figures(s, base: base, start: start, plan: plan, conversion: conversion)
      return StressOutcome(scenario: s, figures: column.figures, topAccountLoss: column.loss)
    }
    return StressResult(
      analysis: base, base: baseFigures, scenarios: outcomes, trialConversion: conversion)
  }

  /// The figures of one scenario.
  /// - Parameters:
  ///   - scenario: The scenario (the neutral one gives the base column).
  ///   - base: The base analysis.
  ///   - start: The base's per-account state (``StressedAccounts/init(_:)``), made once.
  ///   - plan: The base's forecast plan.
  ///   - conversion: The base trial conversion probability.
  /// - Returns: The figures, and the accounts `lose_top_accounts` removed.
  static func figures(
    _ scenario: StressScenario, base: Analysis, start: StressedAccounts, plan: ForecastPlan,
    conversion: TrialConversion
  ) -> (figures: StressFigures, loss: TopAccountLoss) {
    var state = start
    let run: ShockedRun
    var loss = TopAccountLoss.none
    if scenario.changesCompany {
      let shocked = CompanyShock.apply(
        scenario, to: base.company, recurringMRR: base.metrics.recurringMRR)
      run = ShockedRun(stressed: shocked.company)
      loss = shocked.topAccountLoss
      state = rescored(
        run, base: base, state: state, shock: shocked, usageChange: scenario.usageChange ?? 0)
    } else {
      run = ShockedRun(base: base, isLive: start.isLive)
    }
    let company = run.company
    let last = company.monthCount - 1
    func asOfMRR(_ i: Int) -> Int64 { company.revenue.mrr(account: i, month: last) }

    // Step 2: probabilities.
    var trialMRR: Int64 = 0
    var trialCount = 0
    let q = TrialConversion.scaleOdds(conversion.probability, by: scenario.trialConversion ?? 1)
    // An active trial counts once it has started: in an earlier view (`--as-of`) an account
    // signed later rolls back to an active trial but is `not_started` in scoring.
    let cutoff = CivilDate.lastDay(of: company.asOf)
    // Each account's terms read in place: `company.accounts[i]` copied the account (its
    // strings' reference counts) in every loop of every scenario.
    company.withAccountRows { rows in
      for i in 0..<company.accountCount {
        let terms = rows.terms(i)
        guard terms.trialStatus == .active && terms.startDate <= cutoff else { continue }
        trialCount += 1
        trialMRR += asOfMRR(i)
        if let k = scenario.trialConversion {
          state.retentionProbability[i] = TrialConversion.scaleOdds(
            state.retentionProbability[i], by: k)
        }
      }
    }
    if let share = scenario.pilotsRenew {
      company.withAccountRows { rows in
        for i in 0..<company.accountCount where isPilot(rows.terms(i)) {
          state.retentionProbability[i] = share
        }
      }
    }
    if let churn = scenario.churnMultiplier, !churn.isNeutral {
      company.withAccountRows { rows in
        for i in 0..<company.accountCount {
          let m = churn.factor(rows.contractType(i), state.revenueClass[i])
          guard m != 1 else { continue }
          // A multiplier on the hazard, not on the loss probability: doubling a 60% loss gives
          // 84%, never a certain 100% (ChurnHazard).
          state.retentionProbability[i] = ChurnHazard.retention(
            state.retentionProbability[i], hazardTimes: m)
        }
      }
    }
    // Step 3: amounts.
    if let x = scenario.priceChange, x != 0 {
      let horizon = CivilDate.lastDay(of: company.asOf.adding(months: 12))
      company.withAccountRows { rows in
        for i in 0..<company.accountCount where renews(rows.terms(i), by: horizon) {
          state.priceFactor[i] = 1 + x
        }
      }
    }

    var pilotCount = 0
    var pilotMRR: Int64 = 0
    var pilotExpected: Int64 = 0
    company.withAccountRows { rows in
      for i in 0..<company.accountCount where isPilot(rows.terms(i)) && asOfMRR(i) > 0 {
        pilotCount += 1
        pilotMRR += asOfMRR(i)
        pilotExpected += Money.round(Double(12 * asOfMRR(i)) * state.retentionProbability[i])
      }
    }
    let mix = state.classMix
    let affected = affectedAccounts(
      base: base, before: start, state: state, stressed: company)
    let forecast = projectedRetention(
      base: base, plan: plan, stressed: company, state: state,
      expansionMultiplier: scenario.expansionMultiplier ?? 1)
    let figures = StressFigures(
      headlineARR: run.ladder.headline, recurringARR: run.ladder.recurring,
      committedARR: run.ladder.committed,
      qualityAdjustedARR: mix.qualityAdjustedARR,
      arrAtRisk: mix.recurringARR - mix.qualityAdjustedARR, classes: mix,
      trailingRetention: run.trailingRetention,
      trials: TrialOutlook(
        accounts: trialCount, arr: 12 * trialMRR, conversionProbability: q,
        expectedARR: Money.round(Double(12 * trialMRR) * q)),
      pilots: PilotOutlook(accounts: pilotCount, arr: 12 * pilotMRR, expectedARR: pilotExpected),
      accounts: state, accountsAffected: affected,
      expansionMultiplier: scenario.expansionMultiplier ?? 1, forecast: forecast)
    return (figures, loss)
  }

  /// Accounts the scenario changes, among those live or paying in the base or the scenario:
  /// as-of MRR, recurring MRR, liveness, class, retention probability or quality-adjusted ARR
  /// (a price change) different from the base's. A
  /// scenario whose shocks match no account (no active trials, no usage-billed accounts, no
  /// paying pilots…) has 0, and the report says so instead of drawing $0 changes as results.
  /// - Complexity: O(accounts).
  static func affectedAccounts(
    base: Analysis, before: StressedAccounts, state: StressedAccounts, stressed: Company
  ) -> Int {
    let last = base.company.monthCount - 1
    func isAffected(_ i: Int) -> Bool {
      let mrrBefore = base.company.revenue.mrr(account: i, month: last)
      let mrrAfter = stressed.revenue.mrr(account: i, month: last)
      // Only accounts live or paying in either column count: a probability that moves on an
      // account that left before the as-of month changes no figure.
      guard before.isLive[i] || state.isLive[i] || mrrBefore != 0 || mrrAfter != 0 else {
        return false
      }
      if mrrBefore != mrrAfter || before.recurringMRR[i] != state.recurringMRR[i] { return true }
      if before.isLive[i] != state.isLive[i] || before.revenueClass[i] != state.revenueClass[i] {
        return true
      }
      return before.retentionProbability[i] != state.retentionProbability[i]
        || before.qualityAdjustedARR(i) != state.qualityAdjustedARR(i)
        || before.priceFactor[i] != state.priceFactor[i]
    }
    return before.recurringMRR.indices.count(where: isAffected)
  }

  /// The projection of ``Projection/forecast(_:scoring:adjustments:paths:seed:)`` over the
  /// base's paying accounts, drawn with the base forecast's paths and seed: the scenario's
  /// probabilities and classes, each stayer's MRR scaled by its immediate change (stressed ÷
  /// base as-of MRR) and price factor, and expansion scaled by `expansionMultiplier`. The neutral scenario gives the base's forecast exactly.
  /// - Complexity: O(accounts + paths × buckets).
  static func projectedRetention(
    base: Analysis, plan: ForecastPlan, stressed: Company, state: StressedAccounts,
    expansionMultiplier: Double
  ) -> RetentionForecast? {
    let last = base.company.monthCount - 1
    var factor = [Double](repeating: 1, count: base.company.accountCount)
    for i in factor.indices {
      let before = base.company.revenue.mrr(account: i, month: last)
      let after = stressed.revenue.mrr(account: i, month: last)
      if before > 0 && after != before { factor[i] = Double(after) / Double(before) }
      factor[i] *= state.priceFactor[i]
    }
    // The base's own paths and seed, so the neutral column is its forecast to the last bit
    // whatever paths the analysis ran with.
    let made = base.projection?.forecast
    return plan.forecast(
      adjustments: ForecastAdjustments(
        retentionProbability: state.retentionProbability, revenueClass: state.revenueClass,
        endFactor: factor, expansionMultiplier: expansionMultiplier),
      paths: made?.paths ?? Projection.defaultPaths, seed: made?.seed ?? Projection.defaultSeed)
  }

  /// A pilot counted as a pilot by the ARR ladder (not in an active or expired trial).
  static func isPilot(_ a: Account) -> Bool { isPilot(a.terms) }

  /// ``isPilot(_:)`` of an account's terms.
  static func isPilot(_ terms: Account.Terms) -> Bool {
    RecurringRevenue.treatment(trial: terms.trialStatus, contract: terms.contractType)
      == .pilotRemoved
  }

  /// Whether `a`'s price can change within the horizon: never with a cancel date on file (a
  /// notice or a cancellation); month-to-month and usage accounts always; others when their
  /// `contract_end_date` falls on or before `horizon`. An `unknown` contract type without a
  /// `contract_end_date` reprices too: every term but a multi-year one renews within a year, so
  /// a price change reaching it is the likelier case.
  static func renews(_ a: Account, by horizon: CivilDate) -> Bool { renews(a.terms, by: horizon) }

  /// ``renews(_:by:)`` of an account's terms.
  static func renews(_ a: Account.Terms, by horizon: CivilDate) -> Bool {
    // A notice or cancellation on file: the account leaves at its date and renews at no price.
    if a.cancelDate != nil { return false }
    if a.contractType == .monthly || a.contractType == .usage { return true }
    guard let end = a.contractEndDate else { return a.contractType == .unknown }
    return end <= horizon
  }
}
