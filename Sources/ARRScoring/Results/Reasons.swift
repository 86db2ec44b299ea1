import ARRCore

/// Turns an account's strongest risk contributions into short sentences with their numbers.
///
/// Signals are grouped (contract type with billing cadence, the three trial states, notice with
/// cancellation), a group's contribution is the sum of its positive `weight × value` terms,
/// and the largest groups are phrased, e.g. `month-to-month, billed monthly`,
/// `usage down 38% (last 3 months vs prior 3)`, `renews 2026-02-01, usage falling`. Each
/// activity column of `monthly.csv` is one more group, phrased by the column's name
/// (``activityPhrase(column:_:weights:_:)``).
enum Reasons {
  enum Group: Int, CaseIterable {
    case terms, trial, usageDecline, zeroUsage, volatility, contraction, tenure, renewal,
      cancellation, seats, integrations, pastDue, commitment, longTenure, smallAccount
  }

  /// Below this share of purchased seats unused (seat use above 90%), seat use is healthy and
  /// never named as a reason, though the signal still counts in the score.
  static let healthySeatUnderuse = 0.1

  static func group(of s: Signal) -> Group {
    switch s {
    case .monthToMonth, .usageContract, .pilot, .multiYear, .billedMonthly, .billedQuarterly,
      .billedInArrears, .billedUpfront, .unknownTerms:
      return .terms
    case .trialActive, .trialConvertedRecently, .trialExpired: return .trial
    case .usageDecline: return .usageDecline
    case .zeroUsageMonths: return .zeroUsage
    case .usageVolatility: return .volatility
    case .mrrContraction: return .contraction
    case .newAccount: return .tenure
    case .renewalDue: return .renewal
    case .cancellationNotice, .cancelled: return .cancellation
    case .seatUnderuse: return .seats
    case .fewIntegrations: return .integrations
    case .pastDue: return .pastDue
    case .belowCommitment: return .commitment
    case .logTenure: return .longTenure
    case .smallAccount: return .smallAccount
    }
  }

  /// Each built-in signal's group (``group(of:)``), by the signal's raw value, for
  /// ``totals(_:weights:into:)``, which runs once per account a report lists.
  static let groupOfSignal: [Int] = Signal.allCases.map { group(of: $0).rawValue }

  /// Each group's total: the sum of its positive `weight × value` terms, the built-in groups
  /// first, then one per activity column (its level and trend).
  /// - Parameters:
  ///   - v: The account's signal values (``SignalMeasurer/width``, `.nan` = none).
  ///   - weights: The model's weights, in the same order.
  ///   - total: Destination, `Group.allCases.count` plus one per activity column, zeroed.
  /// - Complexity: O(signals).
  static func totals(
    _ v: UnsafeBufferPointer<Double>, weights: [Double],
    into total: UnsafeMutableBufferPointer<Double>
  ) {
    let groups = Group.allCases.count
    let seats = Signal.seatUnderuse.rawValue
    // Signals by raw value, which is their order in `Signal.allCases`.
    groupOfSignal.withUnsafeBufferPointer { groupOf in
      for s in 0..<Signal.count where !v[s].isNaN {
        // Healthy seat use still adds a sliver of score, but is no reason revenue is at risk.
        if s == seats && v[s] < healthySeatUnderuse { continue }
        let c = reasonContribution(s, weights[s], v[s])
        if c > 0 { total[groupOf[s]] += c }
      }
    }
    for i in Signal.count..<min(v.count, weights.count) where !v[i].isNaN {
      let c = weights[i] * v[i]
      if c > 0 { total[groups + (i - Signal.count) / 2] += c }
    }
    foldGroups(v, total)
  }

  /// The folds run on an account's group totals once they are added, by
  /// ``totals(_:weights:into:)`` and ``ReasonGroups/weightedSum(_:weights:totals:)`` alike, so
  /// both name the same reasons: a notice supersedes the renewal, and tenure is named once.
  /// - Parameters:
  ///   - v: The account's signal values (`.nan` = none).
  ///   - total: The groups' totals, changed in place.
  static func foldGroups(
    _ v: UnsafeBufferPointer<Double>, _ total: UnsafeMutableBufferPointer<Double>
  ) {
    noticeSupersedesRenewal(v, total)
    tenureOnce(total)
  }

