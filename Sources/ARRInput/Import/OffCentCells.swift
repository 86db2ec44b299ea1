import ARRCore
import ARRWorkbook

/// Amount cells not in whole cents that were rounded to the cent (``CubeMoney/isRoundedToCent(_:)``
/// in a CSV's amount cells; a workbook's numbers, `SheetExport.offCentCount`), and the one
/// finding that says so for both (hostile trial 35, H35-9: the workbook rounded and said so, its
/// CSV export was refused).
struct OffCentCells: Sendable {
  /// How many cells were rounded.
  private(set) var count = 0
  /// The first few: line, column (1-based), the text as written and as rounded.
  private var first: [(line: Int, column: Int, text: String, rounded: String)] = []

  /// Counts `text` (read as `cents`) on `line` in `column` (0-based) when it was rounded.
  mutating func see(_ text: String, cents: Int64, line: Int, column: Int) {
    guard CubeMoney.isRoundedToCent(text) else { return }
    count += 1
    guard first.count < 5 else { return }
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    first.append(
      (
        line, column + 1, ShownText.bounded(text),
        "\(cents < 0 ? "-" : "")\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
      ))
  }

  /// The finding for the rounded cells of `file`, each named at `file:line:column` as every
  /// other CSV message names a cell (review 37, R37-18: `B2`, a spreadsheet's name, says
  /// nothing of line 2, column 2 to a CSV's reader); `nil` when none was.
  func finding(file: String) -> String? {
    count == 0
      ? nil
      : Self.finding(
        file: file, count: count,
        shown: first.map { "\(file):\($0.line):\($0.column) \($0.text) → \($0.rounded)" })
  }

  /// The finding for `count` numbers of `file` rounded to the cent, `shown` the first few.
  static func finding(file: String, count: Int, shown: [String]) -> String {
    "\(file): \(Counted.phrase(count, "number", verb: ("is", "are")))"
      + " not a whole number of cents and \(count == 1 ? "was" : "were")"
      + " rounded half away from zero (\(shown.joined(separator: ", "))"
      + (count > shown.count ? ", …" : "") + ")."
  }
}
