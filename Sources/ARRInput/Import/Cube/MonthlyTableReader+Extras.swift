// MonthlyTableReader: a row's usage units and one-time revenue.
import ARRCore

extension MonthlyTableReader {
  /// Units of a usage cell, read as the product's own `monthly.csv` reads its `usage`
  /// (``ScalarParsers/count(_:)``: a whole number ≥ 0, `1,200` allowed), or `nil`.
  static func usageUnits(_ text: String) -> Int64? {
    try? ScalarParsers.count(text)
  }

  /// The row's usage units and one-time revenue (0 for a blank cell or no such column); a
  /// one-time cell that is not an amount ≥ 0 is a problem at its cell. Every usage cell reads
  /// (`read` left the usage column out otherwise).
  static func readExtras(
    _ cells: [String], layout: MonthlyTableLayout, amountCells: AmountCells, line: Int,
    file: String, problems: inout [InputProblem]
  ) -> (usage: Int64, oneTime: Int64) {
    func cell(_ c: Int) -> String { c < cells.count ? cells[c] : "" }
    var usage: Int64 = 0
    if let c = layout.usage, !cell(c).isEmpty, let units = usageUnits(cell(c)) {
      usage = units
    }
    var oneTime: Int64 = 0
    if let c = layout.oneTime, !cell(c).isEmpty {
      do throws(AmountUnit.MinorFailure) {
        oneTime = try amountCells.hundredths(cell(c))
        if oneTime < 0 {
          problems.append(
            InputProblem(
              file: file, line: line, column: c + 1,
              message: "one-time revenue \(FieldMessages.quoted(cell(c))) is negative "
                + "(expected an amount ≥ 0, or blank)"))
        }
      } catch {
        problems.append(
          InputProblem(
            file: file, line: line, column: c + 1, message: amountCells.message(cell(c), error)))
      }
    }
    return (usage, oneTime)
  }
}
