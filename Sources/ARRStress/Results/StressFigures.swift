import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

/// Every key figure of one column of the stress table: the base, or one scenario.
///
/// Amounts are cents. The identities of the base analysis hold in every column:
/// `arrAtRisk == recurringARR − qualityAdjustedARR` and the class mix sums to `recurringARR`
/// and `qualityAdjustedARR`.
public struct StressFigures: Sendable {
  /// The pipeline run these figures rest on: the base analysis, or the stressed company's run
  /// when the scenario changes the data (its scores are re-derived, see ``accounts``).
  public var analysis: Analysis
  /// 12 × as-of MRR of every account.
  public var headlineARR: Int64
  /// 12 × Σ recurring MRR.
  public var recurringARR: Int64
  /// 12 × Σ committed MRR.
  public var committedARR: Int64
  /// Σ round(12 × recurring MRR × retention probability × price factor).
  public var qualityAdjustedARR: Int64
  /// `recurringARR − qualityAdjustedARR`.
  public var arrAtRisk: Int64
  /// Live accounts, recurring and quality-adjusted ARR per class.
  public var classes: ClassMix
  /// Trailing 12-month NDR, GRR and logo retention of the run's company.
  public var trailingRetention: TrailingRetention
  /// Active trials and what they are expected to bring (not part of recurring ARR).
  public var trials: TrialOutlook
  /// Paying pilots and their expected renewal ARR (not part of recurring ARR).
  public var pilots: PilotOutlook
  /// The per-account state behind the figures, in account order.
  public var accounts: StressedAccounts
  /// Accounts whose MRR, class, retention probability or quality-adjusted ARR differ from the
  /// base's (0 for the base, and for a scenario whose shocks match no account).
  public var accountsAffected: Int
  /// The multiplier the scenario puts on the expansion term of projected NDR (1 for the base).
  public var expansionMultiplier: Double
  /// Projected 12-month NDR, GRR and logo retention with P10/P50/P90, of the accounts paying
  /// in the base at as-of (lost accounts count as churned); `nil` when none pays.
  public var forecast: RetentionForecast?
}

/// Per-account state of one column, in account order (parallel arrays).
public struct StressedAccounts: Sendable, Equatable {
  /// Recurring MRR, cents.
  public var recurringMRR: [Int64]
  /// Class after the shocks.
  public var revenueClass: [RevenueClass]
  /// 12-month retention probability after the shocks.
  public var retentionProbability: [Double]
  /// `1 + price_change` for accounts renewing within 12 months, else 1.
  public var priceFactor: [Double]
  /// Paying or in an active trial at the as-of month (counts as a logo).
  public var isLive: [Bool]

  /// round(12 × recurring MRR × retention probability × price factor) of account `i`, cents,
  /// half away from zero (the price factor is left out when it is 1, so the base is exact).
  /// - Parameter i: Account index.
  /// - Returns: The account's quality-adjusted ARR.
  public func qualityAdjustedARR(_ i: Int) -> Int64 {
    let arr = Double(12 * recurringMRR[i])
    let f = priceFactor[i]
    return Money.round(f == 1 ? arr * retentionProbability[i] : arr * retentionProbability[i] * f)
  }
}

/// Active trials at the as-of month and the ARR they are expected to bring.
public struct TrialOutlook: Sendable, Equatable {
  /// Accounts with `trial_status` `active`.
  public var accounts: Int
  /// 12 × their as-of MRR, cents.
  public var arr: Int64
  /// Probability that an active trial converts (after the scenario's `trial_conversion`).
  public var conversionProbability: Double
  /// round(12 × Σ as-of MRR × conversion probability), cents.
  public var expectedARR: Int64
}

/// Paying pilots at the as-of month and the ARR their renewals are expected to bring.
public struct PilotOutlook: Sendable, Equatable {
  /// Pilots (not in a trial) with MRR > 0 at the as-of month.
  public var accounts: Int
  /// 12 × their as-of MRR, cents.
  public var arr: Int64
  /// Σ round(12 × as-of MRR × renewal probability), cents; the renewal probability is the
  /// account's retention probability, or `pilots_renew` when the scenario sets it.
  public var expectedARR: Int64
}

/// One scenario and its figures.
public struct StressOutcome: Sendable {
  public var scenario: StressScenario
  public var figures: StressFigures

  /// True when the scenario moves nothing: no account is affected and its projection is the
  /// base's (an `expansion_multiplier` alone moves the projection without touching an
  /// account's state).
  /// - Parameter base: The base column.
  public func hasNoEffect(against base: StressFigures) -> Bool {
    guard figures.accountsAffected == 0 else { return false }
    let (a, b) = (figures.forecast, base.forecast)
    return a?.ndr == b?.ndr && a?.grr == b?.grr && a?.logoRetention == b?.logoRetention
  }
}

/// The base and every scenario, side by side.
public struct StressResult: Sendable {
  /// The base column: the figures of the unshocked company.
  public var base: StressFigures
  /// One per scenario, in the order given.
  public var scenarios: [StressOutcome]
  /// Where the base trial conversion probability comes from.
  public var trialConversion: TrialConversion
}
