import ARRCore
import ARRWorkbook

/// Amount cells not in whole cents that were rounded to the cent (``CubeMoney/isRoundedToCent(_:)``
/// in a CSV's amount cells; a workbook's numbers, `SheetExport.offCentCount`), and the one
/// finding that says so for both (hostile trial 35, H35-9: the workbook rounded and said so, its
/// CSV export was refused).
struct OffCentCells: Sendable {
  /// How many cells were rounded.
  private(set) var count = 0
  /// The first few, each as a spreadsheet names its cell (`B2 833.3333333333334 → 833.33`, as a
  /// workbook's `MRR!B2 …`).
  private(set) var shown: [String] = []

  /// Counts `text` (read as `cents`) on `line` in `column` (0-based) when it was rounded.
  mutating func see(_ text: String, cents: Int64, line: Int, column: Int) {
    guard CubeMoney.isRoundedToCent(text) else { return }
    count += 1
    guard shown.count < 5 else { return }
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    shown.append(
      "\(CellReference.columnName(column + 1))\(line) \(ShownText.bounded(text)) → \(cents < 0 ? "-" : "")\(magnitude / 100)."
        + (fraction < 10 ? "0" : "") + "\(fraction)")
  }

  /// The finding for the rounded cells of `file`; `nil` when none was.
  func finding(file: String) -> String? {
    count == 0 ? nil : Self.finding(file: file, count: count, shown: shown)
  }

  /// The finding for `count` numbers of `file` rounded to the cent, `shown` the first few.
  static func finding(file: String, count: Int, shown: [String]) -> String {
    "\(file): \(Counted.phrase(count, "number", verb: ("is", "are")))"
      + " not a whole number of cents and \(count == 1 ? "was" : "were")"
      + " rounded half away from zero (\(shown.joined(separator: ", "))"
      + (count > shown.count ? ", …" : "") + ")."
  }
}
