import ARRCore

/// One row of a Stripe subscriptions export, with its cells looked up by role.
struct StripeRow {
  typealias Role = StripeSubscriptionsReader.Role

  var record: ImportTable.Record
  var columns: [Role: Int]
  var file: String
  var order: DateOrder?
  /// The unit of the amount column.
  var unit: AmountUnit = .units
  /// Why amounts are read in cents, for a message.
  var unitReason = ""
  /// The currency of a row without a Currency cell: `--currency`, else the one the amount's
  /// header names (`Amount (JPY)`); `nil`: two decimals.
  var fileCurrency: String?

  func text(_ role: Role) -> String {
    guard let c = columns[role], c < record.cells.count else { return "" }
    return record.cells[c]
  }

  private func problem(_ role: Role, _ message: String) -> InputProblem {
    InputProblem(
      file: file, line: record.line, column: (columns[role] ?? 0) + 1, message: message)
  }

  /// The subscription, or `nil` with the row's problems.
  func subscription(problems: inout [InputProblem]) -> StripeSubscription? {
    let customer = text(.customer)
    if customer.isEmpty { problems.append(problem(.customer, "no customer id (expected cus_…)")) }
    let status = Self.status(text(.status))
    if status == nil {
      problems.append(
        problem(
          .status,
          "status \"\(text(.status))\" is not a Stripe status (expected one of "
            + StripeSubscription.Status.allCases.map(\.rawValue).joined(separator: ", ") + ")"))
    }
    func date(_ role: Role) -> CivilDate? {
      let t = text(role)
      // `NULL` (a database's dump), `None`, `NaN`, `NaT`, `N/A`: no date, as blank (the reader
      // counts them for a note).
      guard !t.isEmpty, !NoValueCells.isNoValue(t) else { return nil }
      if let d = LedgerDate.parse(t, order: order) { return d }
      problems.append(problem(role, "\"\(t)\" is not a date (expected e.g. 2025-03-01 00:00)"))
      return nil
    }
    let (months, mrr) = monthly(problems: &problems)
    let flag = CubeLayout.normalized(text(.cancelAtPeriodEnd))
    var sub = StripeSubscription(
      customer: customer, name: text(.name).isEmpty ? nil : text(.name),
      segment: text(.segment).isEmpty ? nil : text(.segment), line: record.line,
      status: status ?? .active, mrr: mrr, intervalMonths: months, start: date(.start),
      trialEnd: date(.trialEnd), canceledAt: date(.canceledAt),
      cancelAtPeriodEnd: ["true", "yes", "1", "y"].contains(flag),
      currentPeriodStart: date(.currentPeriodStart), currentPeriodEnd: date(.currentPeriodEnd),
      endedAt: date(.endedAt))
    sub.isPriceUnknown = columns[.amount] != nil && (text(.amount).isEmpty || isPerUnitPrice)
    sub.cancelAt = date(.cancelAt)
    // Paused collection (trial 41, T41-10): Stripe keeps the status `active`.
    let pause = text(.pauseBehavior)
    if !pause.isEmpty, !NoValueCells.isNoValue(pause) {
      sub.pauseBehavior = pause
      sub.pauseResumesAt = date(.pauseResumesAt)
    }
    let coupon = text(.coupon)
    if !coupon.isEmpty, !NoValueCells.isNoValue(coupon) { sub.coupon = coupon }
    // A paid status needs dates to say which months it billed: with no start (nor a trial end)
    // it bills nothing, and a canceled one with no end of any kind bills on for ever (review 8:
    // both were read, counted as used, silently). Without a price (no amount or interval
    // column) the file is refused for that, the real reason.
    let isNoDate = { (role: Role) in text(role).isEmpty || NoValueCells.isNoValue(text(role)) }
    switch sub.mrr == nil ? nil : status {
    case .active?, .pastDue?, .unpaid?, .canceled?:
      if sub.paidFrom == nil, isNoDate(.start), isNoDate(.trialEnd) {
        problems.append(
          problem(
            .start,
            "no start date (\(Self.quoted(text(.start)))) on a subscription with status "
              + "\(sub.status.rawValue): the months it billed are unknown (expected e.g. "
              + "2025-03-01 00:00)"))
      }
      if sub.status == .canceled, isNoDate(.endedAt), isNoDate(.canceledAt),
        isNoDate(.currentPeriodEnd)
      {
        problems.append(
          problem(
            columns[.endedAt] != nil ? .endedAt : .canceledAt,
            "a canceled subscription with no end date (Ended At, Canceled At and Current Period "
              + "End all blank): when it stopped billing is unknown"))
      }
    case .trialing?, .paused?, .incomplete?, .incompleteExpired?, nil:
      break
    }
    return problems.isEmpty ? sub : nil
  }

  /// `text` for a message: `blank` when empty, else quoted (`"NULL"`).
  private static func quoted(_ text: String) -> String {
    text.isEmpty ? "blank" : "\"\(text)\""
  }

  /// Whether the Amount is a price per unit: under one currency unit and written past the cent
  /// (`0.002`, `0.0015`), as Stripe writes a metered price per token or per call. What such a
  /// subscription bills is in the invoices, not here: its revenue is unknown, as with a blank
  /// Amount, never a problem whose advice (round to the cent) read it as $0 (session 34, lead;
  /// trial 34, T34-14).
  var isPerUnitPrice: Bool {
    guard unit == .units else { return false }
    let t = text(.amount)
    guard let mark = t.lastIndex(of: "."), CubeReader.fractionDigits(t) > 2 else { return false }
    let whole = t[..<mark].filter { $0.isASCII && $0.isNumber }
    return whole.allSatisfy { $0 == "0" }
  }

