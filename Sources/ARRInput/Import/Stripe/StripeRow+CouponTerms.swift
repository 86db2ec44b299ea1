import ARRCore

/// A Stripe subscriptions export's coupon terms (`docs/import.md`, "Stripe subscriptions
/// export", "Coupons"; session 51, crm lane; trial 50, T50-30).
///
/// The export can give a coupon's `Coupon Amount Off` and its `Coupon Duration` (`forever`,
/// `once`, `repeating` for `Coupon Duration In Months`) beside `Coupon Percent Off`. Only the
/// percent was read, whatever its duration: three coupons with an amount off were "a coupon whose
/// terms the export does not give", read at list (+31%), and a coupon spent (`once`, or
/// `repeating` past its months) still discounted.
///
/// Decided: a coupon applies at the export's current period (its `Current Period Start`; without
/// one, the as-of month given or the month in the file's name, else unknown: a `once` or
/// `repeating` coupon's terms are then not read; session 52, crm lane; review 52, R52-11: the
/// start stood for the present, so every `once` coupon was in its first month, Cove's 200 off
/// taken for ever, headline $21,000 for $28,200) when its duration is `forever` or blank, `once` only in the subscription's first
/// month, `repeating` while fewer than its months have passed since the start; an amount off is
/// taken from each billing period's price (its monthly share: ÷ the interval's months), never
/// below 0; a percent off as before. A coupon so read has known terms, even when spent.
extension StripeRow {
  /// Whether the coupon's duration makes it apply at the export's current period; `nil` when
  /// the duration is not one Stripe writes (its terms stay unknown).
  /// - Parameters:
  ///   - sub: The row's subscription.
  ///   - present: The month standing for the present without a current period: the as-of
  ///     month given, else the month in the file's name; `nil` when neither is known.
  func couponApplies(_ sub: StripeSubscription, present: Month?) -> Bool? {
    let duration = CubeLayout.normalized(text(.couponDuration))
    let now = sub.currentPeriodStart?.month ?? present
    guard let start = sub.start?.month, let now else {
      return duration.isEmpty || duration == "forever" ? true : nil
    }
    switch duration {
    case "", "forever": return true
    case "once": return now == start
    case "repeating":
      guard let n = Int(text(.couponMonths)), n >= 0 else { return nil }
      return now < start.adding(months: n)
    default: return nil
    }
  }

  /// The coupon's amount off a billing period, in hundredths; `nil` when blank or unreadable.
  func couponAmountOff() -> Int64? {
    let t = text(.amountOff)
    guard !t.isEmpty, !NoValueCells.isNoValue(t) else { return nil }
    let cells = AmountCells(unit: unit, isDecimalComma: false, reason: unitReason, currency: nil)
    guard let cents = try? cells.hundredths(t), cents > 0 else { return nil }
    return cents
  }
}
