// BillingsSpreader: the finding for given cadences the invoices contradict, and its counted phrases.
import ARRCore

extension BillingsSpreader {
  /// The finding for given cadences the invoices contradict (review 13, F32: a list's
  /// "Monthly" on an account invoiced 12,000 once a year read as a churn and a reactivation
  /// every year, nothing said): each account, its given cadence, the rhythm and months of its
  /// invoices, and its ARR both ways; `nil` when there are none.
  static func contradictionFinding(
    _ list: [(
      id: String, cadence: BillingCadence, rhythm: BillingRhythm, given: Int64, shown: Int64
    )],
    company: ImportedCompany
  ) -> String? {
    guard !list.isEmpty else { return nil }
    func arr(_ mrr: Int64) -> String { arrText(mrr, currency: company.log.currency) }
    let shown = list.prefix(5).map { c -> String in
      let billed = c.rhythm.chains.joined().map(\.billed).sorted()
      let months =
        billed.prefix(3).map { "\(company.firstMonth.adding(months: $0))" }
        .joined(separator: ", ") + (billed.count > 3 ? ", …" : "")
      return "\"\(c.id)\" given \(c.cadence.rawValue), invoiced every \(c.rhythm.months) "
        + "month\(c.rhythm.months == 1 ? "" : "s") (\(months)): ARR at \(company.asOf) "
        + "\(arr(c.given)) as given, \(arr(c.shown)) on the invoices' rhythm"
    }
    let n = list.count
    return "\(CountText.grouped(n)) account\(n == 1 ? "'s" : "s'") given billing cadence "
      + "\(n == 1 ? "is" : "are") contradicted by the invoices; the cadence given is kept "
      + "(facts given win) and the invoices' rhythm is the other end of the headline's range: "
      + shown.joined(separator: "; ") + (n > 5 ? "; …" : "")
      + ". Correct the cadence in the customer list if the invoices are right"
  }

  /// An MRR of `mrr` cents as ARR in whole units (`$12,000`), or "too large to say" when 12
  /// times it overflows: the findings' one way of quoting an account's ARR.
  static func arrText(_ mrr: Int64, currency: String?) -> String {
    let (v, o) = mrr.multipliedReportingOverflow(by: 12)
    return o ? "too large to say" : Money.text(cents: v, currency: currency, wholeUnits: true)
  }

  /// `1 off-cycle invoice`, `10 off-cycle invoices`.
  static func invoices(_ n: Int) -> String {
    "\(CountText.grouped(n)) off-cycle invoice\(n == 1 ? "" : "s")"
  }

  /// `on 1 account`, `on 8 accounts`.
  static func onAccounts(_ n: Int) -> String {
    "on \(Counted.phrase(n, "account"))"
  }
}
