import ARRCore

/// A subscriptions table's date cells: ends that say no value, and a term's months.
extension SubscriptionTableReader {
  /// End cells that say no value, read as blank: `NULL`, `null`, `None`, `NaN`, `NaT`, `N/A`.
  static let nulls: Set<String> = ["null", "none", "nan", "nat", "n/a"]

  /// Whether a date cell holds no value: blank, or one of ``nulls``.
  static func isBlank(_ cell: String) -> Bool { cell.isEmpty || nulls.contains(cell.lowercased()) }

  /// The months of a term from `start` through `end` (inclusive): whole months from the start
  /// to the day after the end, rounded to the nearest, at least 1. A term from 2024-01-15 through
  /// 2025-01-14 is 12 (review 11, F12: divided by the 13 calendar months it touches, its MRR read
  /// 7.7% low); 2024-01-01 through 2024-12-31, or to 2025-01-01 written as an exclusive end, 12.
  static func termMonths(from start: CivilDate, through end: CivilDate) -> Int {
    let (a, b) = (start.parts, CivilDate(daysSinceEpoch: end.daysSinceEpoch + 1).parts)
    var months = (b.year - a.year) * 12 + (b.month - a.month)
    let days = b.day - a.day
    if days >= 15 { months += 1 } else if days <= -15 { months -= 1 }
    return max(1, months)
  }
}
