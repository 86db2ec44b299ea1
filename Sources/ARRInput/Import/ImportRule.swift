/// A named inference or ambiguity rule of an importer (`docs/import.md` documents each with its
/// threshold). The JSON's `rules` counts the accounts and ARR each one decided.
///
/// A struct with constants rather than an enum, so each importer declares its own rules.
public struct ImportRule: RawRepresentable, Hashable, Sendable, Comparable {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func < (a: ImportRule, b: ImportRule) -> Bool { a.rawValue < b.rawValue }

  // Billing rhythm (billings values): the spacing of the largest recurring invoices.
  /// Invoices every month: cadence monthly.
  public static let rhythmMonthly = ImportRule(rawValue: "rhythm_1_monthly")
  /// Invoices every 3 months (±1): cadence quarterly.
  public static let rhythmQuarterly = ImportRule(rawValue: "rhythm_3_quarterly")
  /// Invoices every 6 months (±1): cadence semiannual.
  public static let rhythmSemiannual = ImportRule(rawValue: "rhythm_6_semiannual")
  /// Invoices every 12 months (±1): cadence and contract annual.
  public static let rhythmAnnual = ImportRule(rawValue: "rhythm_12_annual")
  /// Invoices every 24 or 36 months (±1): cadence upfront, contract multi-year.
  public static let rhythmMultiYear = ImportRule(rawValue: "rhythm_24_36_multi_year")
  /// One payment at least ``BillingsRules/termSizeFactor`` × the segment's typical monthly
  /// invoice: spread over the company's dominant long rhythm.
  public static let singlePaymentTerm = ImportRule(rawValue: "single_payment_term_by_size")
  /// One payment the size of a monthly invoice: one month of revenue.
  public static let singlePaymentMonthly = ImportRule(rawValue: "single_payment_monthly_by_size")
  /// An off-cycle invoice confirmed recurring by the next renewal's step up: co-termed add-on.
  public static let addOnConfirmed = ImportRule(rawValue: "off_cycle_add_on_confirmed")
  /// A credit confirmed recurring by the next renewal's step down: a mid-term downgrade, spread
  /// negative to the period's end.
  public static let creditConfirmed = ImportRule(rawValue: "off_cycle_credit_confirmed")
  /// An off-cycle invoice without a later renewal to confirm it, decided by the company's
  /// confirmed add-ons against confirmed fees.
  public static let offCycleUnconfirmed = ImportRule(rawValue: "off_cycle_unconfirmed")
  /// An off-cycle invoice not followed by a step up: one-time revenue.
  public static let offCycleOneTime = ImportRule(rawValue: "off_cycle_one_time")
  /// In a monthly rhythm, a month above two equal neighbours: the excess is a one-time fee.
  public static let monthlySpikeFee = ImportRule(rawValue: "monthly_spike_one_time")
  /// In a monthly rhythm, an excess that recurs 12 months later: an annual fee, spread over
  /// its year.
  public static let monthlySpikeAnnual = ImportRule(rawValue: "monthly_spike_annual")
  /// In a monthly rhythm, excesses every 3 months (3 or more): quarterly usage or fees, each
  /// spread over its quarter (trial 34, T34-7).
  public static let monthlySpikeQuarterly = ImportRule(rawValue: "monthly_spike_quarterly")
  /// Amounts that move up and down month to month: contract type usage.
  public static let fluctuatingUsage = ImportRule(rawValue: "fluctuating_usage")
  /// Monthly revenue that moves, on an account whose every subscription or paid period has a
  /// fixed price (a subscriptions table's rows, Stripe's subscriptions, a ledger's prepaid
  /// periods of days): subscriptions starting and ending, or periods of different lengths, not
  /// usage; contract type stays unknown (session 18, import5 lane).
  public static let pricedNotUsage = ImportRule(rawValue: "fixed_prices_not_usage")
  /// Monthly revenue that moves, on an account whose amounts are all whole multiples of one
  /// price and change by a few units at a time (seats trued up): not usage; contract type
  /// stays unknown (``QuantityPricing``; session 22, lead).
  public static let quantityPricedNotUsage = ImportRule(rawValue: "quantity_priced_not_usage")
  /// Flat or stepped monthly revenue: contract type stays unknown (monthly or annual billed
  /// monthly look the same).
  public static let flatUnknown = ImportRule(rawValue: "flat_monthly_unknown")
  /// No start date given: the first day of the first month with revenue.
  public static let startFromRevenue = ImportRule(rawValue: "start_from_first_revenue")
  /// A cube's or customer list's status saying the customer leaves (`Cancelled`, `Churned`,
  /// `Non-renewing`) on an account still billing at as-of: notice given (``StatusColumn``).
  public static let statusLeaving = ImportRule(rawValue: "status_says_leaving")
  /// A cube's or customer list's end date read as the customer's end, not a renewal date
  /// (every past one sits where the revenue stops): a future one on an account still billing
  /// is notice given (``CustomerEndColumn``).
  public static let endIsCustomersEnd = ImportRule(rawValue: "end_date_is_customers_end")
  /// A cube's or customer list's start and end dates a year or more apart, the end not before
  /// as-of, with no contract type given: an annual or multi-year contract (``TermFromDates``).
  public static let termFromDates = ImportRule(rawValue: "term_from_contract_dates")
  /// A cube's or customer list's annual billing cadence beside a start date, with no contract
  /// type and no end date given: an annual contract committed to the end of the paid year
  /// holding as-of (``TermFromCadence``).
  public static let termFromCadence = ImportRule(rawValue: "term_from_billing_cadence")
  /// A term-in-months column (`Term (months)`, a recognition schedule's) with no contract type
  /// given: 1 monthly, 12 to 23 annual, 24 or more multi-year (``TermFromMonths``).
  public static let termFromMonths = ImportRule(rawValue: "term_from_term_months")