  /// The new-account and long-tenure signals read one fact, the account's tenure, with
  /// opposite senses: both named, a two-month-old account read "new account (2 months of
  /// tenure)" beside "2 months of tenure (riskier with tenure here)" (render review 35, R35-5;
  /// 207 accounts of ai-hypergrowth). The smaller group's total moves into the larger's, so one
  /// phrase names the tenure and the score is still fully explained; a tie goes to the
  /// new-account words. Run by ``foldGroups(_:_:)``.
  /// - Parameter total: The groups' totals, changed in place.
  static func tenureOnce(_ total: UnsafeMutableBufferPointer<Double>) {
    let new = Group.tenure.rawValue
    let long = Group.longTenure.rawValue
    guard total[new] > 0, total[long] > 0 else { return }
    let (kept, folded) = total[new] >= total[long] ? (new, long) : (long, new)
    total[kept] += total[folded]
    total[folded] = 0
  }

  /// What signal `s` adds to its group's reason total: `weight × value`, except for
  /// ``Signal/smallAccount``, whose value is 0.5 for the typical account: only what it adds
  /// beyond the typical account's, `weight × (value − 0.5)`, is a reason (an account larger than
  /// the typical one is never "small", though with a positive weight its value still adds to
  /// its score, as it does to every account's; the fitted intercept absorbs the common part).
  @inline(__always)
  static func reasonContribution(_ s: Int, _ weight: Double, _ value: Double) -> Double {
    s == Signal.smallAccount.rawValue
      ? weight * (value - AccountFactSignals.typicalSmallAccount) : weight * value
  }

  /// A notice (or a cancellation) supersedes the renewal: the account ends at its service end
  /// and does not renew, so no reason may say `renews <date>`. The renewal group's total moves
  /// into the cancellation group, whose words give the date the account leaves; the score is
  /// unchanged and still fully explained. Run by ``foldGroups(_:_:)``.
  /// - Parameters:
  ///   - v: The account's signal values (`.nan` = none).
  ///   - total: The groups' totals, changed in place.
  static func noticeSupersedesRenewal(
    _ v: UnsafeBufferPointer<Double>, _ total: UnsafeMutableBufferPointer<Double>
  ) {
    let notice = v[Signal.cancellationNotice.rawValue]
    let cancelled = v[Signal.cancelled.rawValue]
    guard notice > 0 || cancelled > 0 else { return }
    let renewal = Group.renewal.rawValue
    total[Group.cancellation.rawValue] += total[renewal]
    total[renewal] = 0
  }

  /// The reasons of one account, simply: its values measured on their own, the groups sorted.
  /// The reference for ``ReasonWriter``, which writes the same words for many accounts.
  static func top(account: Int, context: ScoringContext, limit: Int) -> [String] {
    let m = context.measurer
    let v = m.values(account)
    let groups = Group.allCases.count
    let weights = context.weights.weights
    var total = [Double](repeating: 0, count: groups + m.activityNames.count)
    v.withUnsafeBufferPointer { v in
      total.withUnsafeMutableBufferPointer { totals(v, weights: weights, into: $0) }
    }
    let ranked = total.indices.filter { total[$0] > 1e-9 }
      .sorted { total[$0] > total[$1] || (total[$0] == total[$1] && $0 < $1) }
    let a = m.facts(account)
    let mix = billingMix(account, m)
    let slope =
      v[Signal.usageVolatility.rawValue] > 0 ? volatilitySlope(account, m) : 0
    return v.withUnsafeBufferPointer { v in
      ranked.prefix(limit).map { g in
        var text = ReasonText()
        phrase(g, a, v, weights: weights, m, mix: mix, slope: slope, into: &text)
        return String(decoding: text.bytes, as: UTF8.self)
      }
    }
  }

  /// Which way `account`'s months go up to the month `m` measures, for the volatility reason's
  /// words (``RevenueSignals/trendSlope(_:)``; review 37, R37-8).
  /// - Complexity: O(1): the last 6 months.
  static func volatilitySlope(_ account: Int, _ m: SignalMeasurer) -> Double {
    m.company.revenue.withStorage { s in
      let start = account &* s.rowStride
      return s.mrr.withInt64s(start..<(start &+ m.column &+ 1)) { RevenueSignals.trendSlope($0) }
    }
  }

  /// Appends the words of group `g` (built-in groups, then activity columns).
  static func phrase(
    _ g: Int, _ a: Account.Terms, _ v: UnsafeBufferPointer<Double>, weights: [Double],
    _ m: SignalMeasurer, mix: [BillingCadence: Double]? = nil, slope: Double = 0,
    into t: inout ReasonText
  ) {
    let groups = Group.allCases.count
    if g < groups {
      phrase(Group(rawValue: g)!, a, v, m, mix: mix, slope: slope, into: &t)
    } else {
      activityPhrase(column: g - groups, v, weights: weights, m, into: &t)
    }
  }

