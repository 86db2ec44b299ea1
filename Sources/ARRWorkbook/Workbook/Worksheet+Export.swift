import ARRCore

/// A sheet as the rows of its CSV export, for readers written for CSV (the importers).
public struct SheetExport: Sendable, Equatable {
  /// One row that holds text, numbered as the sheet numbers it.
  public struct Record: Sendable, Equatable {
    /// 1-based sheet row (what a CSV reader calls the line).
    public var row: Int
    /// One text per column from A, as wide as the sheet's widest row.
    public var cells: [String]
  }

  /// A fractional number more than 1e-6 from a whole cent, rounded for the export.
  public struct OffCentCell: Sendable, Equatable {
    /// `Revenue!C14`.
    public var position: String
    public var value: Double
    /// The rounded text the record holds.
    public var text: String
  }

  /// Rows holding text, in order.
  public var records: [Record]
  /// Rows from 1 to the last record without any text (a CSV export's empty lines).
  public var blankRows: [Int]
  /// The first ``offCentSampleLimit`` off-cent numbers.
  public var offCentCells: [OffCentCell]
  /// Every off-cent number, counted.
  public var offCentCount: Int
  /// The cells holding a plain whole number (no date, percent or currency format), which
  /// cannot hold leading zeros: an id column's number cells are ids Excel read as numbers
  /// (session 35, H35-17).
  public var wholeNumbers = WholeNumberCells()
  /// Columns whose number cells show through a format naming a unit
  /// (``Worksheet/unitFormattedColumns``).
  public var unitFormattedColumns: [UnitFormattedColumn] = []

  /// How many off-cent numbers are kept one by one.
  public static let offCentSampleLimit = 5
}

extension Worksheet {
  /// The rows a CSV export of the sheet gives: every row from 1 to the last that holds
  /// text, each as wide as the widest row, cells as ``CellValue/exportText()`` writes them and
  /// trimmed of surrounding spaces and tabs (as the CSV importers trim fields).
  ///
  /// - Throws: `invalidData` naming every cell whose number is too large for an amount in cents.
  /// - Complexity: O(rows × width).
  public func export() throws(ARRQualityError) -> SheetExport {
    let width = rows.reduce(0) { max($0, $1.cells.last?.column ?? 0) }
    var out = SheetExport(records: [], blankRows: [], offCentCells: [], offCentCount: 0)
    out.unitFormattedColumns = unitFormattedColumns
    out.records.reserveCapacity(rows.count)
    var problems: [InputProblem] = []
    var problemCount = 0
    var next = 1
    for row in rows {
      while next < row.number {
        out.blankRows.append(next)
        next += 1
      }
      next = row.number + 1
      var cells = [String](repeating: "", count: width)
      var isBlank = true
      for cell in row.cells {
        let (text, amount) = cell.value.exportText()
        guard let text else {
          problemCount += 1
          if problems.count < ARRQualityError.problemDisplayLimit {
            problems.append(
              InputProblem(
                file: position(row: row.number, column: cell.column), line: 0,
                message: Self.tooLargeMessage(cell.value)))
          }
          continue
        }
        if let amount, amount.isOffCent, let x = cell.value.storedNumber {
          out.offCentCount += 1
          if out.offCentCells.count < SheetExport.offCentSampleLimit {
            out.offCentCells.append(
              SheetExport.OffCentCell(
                position: position(row: row.number, column: cell.column), value: x, text: text))
          }
        }
        if case .number(let x) = cell.value, x == x.rounded(), x.magnitude < 1e15 {
          out.wholeNumbers.insert(row: row.number, column: cell.column - 1)
        }
        let trimmed = Self.trimmed(text)
        if !trimmed.isEmpty { isBlank = false }
        cells[cell.column - 1] = trimmed
      }
      if isBlank {
        out.blankRows.append(row.number)
      } else {
        out.records.append(SheetExport.Record(row: row.number, cells: cells))
      }
    }
    guard problemCount == 0 else {
      throw ARRQualityError(
        kind: .invalidData,
        message: "sheet \"\(name)\" holds numbers too large to read as amounts",
        problems: problems, problemCount: problemCount)
    }
    return out
  }

  /// `the number 1e+30 is too large for an amount (expected at most 2^53 cents, …)`: the value
  /// as a spreadsheet user reads it, not Swift's `number(1e+30)`.
  static func tooLargeMessage(_ value: CellValue) -> String {
    let shown: String
    if let x = value.storedNumber { shown = "the number \(x)" } else { shown = "the value" }
    return
      "\(shown) is too large for an amount (expected at most 2^53 cents, about "
      + "90,071,992,547,409.92)"
  }

  private static func trimmed(_ s: String) -> String {
    guard let first = s.utf8.first, let last = s.utf8.last,
      first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    else { return s }
    var view = Substring(s)
    while let c = view.first, c == " " || c == "\t" { view.removeFirst() }
    while let c = view.last, c == " " || c == "\t" { view.removeLast() }
    return String(view)
  }
}
