import ARRCore

/// A delimited text file as rows of text cells, for importers that must look at the cells before
/// they know the file's layout (title lines above a header, a totals row, footnotes).
///
/// RFC 4180 quoting (quoted fields may hold delimiters, line breaks and doubled quotes), UTF-8
/// with or without a byte-order mark, LF, CRLF or lone CR line ends. The delimiter is a comma,
/// unless semicolons or tabs separate more cells in the first lines (spreadsheets in locales
/// that write `1.234,50` export with `;`). Cells are trimmed of spaces and tabs.
public struct ImportTable: Sendable, Equatable {
  /// One non-blank record.
  public struct Record: Sendable, Equatable {
    /// 1-based physical line where the record starts.
    public var line: Int
    public var cells: [String]
    public init(line: Int, cells: [String]) {
      self.line = line
      self.cells = cells
    }
  }

  /// The file's name in messages.
  public var file: String
  /// Non-blank records in file order.
  public var records: [Record]
  /// Lines of records whose every cell is empty (reported, not rows).
  public var blankLines: [Int]
  /// The delimiter found.
  public var delimiter: UInt8
  /// The workbook sheet the table was read from; `nil` for a delimited file.
  public var sheet: SheetOrigin?

  /// Creates a table from records (for other readers, such as a workbook's sheet).
  public init(file: String, records: [Record], blankLines: [Int] = [], delimiter: UInt8 = 44) {
    self.file = file
    self.records = records
    self.blankLines = blankLines
    self.delimiter = delimiter
  }

  /// Reads `bytes` as a delimited file.
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: Its name, for messages.
  /// - Returns: The table.
  /// - Throws: `ARRQualityError` `.invalidData` for a quoted field still open at the end of the
  ///   file (`file:line:column`), a UTF-16 file (a byte order mark `FF FE`/`FE FF` or NUL bytes,
  ///   the "Unicode text" export of a spreadsheet), and cells that are not UTF-8 (a Latin-1 or
  ///   Windows-1252 export), each at its `file:line:column`: decoding them would turn letters into
  ///   U+FFFD and could join two customers whose ids differ only in those letters.
  /// - Complexity: O(bytes).
  public static func read(_ bytes: [UInt8], file: String) throws(ARRQualityError) -> ImportTable {
    if UTF16Sniffing.isUTF16(bytes) {
      throw .data(
        "1 problem in \(file)",
        problems: [
          InputProblem(
            file: file, line: 0,
            message:
              "the file is UTF-16 (or another encoding with NUL bytes), expected UTF-8: save it "
              + "as \"CSV UTF-8\"")
        ])
    }
    var start = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
    let delimiter = sniffDelimiter(bytes, from: start)
    var table = ImportTable(file: file, records: [], delimiter: delimiter)
    var cells = [String]()
    var field = [UInt8]()
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quotedColumn = 0
    var i = start
    let n = bytes.count
    var encodingProblems = [InputProblem]()
    var encodingProblemCount = 0
    func endField() {
      let text = trimmedString(field)
      if field.contains(0)
        || (!field.allSatisfy({ $0 < 0x80 }) && String(validating: field, as: UTF8.self) == nil)
      {
        encodingProblemCount += 1
        if encodingProblems.count < ARRQualityError.problemDisplayLimit {
          encodingProblems.append(
            InputProblem(
              file: file, line: recordLine, column: cells.count + 1,
              message: field.contains(0)
                ? "cell \(FieldMessages.quoted(text)) holds a NUL byte (expected text; is the "
                  + "file UTF-16 or not a text file?)"
                : FieldMessages.invalidUTF8("cell", text)))
        }
      }
      cells.append(text)
      field.removeAll(keepingCapacity: true)
    }
    func endRecord() {
      endField()
      if cells.allSatisfy(\.isEmpty) {
        table.blankLines.append(recordLine)
      } else {
        table.records.append(Record(line: recordLine, cells: cells))
      }
      cells.removeAll(keepingCapacity: true)
    }
    while i < n {
      let b = bytes[i]
      if inQuotes {
        if b == quote {
          if i + 1 < n && bytes[i + 1] == quote {
            field.append(quote)
            i += 2
            continue
          }
          inQuotes = false
        } else {
          if b == lf || (b == cr && (i + 1 >= n || bytes[i + 1] != lf)) { line += 1 }
          field.append(b)
        }
        i += 1
        continue
      }
      switch b {
      case quote where field.allSatisfy({ $0 == space || $0 == tab }):
        field.removeAll(keepingCapacity: true)
        inQuotes = true
        quotedColumn = cells.count + 1
      case delimiter:
        endField()
      case lf, cr:
        if b == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
        endRecord()
        line += 1
        recordLine = line
      default:
        field.append(b)
      }
      i += 1
    }
    if inQuotes {
      throw .data(
        "1 problem in \(file)",
        problems: [
          InputProblem(
            file: file, line: recordLine, column: quotedColumn,
            message: "unterminated quoted field (no closing \")")
        ])
    }
    if !field.isEmpty || !cells.isEmpty { endRecord() }
    if encodingProblemCount > 0 {
      throw ARRQualityError(
        kind: .invalidData,
        message:
          "\(encodingProblemCount) problem\(encodingProblemCount == 1 ? "" : "s") in \(file)",
        problems: encodingProblems, problemCount: encodingProblemCount)
    }
    return table
  }

  private static let quote = UInt8(ascii: "\"")
  private static let lf = UInt8(ascii: "\n")
  private static let cr = UInt8(ascii: "\r")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")

  private static func trimmedString(_ bytes: [UInt8]) -> String {
    var lo = 0
    var hi = bytes.count
    while lo < hi && (bytes[lo] == space || bytes[lo] == tab) { lo += 1 }
    while hi > lo && (bytes[hi - 1] == space || bytes[hi - 1] == tab) { hi -= 1 }
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// Comma, unless semicolons or tabs outside quotes outnumber commas in the first 64 KiB.
  private static func sniffDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
    var counts: [UInt8: Int] = [44: 0, 59: 0, 9: 0]
    var inQuotes = false
    for b in bytes[start..<min(bytes.count, start + (64 << 10))] {
      if b == quote {
        inQuotes.toggle()
      } else if !inQuotes, counts[b] != nil {
        counts[b]! += 1
      }
    }
    let comma = counts[44]!
    if counts[59]! > comma && counts[59]! >= counts[9]! { return 59 }
    if counts[9]! > comma { return 9 }
    return 44
  }
}
