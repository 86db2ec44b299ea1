/// A cell's position: 1-based row and column, written `C14` (column letters, row number).
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var row: Int
  public var column: Int

  /// The largest row and column a workbook may hold (Excel's grid, 1,048,576 × 16,384 = XFD).
  public static let maxRow = 1_048_576
  public static let maxColumn = 16_384

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Parses `C14` (also `$C$14`); `nil` when it is not a reference inside the grid.
  public init?(_ text: some StringProtocol) {
    self.init(utf8: text.utf8)
  }

  /// Parses a reference from its UTF-8 bytes.
  /// - Complexity: O(n) in the length of the text.
  init?(utf8: some Sequence<UInt8>) {
    var column = 0
    var row = 0
    var sawDigit = false
    for b in utf8 where b != UInt8(ascii: "$") {
      switch b {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
        guard !sawDigit else { return nil }
        column = column * 26 + Int((b | 0x20) - UInt8(ascii: "a")) + 1
        guard column <= Self.maxColumn else { return nil }
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        sawDigit = true
        row = row * 10 + Int(b - UInt8(ascii: "0"))
        guard row <= Self.maxRow else { return nil }
      default: return nil
      }
    }
    guard column > 0, row > 0 else { return nil }
    self.init(row: row, column: column)
  }

  /// Column letters: 1 → `A`, 27 → `AA`, 16,384 → `XFD`.
  public static func columnName(_ column: Int) -> String {
    var n = column
    var letters: [UInt8] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(UInt8(ascii: "A") + UInt8(r))
      n = (n - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }

  /// `C14`.
  public var description: String { Self.columnName(column) + String(row) }

  /// `Revenue!C14`, quoting the sheet name as spreadsheets do when it needs it
  /// (`'Customer list'!C14`, an apostrophe doubled).
  public func named(inSheet sheet: String) -> String {
    Self.qualifiedSheetName(sheet) + "!" + description
  }

  /// The sheet name as a formula writes it before `!`.
  public static func qualifiedSheetName(_ sheet: String) -> String {
    let isPlain =
      !sheet.isEmpty && !(sheet.first?.isNumber ?? false)
      && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    if isPlain { return sheet }
    var quoted = "'"
    for c in sheet { quoted += c == "'" ? "''" : String(c) }
    return quoted + "'"
  }

  public static func < (a: CellReference, b: CellReference) -> Bool {
    (a.row, a.column) < (b.row, b.column)
  }
}
