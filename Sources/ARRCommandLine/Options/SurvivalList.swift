import ARRQuality

/// `retention --survival LIST`: survivors at periods 0, 1, 2, … separated by commas, as counts
/// (`1000,631,468`) or percentages (`100,63.1,46.8,38.2`). Spaces around items are ignored.
public enum SurvivalList {
  /// The values as given (not normalised).
  /// - Parameter text: the list.
  /// - Throws: `ARRQualityError` of kind `.invalidArgument` (a usage error) naming the bad item
  ///   when an item is empty or not a number, period 0 is not positive, a later value is
  ///   negative (0 is allowed: a cohort can lose every account), a value is larger than
  ///   the one before it (the series must start at its largest value and never increase), or
  ///   there are fewer than two values.
  /// - Complexity: O(length of `text`).
  public static func parse(_ text: String) throws(ARRQualityError) -> [Double] {
    let items = text.split(separator: ",", omittingEmptySubsequences: false).map(trimmed)
    var values: [Double] = []
    for (i, item) in items.enumerated() {
      let position = "item \(i + 1) (period \(i))"
      guard !item.isEmpty else {
        throw .invalidArgument("--survival: \(position) is empty; expected a number such as 63.1")
      }
      guard let value = Double(item), value.isFinite else {
        throw .invalidArgument(
          "--survival: \(position) \"\(item)\" is not a number; expected e.g. 63.1")
      }
      // A cohort can lose every account: 0 survivors after period 0 is real data (session
      // 28, t28b lane: `100,0` was refused as "not positive"). Period 0 is the cohort's size.
      guard value >= 0, i > 0 || value > 0 else {
        throw .invalidArgument(
          i == 0
            ? "--survival: \(position) \(item) is not positive; the cohort's size at period 0 "
              + "must be > 0"
            : "--survival: \(position) \(item) is negative; survivors must be ≥ 0")
      }
      if let previous = values.last, value > previous {
        throw .invalidArgument(
          "--survival: \(position) \(item) is larger than the value before it "
            + "(\(items[i - 1])); the series must start at its largest value and never increase")
      }
      values.append(value)
    }
    guard values.count >= 2 else {
      throw .invalidArgument(
        "--survival: found \(values.count) value(s); expected at least 2, e.g. 100,63.1,46.8")
    }
    return values
  }

  private static func trimmed(_ item: Substring) -> String {
    var slice = item
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
