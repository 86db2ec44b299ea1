import ARRCore

/// One explainable risk signal of an account, measured at a month (see `docs/scoring.md`).
///
/// Every signal is a number in `0...1` (0 = no sign of risk from it); the risk model adds
/// `weight × value` for each on the log-odds scale. Categorical facts (contract type, billing
/// cadence, trial status) are split into one 0/1 signal per risky value, against annual terms
/// billed annually with no trial.
public enum Signal: Int, Sendable, CaseIterable, Comparable {
  /// Month-to-month contract (cancellable any month).
  case monthToMonth
  /// Pay-as-you-go usage contract (no commitment).
  case usageContract
  /// Pilot: paid, short fixed term, not yet a real customer.
  case pilot
  /// Multi-year contract (protective: its weight is negative).
  case multiYear
  /// Billed monthly.
  case billedMonthly
  /// Billed quarterly.
  case billedQuarterly
  /// Usage billed in arrears.
  case billedInArrears
  /// Multi-year prepaid up front (protective).
  case billedUpfront
  /// In a trial now.
  case trialActive
  /// Trial converted recently: `(6 − months since conversion) / 6`, 0 after six months.
  case trialConvertedRecently
  /// Trial ended without paying.
  case trialExpired
  /// Fall in mean usage, last 3 months vs the 3 before: `max(0, 1 − last/prior)`.
  case usageDecline
  /// Months of the last 3 that were paid but had zero usage, divided by 3.
  case zeroUsageMonths
  /// Volatility of usage-billed revenue: coefficient of variation of MRR over the last 6 paid
  /// months, capped at 1 (usage contracts and in-arrears billing only).
  case usageVolatility
  /// MRR now vs its highest of the 6 months before: `max(0, 1 − now/high)`.
  case mrrContraction
  /// First-year account: `max(0, 12 − tenure in months) / 12`.
  case newAccount
  /// Term ends within 90 days of the as-of month's last day (`contract_end_date`).
  case renewalDue
  /// Cancellation notice given: `cancel_date` in the as-of month or later.
  case cancellationNotice
  /// Already cancelled: `cancel_date` before the as-of month.
  case cancelled
  /// Unused seats: `1 − seats_active / seats_purchased`, clamped to 0…1.
  case seatUnderuse
  /// Few live integrations (low switching cost): `max(0, 3 − integrations) / 3`.
  case fewIntegrations
  /// Payment past due.
  case pastDue
  /// Usage contract running below its committed minimum: `max(0, 1 − mean MRR of last 3
  /// months / committed_mrr)`.
  case belowCommitment
  /// Contract type or billing cadence `unknown`: the terms that would give a contract or billing
  /// signal are not known, so none of those eight applies and this one stands in their place.
  case unknownTerms
  /// Tenure beyond the first year, on a log scale so it keeps counting: `ln(1 + tenure) ÷
  /// ln(1 + 120)`, capped at 1 (ten years). Weight 0 under the defaults; a fitted model may use
  /// it (a long-standing account is usually safer, so its fitted weight is usually negative).
  case logTenure
  /// A small account: its MRR against the typical account's (the geometric mean MRR of the
  /// accounts paying that month), on a log scale: `0.5 − ln(MRR ÷ typical) ÷ (2 ln 100)`,
  /// clamped to 0…1 (1 at a hundredth of the typical MRR or less, 0.5 at it, 0 at a hundred
  /// times or more). Weight 0 under the defaults; a fitted model may use it (small accounts
  /// usually leave more often, so its fitted weight is usually positive).
  case smallAccount

  /// The snake_case key used in the weights file, the JSON and the CSV.
  public var key: String {
    switch self {
    case .monthToMonth: return "month_to_month"
    case .usageContract: return "usage_contract"
    case .pilot: return "pilot"
    case .multiYear: return "multi_year"
    case .billedMonthly: return "billed_monthly"
    case .billedQuarterly: return "billed_quarterly"
    case .billedInArrears: return "billed_in_arrears"
    case .billedUpfront: return "billed_upfront"
    case .trialActive: return "trial_active"
    case .trialConvertedRecently: return "trial_converted_recently"
    case .trialExpired: return "trial_expired"
    case .usageDecline: return "usage_decline"
    case .zeroUsageMonths: return "zero_usage_months"
    case .usageVolatility: return "usage_volatility"
    case .mrrContraction: return "mrr_contraction"
    case .newAccount: return "new_account"
    case .renewalDue: return "renewal_due"
    case .cancellationNotice: return "cancellation_notice"
    case .cancelled: return "cancelled"
    case .seatUnderuse: return "seat_underuse"
    case .fewIntegrations: return "few_integrations"
    case .pastDue: return "past_due"
    case .belowCommitment: return "below_commitment"
    case .unknownTerms: return "unknown_terms"
    case .logTenure: return "log_tenure"
    case .smallAccount: return "small_account"
    }
  }

  /// The signal whose ``key`` is `key`, if any.
  public init?(key: String) {
    guard let s = Signal.allCases.first(where: { $0.key == key }) else { return nil }
    self = s
  }

  /// Number of signals.
  public static let count = allCases.count

  /// The `accounts.csv` columns the signal needs; it is unavailable when any is absent.
  public var requiredColumns: [AccountColumn] {
    switch self {
    case .trialActive, .trialConvertedRecently, .trialExpired: return [.trialStatus]
    case .renewalDue: return [.contractEndDate]
    case .cancellationNotice, .cancelled: return [.cancelDate]
    case .seatUnderuse: return [.seatsPurchased, .seatsActive]
    case .fewIntegrations: return [.integrations]
    case .pastDue: return [.pastDue]
    case .belowCommitment: return [.committedMRR]
    default: return []
    }
  }

  /// True when the signal needs the `usage` column of `monthly.csv`.
  public var needsUsage: Bool { self == .usageDecline || self == .zeroUsageMonths }

  /// Whether the signal can be measured for a company with these columns.
  /// - Parameters:
  ///   - columns: The optional `accounts.csv` columns present.
  ///   - hasUsage: Whether `monthly.csv` had a `usage` column.
  /// - Returns: `false` when a column it needs is absent.
  public func isAvailable(columns: Set<AccountColumn>, hasUsage: Bool) -> Bool {
    if needsUsage && !hasUsage { return false }
    return requiredColumns.allSatisfy { columns.contains($0) }
  }

  public static func < (a: Signal, b: Signal) -> Bool { a.rawValue < b.rawValue }
}

/// One signal's value for one account, as shown in the per-account CSV.
public struct SignalValue: Sendable, Equatable {
  public var signal: Signal
  /// The value in `0...1`; `nil` when the company lacks the column (the signal is unavailable)
  /// or this account's cell is empty or the signal does not apply to it (it then adds nothing).
  public var value: Double?

  public init(signal: Signal, value: Double?) {
    self.signal = signal
    self.value = value
  }
}
