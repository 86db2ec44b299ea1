/// The library side of `arr-quality retention`: parse a survival series or a cohort triangle,
/// fit the sBG model, and render the result.
public enum RetentionCommand {
  /// Default number of periods to project.
  public static let defaultHorizon = 12
  /// Default discount rate per period for DEL/DERL.
  public static let defaultDiscountRate = 0.10

  /// Parses `--survival LIST`: survivors at periods 0, 1, 2, … separated by commas, as counts
  /// (`1000,631,468`) or percentages (`100,63.1,46.8,38.2`). Spaces around items are ignored.
  /// - Parameter text: the list.
  /// - Returns: the values as given (not normalised).
  /// - Throws: `ARRQualityError` with status `.usage` naming the bad item when an item is
  ///   empty or not a number, a value is not positive, a value is larger than the one before
  ///   it (the series must start at its largest value and never increase), or there are fewer
  ///   than two values.
  /// - Complexity: O(length of `text`).
  public static func parseSurvivalList(_ text: String) throws(ARRQualityError) -> [Double] {
    let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: " \t")
    }
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
      guard value > 0 else {
        throw .invalidArgument(
          "--survival: \(position) \(item) is not positive; survivors must be > 0")
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
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var slice = self[...]
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
