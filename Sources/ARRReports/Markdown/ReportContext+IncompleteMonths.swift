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
    return span(months.filter { range.contains($0) }, verb: true)
  }

  /// The months among `months` whose movement starts from an incomplete month (each month
  /// after one of ``incompleteMonths``, through the as-of month), in words without a verb:
  /// "2025-02" or "2025-02 to 2025-04". The bridge's month M runs from M − 1's closing, so
  /// the first complete month still counts a longer term's first renewal as new (session 18,
  /// report: with the incomplete months one fewer than the longest rhythm, the bridge's caveat
  /// must reach one month past them). `nil` when none does.
  func incompleteOpeningSpan(among months: [Month]) -> String? {
    guard let range = incompleteMonths else { return nil }
    let after = range.lowerBound.adding(months: 1)...range.upperBound.adding(months: 1)
    return span(months.filter { after.contains($0) && $0 <= company.asOf }, verb: false)
  }

  /// The month after the last incomplete one when it is among `months` (the first complete
  /// month, whose rise from the incomplete months may be overstated), else `nil`.
  func firstCompleteMonth(among months: [Month]) -> Month? {
    guard let range = incompleteMonths else { return nil }
    let next = range.upperBound.adding(months: 1)
    return months.contains(next) ? next : nil
  }

  private func span(_ hit: [Month], verb: Bool) -> String? {
    guard let first = hit.first, let last = hit.last else { return nil }
    if first == last { return format.month(first) + (verb ? " is" : "") }
    return "\(format.month(first)) to \(format.month(last))" + (verb ? " are" : "")
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
