import ARRCore

extension ReportContext {
  /// The import's incomplete first months (``DataQuality/incompleteThrough``: a billings,
  /// ledger or Stripe source cannot show what was invoiced before it began, so an account on a
  /// longer term first appears at its renewal), from the first month of data through that
  /// month or the as-of month, whichever is earlier; `nil` when the data is complete.
  var incompleteMonths: ClosedRange<Month>? {
    guard let through = company.dataQuality.incompleteThrough, through >= company.firstMonth
    else { return nil }
    return company.firstMonth...min(through, company.asOf)
  }

  /// The incomplete months among `months`, in words with their verb: "2025-02 is" or
  /// "2025-01 to 2025-02 are"; `nil` when none of `months` is incomplete.
  func incompleteSpan(among months: [Month]) -> String? {
    guard let range = incompleteMonths else { return nil }
    let hit = months.filter { range.contains($0) }
    guard let first = hit.first, let last = hit.last else { return nil }
    return first == last
      ? "\(format.month(first)) is" : "\(format.month(first)) to \(format.month(last)) are"
  }

  /// The headline's caveat when the as-of month is itself among the import's incomplete
  /// months, else `nil` (session 17, report: a 3-month Stripe export printed a headline of
  /// $31.5M on page one, plainly, where the full export reads $47.6M at the same month; only
  /// the last of the Data quality notes said the month was incomplete).
  var headlineIncompleteCaveat: String? {
    guard let range = incompleteMonths, range.contains(company.asOf) else { return nil }
    return "may be understated: \(format.month(company.asOf)) is among the import's first "
      + "months, which cannot show terms invoiced before \(format.month(company.firstMonth)) "
      + "(Data quality)"
  }
}
