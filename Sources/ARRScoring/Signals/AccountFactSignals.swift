import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Signals read from an account's facts in `accounts.csv`, at a given month.
///
/// Each function returns the signal's value in `0...1`, or `nil` when this account's cell is
/// empty or the signal does not apply (the signal then adds nothing to the score).
public enum AccountFactSignals {
  /// How many months a converted trial counts as "recently converted" (the value fades
  /// linearly from 1 in the month of conversion to 0 after this many months).
  public static let recentTrialMonths = 6

  /// Days ahead of the as-of month's last day within which a renewal counts as due.
  public static let renewalWindowDays = 90

  /// Live integrations at or above which an account shows no switching-cost risk.
  public static let integrationsForFullLockIn = 3

  /// The 0/1 value of a contract or billing signal (`monthToMonth` … `billedUpfront`):
  /// 1 when the account's contract type or billing cadence is the one the signal names.
  /// Annual terms billed annually give 0 on all eight, and so does semiannual billing (prepaid
  /// for half a year, closer to annual than to quarterly). An `unknown` contract type gives no
  /// contract signal and an `unknown` cadence no billing signal: `nil`, the signal adds nothing
  /// (``unknownTerms(_:_:)`` stands in for them).
  /// - Parameters:
  ///   - signal: One of the eight contract and billing signals (others give 0).
  ///   - type: The contract type.
  ///   - cadence: The billing cadence.
  /// - Returns: 0 or 1.
  public static func term(_ signal: Signal, _ type: ContractType, _ cadence: BillingCadence)
    -> Double?
  {
    let hit: Bool
    let isContractSignal = signal.rawValue < Signal.billedMonthly.rawValue
    if isContractSignal ? type == .unknown : cadence == .unknown { return nil }
    switch signal {
    case .monthToMonth: hit = type == .monthly
    case .usageContract: hit = type == .usage
    case .pilot: hit = type == .pilot
    case .multiYear: hit = type == .multiYear
    case .billedMonthly: hit = cadence == .monthly
    case .billedQuarterly: hit = cadence == .quarterly
    case .billedInArrears: hit = cadence == .inArrears
    case .billedUpfront: hit = cadence == .upfront
    default: hit = false
    }
    return hit ? 1 : 0
  }

  /// 1 when the contract type or the billing cadence is `unknown`, else 0.
  /// - Parameters:
  ///   - type: The contract type.
  ///   - cadence: The billing cadence.
  /// - Returns: The unknown-terms signal.
  public static func unknownTerms(_ type: ContractType, _ cadence: BillingCadence) -> Double {
    type == .unknown || cadence == .unknown ? 1 : 0
  }

  /// Months since a converted trial converted, at `month`; `nil` unless the status is
  /// `converted`. Uses `trial_end_date`, or the start date when it is empty.
  /// - Parameters:
  ///   - status: The trial status.
  ///   - trialEnd: The trial's end date, if known.
  ///   - start: The account's start date.
  ///   - month: The month measured at.
  /// - Returns: Whole months from the conversion month to `month` (0 = converted this month).
  public static func monthsSinceConversion(
    status: TrialStatus, trialEnd: CivilDate?, start: CivilDate, at month: Month
  ) -> Int? {
    guard status == .converted else { return nil }
    return max(0, month.months(since: (trialEnd ?? start).month))
  }

  /// `(recentTrialMonths − months since conversion) / recentTrialMonths`, floored at 0.
  /// - Parameter monthsSince: From ``monthsSinceConversion(status:trialEnd:start:at:)``.
  /// - Returns: The recency signal; 0 when not converted.
  public static func trialRecency(monthsSince: Int?) -> Double {
    guard let m = monthsSince else { return 0 }
    return Double(max(0, recentTrialMonths - m)) / Double(recentTrialMonths)
  }

  /// Whole months from the start date's month to `month` (0 when not started yet).
  /// - Parameters:
  ///   - start: The account's start date.
  ///   - month: The month measured at.
  /// - Returns: Tenure in months.
  public static func tenureMonths(start: CivilDate, at month: Month) -> Int {
    max(0, month.months(since: start.month))
  }

  /// `max(0, 12 − tenure) / 12`: 1 for an account in its first month, 0 from month 12 on.
  /// - Parameter tenureMonths: Tenure in whole months.
  /// - Returns: The first-year signal.
  public static func newAccount(tenureMonths: Int) -> Double {
    Double(max(0, 12 - tenureMonths)) / 12
  }

  /// The first-year signal when the tenure may be only a lower bound: `nil` (unknown) for an
  /// account whose start was inferred (not read) and falls in the data's first month or before,
  /// while that bound is under a year; ``newAccount(tenureMonths:)`` otherwise.
  ///
  /// An importer that reads no start date takes the first month an account paid; for an
  /// account already paying in the data's first month that is where the data starts, not where
  /// the account did (its tenure is left-censored). Three months of a cube made every such
  /// account "new (2 months of tenure)", wavering, where the full file showed 60 of them paying
  /// for 18 months (trial 44, T44-7). From a bound of 12 months on the signal is 0 whatever the
  /// true start, so it is known again.
  /// - Parameters:
  ///   - tenureMonths: Whole months from the start date read or inferred.
  ///   - isStartInferred: Whether the start date was inferred rather than read.
  ///   - isStartAtDataStart: Whether the start falls in the data's first month or before.
  /// - Returns: The first-year signal, or `nil` when the tenure is not known well enough.
  public static func newAccount(
    tenureMonths: Int, isStartInferred: Bool, isStartAtDataStart: Bool
  ) -> Double? {
    if isStartInferred && isStartAtDataStart && tenureMonths < 12 { return nil }
    return newAccount(tenureMonths: tenureMonths)
  }

