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

  /// Cells past a run of ``tableGapColumns`` empty columns (``Worksheet/export()``), not read:
  /// how many, the last column read, and the first of them (`Revenue!XFD5`) with its text.
  public struct FarCells: Sendable, Equatable {
    public var count: Int
    public var lastColumnRead: Int
    public var first: String
    public var firstText: String
  }

  /// Cells right of the table, beyond a gap of empty columns; `nil` when none.
  public var farCells: FarCells?

  /// How many off-cent numbers are kept one by one.
  public static let offCentSampleLimit = 5
  /// Empty columns in a row, in every row, that end a table: a cell beyond them (a note typed
  /// in the sheet's last column, XFD) is not part of it (hostile 56, H56-2: one such cell per
  /// row made every row 16,384 cells wide, 4.1 GB for 16,000 rows of a 582 KB file).
  public static let tableGapColumns = 128
  /// The most cells an export holds (rows × width): 32 million, 512 MB of empty cells alone.
  /// A revenue table of 100,000 customers × 120 months is 12 million; beyond, the sheet is
  /// refused rather than the machine's memory exhausted.
  public static let maximumCells = 32 << 20
}

extension Worksheet {
  /// The rows a CSV export of the sheet gives: every row from 1 to the last that holds
  /// text, each as wide as the widest row, cells as ``CellValue/exportText()`` writes them and
  /// trimmed of surrounding spaces and tabs (as the CSV importers trim fields). Cells beyond
  /// ``SheetExport/tableGapColumns`` columns empty in every row are left out and counted
  /// (``SheetExport/farCells``).
  ///
  /// - Throws: `invalidData` naming every cell whose number is too large for an amount in cents,
  ///   or when the rows × width would pass ``SheetExport/maximumCells``.
  /// - Complexity: O(rows × width).
  public func export() throws(ARRQualityError) -> SheetExport {
    let width = tableWidth()
    var out = SheetExport(records: [], blankRows: [], offCentCells: [], offCentCount: 0)
    let cells = rows.count.multipliedReportingOverflow(by: width)
    if cells.overflow || cells.partialValue > SheetExport.maximumCells {
      throw ARRQualityError(
        kind: .invalidData,
        message:
          "sheet \"\(name)\" is \(rows.count) rows by \(width) columns: more than "
          + "\(SheetExport.maximumCells) cells, too large to read as a table (expected a revenue "
          + "table; save the table alone, or as CSV)")
    }
    out.farCells = farCells(after: width)
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
      for cell in row.cells where cell.column <= width {
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

  /// The last column of the table: the widest row's, unless ``SheetExport/tableGapColumns``
  /// columns empty in every row come first, where the table then ends.
  /// - Complexity: O(cells + widest column / 64).
  func tableWidth() -> Int {
    let widest = rows.reduce(0) { max($0, $1.cells.last?.column ?? 0) }
    guard widest > SheetExport.tableGapColumns else { return widest }
    var isUsed = [Bool](repeating: false, count: widest + 1)
    for row in rows {
      for cell in row.cells where !isUsed[cell.column] && Self.holdsText(cell.value) {
        isUsed[cell.column] = true
      }
    }
    var last = 0
    for column in 1...widest where isUsed[column] {
      if last > 0 && column - last - 1 >= SheetExport.tableGapColumns { return last }
      last = column
    }
    return widest
  }

  /// Whether a cell exports any text (an empty string or space exports none).
  private static func holdsText(_ value: CellValue) -> Bool {
    guard let text = value.exportText().text else { return true }
    return !trimmed(text).isEmpty
  }

  /// The cells right of `width`, counted, with the first in row order.
  private func farCells(after width: Int) -> SheetExport.FarCells? {
    var far: SheetExport.FarCells?
    for row in rows {
      for cell in row.cells where cell.column > width && Self.holdsText(cell.value) {
        if far == nil {
          far = SheetExport.FarCells(
            count: 0, lastColumnRead: width, first: position(row: row.number, column: cell.column),
            firstText: Self.trimmed(cell.value.exportText().text ?? ""))
        }
        far?.count += 1
      }
    }
    return far
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
