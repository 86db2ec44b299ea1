import ARRCore

/// Period columns that look back from the invoice instead of saying what it pays for
/// (`docs/import.md`, "Invoice ledger"; trial 22, T22-6).
///
/// Stripe's Dashboard **Invoices** export (one row per invoice) carries the invoice object's
/// `Period Start`/`Period End`: per Stripe's API reference, "the start of the usage period
/// during which invoice items were added to this invoice. This looks back one period for a
/// subscription invoice"; a `subscription_create` invoice's period starts and ends at its
/// creation. Read as service periods, every invoice billed in advance became arrears billing of
/// the period before: of 10 live annual plans, 8 read $0 (churned) and one 12 times its price.
/// The line items export carries the service periods.
///
/// A ledger whose periods are of that kind says so itself, whatever its vendor: **most lines'
/// period ends on the line's own date** (a service period starts on or after its invoice date,
/// rarely ends on it) **and most customers' first line has a period of no length** (nothing was
/// added before the first invoice). Both hold: the period columns are not read, the lines are
/// read by their invoice dates (advance billing), and a finding says so.
enum LookBackPeriods {
  /// Lines with a date and both period ends needed to judge.
  static let minimumLines = 6

  /// Whether, of `body`'s lines with a date, at least 95% (and 6 at least) have a span in columns
  /// `start` and `end` that starts on or after the line's date and ends after it starts: Stripe's
  /// line-item periods of invoices billed ahead. Dates read without a day/month order.
  /// - Complexity: O(lines).
  static func spansLeadForward(
    _ body: ArraySlice<ImportTable.Record>, date d: Int, start s: Int, end e: Int
  ) -> Bool {
    var (lines, forward) = (0, 0)
    for r in body {
      guard max(d, s, e) < r.cells.count, let date = LedgerDate.parse(r.cells[d], order: nil)
      else { continue }
      lines += 1
      if let start = LedgerDate.parse(r.cells[s], order: nil),
        let end = LedgerDate.parse(r.cells[e], order: nil), start >= date, end > start
      {
        forward += 1
      }
    }
    return lines >= minimumLines && forward * 20 >= lines * 19
  }

  /// The finding when `layout`'s period columns look back (the rule above), after dropping them
  /// from `layout` into its ignored columns; `nil` (and `layout` unchanged) otherwise. Dates
  /// that do not read without a day/month order are left out of the count.
  /// - Complexity: O(lines).
  static func settle(
    _ layout: inout LedgerLayout, body: ArraySlice<ImportTable.Record>, header: [String],
    file: String
  ) -> String? {
    guard let d = layout.columns[.date], let s = layout.columns[.serviceStart],
      let e = layout.columns[.serviceEnd],
      let k = layout.columns[.customerID] ?? layout.columns[.customerName]
    else { return nil }
    var lines = 0
    var endingOnDate = 0
    // Each customer's earliest line: its date and whether its period has no length.
    var firsts = [String: (date: CivilDate, isEmpty: Bool)]()
    for r in body {
      guard max(d, s, e, k) < r.cells.count,
        let date = LedgerDate.parse(r.cells[d], order: nil),
        let start = LedgerDate.parse(r.cells[s], order: nil),
        let end = LedgerDate.parse(r.cells[e], order: nil)
      else { continue }
      lines += 1
      if end == date { endingOnDate += 1 }
      let customer = r.cells[k]
      if firsts[customer].map({ date < $0.date }) ?? true {
        firsts[customer] = (date, start == end)
      }
    }
    let emptyFirsts = firsts.values.count { $0.isEmpty }
    guard lines >= minimumLines, endingOnDate * 2 > lines, emptyFirsts * 2 > firsts.count
    else { return nil }
    layout.columns[.serviceStart] = nil
    layout.columns[.serviceEnd] = nil
    layout.ignored += [header[s], header[e]]
    return "\(file): \"\(header[s])\" and \"\(header[e])\" look back from each invoice rather than "
      + "saying what it pays for: \(CountText.grouped(endingOnDate)) of \(CountText.grouped(lines)) "
      + "lines' periods end on the invoice's own date, and \(CountText.grouped(emptyFirsts)) of "
      + "\(CountText.grouped(firsts.count)) customers' first invoice has a period of no length, as "
      + "Stripe's invoice object writes them (the period before the invoice, in which its items "
      + "were added). Not read as service periods: each invoice is read by its date, billed "
      + "ahead, its term inferred from the customer's rhythm. For service periods, export the "
      + "invoice line items instead"
  }
}
