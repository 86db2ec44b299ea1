/// The two custom signals of every activity column of `monthly.csv` (``ActivityColumn``):
/// its recent level against the account's own past, and its 3-over-3-month trend
/// (`docs/scoring.md`, "Custom activity signals").
///
/// Unlike the built-in signals (0…1, 0 = no sign of risk), these are signed, in −1…1: a
/// column's direction of risk is not known in advance (fewer logins is a warning, fewer support
/// tickets may not be), so the sign of a fitted or configured weight says which way is risky.
/// Both are relative changes, `(recent − past) ÷ |past|`, clamped to −1…1 (−1: fell to zero;
/// +1: doubled or more), each mean taken over the window's months that have a value.
///
/// Every function takes the account's row **ending at the month measured at** (element
/// `count − 1` is that month), so it cannot look ahead; `nan` cells (no row, blank, `N/A`) are
/// missing and left out of the means.
public enum ActivitySignals {
  /// The recent window: the last 3 months up to the month measured at.
  public static let recentMonths = 3
  /// The trend's comparison window: the 3 months before the recent ones.
  public static let priorMonths = 3
  /// The level's comparison window: up to 12 months before the recent ones (the account's own
  /// past; fewer when its history is shorter).
  public static let pastMonths = 12

  /// The two signal keys of a column, as the weights file, the JSON and the CSV name them:
  /// `<column>_level` and `<column>_trend`.
  /// - Parameter column: The header name.
  /// - Returns: `[level, trend]`.
  public static func keys(of column: String) -> [String] {
    [column + "_level", column + "_trend"]
  }

  /// The mean of the values of `row[from..<to]` (indices below 0 ignored); `nil` when none has
  /// a value.
  static func mean(_ row: UnsafeBufferPointer<Float>, _ from: Int, _ to: Int) -> Double? {
    var total = 0.0
    var count = 0
    var i = max(0, from)
    while i < to {
      let v = row[i]
      if !v.isNaN {
        total += Double(v)
        count += 1
      }
      i += 1
    }
    return count > 0 ? total / Double(count) : nil
  }

  /// `(recent − past) ÷ |past|` clamped to −1…1; when `past` is 0, the sign of `recent` (0 when
  /// both are 0).
  /// - Parameters:
  ///   - recent: The recent mean.
  ///   - past: The mean compared with.
  /// - Returns: The relative change, −1…1.
  public static func change(_ recent: Double, from past: Double) -> Double {
    guard past != 0 else { return recent > 0 ? 1 : recent < 0 ? -1 : 0 }
    return min(1, max(-1, (recent - past) / abs(past)))
  }

  /// The recent level against the account's own past: the mean of the last
  /// ``recentMonths`` against the mean of the up to ``pastMonths`` before them.
  /// - Parameter row: The column's row ending at the month measured at.
  /// - Returns: −1…1; `nil` when either window has no value.
  /// - Complexity: O(``recentMonths`` + ``pastMonths``).
  public static func level(_ row: UnsafeBufferPointer<Float>) -> Double? {
    recentChange(row, against: pastMonths)
  }

  /// The 3-over-3-month trend: the mean of the last ``recentMonths`` against the mean of the
  /// ``priorMonths`` before them.
  /// - Parameter row: The column's row ending at the month measured at.
  /// - Returns: −1…1; `nil` when either window has no value.
  /// - Complexity: O(6).
  public static func trend(_ row: UnsafeBufferPointer<Float>) -> Double? {
    recentChange(row, against: priorMonths)
  }

  /// The mean of the last ``recentMonths`` against the mean of the `months` before them: the
  /// one shape of ``level(_:)`` and ``trend(_:)``, which differ only in how far back they look.
  static func recentChange(_ row: UnsafeBufferPointer<Float>, against months: Int) -> Double? {
    let n = row.count
    guard let recent = mean(row, n - recentMonths, n),
      let earlier = mean(row, n - recentMonths - months, n - recentMonths)
    else { return nil }
    return change(recent, from: earlier)
  }
}

/// One custom activity signal's value for one account (``ScoringResult/activitySignals(for:)``).
public struct ActivitySignalValue: Sendable, Equatable {
  /// `<column>_level` or `<column>_trend`.
  public var key: String
  /// −1…1; `nil` when a window it compares has no value.
  public var value: Double?

  public init(key: String, value: Double?) {
    self.key = key
    self.value = value
  }
}
