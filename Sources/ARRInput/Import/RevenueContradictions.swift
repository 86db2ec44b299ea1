import ARRCore

/// Given facts that the revenue contradicts (`docs/import.md`, "Customer list"): a trial that
/// ended before the as-of month on an account still paying, and a cancellation two months or more
/// before the as-of month on an account still billing in it. The fact is kept (given facts win), but a finding names
/// the accounts and the ARR at stake (review 13, F44: a stale "Trialing" in a CRM list removed
/// a customer paying 1,000 a month for six months from recurring ARR, −83%, silently).
enum RevenueContradictions {
  /// The findings for `company`, at most one per kind.
  static func findings(_ company: ImportedCompany) -> [String] {
    let n = company.monthCount
    let asOf = company.asOf
    let firstDay = CivilDate.firstDay(of: asOf)
    let currency = company.log.currency
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    var trials = [(index: Int, mrr: Int64)]()
    var cancels = [(index: Int, mrr: Int64)]()
    for (a, account) in company.accounts.enumerated() {
      let mrr = company.mrr[company.cell(a, n - 1)]
      guard mrr > 0 else { continue }
      if account.trialStatus == .active || account.trialStatus == .expired,
        let end = account.trialEndDate, end < firstDay
      {
        trials.append((a, mrr))
      }
      // A cancellation in the month before the as-of month may leave within it (a request
      // taking effect at the period's end): only an earlier one contradicts.
      if let cancel = account.cancelDate, cancel.month.adding(months: 1) < asOf {
        cancels.append((a, mrr))
      }
    }
    var out = [String]()
    func total(_ list: [(index: Int, mrr: Int64)]) -> Int64 {
      list.reduce(Int64(0)) { $0.addingReportingOverflow($1.mrr).overflow ? $0 : $0 + $1.mrr }
    }
    func name(_ a: Int) -> String { company.accounts[a].name ?? company.accounts[a].id }
    if let first = trials.first {
      let account = company.accounts[first.index]
      let arr = total(trials).multipliedReportingOverflow(by: 12)
      let count = trials.count
      out.append(
        "\(Counted.phrase(count, "account")) given as in trial (active or expired) "
          + "\(count == 1 ? "has" : "have") a trial that ended before \(asOf) and still "
          + "\(count == 1 ? "pays" : "pay") (\"\(name(first.index))\": trial "
          + "\(account.trialStatus.rawValue), trial end \(account.trialEndDate!), MRR "
          + "\(money(first.mrr)) in \(asOf)): the given status is kept, so "
          + (arr.overflow ? "their ARR" : money(arr.partialValue)) + " of ARR is left out of "
          + "recurring ARR as trial revenue; if \(count == 1 ? "it" : "they") converted (a stale "
          + "trial status), recurring ARR is that much higher")
    }
    if let first = cancels.first {
      let account = company.accounts[first.index]
      let arr = total(cancels).multipliedReportingOverflow(by: 12)
      let count = cancels.count
      out.append(
        "\(Counted.phrase(count, "account")) given a cancel date before "
          + "\(asOf.adding(months: -1)) still "
          + "\(count == 1 ? "bills" : "bill") in \(asOf) (\"\(name(first.index))\": cancelled "
          + "\(account.cancelDate!), MRR \(money(first.mrr)) in \(asOf)): the cancel date is kept "
          + "and scored as notice given, on "
          + (arr.overflow ? "their ARR" : money(arr.partialValue))
          + " of ARR; the date is stale or "
          + "wrong, is the day notice was given rather than the day the account leaves, or a "
          + "churn the revenue does not show")
    }
    return out
  }

  /// A start date given after the month the account's recurring revenue begins (review 13,
  /// F10: a list's start two months after the first revenue was taken silently, and the report
  /// read a customer of four months as new). Decided: the revenue wins, as the start of tenure
  /// (the first day of the first month with MRR, marked inferred), since an account cannot pay
  /// before it starts, and a finding names the first such account with both dates. One-time
  /// revenue before the start (a setup fee billed before go-live) is no conflict.
  static func startsAfterRevenue(_ company: inout ImportedCompany) {
    let n = company.monthCount
    var count = 0
    var example: (id: String, start: CivilDate, first: Month)?
    for a in company.accounts.indices {
      guard let start = company.accounts[a].startDate,
        !company.accounts[a].inferred.contains(.startDate),
        let m = (0..<n).first(where: { company.mrr[company.cell(a, $0)] > 0 })
      else { continue }
      let first = company.firstMonth.adding(months: m)
      guard first < start.month else { continue }
      count += 1
      let account = company.accounts[a]
      if example == nil { example = (account.name ?? account.id, start, first) }
      company.accounts[a].startDate = CivilDate.firstDay(of: first)
      company.accounts[a].inferred.insert(.startDate)
    }
    guard let e = example else { return }
    company.log.findings.append(
      "\(Counted.phrase(count, "account", verb: ("has", "have"))) recurring revenue before "
        + "\(count == 1 ? "its" : "their") start date (\"\(e.id)\": start \(e.start), MRR from "
        + "\(e.first)): the first month of revenue is taken as "
        + "\(count == 1 ? "its start, so its tenure is" : "their starts, so their tenure is") not "
        + "shorter than \(count == 1 ? "its" : "their") revenue history")
  }
}
