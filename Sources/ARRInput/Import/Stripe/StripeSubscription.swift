import ARRCore

/// One row of Stripe's subscriptions export, read (`docs/import.md`, "Stripe exports").
struct StripeSubscription: Sendable, Equatable {
  /// Stripe's subscription statuses.
  enum Status: String, Sendable, CaseIterable {
    case active
    case trialing
    case pastDue = "past_due"
    case unpaid
    case canceled
    case incomplete
    case incompleteExpired = "incomplete_expired"
    case paused

    /// A paid status: `active`, `past_due` or `unpaid` (a subscription billing its price).
    var isPaying: Bool { self == .active || self == .pastDue || self == .unpaid }
  }

  var customer: String
  var name: String?
  var segment: String?
  var line: Int
  var status: Status
  /// The price × quantity normalised to a month, in cents; `nil` when the export has no amount
  /// or interval column.
  var mrr: Int64?
  /// Months per billing interval (`month` × count, `year` × 12 × count); `nil` for day and
  /// week intervals or none given.
  var intervalMonths: Int?
  var start: CivilDate?
  var trialEnd: CivilDate?
  var canceledAt: CivilDate?
  var cancelAtPeriodEnd: Bool
  var currentPeriodStart: CivilDate?
  var currentPeriodEnd: CivilDate?
  var endedAt: CivilDate?
  /// When a live subscription is set to end (`Cancel At (UTC)`, Stripe's `cancel_at`): its
  /// cancellation date, and the end of its billing (session 15, import lane).
  var cancelAt: CivilDate? = nil
  /// When a subscriptions table says the row was last written (`updated_at`): the export is no
  /// earlier (``SubscriptionTableAsOf``); `nil` without such a column.
  var updatedAt: CivilDate? = nil
  /// The contract type a subscriptions table's column gives (`nil` for Stripe's export).
  var contractType: ContractType? = nil
  /// The billing cadence a subscriptions table's column gives, which wins over the interval's.
  var givenCadence: BillingCadence? = nil
  /// A subscriptions table's discount, in hundredths of a percent (`2000` is 20%; 0 without
  /// one): ``mrr`` is the price less it, and ``listMRR`` the price as written.
  var discount: Int64 = 0
  /// The monthly price as written before ``discount`` (`nil` without a discount).
  var listMRR: Int64? = nil
  /// A subscriptions table's status cell, when it says the subscription runs (`true`: active,
  /// live…) or has ended (`false`: churned, cancelled…); `nil` for any other or none.
  var statusSaysRunning: Bool? = nil
  /// That status cell as written.
  var statusText: String? = nil
  /// Stripe's export has an amount column but this row's cell is blank (a metered or tiered
  /// price, which the export leaves blank): ``mrr`` is 0, the revenue unknown.
  var isPriceUnknown = false
  /// A subscriptions table's quantity, not multiplied into ``mrr`` (prices are read as written)
  /// unless ``isQuantityMultiplied``; `nil` without a quantity column.
  var tableQuantity: Int64? = nil
  /// ``mrr`` is a price whose name does not say per unit or total, multiplied by
  /// ``tableQuantity`` (``SubscriptionTableReader/QuantityReading/perUnitGuessed``): the price
  /// as written is the low end of the account's range.
  var isQuantityMultiplied = false

  /// A subscriptions table's cancellation column says notice was given: the end came from a
  /// scheduled cancellation column, or a cancellation date sits beside the end
  /// (``SubscriptionEndColumns``). Such an end is the cancellation's, never a term's end or
  /// the next renewal.
  var isNoticeByColumn = false
  /// A subscriptions table that gives no end at all (no end, cancellation or period-end date
  /// on any row): this row's status says it has ended, so ``endedAt`` was set to the as-of
  /// month's first day by the importer (``SubscriptionStatusCheck/endByStatus(_:asOf:)``).
  var isEndFromStatus = false
  /// The day that notice was given, when a cancellation column gives it (`nil` otherwise).
  var noticeDay: CivilDate? = nil
  /// A subscriptions table's end came from a column whose name says it happened (`ended at`,
  /// `churn date`: ``SubscriptionEndColumns/happened``): a churn the export saw, which dates
  /// the export no earlier (``SubscriptionTableAsOf``).
  var isEndHappenedByColumn = false
  /// Stripe's `Pause Collection Behavior` as written, when collection is paused (`void`,
  /// `keep_as_draft`, `mark_uncollectible`); `nil` when not paused.
  var pauseBehavior: String? = nil
  /// When paused collection resumes; `nil` for a pause with no resume date.
  var pauseResumesAt: CivilDate? = nil
  /// The coupon Stripe's export names on the row (an id or name; its terms are not exported).
  var coupon: String? = nil
  /// The export gives the coupon's terms (an amount off, a duration): its reading is no
  /// unknown coupon's (trial 50, T50-30).
  var isCouponTermsRead = false
  /// A subscriptions table's total contract value spread over a term of whole years (`Amount`
  /// of a deal from 2025-02-01 to 2026-01-31: 1): the contract's term, annual or multi-year
  /// (session 17, lead; trial 17, CRM1: four annual and three-year deals read as unknown
  /// terms, committed ARR $0); `nil` otherwise.
  var termYearsOfTotal: Int? = nil