  /// The reason of activity column `k`: whichever of its level and trend adds more risk, by
  /// the column's name, e.g. `logins down 45% (last 3 months vs prior 3)` or `tickets 80% above
  /// the account's own level (last 3 months vs up to 12 before)`.
  static func activityPhrase(
    column k: Int, _ v: UnsafeBufferPointer<Double>, weights: [Double], _ m: SignalMeasurer,
    into t: inout ReasonText
  ) {
    let level = Signal.count + 2 * k
    let trend = level + 1
    func contribution(_ i: Int) -> Double { v[i].isNaN ? 0 : weights[i] * v[i] }
    let useTrend = contribution(trend) >= contribution(level)
    let x = v[useTrend ? trend : level]
    t.append(bytes: m.activityNameBytes[k])
    func size() {
      if x >= 1 { t.append("100% or more") } else { t.percent(abs(x)) }
    }
    if useTrend {
      if x == 0 {
        t.append(" flat")
      } else {
        t.append(x > 0 ? " up " : " down ")
        size()
      }
      return t.append(" (last 3 months vs prior 3)")
    }
    if x == 0 {
      t.append(" at the account's own level")
    } else {
      t.append(" ")
      size()
      t.append(x > 0 ? " above" : " below")
      t.append(" the account's own level")
    }
    t.append(" (last 3 months vs up to 12 before)")
  }

