import ARRCore
import ARRMetrics

extension Analysis {
  /// What a month's stayers say about a contraction step (``contractionCliff(_:asOf:f:revenue:)``).
  struct CliffStayers: Sendable, Equatable {
    /// Accounts paying in the month before and in the month.
    var stayers = 0
    /// Of them, those paying less in the month.
    var contracted = 0
    /// Of those, the ones paying at least their amount of the month before again by the data's
    /// last month (for a month before it).
    var restored = 0
  }

  /// The stayers of `month` in `revenue` (its column counted back from `asOf`).
  /// - Complexity: O(accounts).
  static func cliffStayers(_ month: Month, asOf: Month, _ revenue: RevenueMatrix) -> CliffStayers {
    let last = revenue.monthCount - 1
    let col = last - asOf.months(since: month)
    var out = CliffStayers()
    guard col > 0, col <= last else { return out }
    for a in 0..<revenue.accountCount {
      let before = revenue.mrr(account: a, month: col - 1)
      let now = revenue.mrr(account: a, month: col)
      guard before > 0, now > 0 else { continue }
      out.stayers += 1
      guard now < before else { continue }
      out.contracted += 1
      if col < last, revenue.mrr(account: a, month: last) >= before { out.restored += 1 }
    }
    return out
  }

  /// `contraction_cliff`: a month within ``Finding/churnCliffRecentMonths`` of as-of whose
  /// contraction exceeds both ``Finding/churnCliffMultiple`` × the mean contraction of up to
  /// ``Finding/churnCliffNormMonths`` months before it (at least
  /// ``Finding/churnCliffMinimumNormMonths``; the norm may be zero) and
  /// ``Finding/churnCliffShareOfOpening`` of its opening MRR, with at least
  /// ``Finding/churnCliffMinimumLeavers`` accounts paying less and at least
  /// ``Finding/contractionCliffStayerShare`` of the accounts paying in both months among them.
  /// Most accounts stepping down in one month, after months with little contraction, is the
  /// signature of a partially loaded month (or a price cut across the book): critical in the
  /// as-of month, where the headline, the classes and the projection's contraction all rest on
  /// it, else a warning (trial 37, T37-14: 30 accounts at $1,000 all read $500 in the as-of
  /// month, and nothing said so while the projection halved them again). The same month of the
  /// year qualifying in another year too is a seasonal dip: info.
  /// - Parameters:
  ///   - bridge: The MRR bridge, oldest first, ending at the as-of month.
  ///   - asOf: The as-of month.
  ///   - f: The number format.
  ///   - revenue: The revenue matrix the bridge was computed from.
  /// - Returns: The finding, or `nil`.
  /// - Complexity: O(bridge months + accounts × qualifying months).
  static func contractionCliff(
    _ bridge: [BridgeMonth], asOf: Month, f: NumberFormat, revenue: RevenueMatrix
  ) -> Finding? {
    struct Step {
      var month: BridgeMonth
      var norm: Double
      var share: Double
      var stayers: CliffStayers
    }
    var steps: [Step] = []
    for (i, m) in bridge.enumerated() where m.opening > 0 {
      let prior = bridge[max(0, i - Finding.churnCliffNormMonths)..<i].filter { $0.opening > 0 }
      guard prior.count >= Finding.churnCliffMinimumNormMonths,
        m.contractedAccounts >= Finding.churnCliffMinimumLeavers
      else { continue }
      let norm = Double(prior.reduce(Int64(0)) { $0 &+ $1.contraction }) / Double(prior.count)
      let share = Double(m.contraction) / Double(m.opening)
      guard Double(m.contraction) > Finding.churnCliffMultiple * norm,
        share > Finding.churnCliffShareOfOpening
      else { continue }
      let stayers = cliffStayers(m.month, asOf: asOf, revenue)
      guard stayers.stayers > 0,
        Double(stayers.contracted)
          >= Finding.contractionCliffStayerShare * Double(stayers.stayers)
      else { continue }
      steps.append(Step(month: m, norm: norm, share: share, stayers: stayers))
    }
    func age(_ s: Step) -> Int { asOf.months(since: s.month.month) }
    let recent = steps.filter { age($0) <= Finding.churnCliffRecentMonths }
    guard let best = recent.max(by: { $0.share < $1.share }) else { return nil }
    let isLast = best.month.month == asOf
    let sameMonth = steps.filter {
      $0.month.month != best.month.month && age($0) % 12 == age(best) % 12
    }
    let s = best.stayers
    let both =
      "accounts paying in \(f.month(best.month.month.adding(months: -1))) and "
      + "\(f.month(best.month.month)) pay less in \(f.month(best.month.month))"
    let who =
      s.contracted == s.stayers
      ? (s.stayers == 1 ? "the 1 " : "all \(f.integer(s.stayers)) ") + both
      : "\(f.integer(s.contracted)) of the \(f.integer(s.stayers)) " + both
    let amount =
      "by \(f.compactMoney(cents: best.month.contraction)) of MRR in all, "
      + "\(f.percent(best.share)) of opening MRR"
    let normWords =
      best.norm == 0
      ? "after months with no contraction at all"
      : "\(f.number(Double(best.month.contraction) / best.norm, decimals: 1))× the trailing "
        + "monthly average of \(f.compactMoney(cents: Int64(best.norm.rounded())))"
    let head = "Contraction step in \(f.month(best.month.month)): \(who), \(amount), \(normWords)"
    if !sameMonth.isEmpty {
      let months = ([best] + sameMonth).map(\.month.month).sorted().map(f.month)
      return Finding(
        code: .contractionCliff, severity: .info,
        message: head + ", and the same month of the year shows such a step "
          + "\(count(months.count, "time", f)) (\(months.joined(separator: ", "))): a seasonal "
          + "dip, not a data cut-off. Compare like months.",
        weight: best.share * 0.5)
    }
    let restored =
      isLast || s.restored == 0
      ? ""
      : s.restored == s.contracted
        ? "; all of them pay their earlier amount again by \(f.month(asOf))"
        : "; \(f.integer(s.restored)) of them pay their earlier amount again by \(f.month(asOf))"
    let ask =
      isLast
      ? ". A month loaded only in part, a price cut across the book, or a real fall? Check the "
        + "source before relying on any figure as of this month: the headline, the classes "
        + "and the projection (its survivors' contraction is learned from the history, this "
        + "month included) rest on it."
      : ". A month loaded only in part, a price cut across the book, or a real fall? Check the "
        + "source before relying on the retention figures: the projection's survivors' "
        + "contraction is learned from the history, this month included."
    return Finding(
      code: .contractionCliff, severity: isLast ? .critical : .warning,
      message: head + restored + ask, weight: 2 + best.share)
  }
}
