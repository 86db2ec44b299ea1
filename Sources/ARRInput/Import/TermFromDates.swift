import ARRCore

/// A contract's term read from its start and end dates when no column gives its type
/// (`docs/import.md`, "Term from the contract dates"; trial 22, T22-3: a customer list's
/// `Contract start` and `Contract end` 12 or 24 months apart, beside `Billing` Annual or
/// Monthly, read as unknown terms, so committed ARR was $0 for 100% of the headline).
///
/// An account billing at as-of whose contract type is not given (and not inferred from the
/// revenue), with a given start date and a given end date no earlier than the as-of month's
/// first day, is under a term of the whole months from its start to the day after its end
/// (within ``slackDays``; an end on a month's first day, as a month written alone reads, is
/// read through that month's last day when its first is under 12 months on): 12 to 23 months is an annual contract, 24 or more a multi-year one
/// (inferred, rule ``ImportRule/termFromDates``), with a note. A shorter span says nothing (a
/// pilot or a month-to-month plan with an end written down). An end the data reads as the
/// customer's end (``CustomerEndColumn``) is no term: it runs before this and the end is then a
/// cancel date. Nor is the latest end, in the as-of month, that most such accounts share
/// (``cutOff(_:)``): that is the export's cut-off written into each running row,
/// not as many contracts ending on one day (session 55, lead; trial 54, T54-11: a real
/// subscriptions list's 888 `Active` rows all ending 2024-12-31 made 200 monthly-billed
/// accounts annual or multi-year, committed $188K).
enum TermFromDates {
  /// The fewest accounts whose one shared end in the as-of month is read as the export's
  /// cut-off.
  static let cutOffAccounts = 5

  /// Days either side of a whole number of months a span may be off (an end written as the
  /// start's day a year on, or the day before it, or a month's length apart).
  static let slackDays: Int32 = 3

  /// Types the contracts of `company` whose dates say their term, with a note.
  /// - Complexity: O(accounts).
  static func apply(_ company: inout ImportedCompany) {
    let n = company.monthCount
    let firstDay = CivilDate.firstDay(of: company.asOf)
    var read = [(index: Int, months: Int)]()
    // Every account billing at as-of with a given end on or after its first day: when none
    // ends after the as-of month and most end on its latest end, that day is the export's
    // cut-off (``cutOff(_:)``).
    let cutOff = Self.cutOff(company)
    if let cutOff {
      company.log.notes.append(
        "\(CountText.grouped(cutOff.accounts)) accounts billing at \(company.asOf) end on "
          + "\(cutOff.day), the latest end, in the as-of month: read as the export's cut-off "
          + "written into each running row, not as contract terms (no term is read from those "
          + "dates; a contract type column would say them)")
    }
    for a in company.accounts.indices {
      let account = company.accounts[a]
      guard (account.contractType ?? .unknown) == .unknown,
        !account.inferred.contains(.contractType),
        let start = account.startDate, !account.inferred.contains(.startDate),
        let end = account.contractEndDate, !account.inferred.contains(.contractEndDate),
        end >= firstDay, end != cutOff?.day, company.mrr[company.cell(a, n - 1)] > 0,
        let months = termMonths(from: start, through: end), months >= 12
      else { continue }
      company.accounts[a].contractType = months >= 24 ? .multiYear : .annual
      company.accounts[a].inferred.insert(.contractType)
      company.accounts[a].apply(.termFromDates)
      read.append((a, months))
    }
    guard let first = read.first else { return }
    let account = company.accounts[first.index]
    let multi = read.filter { $0.months >= 24 }.count
    company.log.notes.append(
      "\(Counted.phrase(read.count, "account")) with no contract type "
        + "\(read.count == 1 ? "has" : "have") a start and an end date a year or more apart, the "
        + "end not before \(company.asOf): the term was read from the dates, "
        + (multi == 0
          ? "annual" : "\(read.count - multi) annual and \(multi) multi-year (24 months or more)")
        + " (e.g. \"\(account.id)\", \(account.startDate!) to \(account.contractEndDate!), "
        + "\(first.months) months), so \(read.count == 1 ? "it is" : "they are") committed ARR "
        + "to \(read.count == 1 ? "its" : "their") end; a contract type column would decide "
        + "instead")
  }

  /// The export's cut-off written as the end of every running row: the latest given end of the
  /// accounts billing at as-of (ends on or after its first day), when it is in the as-of month
  /// and at least ``cutOffAccounts`` of them, and half or more, end on it.
  static func cutOff(_ company: ImportedCompany) -> (day: CivilDate, accounts: Int)? {
    let n = company.monthCount
    let firstDay = CivilDate.firstDay(of: company.asOf)
    var ends = [CivilDate: Int]()
    var ending = 0
    for a in company.accounts.indices where company.mrr[company.cell(a, n - 1)] > 0 {
      let account = company.accounts[a]
      guard let end = account.contractEndDate, !account.inferred.contains(.contractEndDate),
        end >= firstDay
      else { continue }
      ends[end, default: 0] += 1
      ending += 1
    }
    guard let latest = ends.keys.max(), latest.month == company.asOf,
      let count = ends[latest], count >= cutOffAccounts, 2 * count >= ending
    else { return nil }
    return (latest, count)
  }

  /// ``wholeMonths(from:through:)``, or when that is under 12 and `end` is a month's first
  /// day (an end written as a month, `2025-03`), the whole months through that month's last.
  static func termMonths(from start: CivilDate, through end: CivilDate) -> Int? {
    let months = wholeMonths(from: start, through: end)
    guard (months ?? 0) < 12, end == CivilDate.firstDay(of: end.month) else { return months }
    return wholeMonths(from: start, through: CivilDate.lastDay(of: end.month)) ?? months
  }

  /// The whole months from `start` to the day after `end`, when that day is within
  /// ``slackDays`` of the start's day so many months on; `nil` otherwise.
  static func wholeMonths(from start: CivilDate, through end: CivilDate) -> Int? {
    let after = end.daysSinceEpoch + 1
    let guess =
      after > start.daysSinceEpoch
      ? Int((Double(after - start.daysSinceEpoch) / 30.436875).rounded()) : 0
    guard guess > 0 else { return nil }
    let on = start.month.adding(months: guess)
    let day = min(start.parts.day, CivilDate.daysIn(month: on.month, year: on.year))
    guard let target = CivilDate(year: on.year, month: on.month, day: day) else { return nil }
    return abs(target.daysSinceEpoch - after) <= slackDays ? guess : nil
  }
}
