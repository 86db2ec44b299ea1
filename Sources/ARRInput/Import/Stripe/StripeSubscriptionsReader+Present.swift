import ARRCore

/// The month a Stripe export's coupons are judged at when no `--as-of` is given and a row has
/// no current period (`docs/import.md`, "Stripe subscriptions export", "Coupons"; session 53,
/// crm lane; review 52b, R52b-9).
///
/// Session 52 took the month in the file's name for the present (review 52, R52-11), but a name
/// may hold a month that is not the export's: `subscriptions_since_2025-01.csv` names the first
/// month kept, and an export holding a subscription started in 2026-08 was judged in 2025-01, a
/// coupon spent in April 2025 taken as running (−17%).
///
/// Decided: the present is the month the import measures at (the latest of the rows' current
/// period starts, else starts, and their ended and canceled days: the export is no older), or
/// the month in the file's name when it is no earlier than that one (an export taken later than
/// its latest row's date). A name's month before a row's date is not the present.
extension StripeSubscriptionsReader {
  /// The present for coupon durations (see the type's notes); `nil` when no row has a date.
  /// - Complexity: O(rows).
  static func presentMonth(
    _ rows: ArraySlice<ImportTable.Record>, columns: [Role: Int], order: DateOrder?,
    file: String
  ) -> Month? {
    func day(_ r: ImportTable.Record, _ role: Role) -> CivilDate? {
      guard let c = columns[role], c < r.cells.count else { return nil }
      let t = r.cells[c]
      guard !t.isEmpty, !NoValueCells.isNoValue(t) else { return nil }
      return LedgerDate.parse(t, order: order)
    }
    var latest: Month?
    for r in rows {
      let dated = [
        day(r, .currentPeriodStart) ?? day(r, .start), day(r, .endedAt), day(r, .canceledAt),
      ]
      for d in dated.compactMap({ $0 }) where latest.map({ d.month > $0 }) ?? true {
        latest = d.month
      }
    }
    guard let named = FileNameDate.month(in: file)?.month else { return latest }
    guard let latest else { return named }
    return named >= latest ? named : latest
  }
}
