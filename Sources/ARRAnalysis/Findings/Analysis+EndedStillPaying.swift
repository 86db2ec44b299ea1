import ARRCore
import ARRMetrics

extension Analysis {
  /// `ended_still_paying`: accounts the ARR ladder leaves out of recurring ARR as trials (active
  /// or expired) or pilots that have paid in each of the last ``Finding/endedStillPayingMonths``
  /// months, every one of them after the month their trial (`trial_end_date`) or pilot term
  /// (`contract_end_date`) ended (trial 37, T37-28: ten trials marked expired in 2025-08 that
  /// paid every month since were two thirds of headline ARR cut from recurring, reasoned "trial
  /// expired without converting", with no word that the revenue contradicts the status). Either
  /// the status is stale (they converted or renewed: recurring) or it is right and the payments
  /// are not recurring; the finding quotes recurring ARR both ways and names the first.
  /// A warning from ``Finding/lapsedStillPayingWarningShare`` of headline ARR, else information.
  /// - Complexity: O(accounts × ``Finding/endedStillPayingMonths``).
  static func endedStillPaying(_ company: Company, ladder: ARRLadder, f: NumberFormat)
    -> Finding?
  {
    let headline = ladder.headline
    let months = Finding.endedStillPayingMonths
    let last = company.monthCount - 1
    guard headline > 0, last + 1 >= months else { return nil }
    // The first month of the paid run: every month from it to as-of is after the end's month.
    let runStart = company.asOf.adding(months: -(months - 1))
    let found = CountedAccounts<(what: String, end: CivilDate)>.of(company) { rows, i in
      let terms = rows.terms(i)
      let what: String
      let end: CivilDate
      switch RecurringRevenue.treatment(trial: terms.trialStatus, contract: terms.contractType) {
      case .trialRemoved:
        guard let date = terms.trialEndDate else { return nil }
        (what, end) = (terms.trialStatus == .expired ? "trial expired" : "trial ended", date)
      case .pilotRemoved:
        guard let date = terms.contractEndDate else { return nil }
        (what, end) = ("pilot term ended", date)
      case .usageAveraged, .unchanged: return nil
      }
      guard end.month < runStart,
        (0..<months).allSatisfy({ company.revenue.mrr(account: i, month: last - $0) > 0 })
      else { return nil }
      return (company.revenue.mrr(account: i, month: last), (what, end))
    }
    guard found.count > 0, let counted = found.first else { return nil }
    let (count, arr) = (found.count, found.arr)
    let first = (
      label: company.withAccountRows { $0.quotedLabel(counted.account) },
      what: counted.note.what, end: counted.note.end
    )
    let share = Double(arr) / Double(headline)
    let high = ladder.recurring &+ arr
    let message =
      "\(count == 1 ? "1 account" : "\(f.integer(count)) accounts") left out of recurring ARR as "
      + "a trial or pilot (\(f.compactMoney(cents: arr)) of ARR, \(f.percent(share)) of headline) "
      + "\(count == 1 ? "has" : "have") paid in each of the last \(f.integer(months)) months, "
      + "every one after \(count == 1 ? "its" : "their") trial or term ended (first: "
      + "\(first.label), \(first.what) \(first.end)). Either the status is stale (converted or "
      + "renewed: recurring ARR would be \(f.compactMoney(cents: high)), "
      + "\(f.percent(Double(high) / Double(headline))) of headline, not "
      + "\(f.compactMoney(cents: ladder.recurring))), or it is right and these payments do not "
      + "recur. Update trial_status, trial_end_date or contract_type to settle it."
    return Finding(
      code: .endedStillPaying,
      severity: share >= Finding.lapsedStillPayingWarningShare ? .warning : .info,
      message: message, weight: share)
  }
}
