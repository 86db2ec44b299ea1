extension Company {
  /// True when account `i`'s start is known to fall inside the data: its start date was read,
  /// not inferred, and falls in the first month of data or later (`docs/metrics.md`, "Cohorts").
  ///
  /// An account already paying in the first month of data may have started before the data
  /// began, so its age is unknown (its cohort is left-censored), unless the data gives a start
  /// date in that month: then it started there. Decided, session 28 (render review 28, R28-2):
  /// a two-month company whose `accounts.csv` starts every first-month account on 2025-05-01
  /// was told "they may have started before the data" and 70% of its ARR was "in neither
  /// share" of young revenue, while the risk table called the same accounts a month old.
  /// - Complexity: O(1).
  public func isStartInData(_ i: Int) -> Bool {
    let terms = terms(of: i)
    return !terms.inferred.contains(.startDate) && terms.startDate.month >= firstMonth
  }

  /// True when every account paying in the first month of data has its start there
  /// (``isStartInData(_:)``), so the first month's cohort is a cohort like any other; false
  /// when one of them may have started before the data, or when none paid then.
  /// - Complexity: O(accounts), stopping at the first account whose start is unknown.
  public var isFirstMonthStartKnown: Bool {
    guard monthCount > 0 else { return false }
    var any = false
    for a in 0..<revenue.accountCount where revenue.mrr(account: a, month: 0) > 0 {
      guard isStartInData(a) else { return false }
      any = true
    }
    return any
  }

  /// The accounts paying in the first month of data, by what the data says of their start: a
  /// start date read before the first month, one read in it or later, and none read (inferred,
  /// so the start is unknown). The first month's cohort holds them all, and is left out of the
  /// heatmap when any may have started before the data (render review 30, R30-6: the caption
  /// called every such start "unknown" where accounts.csv gave it).
  /// - Complexity: O(accounts).
  public var firstMonthPayersByStart: (before: Int, inData: Int, unknown: Int) {
    var out = (before: 0, inData: 0, unknown: 0)
    guard monthCount > 0 else { return out }
    for a in 0..<revenue.accountCount where revenue.mrr(account: a, month: 0) > 0 {
      let terms = terms(of: a)
      if terms.inferred.contains(.startDate) {
        out.unknown += 1
      } else if terms.startDate.month < firstMonth {
        out.before += 1
      } else {
        out.inData += 1
      }
    }
    return out
  }
}
