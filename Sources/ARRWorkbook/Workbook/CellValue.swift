import ARRCore

/// What a worksheet cell holds, typed as the workbook stores it.
public enum CellValue: Sendable, Equatable {
  /// A number (also a formula's saved numeric result), exactly as stored.
  case number(Double)
  /// Text: a shared string, an inline string or a formula's saved text result.
  case text(String)
  case boolean(Bool)
  /// A number whose cell style is a date format, converted under the workbook's date system.
  /// The time of day, if any, is dropped.
  case date(CivilDate)
  /// A spreadsheet error value such as `#DIV/0!` or `#REF!`.
  case error(String)
  /// A number whose cell style is a percent format: the stored fraction (0.2 shows `20%`).
  case percent(Double)
  /// A number whose cell style names a currency (`[$€-407]`, `"£"`, `[$USD]`): the number as
  /// stored, and the sign or code the format shows.
  case money(Double, currency: String)
}

extension CellValue {
  /// The number stored, for a plain, percent or currency number.
  public var storedNumber: Double? {
    switch self {
    case .number(let x), .percent(let x), .money(let x, _): return x
    default: return nil
    }
  }
}

/// One non-empty cell and where it is.
public struct WorksheetCell: Sendable, Equatable {
  /// 1-based column number (A = 1).
  public var column: Int
  public var value: CellValue

  public init(column: Int, value: CellValue) {
    self.column = column
    self.value = value
  }
}

/// One row that holds at least one value, its cells in column order.
public struct WorksheetRow: Sendable, Equatable {
  /// 1-based row number as the spreadsheet shows it.
  public var number: Int
  public var cells: [WorksheetCell]

  public init(number: Int, cells: [WorksheetCell]) {
    self.number = number
    self.cells = cells
  }
}

/// A rectangle of cells, such as a merged title (`A1:F1`).
public struct CellRange: Sendable, Equatable {
  public var first: CellReference
  public var last: CellReference

  public init(first: CellReference, last: CellReference) {
    self.first = first
    self.last = last
  }
}
