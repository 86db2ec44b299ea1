import ARRAnalysis

/// A list of names (ignored columns, files) as a report line shows it: the first
/// ``displayLimit`` joined with commas, then how many more, so a 100,000-column header gives one
/// readable line; the JSON report keeps every name.
enum NameList {
  static let displayLimit = 20

  /// `a, b, c` or `a, b, …, t and 99,980 more`.
  /// - Complexity: O(min(n, limit)).
  static func shown(_ names: [String], limit: Int = displayLimit, quote: String = "") -> String {
    let head = names.prefix(limit).map { quote + $0 + quote }.joined(separator: ", ")
    guard names.count > limit else { return head }
    return head + " and \(NumberFormat(currency: "USD").integer(names.count - limit)) more"
  }
}
