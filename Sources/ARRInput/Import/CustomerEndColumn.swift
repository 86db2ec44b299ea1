import ARRCore

/// A cube's, monthly table's or customer list's end date column read as the customer's end
/// rather than a contract's renewal date, when its past dates say so (`docs/import.md`, "End
/// date: renewal or the customer's end"; trial 21, C1: a sheet's `End Date`, where every one of
/// 21 past ends sat where that customer's revenue stopped, was read as a renewal date, and
/// $150K of ARR from three customers ending next quarter was kept at a 0.71 chance of staying).
///
/// The column is the customer's end when all of these hold:
/// - at least ``minimumPastEnds`` accounts that paid have an end before the as-of month;
/// - at least ``shareRequired`` of them stopped paying within a month of their end (their last
///   paid month is the end's month, or one month either side, and before as-of), and none paid
///   more than a month past its end (a renewal the column did not record);
/// - at least ``shareRequired`` of the accounts that stopped paying before as-of have an end:
///   the column records customers' ends, not only some contracts' terms;
/// - fewer than half the accounts billing at as-of have an end: a renewal date is written for
///   every running contract, a customer's end only for those leaving.
///
/// Then an end in the as-of month or later on an account billing at as-of is notice given: its
/// cancel date (inferred; a given one is kept), and no longer its renewal date. Otherwise the
/// column keeps today's reading, the contract's end. A note says which reading was taken.
enum CustomerEndColumn {
  /// Fewest past ends that can show the column is the customer's end.
  static let minimumPastEnds = 3
  /// Share of past ends (and of stopped accounts) that must agree.
  static let shareRequired = 0.8
  /// Header words that name a renewal: such a column is never read as the customer's end.
  static let renewalHeaders: Set<String> = ["renewal date", "renewal", "next renewal"]

  /// Decides the reading of the end column in `company` and applies it.
  /// - Complexity: O(accounts × months).
  static func apply(_ company: inout ImportedCompany) {
    let prefix = CubeLayout.Role.endDate.rawValue + ": "
    guard
      let (file, header) = company.log.files.lazy.compactMap({ f -> (String, String)? in
        f.recognisedColumns.first { $0.hasPrefix(prefix) }.map {
          (f.file, String($0.dropFirst(prefix.count)))
        }
      }).first,
      !renewalHeaders.contains(CubeLayout.headerKey(header))
    else { return }
    let n = company.monthCount
    let asOf = company.asOf
    var pastEnds = 0
    var coincide = 0
    var paidPast = 0
    var stopped = 0
    var stoppedWithEnd = 0
    var billing = 0
    var billingWithEnd = 0
    for (a, account) in company.accounts.enumerated() {
      guard let last = (0..<n).last(where: { company.mrr[company.cell(a, $0)] > 0 }) else {
        continue
      }
      let lastPaid = company.firstMonth.adding(months: last)
      let end = account.inferred.contains(.contractEndDate) ? nil : account.contractEndDate
      if last == n - 1 {
        billing += 1
        if end != nil { billingWithEnd += 1 }
      } else {
        stopped += 1
        if end != nil { stoppedWithEnd += 1 }
      }
      guard let end, end.month < asOf else { continue }
      pastEnds += 1
      let gap = lastPaid.months(since: end.month)
      if gap > 1 { paidPast += 1 } else if gap >= -1 && last < n - 1 { coincide += 1 }
    }
    let isCustomersEnd =
      pastEnds >= minimumPastEnds && Double(coincide) >= shareRequired * Double(pastEnds)
      && paidPast == 0 && Double(stoppedWithEnd) >= shareRequired * Double(stopped)
      && 2 * billingWithEnd < billing
    let evidence =
      "of \(Counted.phrase(pastEnds, "end")) before \(asOf), \(CountText.grouped(coincide)) "
      + "where the revenue stops within a month and \(CountText.grouped(paidPast)) paid more than "
      + "a month past; \(CountText.grouped(stoppedWithEnd)) of the \(CountText.grouped(stopped)) "
      + "accounts that stopped paying have an end, \(CountText.grouped(billingWithEnd)) of the "
      + "\(CountText.grouped(billing)) billing in \(asOf)"
    guard isCustomersEnd else {
      if pastEnds > 0 || billingWithEnd > 0 {
        company.log.notes.append(
          "\(file): \"\(header)\" read as the contract's end (a renewal date): \(evidence)")
      }
      return
    }
    let firstDay = CivilDate.firstDay(of: asOf)
    var leaving = [(index: Int, mrr: Int64)]()
    for a in company.accounts.indices {
      let mrr = company.mrr[company.cell(a, n - 1)]
      guard mrr > 0, !company.accounts[a].inferred.contains(.contractEndDate),
        let end = company.accounts[a].contractEndDate, end >= firstDay
      else { continue }
      leaving.append((a, mrr))
      if company.accounts[a].cancelDate == nil {
        company.accounts[a].cancelDate = end
        company.accounts[a].inferred.insert(.cancelDate)
      }
      company.accounts[a].contractEndDate = nil
      company.accounts[a].apply(.endIsCustomersEnd)
    }
    company.log.notes.append(
      "\(file): \"\(header)\" read as the customer's end, not a renewal date: \(evidence)")
    guard let first = leaving.first else { return }
    let total = leaving.reduce(Int64(0)) { Money.saturatingSum($0, $1.mrr) }
    let arr = Money.text(
      cents: Money.saturatingProduct(total, times: 12), currency: company.log.currency)
    let account = company.accounts[first.index]
    let count = leaving.count
    company.log.findings.append(
      "\(file): \"\(header)\" is the customer's end (every past one sits where the revenue "
        + "stops), so \(Counted.phrase(count, "account")) billing in \(asOf) with an end in "
        + "\(asOf) or later \(count == 1 ? "has" : "have") given notice (\"\(account.name ?? account.id)\" "
        + "ends \(account.cancelDate!)): \(arr) of headline ARR is out of committed ARR and "
        + "counted as leaving when the end falls within 12 months; if the dates are renewals, "
        + "\(count == 1 ? "it renews" : "they renew") and keep\(count == 1 ? "s" : "") "
        + "\(count == 1 ? "its" : "their") class's chance of staying")
  }
}