  // Ledgers and Stripe invoice lines.
  /// A line whose service period is whole months: spread evenly over them.
  public static let periodWholeMonths = ImportRule(rawValue: "service_period_whole_months")
  /// A line whose service period is not whole months: prorated by days.
  public static let periodProrated = ImportRule(rawValue: "service_period_prorated_by_days")
  /// A line with a service period and no type: recurring revenue for its period.
  public static let recurringByPeriod = ImportRule(rawValue: "recurring_by_service_period")
  /// A line repeating its account's service period in successive months at one amount: an
  /// instalment of that period, one month's revenue (``InstalmentPeriods``).
  public static let instalmentOfPeriod = ImportRule(rawValue: "instalment_of_period")
  /// A line of a run invoiced every 28 to 31 days: spread with its run over the days they cover
  /// (``FixedDayCycles``).
  public static let fixedDayCycle = ImportRule(rawValue: "fixed_day_cycle")
  /// A Stripe proration line: an add-on (or a credit) for its period.
  public static let prorationAddOn = ImportRule(rawValue: "proration_add_on")
  /// A line typed one-time.
  public static let oneTimeByType = ImportRule(rawValue: "one_time_by_type")
  /// A line whose description names setup, onboarding, implementation, professional
  /// services, consulting or training: one-time.
  public static let oneTimeByDescription = ImportRule(rawValue: "one_time_by_description")
  /// A charge without a service period that never repeats while the account has a recurring
  /// one: one-time.
  public static let oneTimeNeverRepeats = ImportRule(rawValue: "one_time_never_repeats")
  /// A negative one-time line (a refund): taken from the account's one-time revenue of its
  /// month, then earlier months.
  public static let refundAgainstOneTime = ImportRule(rawValue: "refund_against_one_time")
  /// A credit without a service period, in a month of a monthly service period, on an account
  /// whose charges all have one: it reduces that month's recurring revenue (session 15, import
  /// lane).
  public static let creditOfMonth = ImportRule(rawValue: "credit_of_its_month")
  /// Lines typed usage: contract type usage.
  public static let usageByType = ImportRule(rawValue: "usage_by_type")
  /// A purchase of prepaid credits with no term (a top-up): usage paid ahead, spread to the
  /// account's next purchase (``PrepaidCommits``; trial 33, T33-3).
  public static let prepaidUsage = ImportRule(rawValue: "prepaid_usage_to_next_purchase")
  /// Charges that never repeat, billed every month of a run of 3 or more at varying amounts:
  /// usage, each its month's revenue (session 17, import3 lane).
  public static let usageByRecurrence = ImportRule(rawValue: "usage_by_recurrence")
}
