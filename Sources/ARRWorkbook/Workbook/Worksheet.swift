import ARRCore

/// One sheet's cells: the rows that hold values, in row order, and the merged ranges.
public struct Worksheet: Sendable, Equatable {
  /// The tab's name.
  public var name: String
  /// 1-based tab position.
  public var index: Int
  /// Rows holding at least one value, ascending by ``WorksheetRow/number``.
  public var rows: [WorksheetRow]
  /// Merged cells (a title across the table, say); only the first cell of each holds a value.
  public var mergedRanges: [CellRange]
  /// Columns the sheet hides (`<col hidden="1">`), as 1-based ranges, in the sheet's order.
  public var hiddenColumns: [ClosedRange<Int>]
  /// Formulas without a saved value, in sheet order, when read with
  /// `keepsUnsavedFormulas` (``Workbook/worksheet(_:keepsUnsavedFormulas:)``): their cells
  /// are empty in ``rows``.
  public var unsavedFormulas: [CellReference] = []
  /// Columns whose number cells show through a format naming a unit (`$#,##0.0"K"`), by
  /// column (trial 41, T41-3).
  public var unitFormattedColumns: [UnitFormattedColumn] = []

  /// What a formula without a saved value is, at its cell.
  public static let unsavedFormulaMessage =
    "the formula has no saved value (the file was written by a program that does not "
    + "calculate formulas): open the workbook in a spreadsheet program, save it, and try again"

  /// The error of formulas without a saved value at `cells` (of this sheet, in order) in
  /// workbook `fileName`, as the reader gives it when it does not keep them aside.
  public func unsavedFormulaError(_ cells: [CellReference], fileName: String) -> ARRQualityError {
    ARRQualityError(
      kind: .invalidData,
      message:
        "\(fileName): \(cells.count) cell\(cells.count == 1 ? "" : "s") of sheet \"\(name)\" "
        + "cannot be read",
      problems: cells.prefix(ARRQualityError.problemDisplayLimit).map {
        InputProblem(
          file: $0.named(inSheet: name), line: 0, message: Self.unsavedFormulaMessage)
      },
      problemCount: cells.count)
  }

  public init(
    name: String, index: Int, rows: [WorksheetRow], mergedRanges: [CellRange],
    hiddenColumns: [ClosedRange<Int>] = []
  ) {
    self.name = name
    self.index = index
    self.rows = rows
    self.mergedRanges = mergedRanges
    self.hiddenColumns = hiddenColumns
  }

  /// How a message names a cell of this sheet: `Revenue!C14`.
  public func position(row: Int, column: Int) -> String {
    CellReference(row: row, column: column).named(inSheet: name)
  }

  /// The value at a position, or `nil` for an empty cell.
  /// - Complexity: O(log r + c) for r rows and c cells in the row.
  public func value(at reference: CellReference) -> CellValue? {
    var low = 0
    var high = rows.count
    while low < high {
      let mid = (low + high) / 2
      if rows[mid].number < reference.row { low = mid + 1 } else { high = mid }
    }
    guard low < rows.count, rows[low].number == reference.row else { return nil }
    return rows[low].cells.first { $0.column == reference.column }?.value
  }
}
