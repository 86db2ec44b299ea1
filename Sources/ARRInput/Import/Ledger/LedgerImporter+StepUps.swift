import ARRCore

extension LedgerImporter {
  /// Prices the as-of month's steps up from a steady run (``MonthlyRuns/steppedUp``), read as
  /// the run's level kept and the rest one-time: each account's as-of MRR becomes a range from
  /// 0 (the charge a last fee, the account leaving) to the new charge at the account's rhythm
  /// (an upgrade: its as-of MRR scaled by the new charge over the level kept), and a finding
  /// names the accounts (decided, session 29, t28c lane; trial 28, T28-3).
  /// - Parameter steps: Per step, the account, the charge's line, the level kept and the
  ///   charge as written, in line order.
  static func stepUpRanges(
    _ steps: [(account: Int, line: Int, base: Int64, amount: Int64)], file: String,
    currency: String?, into company: inout ImportedCompany
  ) {
    let n = company.monthCount
    var upgraded: Int64 = 0
    for s in steps {
      let kept = company.mrr[company.cell(s.account, n - 1)]
      // The new charge at the account's rhythm: the kept MRR × amount ÷ level (a monthly
      // account's is the charge itself).
      let (product, overflow) = kept.multipliedReportingOverflow(by: s.amount)
      let high = overflow ? kept &+ (s.amount - s.base) : product / s.base
      upgraded &+= high - kept
      let range = company.accounts[s.account].ambiguousMRR
      company.accounts[s.account].ambiguousMRR = (
        low: min(range?.low ?? 0, 0), high: max(range?.high ?? high, high)
      )
    }
    let first = steps[0]
    let names = steps.prefix(3).map { "\"\(company.accounts[$0.account].id)\"" }
    let more = steps.count > 3 ? " and \(steps.count - 3) more" : ""
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    company.log.findings.append(
      "\(file): \(Counted.phrase(steps.count, "account")) (\(names.joined(separator: ", "))"
        + "\(more)) \(steps.count == 1 ? "steps" : "step") up in the as-of month, "
        + "\(company.asOf), to more than twice the steady charge before (\(money(first.base)), "
        + "then \(money(first.amount)) on line \(first.line)): an upgrade, a one-off fee on top "
        + "of the usual charge and a last fee before leaving look alike until the next month. "
        + "Read as the usual charge kept and the rest one-time revenue; \(steps.count == 1 ? "its" : "their") "
        + "as-of MRR is a range, from none of it (a last fee) to \(money(upgraded)) more (the new "
        + "charge kept, an upgrade)")
  }
}
