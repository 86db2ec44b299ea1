import ARRCore

extension SubscriptionTableReader {
  /// The note on the contracts read by their yearly schedule (``ContractYearSchedule``), and the
  /// finding on multi-year contracts read at their total ÷ their term with no schedule: a ramped
  /// deal then reads high in its first years (trial 48, T48-32).
  /// - Parameters:
  ///   - scheduled: The rows read by their schedule, and the first (its yearly monthly amounts).
  ///   - averaged: The rows of a term over 12 months read at their total ÷ term, their monthly
  ///     amounts' sum, and the first (its term in months).
  static func scheduleNotes(
    schedule: ContractYearSchedule?,
    scheduled: (count: Int, first: (customer: String, line: Int, yearly: [Int64])),
    averaged: (count: Int, mrr: Int64, first: (customer: String, line: Int, months: Int)),
    header: [String], priceColumn: Int, file: String, currency: String?, log: inout ImportLog
  ) {
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    if let schedule, scheduled.count > 0 {
      let f = scheduled.first
      let years = "\"\(header[schedule.columns[0]])\" to \"\(header[schedule.columns.last!])\""
      log.notes.append(
        "\(file): \(Counted.phrase(scheduled.count, "contract", verb: ("gives", "give"))) "
          + "\(scheduled.count == 1 ? "its" : "their") schedule by contract year (\(years)): each contract year bills its own value ÷ 12 "
          + "from the start's anniversary, and the price is that of the year holding the as-of "
          + "month, never the total ÷ the term (\"\(f.customer)\" on line \(f.line): "
          + f.yearly.map { money($0) }.joined(separator: ", ") + " a month)")
    }
    guard averaged.count > 0 else { return }
    let f = averaged.first
    log.addFinding(
      "\(file): \(Counted.phrase(averaged.count, "contract")) of more than a year "
        + "(\"\(f.customer)\" on line \(f.line), \(f.months) months) "
        + "\(averaged.count == 1 ? "is" : "are") read at the total contract value "
        + "(\"\(header[priceColumn])\") averaged over the term, \(money(averaged.mrr)) a month "
        + "when all run: a ramped deal (a yearly value that rises) reads high in its first years "
        + "and low in its last, and the table gives no yearly schedule; add the contract years' "
        + "values as \"Year 1\", \"Year 2\"… columns to read each year's",
      arrCents: Money.saturatingProduct(averaged.mrr, times: 12))
  }
}
