import ARRCore
import ARRWorkbook

extension ImportTable {
  /// Where a table read from a workbook came from, so messages name cells as a spreadsheet
  /// does (`Revenue!C14`) instead of CSV lines.
  public struct SheetOrigin: Sendable, Equatable {
    /// The workbook's file name.
    public var workbook: String
    /// The sheet's (tab's) name.
    public var sheet: String
    /// Merged ranges spanning rows, with the text of their first cell (the only one holding a
    /// value), so a problem at a cell inside one names the merge (review 13, F7).
    public var verticalMerges: [(range: CellRange, value: String)] = []
    /// Columns the sheet hides, 0-based (within the table's width): a cube's month columns
    /// hidden after its last visible month are a plan, not actuals (trial 22, T22-7).
    public var hiddenColumns: Set<Int> = []
    /// The cells holding a plain whole number (lines are sheet rows, columns 0-based): a
    /// customer list's id stored as a number lost any leading zeros (session 35, H35-17).
    public var wholeNumbers = WholeNumberCells()
    /// Totals rows (sheet rows) holding formulas without a saved value: excluded, not checked
    /// (``WorkbookSource/unsavedFormulas(_:in:)``).
    public var uncheckedTotals: Set<Int> = []
    /// Columns (0-based) whose number cells show through a number format naming a unit
    /// (`$#,##0.0"K"`: trial 41, T41-3), read by ``ThousandsLabel/formatLabel(_:columns:)``.
    public var unitFormattedColumns: [Int: UnitFormattedColumn] = [:]

    public init(workbook: String, sheet: String) {
      self.workbook = workbook
      self.sheet = sheet
    }

    public static func == (a: SheetOrigin, b: SheetOrigin) -> Bool {
      a.workbook == b.workbook && a.sheet == b.sheet
        && a.verticalMerges.map(\.range) == b.verticalMerges.map(\.range)
        && a.verticalMerges.map(\.value) == b.verticalMerges.map(\.value)
        && a.hiddenColumns == b.hiddenColumns
    }
  }

  /// How a message names `line` (and `column`) of this table: `cube.csv:14:3` for a delimited
  /// file, `data-room.xlsx: Revenue!C14` (a whole row: `Revenue!14:14`) for a sheet.
  public func position(line: Int, column: Int?) -> String {
    guard let sheet else {
      return "\(file):\(line)" + (column.map { ":\($0)" } ?? "")
    }
    let name = CellReference.qualifiedSheetName(sheet.sheet)
    guard let column, column >= 1 else { return "\(sheet.workbook): \(name)!\(line):\(line)" }
    return "\(sheet.workbook): "
      + CellReference(row: line, column: column).named(inSheet: sheet.sheet)
  }

  /// ` (A3 is inside the merged range A2:A3, …)` when (`line`, `column`) is a cell below the
  /// first of a vertical merge whose first cell holds a value; empty otherwise.
  func mergeHint(line: Int, column: Int?) -> String {
    guard let sheet, let column else { return "" }
    guard
      let m = sheet.verticalMerges.first(where: {
        $0.range.first.row < line && line <= $0.range.last.row
          && $0.range.first.column <= column && column <= $0.range.last.column
      }), !m.value.isEmpty
    else { return "" }
    let cell = CellReference(row: line, column: column)
    return " (\(cell) is inside the merged range \(m.range.first):\(m.range.last), whose value "
      + "\"\(m.value)\" is in \(m.range.first) only: unmerge the cells and fill the value down)"
  }

  /// `error` with every problem located in this table renamed as a sheet position (see
  /// ``position(line:column:)``); unchanged for a delimited file.
  public func locating(_ error: ARRQualityError) -> ARRQualityError {
    guard sheet != nil else { return error }
    var located = error
    located.problems = error.problems.map { problem in
      guard problem.file == file, problem.line > 0 else { return problem }
      return InputProblem(
        file: position(line: problem.line, column: problem.column), line: 0,
        message: problem.message + mergeHint(line: problem.line, column: problem.column))
    }
    return located
  }
}