  static func phrase(
    _ g: Group, _ a: Account.Terms, _ v: UnsafeBufferPointer<Double>, _ m: SignalMeasurer,
    mix: [BillingCadence: Double]? = nil, slope: Double = 0, into t: inout ReasonText
  ) {
    func value(_ s: Signal) -> Double { v[s.rawValue].isNaN ? 0 : v[s.rawValue] }
    // As ``SignalMeasurer`` reads usage-billed revenue (volatility applies to it too).
    let isUsageBilled = a.contractType == .usage || a.billingCadence == .inArrears
    switch g {
    case .terms:
      if a.contractType == .unknown && a.billingCadence == .unknown {
        return t.append("contract terms unknown")
      }
      switch a.contractType {
      case .monthly: t.append("month-to-month")
      case .usage:
        // A committed minimum is a commitment (trial 33, T33-21): the share above it is not.
        if let committed = a.committedMRR, committed > 0 {
          t.append("usage with a committed minimum")
          let above = value(.usageContract)
          if above > 0 {
            t.append(", ")
            t.percent(above)
            t.append(" of its revenue above the minimum")
          }
        } else {
          t.append("pay-as-you-go usage, no commitment")
        }
      case .pilot: t.append("pilot (short paid term)")
      case .annual: t.append("annual contract")
      case .multiYear: t.append("multi-year contract")
      case .unknown: t.append("contract type unknown")
      }
      t.append(", ")
      if let mix, mix.count > 1 { return billedOn(mix, into: &t) }
      switch a.billingCadence {
      case .monthly: t.append("billed monthly")
      case .quarterly: t.append("billed quarterly")
      case .inArrears: t.append("billed in arrears")
      case .annual: t.append("billed annually")
      case .upfront: t.append("prepaid up front")
      case .semiannual: t.append("billed semiannually")
      case .unknown: t.append("billing cadence unknown")
      }
    case .trial:
      switch a.trialStatus {
      case .active: t.append("in an active trial")
      case .expired: t.append("trial expired without converting")
      default:
        let months =
          AccountFactSignals.monthsSinceConversion(
            status: a.trialStatus, trialEnd: a.trialEndDate, start: a.startDate, at: m.month) ?? 0
        if months == 0 { return t.append("trial converted this month") }
        t.append("trial converted ")
        t.count(months, "month")
        t.append(" ago")
      }
    case .usageDecline:
      t.append("usage down ")
      t.percent(value(.usageDecline))
      // A usage-billed account's fall is counted beyond its own swing (session 19, usage lane).
      if isUsageBilled { t.append(" beyond its usual swing") }
      t.append(" (last 3 months vs prior 3)")
    case .zeroUsage:
      t.append("zero usage in ")
      t.append(Int((value(.zeroUsageMonths) * 3).rounded()))
      t.append(" of the last 3 paid months")
    case .volatility:
      // The signal is a coefficient of variation capped at 1, not a range: "±100%" read as
      // revenue falling to zero and back (render review 35, R35-10), so it is named as the
      // spread of the months against their mean, and the cap as a floor. A rising account's
      // spread is read around its trend line (``RevenueSignals/trendSwing(_:)``), a falling
      // or flat one's around the mean (review 36, #9: "of their level" overstated a rising
      // account's spread as one around its mean). Which way the months go is said: a falling
      // account's spread holds its fall (review 37, R37-8: a steady fall read "net of any
      // growth").
      let spread = value(.usageVolatility)
      t.append(
        slope < 0
          ? "usage-billed revenue volatile (monthly amounts fall and vary by "
          : "usage-billed revenue volatile (monthly amounts vary by ")
      t.percent(spread)
      if spread >= 1 { t.append(" or more") }
      t.append(slope > 0 ? " of their mean, net of their growth," : " of their mean")
      // The months read: the last 6, fewer in a shorter history or tenure (trial 34, T34-13:
      // "its 6-month average" of an account paying 3 months).
      let months = min(
        RevenueSignals.volatilityMonths(rowMonths: m.column + 1),
        AccountFactSignals.tenureMonths(start: a.startDate, at: m.month) + 1)
      t.append(" over the last ")
      t.count(months, "month")
      t.append(")")
    case .contraction:
      t.append("MRR down ")
      t.percent(value(.mrrContraction))
      if isUsageBilled {
        t.append(" beyond its usual swing (mean of the last 3 months vs prior 3)")
      } else {
        t.append(" from its 6-month high")
      }
    case .tenure:
      t.append("new account (")
      t.tenure(AccountFactSignals.tenureMonths(start: a.startDate, at: m.month))
      t.append(" of tenure)")
    case .longTenure:
      // Only when a fitted model found long tenure riskier on this company's history.
      t.tenure(AccountFactSignals.tenureMonths(start: a.startDate, at: m.month))
      t.append(" of tenure (riskier with tenure here)")
    case .smallAccount:
      // Only when a fitted model found small accounts riskier on this company's history, and
      // only for accounts below the typical MRR (``reasonContribution(_:_:_:)``).
      t.append("small account (MRR ")
      let share = AccountFactSignals.shareOfTypical(smallAccount: value(.smallAccount))
      if share <= 1 / AccountFactSignals.smallAccountSpan {
        t.append("1% or less of")
      } else if share >= 0.9 {
        t.append("just under")
      } else {
        t.percent(share)
        t.append(" of")
      }
      t.append(" the typical account's; riskier when small here)")
    case .renewal:
      // A pilot's end is the pilot ending, not a renewal (trial 34, T34-4).
      // A lapsed term is not due to renew: it runs on holdover (trial 37, T37-9).
      if let date = a.contractEndDate, AccountFactSignals.isLapsed(end: date, month: m.month) {
        t.append(string: AccountFactSignals.lapsedWords(date, contractType: a.contractType))
        if value(.usageDecline) > 0 { t.append(", usage falling") }
        return
      }
      t.append(a.contractType == .pilot ? "pilot ends " : "renews ")
      if let date = a.contractEndDate { t.append(date) } else { t.append("soon") }
      if value(.usageDecline) > 0 { t.append(", usage falling") }
    case .cancellation:
      t.append(value(.cancelled) > 0 ? "cancelled " : "cancellation notice given (leaves ")
      if let date = a.cancelDate { t.append(date) }
      // `cancel_date` is the first day without service; a term contract's end after it says
      // the customer leaves before its term is out (trial 44, T44-4: "leaves 2026-11-15" on an
      // annual to 2027-09-01 read as the notice's date said as the leaving date). Said, so the
      // reader can check which date the source meant; counted as the data says.
      if value(.cancelled) <= 0, let date = a.cancelDate,
        a.contractType == .annual || a.contractType == .multiYear,
        let end = a.contractEndDate, end > date
      {
        t.append(", before its term's end ")
        t.append(end)
      }
      if value(.cancelled) <= 0 {
        // Whether the date falls within the 12 months the retention probability forecasts
        // (``DatedNotice``): within them the revenue is counted as leaving.
        switch DatedNotice.reading(a, asOf: m.month) {
        case .leavesWithinTheYear: t.append(", within 12 months: counted as leaving")
        case .leavesAfterTheYear: t.append(", after the next 12 months")
        case .none: break
        }
        t.append(")")
      }
    case .seats:
      t.append("seats underused: ")
      t.percent(value(.seatUnderuse))
      t.append(" unused")
      if let active = a.seatsActive, let purchased = a.seatsPurchased {
        t.append(" (")
        t.append(active)
        t.append(" of ")
        t.append(purchased)
        t.append(" seats active)")
      }
    case .integrations:
      let n = a.integrations ?? 0
      if n == 0 { return t.append("no live integrations") }
      t.append("only ")
      t.count(n, "live integration")
    case .pastDue:
      t.append("payment past due")
    case .commitment:
      t.append("usage revenue ")
      t.percent(value(.belowCommitment))
      t.append(" below its committed minimum (")
      if let c = a.committedMRR {
        t.append(string: Money.decimalString(cents: c))
      } else {
        t.append("?")
      }
      t.append("/month)")
    }
  }
}

