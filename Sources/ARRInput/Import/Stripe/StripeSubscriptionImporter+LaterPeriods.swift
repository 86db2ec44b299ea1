import ARRCore

extension StripeSubscriptionImporter {
  /// The note naming contract ends read from a current period that starts after the as-of
  /// month: the export was taken later, and the renewal it shows sets the term's end (render
  /// review 40, R40-11: the Stripe export dated A0112's and A0113's terms 2027-09-30 from
  /// periods starting 2026-10-01, unsaid, while the ledger of the same company read them
  /// ending 2026-09-30, at renewal). `nil` without any.
  /// - Parameters:
  ///   - periods: Each customer's period start and the contract end read from it.
  ///   - file: The subscriptions file's name.
  ///   - asOf: The as-of month.
  static func laterPeriodNote(
    _ periods: [(customer: String, start: CivilDate, end: CivilDate)], file: String,
    asOf: Month
  ) -> String? {
    guard !periods.isEmpty else { return nil }
    let sorted = periods.sorted { ($0.start, $0.customer) < ($1.start, $1.customer) }
    let n = sorted.count
    let first = sorted[0]
    let months = Set(sorted.map(\.start.month)).sorted()
    let when = months.count == 1 ? "\(months[0])" : "\(months[0]) to \(months.last!)"
    return "\(file): \(n == 1 ? "1 subscription's" : "\(CountText.grouped(n)) subscriptions'") "
      + "current period starts after \(asOf) (\(when)): the export was taken after the as-of "
      + "month, and \(n == 1 ? "its contract end is" : "their contract ends are") read from "
      + "\(n == 1 ? "that period" : "those periods"), a renewal after \(asOf) (first: "
      + "\"\(first.customer)\", from \(first.start), ending \(first.end))"
  }
}
