import ARRCore

/// Customer ids that Excel saved in scientific notation (`1.23457E+14`): a long numeric id kept
/// to six significant digits, so different customers may share one. Summed as one customer's
/// products, six customers read as four and the largest "50.0% of recurring ARR" (trial 48,
/// T48-24). Rows sharing such an id are refused; unique ones are read as written. Beside a name
/// column the name keys the customer (review 50, R50-35).
enum ScientificIDs {
  /// Whether `id` is a number in Excel's scientific notation with a positive exponent
  /// (`1.23457E+14`, `9E+11`): digits, an optional fraction, `E+` or `e+`, digits.
  static func isRounded(_ id: String) -> Bool {
    let parts = id.uppercased().split(separator: "E", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].hasPrefix("+") else { return false }
    let exponent = parts[1].dropFirst()
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    guard !exponent.isEmpty, exponent.allSatisfy(\.isNumber), mantissa.count <= 2,
      mantissa.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
    else { return false }
    return true
  }

  /// The note for `rows` rows (the first on line `first`) whose id Excel rounded, keyed by
  /// their customer's name instead (review 50, R50-35).
  static func keyedByName(rows: Int, first: Int, file: String) -> String {
    "\(file): \(Counted.phrase(rows, "row")) (first on line \(first)) \(rows == 1 ? "has" : "have") "
      + "a customer id in scientific notation (Excel rounds long numeric ids when it saves a "
      + "file): each is read as the customer its name column names, not by the rounded id"
  }

  /// The refusal of `id`, shared by the rows on `lines` of `file`.
  static func refusal(_ id: String, lines: [Int], file: String) -> ARRQualityError {
    .data(
      "\(file):\(lines[0]): customer id \"\(id)\" on lines "
        + lines.map(String.init).joined(separator: ", ")
        + " is a number in scientific notation: Excel rounds long numeric ids so when it saves "
        + "a file, and different customers may now share one (summed, they would be one "
        + "account); format the id column as Text in the spreadsheet and export again, or give "
        + "the customers' names instead of the ids")
  }
}
