import ARRCore

/// A contract's term read from an annual billing cadence when no column gives its type or end
/// (`docs/import.md`, "Term from the billing cadence"; session 25, t25a lane: a customer list's
/// `Billing` Annual beside a `Contract start` with no end and no contract type read as unknown
/// terms, committed ARR $0).
///
/// Annual billing is paid a year ahead, so it commits the year paid, as a subscription billed
/// ahead is (`docs/definitions.md`, "Billed ahead"). An account billing at as-of whose contract
/// type is not given (nor inferred), whose billing cadence is given as annual, with a given
/// start date on or before the as-of month's last day and no contract end date, is an
/// **annual** contract whose current term is the year from the last anniversary of its start
/// on or before that day (``SubscriptionPaidAhead/periodEnd(from:months:holding:)``): its
/// contract end is that year's last day. Both are marked inferred (rule
/// ``ImportRule/termFromCadence``), with a note. Runs after ``TermFromDates``, which decides
/// when an end date is given; a contract type column decides before either.
enum TermFromCadence {
  /// Types the contracts of `company` whose annual billing says their term, with a note.
  /// - Complexity: O(accounts).
  static func apply(_ company: inout ImportedCompany) {
    let n = company.monthCount
    let asOfEnd = CivilDate.lastDay(of: company.asOf)
    var read = [Int]()
    for a in company.accounts.indices {
      let account = company.accounts[a]
      guard (account.contractType ?? .unknown) == .unknown,
        !account.inferred.contains(.contractType),
        account.billingCadence == .annual, !account.inferred.contains(.billingCadence),
        let start = account.startDate, !account.inferred.contains(.startDate),
        start <= asOfEnd, account.contractEndDate == nil,
        company.mrr[company.cell(a, n - 1)] > 0
      else { continue }
      company.accounts[a].contractType = .annual
      company.accounts[a].contractEndDate = SubscriptionPaidAhead.periodEnd(
        from: start, months: 12, holding: asOfEnd)
      company.accounts[a].inferred.insert(.contractType)
      company.accounts[a].inferred.insert(.contractEndDate)
      company.accounts[a].apply(.termFromCadence)
      read.append(a)
    }
    guard let first = read.first else { return }
    let account = company.accounts[first]
    let one = read.count == 1
    company.log.notes.append(
      "\(Counted.phrase(read.count, "account")) with no contract type or end date "
        + "\(one ? "is" : "are") billed annually from a start date: the term was read from the "
        + "billing cadence, an annual contract committed to the end of the year paid that holds "
        + "\(asOfEnd) (e.g. \"\(account.id)\", from \(account.startDate!), paid through "
        + "\(account.contractEndDate!)); a contract type or end date column would decide instead"
    )
  }
}
