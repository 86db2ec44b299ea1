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
    if fc.largestSingleTied > 1 {
      return tiedLargest(c, fc, first: a, share: share, leaves: leaves, rest: rest)
    }
    var out = "**The largest account is drawn on its own**: \(name) holds "
    out += "\(f.percent(share)) of the MRR paying now and leaves on \(f.percent(leaves)) of the "
    // GRR as the Retention table prints it: whole percents for a base of few accounts.
    out += "simulated paths; GRR is then at most \(c.retentionPercent(rest, base: fc.precision))"
    if rest < fc.grrRange.p10 {
      out += ", below the P10 of \(c.retentionPercent(fc.grrRange.p10, base: fc.precision)): a "
      out += "downside the range does not show"
    }
    return out + ".\n\n"
  }

  /// ``largestSingle(_:)`` when accounts tie at the largest MRR (trial 37, T37-27): none of
  /// them is "the" largest, so the tie is said, each account's share and what GRR is at most when
  /// any one leaves; the first in file order is the one whose paths are counted.
  static func tiedLargest(
    _ c: ReportContext, _ fc: RetentionForecast, first a: Int, share: Double, leaves: Double,
    rest: Double
  ) -> String {
    let f = c.format
    let tied = fc.largestSingleTied
    let base = fc.baseMonth.months(since: c.company.firstMonth)
    let mrr = c.company.revenue.mrr(account: a, month: base)
    var names: [String] = []
    if tied <= 3 {
      for i in 0..<c.company.accountCount
      where c.company.revenue.mrr(account: i, month: base) == mrr {
        names.append(accountName(c, i))
        if names.count == tied { break }
      }
    }
    var out = "**The \(f.integer(tied)) largest accounts are tied**: "
    out +=
      names.count == tied
      ? "\(StressMarkdown.listed(names)) each hold "
      : "each holds "
    out += "\(f.percent(share)) of the MRR paying now; \(accountName(c, a)), the first in file "
    out += "order, leaves on \(f.percent(leaves)) of the simulated paths, and GRR is at most "
    out += "\(c.retentionPercent(rest, base: fc.precision)) when any one of them leaves"
    if rest < fc.grrRange.p10 {
      out += ", below the P10 of \(c.retentionPercent(fc.grrRange.p10, base: fc.precision)): a "
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
    let value = c.retentionPercent(net ? tail.ndrIfLeaves : tail.grrIfLeaves, base: fc.precision)
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
    let n = fc.precision
    func pct(_ x: Double) -> String { c.retentionPercent(x, base: n) }
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
    out += rangeWords(fc, tail: tail, pct: pct)
    return out + ".\n\n"
  }

  /// What the P10–P90 holds of the largest account's fate, with a leading "; ", by the share of
  /// the simulated paths it left on (the quantiles are of those paths; the point projection's
  /// chance where it was not drawn on its own): under one path in ten, the range "holds only
  /// years in which it stayed: a downside the range does not show" (when NDR if it leaves is
  /// below the P10); from one in ten, the P10 is a year in which it left ("the P10 of 34% is a
  /// year in which it left, the P90 of 104% one in which it stayed"); over nine in ten, the
  /// range holds only years in which it left. "" when none is true (trial 37, T37-21: leaving on
  /// 23.7% of the paths, the P10 was the year it left, and the report said the range did not
  /// show that downside).
  static func rangeWords(
    _ fc: RetentionForecast, tail: LargestAccountTail, pct: (Double) -> String
  ) -> String {
    let leaves = fc.largestSingleLeaves ?? tail.leaveProbability
    let (p10, p90) = (pct(fc.ndrRange.p10), pct(fc.ndrRange.p90))
    if leaves < 0.1 {
      guard tail.ndrIfLeaves < fc.ndrRange.p10 else { return "" }
      return "; the P10–P90 of \(p10)–\(p90) holds only years in which it stayed: a downside "
        + "the range does not show"
    }
    if leaves > 0.9 { return "; the P10–P90 of \(p10)–\(p90) holds only years in which it left" }
    return "; the P10 of \(p10) is a year in which it left, the P90 of \(p90) one in which it "
      + "stayed"
  }
}
