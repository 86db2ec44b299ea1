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

    public init(workbook: String, sheet: String) {
      self.workbook = workbook
      self.sheet = sheet
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

  /// `error` with every problem located in this table renamed as a sheet position (see
  /// ``position(line:column:)``); unchanged for a delimited file.
  public func locating(_ error: ARRQualityError) -> ARRQualityError {
    guard sheet != nil else { return error }
    var located = error
    located.problems = error.problems.map { problem in
      guard problem.file == file, problem.line > 0 else { return problem }
      return InputProblem(
        file: position(line: problem.line, column: problem.column), line: 0,
        message: problem.message)
    }
    return located
  }
}
