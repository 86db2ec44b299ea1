import ARRCore
import ARRProjection

extension MarkdownReport {
  /// A largest account holding at least this share of the MRR paying now gets its own sentence
  /// under the projection (session 19, ranges lane).
  static let largestSingleMention = 0.2

  /// The downside a percentile hides: the largest account drawn on its own, when it holds 20%
  /// of the MRR or more, with the share of paths on which it left and what GRR is then at most
  /// (1 − its share, before any other account leaves or contracts). Nothing when it never
  /// leaves (a term running past the year: ``TermLock``). Trial 18b G1: a 90% whale
  /// leaving on about 5% of paths does not reach P10, which printed a mild 73% instead.
  static func largestSingle(_ c: ReportContext) -> String {
    if let tail = largestAccountTail(c) { return tail }
    guard let fc = c.forecast, let a = fc.largestSingleAccount, let share = fc.largestSingleShare,
      let leaves = fc.largestSingleLeaves, share >= largestSingleMention, leaves > 0,
      a < c.company.accountCount
    else { return "" }
    let f = c.format
    let name = accountName(c, a)
    let rest = max(1 - share, 0)
    var out = "**The largest account is drawn on its own**: \(name) holds "
    out += "\(f.percent(share)) of the MRR paying now and leaves on \(f.percent(leaves)) of the "
    // GRR as the Retention table prints it: whole percents for a base of few accounts.
    out += "simulated paths; GRR is then at most \(c.retentionPercent(rest, accounts: fc.accounts))"
    if rest < fc.grrRange.p10 {
      out += ", below the P10 of \(c.retentionPercent(fc.grrRange.p10, accounts: fc.accounts)): a "
      out += "downside the range does not show"
    }
    return out + ".\n\n"
  }

  /// The account's name as the report prints it (its id when it has none).
  static func accountName(_ c: ReportContext, _ a: Int) -> String {
    let account = c.company.accounts[a]
    return MarkdownText.escaped(account.name.flatMap { $0.isEmpty ? nil : $0 } ?? account.id)
  }

  /// The summary's words for the outcome the range hides when one account is half the base's
  /// MRR or more (``LargestAccountTail``; docs/projection.md, "Largest-account tail"): "a 4.6%
  /// chance it falls to about 1%: Giant Co, 99.0% of MRR, leaves" for NDR (`net`), the same
  /// without the share for GRR. `nil` without such an account.
  static func tailWords(_ c: ReportContext, net: Bool) -> String? {
    guard let fc = c.forecast, let tail = fc.largestAccountTail,
      tail.account < c.company.accountCount
    else { return nil }
    let value = c.retentionPercent(net ? tail.ndrIfLeaves : tail.grrIfLeaves, accounts: fc.accounts)
    var out = "a \(c.format.percent(tail.leaveProbability)) chance it falls to about \(value)"
    out += ": \(accountName(c, tail.account))"
    if net { out += ", \(c.format.percent(tail.share)) of MRR," }
    return out + " leaves"
  }

  /// The Retention section's paragraph on an account holding half the base's MRR or more
  /// (``LargestAccountTail``), in place of ``largestSingle(_:)``'s: its chance of leaving is the
  /// one the mean counts, the mean is the two outcomes weighted by it, and the P10–P90 shows only
  /// the paths on which it stayed when its departure is rarer than one year in ten. The share of
  /// simulated paths it left on is given beside it, with why it differs (the common churn shock).
  static func largestAccountTail(_ c: ReportContext) -> String? {
    guard let fc = c.forecast, let tail = fc.largestAccountTail,
      tail.account < c.company.accountCount
    else { return nil }
    let f = c.format
    let n = fc.accounts
    func pct(_ x: Double) -> String { c.retentionPercent(x, accounts: n) }
    var out = "**One account is most of the base**: \(accountName(c, tail.account)) holds "
    out += "\(f.percent(tail.share)) of the MRR paying now, and its chance of leaving within the "
    out += "year is \(f.percent(tail.leaveProbability)), the probability the mean counts"
    if let leaves = fc.largestSingleLeaves {
      out += " (it leaves on \(f.percent(leaves)) of the simulated paths, whose common churn "
      out += "shock moves every account's chance together)"
    }
    out += ". If it leaves, NDR is about \(pct(tail.ndrIfLeaves)) and GRR about "
    out += "\(pct(tail.grrIfLeaves)); if it stays, about \(pct(tail.ndrIfStays)) and "
    out += "\(pct(tail.grrIfStays)). The mean NDR of \(pct(fc.ndr)) weighs the two by that chance"
    if tail.ndrIfLeaves < fc.ndrRange.p10 {
      out += "; the P10–P90 of \(pct(fc.ndrRange.p10))–\(pct(fc.ndrRange.p90)) holds only years "
      out += "in which it stayed: a downside the range does not show"
    }
    return out + ".\n\n"
  }
}
