import ARRCore

/// A cube's or customer list's status column read against the revenue (`docs/import.md`,
/// "Status column"; trial 21, X2: rows marked `Cancelled` or `Churned` and still billing kept
/// their class's chance of staying, 65% of the sample's ARR).
///
/// The words are the subscriptions table's (``SubscriptionStatusCheck``), one list for both:
/// - a status saying the customer leaves (notice given, `Non-renewing`) or has left (`Churned`,
///   `Cancelled`) on an account billing at as-of is notice given: its cancel date is its given
///   end date when that is in the as-of month or later, else the as-of month's last day
///   (inferred), so it is out of committed ARR and counted as leaving within the 12 months a
///   retention probability forecasts (``DatedNotice`` in ARRScoring). A given cancel date is
///   kept;
/// - a status saying the customer has left on an account still billing, or saying it runs on an
///   account with no revenue at as-of, contradicts the revenue: a finding with the ARR at stake;
/// - a past-due status sets `past_due` when no column gave it;
/// - any other word is listed in a note, not guessed.
enum StatusColumn {
  /// Reads every account's stated status in `company`, appending its findings and notes.
  /// - Complexity: O(accounts × months).
  static func apply(_ company: inout ImportedCompany) {
    let n = company.monthCount
    let asOf = company.asOf
    let firstDay = CivilDate.firstDay(of: asOf)
    var leaving = [(index: Int, mrr: Int64)]()
    var endedButBilling = [(index: Int, mrr: Int64)]()
    var runningWithout = [(index: Int, mrr: Int64)]()
    var unread = [String: (count: Int, first: ImportedAccount.StatedStatus)]()
    for a in company.accounts.indices {
      guard let status = company.accounts[a].status else { continue }
      let word = CubeLayout.normalized(status.text)
      let mrr = company.mrr[company.cell(a, n - 1)]
      let says = SubscriptionStatusCheck.saysRunning(status.text)
      // Notice in a longer status too (`notice given`, `Kündigung zum 31.03.`; session 53, crm
      // lane; trial 51, T51-42: a workbook list's `notice given` was no notice, Birch retained
      // and committed, +62%).
      let isNotice =
        SubscriptionStatusCheck.notice.contains(word)
        || SubscriptionStatusCheck.saysNotice(status.text)
      if isNotice || says == false {
        guard mrr > 0 else { continue }  // left, as the revenue shows
        if says == false { endedButBilling.append((a, mrr)) }
        leaving.append((a, mrr))
        if company.accounts[a].cancelDate == nil {
          let end = company.accounts[a].contractEndDate
          company.accounts[a].cancelDate =
            end.flatMap { $0 >= firstDay ? $0 : nil } ?? CivilDate.lastDay(of: asOf)
          company.accounts[a].inferred.insert(.cancelDate)
        }
        company.accounts[a].apply(.statusLeaving)
      } else if says == true {
        guard mrr == 0 else { continue }
        // The ARR at stake: the last month the account paid, a year of it.
        let last = (0..<n).last { company.mrr[company.cell(a, $0)] > 0 }
        runningWithout.append((a, last.map { company.mrr[company.cell(a, $0)] } ?? 0))
      } else if SubscriptionStatusCheck.saysPastDue(status.text) {
        if mrr > 0, company.accounts[a].isPastDue == nil { company.accounts[a].isPastDue = true }
      } else {
        unread[word, default: (0, status)].count += 1
      }
    }
    let currency = company.log.currency
    func arr(_ list: [(index: Int, mrr: Int64)]) -> String {
      let total = list.reduce(Int64(0)) { Money.saturatingSum($0, $1.mrr) }
      return Money.text(
        cents: Money.saturatingProduct(total, times: 12), currency: currency)
    }
    func cell(_ a: Int) -> String {
      let account = company.accounts[a]
      let s = account.status!
      return "\"\(account.name ?? account.id)\": \"\(s.text)\" under \"\(s.column)\" on line "
        + "\(s.line) of \(s.file)"
    }
    if let first = leaving.first {
      let count = leaving.count
      let date = company.accounts[first.index].cancelDate!
      company.log.findings.append(
        "\(Counted.phrase(count, "account")) billing in \(asOf) "
          + "\(count == 1 ? "has a status saying it leaves" : "have a status saying they leave") "
          + "(\(cell(first.index)), leaving \(date)): read as notice given, so "
          + "\(arr(leaving)) of headline ARR is out of committed ARR and counted as leaving "
          + "within 12 months; a given end date in the as-of month or later is the day "
          + "\(count == 1 ? "it leaves" : "they leave"), else the as-of month's end")
    }
    if let first = endedButBilling.first {
      let count = endedButBilling.count
      company.log.findings.append(
        "\(Counted.phrase(count, "account")) \(count == 1 ? "has" : "have") a status saying "
          + "\(count == 1 ? "it has" : "they have") left yet still "
          + "\(count == 1 ? "bills" : "bill") in \(asOf) (\(cell(first.index)), MRR "
          + "\(Money.text(cents: first.mrr, currency: currency))): the status and the revenue "
          + "disagree on \(arr(endedButBilling)) of ARR; if the status is right, headline ARR is "
          + "that much lower, if the revenue is, the status is stale")
    }
    if let first = runningWithout.first {
      let count = runningWithout.count
      company.log.findings.append(
        "\(Counted.phrase(count, "account")) \(count == 1 ? "has" : "have") a status saying "
          + "\(count == 1 ? "it runs" : "they run") yet no revenue in \(asOf) "
          + "(\(cell(first.index))): read by the revenue, as gone; "
          + "\(arr(runningWithout)) of ARR at \(count == 1 ? "its" : "their") last paid month is "
          + "at stake if the status is right (revenue missing from the file)")
    }
    if !unread.isEmpty {
      let words = unread.sorted { $0.value.first.line < $1.value.first.line }
      let count = words.reduce(0) { $0 + $1.value.count }
      let first = words[0].value.first
      company.log.notes.append(
        "\(first.file): \(Counted.phrase(count, "row", verb: ("has", "have"))) a status the "
          + "reader does not read under \"\(first.column)\" ("
          + words.prefix(5).map { "\"\($0.value.first.text)\" on line \($0.value.first.line)" }
          .joined(separator: ", ") + (words.count > 5 ? ", …" : "")
          + "): read by the revenue; the statuses read are running (active), notice given "
          + "(non-renewing), ended (churned, cancelled) and past due")
    }
  }
}
