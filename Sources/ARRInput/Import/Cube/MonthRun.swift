import ARRCore

/// Months that follow each other one apart in one direction: a header's months across a row,
/// a transposed cube's down a column.
enum MonthRun {
  /// The step of `months` (+1 forward, −1 backward) when each is one month from the one before,
  /// in the same direction throughout; `nil` when a month is missing (`nil`), repeats, skips or
  /// turns back, or when there are fewer than two.
  /// - Complexity: O(n), stopping at the first month that breaks the run (a lazy sequence is
  ///   read no further).
  static func step(of months: some Sequence<Month?>) -> Int? {
    var previous: Month?
    var step: Int?
    for month in months {
      guard let month else { return nil }
      if let previous {
        let gap = month.months(since: previous)
        guard abs(gap) == 1, step == nil || step == gap else { return nil }
        step = gap
      }
      previous = month
    }
    return step
  }
}