  /// Months per interval and the price × quantity normalised to a month (cents, rounded half
  /// away from zero): month ÷ count, year ÷ (12 × count), week × 52 ÷ (12 × count), day × 365 ÷
  /// (12 × count). A price per unit (``isPerUnitPrice``) bills an unknown amount, read as 0.
  private func monthly(problems: inout [InputProblem]) -> (months: Int?, mrr: Int64?) {
    guard columns[.amount] != nil, columns[.interval] != nil else { return (nil, nil) }
    // A blank count: the current period's (``periodCount``), read once; else 1.
    let derived = text(.intervalCount).isEmpty ? periodCount : nil
    if isPerUnitPrice {
      return (
        Self.intervalMonths(text(.interval), derived.map(String.init) ?? text(.intervalCount)), 0
      )
    }
    var count = derived ?? 1
    if !text(.intervalCount).isEmpty {
      if let c = Int(text(.intervalCount)), c >= 1, c <= 120 {
        count = c
      } else {
        problems.append(
          problem(
            .intervalCount, "interval count \"\(text(.intervalCount))\" is not a whole number 1–120"
          ))
      }
    }
    var quantity: Int64 = 1
    if !text(.quantity).isEmpty {
      if let q = Int64(text(.quantity)), q >= 0, q <= 10_000_000 {
        quantity = q
      } else {
        problems.append(
          problem(.quantity, "quantity \"\(text(.quantity))\" is not a whole number 0–10000000"))
      }
    }
    var unit: Int64 = 0
    do throws(AmountUnit.MinorFailure) {
      if self.unit == .cents {
        // The row's Currency cell, else `--currency`, else the header's (`Amount (JPY)`), as
        // `LedgerReader` does with `layout.amountCurrency`: `4900` in `Amount (JPY)` is 4,900
        // yen, not 49.00.
        let currency = text(.currency).isEmpty ? fileCurrency : text(.currency)
        unit = try AmountUnit.hundredths(text(.amount), currency: currency, isDecimalComma: false)
      } else {
        unit = try AmountCells(
          unit: self.unit, isDecimalComma: false, reason: unitReason, currency: nil
        ).hundredths(text(.amount))
      }
    } catch {
      let cells = AmountCells(
        unit: self.unit, isDecimalComma: false, reason: unitReason, currency: nil)
      problems.append(problem(.amount, cells.message(text(.amount), error)))
    }
    if unit < 0 {
      problems.append(problem(.amount, "amount \"\(text(.amount))\" is negative (expected ≥ 0)"))
    }
    let (numerator, denominator, months): (Int64, Int64, Int?)
    switch CubeLayout.normalized(text(.interval)) {
    case "month", "monthly": (numerator, denominator, months) = (1, Int64(count), count)
    case "year", "yearly", "annual":
      (numerator, denominator, months) = (1, 12 * Int64(count), 12 * count)
    case "week", "weekly": (numerator, denominator, months) = (52, 12 * Int64(count), nil)
    case "day", "daily": (numerator, denominator, months) = (365, 12 * Int64(count), nil)
    default:
      problems.append(
        problem(
          .interval, "interval \"\(text(.interval))\" is not day, week, month or year"))
      return (nil, nil)
    }
    let (total, o1) = unit.multipliedReportingOverflow(by: quantity)
    let (scaled, o2) = total.multipliedReportingOverflow(by: numerator)
    if o1 || o2 {
      problems.append(problem(.amount, "amount × quantity is too large"))
      return (months, nil)
    }
    return (months, ServicePeriod.proportion(scaled, 1, denominator))
  }
}

extension StripeRow {
  /// The interval count a row without one says through its current period: the whole months
  /// from `Current Period Start` to `Current Period End` (the same day, or the day before, so
  /// many months on; ``ServicePeriod/wholeMonths(from:through:)``) over the interval's months,
  /// when they are whole intervals (1–120 months, 1–10 years); `nil` otherwise, and the count is
  /// 1. Stripe's legacy Dashboard export has `Interval` but no `Interval Count` (trial 41,
  /// T41-7: a quarterly price, 3,000 every 3 months, its period 2025-04-10 → 2025-07-10, was read
  /// as 3,000 a month; a 2-year price at twice its monthly amount, while its term's end was read
  /// from the same 2-year period).
  var periodCount: Int? {
    guard let s = LedgerDate.parse(text(.currentPeriodStart), order: order),
      let e = LedgerDate.parse(text(.currentPeriodEnd), order: order),
      let span = ServicePeriod.wholeMonths(from: s, through: e)
    else { return nil }
    switch CubeLayout.normalized(text(.interval)) {
    case "month", "monthly": return (1...120).contains(span) ? span : nil
    case "year", "yearly", "annual":
      return span % 12 == 0 && (1...10).contains(span / 12) ? span / 12 : nil
    default: return nil
    }
  }
}

extension StripeRow {
  /// Months per interval of `count` (`nil` for weeks, days or an interval not read).
  static func intervalMonths(_ interval: String, _ count: String) -> Int? {
    let n = count.isEmpty ? 1 : Int(count) ?? 1
    switch CubeLayout.normalized(interval) {
    case "month", "monthly": return n
    case "year", "yearly", "annual": return 12 * n
    default: return nil
    }
  }

  /// The Stripe status `text` names (any letter case, `_` or a space between words,
  /// `cancelled` for `canceled`), or `nil`.
  static func status(_ text: String) -> StripeSubscription.Status? {
    let t = CubeLayout.normalized(text).replacingSpaces
    return StripeSubscription.Status(rawValue: t == "cancelled" ? "canceled" : t)
  }
}

extension String {
  fileprivate var replacingSpaces: String {
    split(separator: " ").joined(separator: "_")
  }
}
