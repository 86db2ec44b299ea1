import ARRMetrics
import ARRProjection
import ARRScoring

/// Every key figure of one column of the stress table: the base, or one scenario.
///
/// Amounts are cents. The identities of the base analysis hold in every column:
/// `arrAtRisk == recurringARR − qualityAdjustedARR` and the class mix sums to `recurringARR`
/// and `qualityAdjustedARR`.
public struct StressFigures: Sendable {
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