/// A reason's words as UTF-8 bytes, appended piece by piece: the one wording behind
/// ``ScoringResult/reasons(for:)`` and ``ReasonWriter``, without formatting a `String` per piece.
struct ReasonText {
  var bytes: [UInt8] = []

  /// Appends ASCII text verbatim.
  mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends a string's UTF-8 bytes, in one copy (appending `s.utf8` took the standard
  /// library's generic path: ~12% of `ReasonWriter.load`'s samples with an activity column).
  /// Labelled, so that a literal takes ``append(_:)`` of a `StaticString`: with both unlabelled
  /// a literal was a `String` (the default literal type), made and read for every piece of
  /// every reason (~1.5% of a 100k report's instructions).
  mutating func append(string s: String) {
    var s = s
    s.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends UTF-8 bytes kept for the purpose (an activity column's name): appending the
  /// name's `String` cost ~200 instructions a reason, 1.7% of a 100k report's.
  mutating func append(bytes b: [UInt8]) {
    bytes.append(contentsOf: b)
  }

  /// Appends a whole number as `String(n)` writes it.
  mutating func append(_ n: Int) {
    if n < 0 { bytes.append(UInt8(ascii: "-")) }
    digits(n.magnitude, width: 1)
  }

  /// Appends a date as `CivilDate.description` writes it (`2026-02-01`).
  mutating func append(_ d: CivilDate) {
    let p = d.parts
    guard p.year >= 0 else { return append(string: d.description) }
    digits(UInt(p.year), width: 4)
    bytes.append(UInt8(ascii: "-"))
    digits(UInt(p.month), width: 2)
    bytes.append(UInt8(ascii: "-"))
    digits(UInt(p.day), width: 2)
  }

  /// Appends `x` as a whole percentage, rounded half away from zero (`0.384` → `38%`).
  mutating func percent(_ x: Double) {
    append(Int((x * 100).rounded()))
    bytes.append(UInt8(ascii: "%"))
  }

  /// Appends `n` and `noun`, plural unless `n` is 1 (`3 months`, `1 month`).
  /// Whole months of tenure: "under 1 month" for an account in its first month (0 whole months
  /// read as no tenure at all), else "1 month", "8 months".
  mutating func tenure(_ months: Int) {
    if months < 1 {
      append("under 1 month")
    } else {
      count(months, "month")
    }
  }

  mutating func count(_ n: Int, _ noun: StaticString) {
    append(n)
    bytes.append(UInt8(ascii: " "))
    append(noun)
    if n != 1 { bytes.append(UInt8(ascii: "s")) }
  }

  /// Appends the decimal digits of `v`, left-padded with zeros to `width`.
  private mutating func digits(_ v: UInt, width: Int) {
    var divisor: UInt = 1
    var places = 1
    while places < width || v / divisor >= 10 {
      divisor *= 10
      places += 1
    }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v / divisor % 10))
      divisor /= 10
    }
  }
}

extension AccountFactSignals {
  /// The words for a term that lapsed before the month scored while the account still pays:
  /// "term lapsed 2026-09-30, still paying: on holdover, cancellable any month" (a pilot's
  /// "pilot ended 2026-09-30, still paying"). One phrase for the reasons and for the report's
  /// cell of a retained account, which lists no reasons (session 39, trial 37, T37-9).
  public static func lapsedWords(_ end: CivilDate, contractType: ContractType) -> String {
    contractType == .pilot
      ? "pilot ended \(end), still paying"
      : "term lapsed \(end), still paying: on holdover, cancellable any month"
  }
}
