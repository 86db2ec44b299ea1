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
      cancellation, seats, integrations, pastDue, commitment, longTenure
  }

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
    }
  }

  static func top(account: Int, context: ScoringContext, limit: Int) -> [String] {
    let m = context.measurer
    let v = m.values(account)
    let groups = Group.allCases.count
    // Built-in groups first, then one group per activity column (its level and trend).
    var total = [Double](repeating: 0, count: groups + m.activityNames.count)
    for s in Signal.allCases where !v[s.rawValue].isNaN {
      let c = context.weights[s] * v[s.rawValue]
      if c > 0 { total[group(of: s).rawValue] += c }
    }
    let weights = context.weights.weights
    for i in Signal.count..<min(v.count, weights.count) where !v[i].isNaN {
      let c = weights[i] * v[i]
      if c > 0 { total[groups + (i - Signal.count) / 2] += c }
    }
    let ranked = total.indices.filter { total[$0] > 1e-9 }
      .sorted { total[$0] > total[$1] || (total[$0] == total[$1] && $0 < $1) }
    let a = m.facts(account)
    return ranked.prefix(limit).map { g in
      g < groups
        ? phrase(Group(rawValue: g)!, a, v, m)
        : activityPhrase(column: g - groups, v, weights: weights, m)
    }
  }

  /// The reason of activity column `k`: whichever of its level and trend adds more risk, by
  /// the column's name, e.g. `logins down 45% (last 3 months vs prior 3)` or `tickets 80% above
  /// the account's own level (last 3 months vs up to 12 before)`.
  static func activityPhrase(
    column k: Int, _ v: [Double], weights: [Double], _ m: SignalMeasurer
  ) -> String {
    let level = Signal.count + 2 * k
    let trend = level + 1
    func contribution(_ i: Int) -> Double { v[i].isNaN ? 0 : weights[i] * v[i] }
    let useTrend = contribution(trend) >= contribution(level)
    let x = v[useTrend ? trend : level]
    let name = m.activityNames[k]
    let size = x >= 1 ? "100% or more" : percent(abs(x))
    if useTrend {
      let window = "(last 3 months vs prior 3)"
      if x == 0 { return "\(name) flat \(window)" }
      return "\(name) \(x > 0 ? "up" : "down") \(size) \(window)"
    }
    let window = "(last 3 months vs up to 12 before)"
    if x == 0 { return "\(name) at the account's own level \(window)" }
    return "\(name) \(size) \(x > 0 ? "above" : "below") the account's own level \(window)"
  }

  static func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }

  static func phrase(_ g: Group, _ a: Account.Terms, _ v: [Double], _ m: SignalMeasurer) -> String {
    func value(_ s: Signal) -> Double { v[s.rawValue].isNaN ? 0 : v[s.rawValue] }
    switch g {
    case .terms:
      let term: String
      switch a.contractType {
      case .monthly: term = "month-to-month"
      case .usage: term = "pay-as-you-go usage, no commitment"
      case .pilot: term = "pilot (short paid term)"
      case .annual: term = "annual contract"
      case .multiYear: term = "multi-year contract"
      case .unknown: term = "contract type unknown"
      }
      let billing: String
      switch a.billingCadence {
      case .monthly: billing = "billed monthly"
      case .quarterly: billing = "billed quarterly"
      case .inArrears: billing = "billed in arrears"
      case .annual: billing = "billed annually"
      case .upfront: billing = "prepaid up front"
      case .semiannual: billing = "billed semiannually"
      case .unknown: billing = "billing cadence unknown"
      }
      if a.contractType == .unknown && a.billingCadence == .unknown {
        return "contract terms unknown"
      }
      return term + ", " + billing
    case .trial:
      switch a.trialStatus {
      case .active: return "in an active trial"
      case .expired: return "trial expired without converting"
      default:
        let months =
          AccountFactSignals.monthsSinceConversion(
            status: a.trialStatus, trialEnd: a.trialEndDate, start: a.startDate, at: m.month) ?? 0
        return months == 0
          ? "trial converted this month"
          : "trial converted \(months) month\(months == 1 ? "" : "s") ago"
      }
    case .usageDecline:
      return "usage down \(percent(value(.usageDecline))) (last 3 months vs prior 3)"
    case .zeroUsage:
      let n = Int((value(.zeroUsageMonths) * 3).rounded())
      return "zero usage in \(n) of the last 3 paid months"
    case .volatility:
      return
        "usage-billed revenue volatile (\(percent(value(.usageVolatility))) variation over 6 months)"
    case .contraction:
      return "MRR down \(percent(value(.mrrContraction))) from its 6-month high"
    case .tenure:
      let t = AccountFactSignals.tenureMonths(start: a.startDate, at: m.month)
      return "new account (\(t) month\(t == 1 ? "" : "s") of tenure)"
    case .longTenure:
      // Only when a fitted model found long tenure riskier on this company's history.
      let t = AccountFactSignals.tenureMonths(start: a.startDate, at: m.month)
      return "\(t) month\(t == 1 ? "" : "s") of tenure (riskier with tenure here)"
    case .renewal:
      let date = a.contractEndDate.map(\.description) ?? "soon"
      return "renews \(date)" + (value(.usageDecline) > 0 ? ", usage falling" : "")
    case .cancellation:
      let date = a.cancelDate.map(\.description) ?? ""
      return value(.cancelled) > 0
        ? "cancelled \(date)" : "cancellation notice given (leaves \(date))"
    case .seats:
      return "seat use \(percent(1 - value(.seatUnderuse)))"
        + (a.seatsActive.flatMap { act in a.seatsPurchased.map { " (\(act) of \($0) seats active)" }
        } ?? "")
    case .integrations:
      let n = a.integrations ?? 0
      return n == 0 ? "no live integrations" : "only \(n) live integration\(n == 1 ? "" : "s")"
    case .pastDue:
      return "payment past due"
    case .commitment:
      let c = a.committedMRR.map { Money.decimalString(cents: $0) } ?? "?"
      return
        "usage revenue \(percent(value(.belowCommitment))) below its committed minimum (\(c)/month)"
    }
  }
}