  /// Whether ``trialEnd`` is the trial's last day (a subscriptions table's `trial_end`), not
  /// the instant paid service begins (Stripe's): paid service then begins the day after.
  var isTrialEndLastDay = false
  /// A contract's per-year schedule (``ContractYearSchedule``): each contract year's monthly
  /// amount, year 1 from the start's month; ``mrr`` is then the as-of month's year's.
  var yearlyMRR: [Int64]? = nil

  /// The monthly amount billed in `month`: its contract year's under a schedule, else ``mrr``.
  func mrr(in month: Month) -> Int64? {
    guard let y = yearlyMRR, !y.isEmpty, let s = start else { return mrr }
    return ContractYearSchedule.amount(y, start: s.month, month: month)
  }
  /// A subscriptions table's row equal to an earlier one in every cell but its id-like columns
  /// (``SubscriptionTableRepeats``): counted, and the low end of its customer's range reads it
  /// as that row written twice (trial 20, E2).
  var isRepeat = false
  /// Why a subscriptions table's row is an earlier version of its subscription (Zuora's
  /// amendments, ``SubscriptionVersions``): left out, its ARR at as-of in a note; `nil` for a
  /// current row.
  var supersededReason: String? = nil
  /// A CRM deal's close date (the day it was signed): the export is no earlier
  /// (``SubscriptionTableAsOf``); `nil` outside a deals table.
  var closedAt: CivilDate? = nil
  /// Whether a charge type column says the row is a one-time charge (Zuora's `OneTime`).
  var isOneTimeCharge = false
  /// A CRM's won services deal (``SubscriptionTableReader/saysServices(_:key:customer:)``): the
  /// header and the cell that say so, quoted; `nil` for a subscription. Read as one-time
  /// revenue over its term (trial 32, T32-32).
  var servicesKind: String? = nil
  /// Whether an auto-renew column flags the row's contract as renewing by itself
  /// (``SubscriptionAutoRenew``; trial 32, T32-30).
  var isAutoRenew = false
  /// Whether a charge type column says the row is a usage charge (Zuora's `Usage`, billed in
  /// arrears: its MRR blank or 0 is no subscription priced 0).
  var isUsageCharge = false
  /// Whether the end was read from a cancellation column, the end column blank on a row whose
  /// status says it ended (``SubscriptionTableReader``; session 28, t28b lane).
  var isEndAtCancellation = false

  /// The first day revenue is due: the trial's end (the day after it when it is the trial's
  /// last day), else the start.
  var paidFrom: CivilDate? {
    let paidAfterTrial = trialEnd.map {
      isTrialEndLastDay ? CivilDate(daysSinceEpoch: $0.daysSinceEpoch + 1) : $0
    }
    guard let start else { return paidAfterTrial }
    if let t = paidAfterTrial, t > start { return t }
    return start
  }

  /// Whether month `m` bears revenue: from the month the paid service begins (a trial has
  /// none) through the month before ``endedAt`` (the month holding it when it ends after its
  /// first day); a live one set to end at ``cancelAt`` ends then. `incomplete`, `incomplete_expired` and `paused` subscriptions have none.
  func isBilled(_ m: Month) -> Bool {
    switch status {
    case .incomplete, .incompleteExpired, .paused, .trialing: return false
    case .active, .pastDue, .unpaid, .canceled: break
    }
    guard let from = paidFrom, m >= from.month else { return false }
    if let end = endedAt ?? (status == .canceled ? canceledAt ?? currentPeriodEnd : cancelAt) {
      return CivilDate.firstDay(of: m) < end
    }
    return true
  }

  /// The cadence the interval gives (a fact of the export): 1 month monthly, 3 quarterly, 6
  /// semiannual, 12 annual, 24 or 36 upfront.
  var billingCadence: BillingCadence? {
    givenCadence ?? intervalMonths.flatMap(LedgerTerms.cadence(months:))
  }
}