  /// Months of tenure at which ``logTenure(tenureMonths:)`` reaches 1 (ten years).
  public static let logTenureCapMonths = 120

  /// `min(1, ln(1 + tenure) ÷ ln(1 + 120))`: 0 at the start, 0.54 at one year, 0.74 at three,
  /// 1 from ten years on; unlike ``newAccount(tenureMonths:)`` it keeps counting after month 12.
  /// - Parameter tenureMonths: Tenure in whole months.
  /// - Returns: The log-tenure signal.
  public static func logTenure(tenureMonths: Int) -> Double {
    min(1, log(1 + Double(max(0, tenureMonths))) / log(1 + Double(logTenureCapMonths)))
  }

  /// The MRR ratio to the typical account's at which ``smallAccount(mrr:typical:)`` reaches 1
  /// (a hundredth of it) or 0 (a hundred times it).
  public static let smallAccountSpan = 100.0

  /// ``smallAccount(mrr:typical:)`` for the typical account (MRR equal to the typical MRR).
  public static let typicalSmallAccount = 0.5

  /// `0.5 − ln(mrr ÷ typical) ÷ (2 ln 100)`, clamped to `0...1`: 0.5 for the typical account,
  /// 0.75 at a tenth of its MRR, 1 at a hundredth or less, 0.25 at ten times, 0 at a hundred
  /// times or more. `nil` when the account pays nothing that month or no account does.
  /// - Parameters:
  ///   - mrr: The account's MRR that month, cents.
  ///   - typical: The geometric mean MRR of the accounts paying that month, cents
  ///     (``SignalMeasurer/typicalMRR``).
  /// - Returns: The small-account signal.
  public static func smallAccount(mrr: Int64, typical: Double) -> Double? {
    guard mrr > 0, typical > 0 else { return nil }
    let v = typicalSmallAccount - log(Double(mrr) / typical) / (2 * log(smallAccountSpan))
    return min(1, max(0, v))
  }

  /// The MRR of an account whose ``smallAccount(mrr:typical:)`` is `value`, as a share of the
  /// typical account's: `100^(1 − 2 × value)` (the reasons' words).
  public static func shareOfTypical(smallAccount value: Double) -> Double {
    pow(smallAccountSpan, 1 - 2 * value)
  }

  /// 1 when the term ends within `cutoff`'s month (at its renewal now: a term ending on the
  /// as-of month's last day renews the day after) or no more than ``renewalWindowDays`` after
  /// `cutoff`, or ended before that month (lapsed: paid on holdover, cancellable any month, as
  /// committed ARR reads it), else 0; `nil` when the date is empty (session 39, trial 37, T37-9:
  /// a term lapsed the month before read 0, "retained, no reason listed", beside committed
  /// ARR's "cancellable any month").
  /// - Parameters:
  ///   - end: `contract_end_date`.
  ///   - cutoff: The last day of the month measured at.
  /// - Returns: The renewal signal.
  public static func renewalDue(end: CivilDate?, cutoff: CivilDate) -> Double? {
    guard let end else { return nil }
    let days = end.days(since: cutoff)
    return isLapsed(end: end, month: cutoff.month) || end.month == cutoff.month
      || (days > 0 && days <= renewalWindowDays) ? 1 : 0
  }

  /// Whether a term ending on `end` lapsed before `month`: it ended before the month began, so
  /// the account, still paying, runs on holdover (``RecurringRevenue``'s committed MRR counts
  /// it 0 by the same test).
  public static func isLapsed(end: CivilDate, month: Month) -> Bool { end.month < month }

  /// The cancellation signals `(notice, cancelled)`: a `cancel_date` in `month` or later is a
  /// notice (still paying now, leaving later); before `month` the account has cancelled.
  /// - Parameters:
  ///   - cancel: `cancel_date`, if any.
  ///   - month: The month measured at.
  /// - Returns: `(0, 0)` without a date; otherwise exactly one of the two is 1.
  public static func cancellation(_ cancel: CivilDate?, at month: Month) -> (
    notice: Double, cancelled: Double
  ) {
    guard let cancel else { return (0, 0) }
    return cancel.month >= month ? (1, 0) : (0, 1)
  }

  /// `1 − active / purchased`, clamped to `0...1`; `nil` when either is empty or nothing was
  /// purchased.
  /// - Parameters:
  ///   - purchased: `seats_purchased`.
  ///   - active: `seats_active`.
  /// - Returns: The unused share of seats.
  public static func seatUnderuse(purchased: Int?, active: Int?) -> Double? {
    guard let purchased, let active, purchased > 0 else { return nil }
    return min(1, max(0, 1 - Double(active) / Double(purchased)))
  }

  /// `max(0, 3 − integrations) / 3`; `nil` when empty.
  /// - Parameter integrations: Live integrations.
  /// - Returns: The low-switching-cost signal.
  public static func fewIntegrations(_ integrations: Int?) -> Double? {
    guard let integrations else { return nil }
    return Double(max(0, integrationsForFullLockIn - integrations))
      / Double(integrationsForFullLockIn)
  }

  /// 1 when past due, 0 when not, `nil` when empty.
  /// - Parameter isPastDue: `past_due`.
  /// - Returns: The past-due signal.
  public static func pastDue(_ isPastDue: Bool?) -> Double? {
    isPastDue.map { $0 ? 1 : 0 }
  }
}
