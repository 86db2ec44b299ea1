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

    /// The cell in `column`, or an empty cell past the row's end (a short row, a cut line).
    func cell(_ column: Int) -> String { column < cells.count ? cells[column] : "" }
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
  /// The encoding the file was decoded from when not UTF-8 (`UTF-16LE`, `UTF-16BE`: a byte
  /// order mark said so); `nil` for UTF-8.
  public var decodedFrom: String?
  /// The line of the first character decoded from Windows-1252 (``Windows1252``), for its note.
  var decodedLine: Int?
  /// Whether the file ends inside its last record, with no line end after it (``CutLastLine``).
  public var endsWithoutLineEnd = false

  /// The most cells a record may have: a spreadsheet's last column (XFD, 16,384). A revenue
  /// table has a column per field or per month; a wider record is not one (a transposed sheet,
  /// a wrong delimiter, a hostile file), and reading on cost seconds per 100,000 cells in the
  /// header searches (eighteenth session: 200,000 columns took 5 s of CPU to be refused).
  public static let maximumCellsPerRecord = 16_384

  /// The most bytes a record may hold: 1 MiB (1,048,576). The widest table of ours, 16,384
  /// columns of amounts, is about 250 KB a line, and a spreadsheet cell holds at most 32,767
  /// characters; a longer record is a text or binary file of one line, or a quote left open
  /// over the rest of the file. Reading on cost seconds per megabyte in the header searches
  /// (trial 30, T30-3: a 50 MB line with no delimiter took 688 s to be refused). The folder
  /// loader's header has the same bound (``CSVHeader``).
  public static let maximumRecordBytes = 1 << 20

  /// The problem of a record that runs past ``maximumRecordBytes`` at `line`, column `column`;
  /// `openQuote` is where a quoted cell still open began, when one is.
  static func recordTooLong(
    file: String, line: Int, column: Int, openQuote: (line: Int, column: Int)?
  ) -> ARRQualityError {
    let quote =
      openQuote.map {
        "; a quoted cell opened at line \($0.line), column \($0.column) is still open (a "
          + "missing closing quote swallows the rest of the file)"
      } ?? ""
    return .data(
      "1 problem in \(file)",
      problems: [
        InputProblem(
          file: file, line: line, column: column,
          message:
            "the record starting on this line is longer than 1 MiB (1,048,576 bytes) and was "
            + "not read further (expected a revenue table: no record of one is that long, "
            + "16,384 columns of amounts take about 250 KB; is this a text file of one line, "
            + "or not a table at all?\(quote))")
      ])
  }

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
    if let padding = nulPadding(bytes, file: file) { throw padding }
    // A byte order mark says UTF-16 for certain (a spreadsheet's "Unicode text" export): read
    // it, losing nothing. NUL bytes without one are only a sign, and stay an error.
    if let (utf8, encoding) = try utf8(fromUTF16: bytes, file: file) {
      var table = try read(utf8, file: file)
      table.decodedFrom = encoding
      return table
    }
    // Not UTF-8 but Windows-1252 throughout (Excel's "CSV (Comma delimited)" on Western
    // Windows): decoded, with a note (``Windows1252``; trial 28, T28-21).
    if let (utf8, line) = Windows1252.decode(bytes) {
      var table = try read(utf8, file: file)
      table.decodedFrom = "Windows-1252"
      table.decodedLine = line
      return table
    }
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
    // A record per line at most (more lines than records when cells hold line breaks): grown by
    // doubling, a 1M-line file's records took up to twice their 17 MB.
    table.records.reserveCapacity(bytes[start...].reduce(1) { $0 + ($1 == lf ? 1 : 0) })
    var cells = [String]()
    var field = [UInt8]()
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quotedColumn = 0
    // Set by a closing quote until the field ends: only spaces, tabs, the delimiter or a line
    // end may follow it.
    var isAfterClosingQuote = false
    // The record whose early-closed cell was reported: the cells after it are shifted, so
    // further quote problems in the same record are consequences, not new ones.
    var reportedQuoteRecord = 0
    var i = start
    let n = bytes.count
    // Where the current record's bytes start, for ``maximumRecordBytes``.
    var recordStart = start
    var quotedLine = 1
    var problems = [InputProblem]()
    var problemCount = 0
    // Cells that are not UTF-8: one problem for the file, at the first (trial 28, T28-21: one
    // per accented cell, 69 of them, said the same thing 69 times).
    var firstNotUTF8: InputProblem?
    var notUTF8Count = 0
    func report(_ problem: InputProblem) {
      problemCount += 1
      if problems.count < ARRQualityError.problemDisplayLimit { problems.append(problem) }
    }
    func endField() {
      let text = trimmedString(field)
      if !field.contains(0), !field.allSatisfy({ $0 < 0x80 }),
        String(validating: field, as: UTF8.self) == nil
      {
        notUTF8Count += 1
        if firstNotUTF8 == nil {
          firstNotUTF8 = InputProblem(
            file: file, line: recordLine, column: cells.count + 1,
            message: FieldMessages.invalidUTF8("cell", text))
        }
      } else if field.contains(0) {
        report(
          InputProblem(
            file: file, line: recordLine, column: cells.count + 1,
            message: field.contains(0)
              ? "cell \(FieldMessages.quoted(text)) holds a NUL byte (expected text; is the "
                + "file UTF-16 or not a text file?)"
              : FieldMessages.invalidUTF8("cell", text)))
      }
      cells.append(text)
      field.removeAll(keepingCapacity: true)
      isAfterClosingQuote = false
    }
    func endRecord() {
      endField()
      if cells.allSatisfy(\.isEmpty) {
        table.blankLines.append(recordLine)
      } else {
        // A copy of exactly its cells: `cells`' own buffer, grown by doubling, has room for up
        // to twice as many (a 1M-line ledger's records took 137 MB for 85; twelfth session),
        // and stays `cells`' to reuse.
        let record = [String](unsafeUninitializedCapacity: cells.count) { buffer, count in
          count = buffer.initialize(fromContentsOf: cells)
        }
        table.records.append(Record(line: recordLine, cells: record))
      }
      cells.removeAll(keepingCapacity: true)
    }
    while i < n {
      if i - recordStart > maximumRecordBytes {
        throw recordTooLong(
          file: file, line: recordLine, column: cells.count + 1,
          openQuote: inQuotes ? (quotedLine, quotedColumn) : nil)
      }
      let b = bytes[i]
      if inQuotes {
        if b == quote {
          if i + 1 < n && bytes[i + 1] == quote {
            field.append(quote)
            i += 2
            continue
          }
          // `\"` (a MySQL dump's escape) where a closing quote could not stand: a quote.
          var next = i + 1
          while next < n && (bytes[next] == space || bytes[next] == tab) { next += 1 }
          let isClosing = next >= n || [delimiter, lf, cr].contains(bytes[next])
          if !isClosing && field.last == UInt8(ascii: "\\") {
            field[field.count - 1] = quote
            i += 1
            continue
          }
          inQuotes = false
          isAfterClosingQuote = true
        } else {
          if b == lf || (b == cr && (i + 1 >= n || bytes[i + 1] != lf)) { line += 1 }
          field.append(b)
        }
        i += 1
        continue
      }
      if isAfterClosingQuote && b != delimiter && b != lf && b != cr && b != space && b != tab
        && reportedQuoteRecord != recordLine
      {
        // Text after a closing quote (`"Pro" annual`) is read on as part of the cell, as
        // spreadsheets do, unless another quote follows before the cell's end: then a quote
        // inside a quoted cell was not doubled, the cell closed early, and its delimiters would
        // split it and shift the row's later cells (a JSON blob in a `metadata` column does
        // this). Said at the cell, never guessed.
        var end = i
        while end < n && bytes[end] != delimiter && bytes[end] != lf && bytes[end] != cr {
          end += 1
        }
        let isEarlyClose = bytes[i..<end].contains(quote)
        end = min(end, i + 24)
        if isEarlyClose {
          report(
            InputProblem(
              file: file, line: line, column: cells.count + 1,
              message: FieldMessages.badQuote + ": found "
                + FieldMessages.quoted(String(decoding: bytes[i..<end], as: UTF8.self))
                + " after the quoted text "
                + FieldMessages.quoted(String(decoding: field, as: UTF8.self))
                + " (expected the delimiter or the line's end; a quote inside a quoted cell is "
                + "written twice, \"\", or the cell ends early and the row's later cells shift)"))
          reportedQuoteRecord = recordLine
        }
        isAfterClosingQuote = false
      }
      switch b {
      case quote where field.allSatisfy({ $0 == space || $0 == tab }):
        field.removeAll(keepingCapacity: true)
        inQuotes = true
        quotedColumn = cells.count + 1
        quotedLine = line
      case delimiter:
        endField()
        if cells.count >= maximumCellsPerRecord {
          throw .data(
            "1 problem in \(file)",
            problems: [
              InputProblem(
                file: file, line: recordLine, column: cells.count + 1,
                message:
                  "the record has more than 16,384 cells (expected "
                  + "a revenue table: a column per field or per month; spreadsheets stop at "
                  + "16,384 columns; is the delimiter right, or is the table transposed?)")
            ])
        }
      case lf, cr:
        if b == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
        endRecord()
        line += 1
        recordLine = line
        recordStart = i + 1
      default:
        if !isAfterClosingQuote && b != space && b != tab {
          // The rest of an unquoted cell, to its delimiter or line end, appended at once (as
          // the byte-by-byte loop would: after a cell's first byte that is not blank, a quote
          // is text). Bounded so that an endless line is refused where it was before.
          let limit = min(n, recordStart + maximumRecordBytes + 1)
          var end = i + 1
          while end < limit && bytes[end] != delimiter && bytes[end] != lf && bytes[end] != cr {
            end += 1
          }
          field.append(contentsOf: bytes[i..<end])
          i = end
          continue
        }
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
    if !field.isEmpty || !cells.isEmpty {
      endRecord()
      table.endsWithoutLineEnd = true
    }
    if var first = firstNotUTF8 {
      if notUTF8Count > 1 {
        first.message +=
          "; \(Counted.phrase(notUTF8Count - 1, "more cell", verb: ("is", "are"))) not "
          + "UTF-8 either: the file is in another encoding (its other letters are not "
          + "Windows-1252's either, or it mixes encodings), so none was read"
      }
      problems.insert(first, at: 0)
      if problems.count > ARRQualityError.problemDisplayLimit { problems.removeLast() }
      problemCount += 1
    }
    if problemCount > 0 {
      throw ARRQualityError(
        kind: .invalidData,
        message:
          "\(Counted.phrase(problemCount, "problem")) in \(file)",
        problems: problems, problemCount: problemCount)
    }
    return table
  }

  /// `bytes` as UTF-8 with the encoding's name, when they start with a UTF-16 byte order mark
  /// (`FF FE` little-endian, `FE FF` big-endian); `nil` otherwise.
  /// - Throws: `.invalidData` for an odd byte count or an unpaired surrogate (named by its
  ///   line): such a file is not UTF-16 text, and decoding it with replacement characters could
  ///   join two customers.
  static func utf8(fromUTF16 bytes: [UInt8], file: String) throws(ARRQualityError) -> (
    [UInt8], String
  )? {
    guard bytes.count >= 2 else { return nil }
    let isLittle: Bool
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE): isLittle = true
    case (0xFE, 0xFF): isLittle = false
    default: return nil
    }
    let name = isLittle ? "UTF-16LE" : "UTF-16BE"
    guard bytes.count % 2 == 0 else {
      throw .data(
        "\(file): the file starts with a \(name) byte order mark but has an odd number of bytes "
          + "(expected UTF-16 text; save it as \"CSV UTF-8\")")
    }
    var units = [UInt16]()
    units.reserveCapacity(bytes.count / 2 - 1)
    var i = 2
    while i + 1 < bytes.count {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(isLittle ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var out = [UInt8]()
    out.reserveCapacity(units.count)
    var line = 1
    var iterator = units.makeIterator()
    var decoder = UTF16()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
        UTF8.encode(scalar) { out.append($0) }
      case .emptyInput: break loop
      case .error:
        throw .data(
          "\(file):\(line): an unpaired UTF-16 surrogate (the file is not valid \(name) text; "
            + "save it as \"CSV UTF-8\")")
      }
    }
    return (out, name)
  }

  /// Whether `cells` repeat the header `header` (letter case and trailing empty cells aside):
  /// exports concatenated into one file (a month's export appended to the last) repeat their
  /// header row, which is skipped and reported, not read as a bad row.
  static func repeatsHeader(_ cells: [String], _ header: [String]) -> Bool {
    func trimmed(_ c: [String]) -> ArraySlice<String> {
      var s = c[...]
      while s.last?.isEmpty == true { s = s.dropLast() }
      return s
    }
    let a = trimmed(cells)
    let b = trimmed(header)
    // Two "CSV UTF-8" exports joined with `cat`: the second header starts with the second
    // file's byte order mark (U+FEFF), which belongs to no cell (trial 25, T25-20).
    func cell(_ text: String, at k: Int) -> String {
      k == 0 && text.unicodeScalars.first == "\u{FEFF}"
        ? String(text.unicodeScalars.dropFirst()).lowercased() : text.lowercased()
    }
    return a.count == b.count && a.count > 1
      && zip(a, b).enumerated().allSatisfy { cell($1.0, at: $0) == cell($1.1, at: $0) }
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
