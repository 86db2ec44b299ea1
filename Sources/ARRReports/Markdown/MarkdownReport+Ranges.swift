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
    guard let fc = c.forecast, let a = fc.largestSingleAccount, let share = fc.largestSingleShare,
      let leaves = fc.largestSingleLeaves, share >= largestSingleMention, leaves > 0,
      a < c.company.accountCount
    else { return "" }
    let f = c.format
    let account = c.company.accounts[a]
    let name = MarkdownText.escaped(account.name.flatMap { $0.isEmpty ? nil : $0 } ?? account.id)
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
}
