import ARRCore
import ARRMetrics

extension Analysis {
  /// `shrinking_mrr`: MRR at the as-of month at least ``Finding/shrinkingMRRShare`` below its
  /// level 12 months before (the bridge's last 12 months), with the movements that made it and
  /// how long no new account has joined. Warning, weight 2 + the fall: a company shrinking for
  /// a year is what matters most, above an old cliff (trial 18b, G12: MRR −46% in a year and no
  /// new account in 36 months was on line 110 only; docs/findings.md, session 18, findings
  /// lane).
  /// - Parameters:
  ///   - bridge: The MRR bridge, oldest first, ending at the as-of month.
  ///   - f: The number format.
  /// - Returns: The finding, or `nil` with fewer than 12 bridge months or a smaller fall.
  static func shrinkingMRR(_ bridge: [BridgeMonth], f: NumberFormat) -> Finding? {
    guard bridge.count >= 12 else { return nil }
    let year = bridge.suffix(12)
    let first = year[year.startIndex]
    let start = first.opening
    let end = year[year.endIndex - 1].closing
    guard start > 0 else { return nil }
    let fall = Double(start - end) / Double(start)
    guard fall >= Finding.shrinkingMRRShare else { return nil }
    let sum = { (k: KeyPath<BridgeMonth, Int64>) in year.reduce(Int64(0)) { $0 + $1[keyPath: k] } }
    let (new, expansion, reactivation) = (sum(\.new), sum(\.expansion), sum(\.reactivation))
    let (contraction, churn) = (sum(\.contraction), sum(\.churn))
    let gained = new + expansion + reactivation
    let lost = contraction + churn
    let quick =
      lost > 0 ? " (quick ratio \(f.number(Double(gained) / Double(lost), decimals: 1))×)" : ""
    // One month holding most of the fall is a step, not a trend: named (trial 37, T37-14: a
    // 50% fall "over the last 12 months" was all in the as-of month).
    let steepest = year.max { $0.opening - $0.closing < $1.opening - $1.closing }!
    let step = steepest.opening - steepest.closing
    let oneMonth =
      Double(step) >= Finding.shrinkingOneMonthShare * Double(start - end)
      ? (step >= start - end
        ? " All of the fall came in \(f.month(steepest.month)) alone (MRR fell "
          + "\(f.compactMoney(cents: step)) that month)."
        : " \(f.percent(Double(step) / Double(start - end))) of the fall came in "
          + "\(f.month(steepest.month)) alone.") : ""
    // Months, counted back from the as-of month, without a new account.
    let quiet = bridge.reversed().prefix { $0.newAccounts == 0 }.count
    let noNew =
      quiet >= Finding.shrinkingQuietMonths
      ? (quiet == bridge.count
        ? " No new account joined in the \(count(quiet, "month", f)) of the bridge."
        : " No new account joined in the last \(count(quiet, "month", f)).")
      : ""
    return Finding(
      code: .shrinkingMRR, severity: .warning,
      message: "MRR fell \(f.percent(fall)) over the last 12 months, from "
        + "\(f.compactMoney(cents: start)) in \(f.month(first.month.adding(months: -1))) to "
        + "\(f.compactMoney(cents: end)) in \(f.month(year[year.endIndex - 1].month)): churn "
        + "\(f.compactMoney(cents: churn)) and contraction \(f.compactMoney(cents: contraction)) "
        + "against new \(f.compactMoney(cents: new)), expansion "
        + "\(f.compactMoney(cents: expansion)) and reactivation "
        + "\(f.compactMoney(cents: reactivation))\(quick).\(oneMonth)\(noNew)",
      weight: 2 + fall)
  }

  /// `renewal_concentration`: one contract-end month within the next 12 months (the as-of
  /// month included) holds at least ``Finding/renewalConcentrationShare`` of committed ARR and
  /// at least ``Finding/renewalConcentrationHeadlineShare`` of headline ARR: one round of
  /// renewals decides most of next year's retention. Warning, weight 2 + that month's share of
  /// headline (trial 18b, G11: all committed ARR renewing next month was one calendar row).
  /// - Parameters:
  ///   - company: The company.
  ///   - committedMRR: Committed MRR per account (``CompanyMetrics/committedMRR``).
  ///   - headline: Headline ARR, cents.
  ///   - f: The number format.
  /// - Returns: The finding, or `nil`.
  /// - Complexity: O(accounts).
  static func renewalConcentration(
    _ company: Company, committedMRR: [Int64], headline: Int64, f: NumberFormat
  ) -> Finding? {
    let asOf = company.asOf
    var byMonth = [Int: (arr: Int64, accounts: Int)]()
    var committed: Int64 = 0
    for i in committedMRR.indices where committedMRR[i] > 0 {
      committed += 12 * committedMRR[i]
      let terms = company.terms(of: i)
      guard terms.contractType.isCommitted, let end = terms.contractEndDate else { continue }
      let ahead = end.month.months(since: asOf)
      guard ahead >= 0, ahead <= 12 else { continue }
      let old = byMonth[ahead] ?? (0, 0)
      byMonth[ahead] = (old.arr + 12 * committedMRR[i], old.accounts + 1)
    }
    // The largest month; the earliest on a tie.
    guard committed > 0, headline > 0,
      let top = byMonth.max(by: {
        $0.value.arr < $1.value.arr || ($0.value.arr == $1.value.arr && $0.key > $1.key)
      })
    else { return nil }
    let ofCommitted = Double(top.value.arr) / Double(committed)
    let ofHeadline = Double(top.value.arr) / Double(headline)
    guard ofCommitted >= Finding.renewalConcentrationShare,
      ofHeadline >= Finding.renewalConcentrationHeadlineShare
    else { return nil }
    let when =
      top.key == 0
      ? "this month (\(f.month(asOf)))"
      : "\(f.month(asOf.adding(months: top.key))), \(count(top.key, "month", f)) after "
        + f.month(asOf)
    return Finding(
      code: .renewalConcentration, severity: .warning,
      message:
        "\(f.percent(ofCommitted)) of committed ARR (\(f.compactMoney(cents: top.value.arr)), "
        + "\(count(top.value.accounts, "account", f)); \(f.percent(ofHeadline)) of headline ARR) "
        + "comes up for renewal in \(when): one round of renewals decides most of next year's "
        + "retention, and the projection's range does not single it out.",
      weight: 2 + ofHeadline)
  }
}
