import ARRCore

/// What one scoring run's result keeps (``ScoringResult``): the company and the model, so that
/// an account's signals and reasons can be worked out when asked for instead of for every
/// account up front.
final class ScoringContext: Sendable {
  let measurer: SignalMeasurer
  let weights: RiskWeights

  init(measurer: SignalMeasurer, weights: RiskWeights) {
    self.measurer = measurer
    self.weights = weights
  }
}

/// Where an account stands at the as-of month. Only live accounts with recurring ARR are
/// classed in reports: a class is a forecast for recurring revenue that is still there.
public enum AccountStatus: String, Sendable, CaseIterable {
  /// Paying (MRR or recurring MRR > 0) or in an active trial that has started.
  case live
  /// Not live, and paid MRR in an earlier month.
  case churned
  /// Not live: its trial ended without converting (a paid trial may have paid during it).
  case trialExpired = "trial_expired"
  /// Not live and never paid MRR (e.g. one-time revenue only).
  case neverPaid = "never_paid"
  /// Not live: its start date is after the as-of month and it paid nothing by then (an
  /// earlier view, `--as-of`, of a company that signed it later).
  case notStarted = "not_started"
  /// Not live: its trial converted in the as-of month or the month before and it has paid no
  /// MRR yet: its first bill falls after the as-of month (render review 32, R32-6: such
  /// accounts, counted converted by the trial table, were "never paid").
  case convertedNotBilled = "converted_not_billed"

  /// Months after a trial's conversion within which a first bill may still be to come: a
  /// monthly charge billed in arrears, or at the next cycle, falls up to a month after it.
  public static let firstBillMonths = 1

  /// The status of an account that is not live.
  /// - Parameters:
  ///   - trialStatus: The account's trial status at the as-of month.
  ///   - mrr: The account's MRR row up to the as-of month.
  ///   - hasStarted: Whether its start date is on or before the as-of month's last day.
  ///   - isRecentConversion: Whether its trial ended (converted) in the as-of month or within
  ///     ``firstBillMonths`` before it.
  /// - Returns: `.trialExpired`, `.churned`, `.notStarted`, `.convertedNotBilled` or
  ///   `.neverPaid`.
  /// - Complexity: O(months).
  static func notLive(
    trialStatus: TrialStatus, mrr: UnsafeBufferPointer<Int64>, hasStarted: Bool = true,
    isRecentConversion: Bool = false
  ) -> AccountStatus {
    if trialStatus == .expired { return .trialExpired }
    if mrr.contains(where: { $0 > 0 }) { return .churned }
    if !hasStarted { return .notStarted }
    return trialStatus == .converted && isRecentConversion ? .convertedNotBilled : .neverPaid
  }

  /// Whether a trial ending on `trialEnd` converted recently enough, at `asOf`, that its first
  /// bill may still be to come (``firstBillMonths``).
  static func isRecentConversion(trialEnd: CivilDate?, asOf: Month) -> Bool {
    guard let month = trialEnd?.month else { return false }
    return month <= asOf && month >= asOf.adding(months: -firstBillMonths)
  }
}

/// One account's risk score, class and retention probability at the as-of month: plain data.
/// Its signals and reasons are asked of the result (``ScoringResult/signals(for:)``,
/// ``ScoringResult/reasons(for:)``).
///
/// 32 bytes: the three 8-byte figures first, then the account's index as an `Int32` and the
/// two one-byte enums, so nothing pads between them (declared in the order they read, the
/// fields took 48). A million of these are kept until the report is written.
public struct AccountScore: Sendable {
  /// 0–100: `100 × σ(log-odds)` under the model used (``ScoringResult/weightsUsed``).
  public var riskScore: Double
  /// Recurring MRR in cents (``RecurringRevenue/recurringMRR(of:)``).
  public var recurringMRR: Int64
  /// Probability-weighted share of this account's recurring ARR expected to remain in 12 months.
  public var retentionProbability: Double
  /// ``account``, stored in four bytes (a company holds fewer than 2³¹ accounts).
  @usableFromInline internal var accountIndex: Int32
  /// The class the score maps to. For an account that is not live this is the class of its
  /// leftover signals (e.g. `cancelled`); reports show ``reportedClass`` instead.
  public var revenueClass: RevenueClass
  /// Live, or why not (``AccountStatus``).
  public var status: AccountStatus
  /// The account's top reason groups as scoring ranked them (``ReasonGroups``; 0: not ranked),
  /// in the two bytes the layout left spare.
  var reasonGroups: UInt16 = 0

  /// Index into `company.accounts`.
  @inlinable
  public var account: Int {
    get { Int(accountIndex) }
    set { accountIndex = Int32(newValue) }
  }

  init(
    account: Int, riskScore: Double, revenueClass: RevenueClass, recurringMRR: Int64,
    retentionProbability: Double, status: AccountStatus
  ) {
    self.accountIndex = Int32(account)
    self.riskScore = riskScore
    self.revenueClass = revenueClass
    self.recurringMRR = recurringMRR
    self.retentionProbability = retentionProbability
    self.status = status
  }

  /// Paying (MRR or recurring MRR > 0) or in an active trial at the as-of month.
  public var isLive: Bool { status == .live }

  /// Live with recurring MRR above zero: only these accounts count in the class mix. A live
  /// trial, pilot or usage account without recurring revenue is scored but listed apart
  /// (``ScoringResult/unclassed``): a class forecasts recurring revenue, and it has none.
  public var isClassed: Bool { status == .live && recurringMRR > 0 }

  /// The class reports show: ``revenueClass`` for a classed account, `nil` otherwise (an
  /// account that has left or pays nothing recurring has no recurring revenue to forecast;
  /// leaving it out keeps class ARR equal to recurring ARR and class counts equal to the
  /// accounts with recurring ARR).
  public var reportedClass: RevenueClass? { isClassed ? revenueClass : nil }

  /// 12 × recurring MRR, cents.
  public var recurringARR: Int64 { 12 * recurringMRR }

  /// `round(recurring ARR × retention probability)`, cents, half away from zero.
  public var qualityAdjustedARR: Int64 {
    Money.round(Double(recurringARR) * retentionProbability)
  }

  /// `recurring ARR − quality-adjusted ARR`, cents: the ARR expected to be lost in 12 months.
  public var arrAtRisk: Int64 { recurringARR - qualityAdjustedARR }
}
