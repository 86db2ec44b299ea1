import ARRCore

/// The header row of a CSV file: column names mapped case-insensitively, where the data starts.
struct CSVHeader: Sendable, Equatable {
  /// Names as written (trimmed), in header order.
  var names: [String]
  /// Names lowercased and trimmed, for lookup.
  var keys: [String]
  /// Byte offset of the first data row (after the BOM and the header).
  var dataStart: Int
  /// Physical line number (1-based) of the first data row.
  var dataStartLine: Int

  /// The 0-based position of column `key` (lowercase), if present.
  func index(of key: String) -> Int? { keys.firstIndex(of: key) }

  /// Reads the header of `source`.
  /// - Returns: The header, or `nil` after logging a problem (empty file, bad quoting).
  /// - Throws: `ARRQualityError` 66 when reading fails.
  static func read(from source: ByteSource, log: inout ProblemLog) throws(ARRQualityError)
    -> CSVHeader?
  {
    var header: CSVHeader?
    var problem: InputProblem?
    try source.read(0..<source.size, chunkSize: 1 << 16) { p, n, isFinal in
      var start = 0
      // UTF-16, the usual "Unicode text" export of a spreadsheet: say what to do instead of
      // "missing columns". A stray NUL in a UTF-8 file is a cell's problem, found at its cell.
      if UTF16Sniffing.isUTF16(UnsafeBufferPointer(start: p, count: n)) {
        problem = InputProblem(
          file: source.name, line: 0,
          message:
            "the file is UTF-16 (or another encoding with NUL bytes), expected UTF-8: save it "
            + "as \"CSV UTF-8\"")
        return (n, true)
      }
      if !isFinal && n < 512 && n < source.size { return (0, false) }
      if n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF {
        start = 3
      } else if !isFinal && n < 3 {
        return (0, false)
      }
      var fields = FieldList()
      var line = 1
      var pos = start
      while true {
        let outcome = CSVScanner.scanRecord(p, end: n, from: pos, isFinal: isFinal, fields: &fields)
        switch outcome {
        case .incomplete:
          // The data-room reader's bound (``ImportTable/maximumRecordBytes``): a header still
          // open after 1 MiB is no header (trial 30, T30-3: a 50 MB line took 38 s and 260 MB
          // to be refused, with a 50 MB message).
          if n - pos > ImportTable.maximumRecordBytes {
            problem = headerTooLong(file: source.name, line: line)
            return (n, true)
          }
          return (0, false)
        case .unterminatedQuote(let column):
          problem = InputProblem(
            file: source.name, line: line, column: column,
            message: FieldMessages.unterminatedQuote)
          return (n, true)
        case .badQuote(let column, _, _):
          problem = InputProblem(
            file: source.name, line: line, column: column,
            message: FieldMessages.badQuote)
          return (n, true)
        case .record(let next, let newlines):
          if next == pos || (CSVScanner.isBlank(fields) && next >= n && isFinal) {
            problem = InputProblem(
              file: source.name, line: 0, message: "empty file (expected a header row)")
            return (n, true)
          }
          if CSVScanner.isBlank(fields) {
            // Blank lines before the header are skipped.
            line += newlines
            pos = next
            continue
          }
          if next - pos > ImportTable.maximumRecordBytes {
            problem = headerTooLong(file: source.name, line: line)
            return (n, true)
          }
          // The data-room reader's limit (``ImportTable/maximumCellsPerRecord``), for the
          // same reasons: 200,000 activity columns took 20 s to read one row.
          if fields.count > ImportTable.maximumCellsPerRecord {
            problem = InputProblem(
              file: source.name, line: line, column: ImportTable.maximumCellsPerRecord + 1,
              message:
                "the header has \(CountText.grouped(fields.count)) columns, more than 16,384 (expected one per "
                + "field: a spreadsheet stops at 16,384 columns; is the delimiter right?)")
            return (n, true)
          }
          var names = [String]()
          var keys = [String]()
          names.reserveCapacity(fields.count)
          keys.reserveCapacity(fields.count)
          for k in 0..<fields.count {
            let bytes = CSVScanner.bytes(of: fields[k], in: p)
            // A byte order mark inside the header: two files joined, or a BOM typed into a
            // column name. Name the column.
            if bytes.count >= 3,
              (0...(bytes.count - 3)).contains(where: {
                bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBB && bytes[$0 + 2] == 0xBF
              })
            {
              problem = InputProblem(
                file: source.name, line: line, column: k + 1,
                message:
                  "column name \(FieldMessages.quoted(String(decoding: bytes, as: UTF8.self))) "
                  + "holds a byte order mark (U+FEFF), which belongs only at the very start of "
                  + "a file (were two files joined?)")
              return (n, true)
            }
            if !FieldMessages.isValidUTF8(
              UnsafeBufferPointer(
                start: p + fields[k].start, count: fields[k].end - fields[k].start))
            {
              problem = InputProblem(
                file: source.name, line: line, column: k + 1,
                message: FieldMessages.invalidUTF8(
                  "column name", String(decoding: bytes, as: UTF8.self)))
              return (n, true)
            }
            let key = bytes.withUnsafeBufferPointer { FieldText.lowercasedTrimmed($0) }
            keys.append(String(decoding: key, as: UTF8.self))
            let (lo, hi) = bytes.withUnsafeBufferPointer { FieldText.trimmed($0) }
            names.append(String(decoding: bytes[lo..<hi], as: UTF8.self))
          }
          header = CSVHeader(
            names: names, keys: keys, dataStart: next, dataStartLine: line + newlines)
          return (n, true)
        }
      }
    }
    if let problem { log.fatal(problem) }
    return header
  }

  /// The problem of a header longer than ``ImportTable/maximumRecordBytes``, at `line`.
  static func headerTooLong(file: String, line: Int) -> InputProblem {
    InputProblem(
      file: file, line: line,
      message:
        "the header is longer than 1 MiB (1,048,576 bytes) and was not read further (expected "
        + "a line of column names such as account_id,month,mrr; is this a text file of one "
        + "line, or not a CSV file at all?)")
  }

  /// Checks for duplicate and missing required columns, logging each problem.
  /// - Returns: True when the header can be used.
  func validate(required: [String], file: String, log: inout ProblemLog) -> Bool {
    var ok = true
    // One pass with a set: a 100,000-column header is checked in linear time.
    var seen = Set<String>()
    seen.reserveCapacity(keys.count)
    for (i, key) in keys.enumerated() where !key.isEmpty && !seen.insert(key).inserted {
      log.fatal(
        InputProblem(
          file: file, line: 1, column: i + 1, message: "duplicate column \"\(names[i])\""))
      ok = false
    }
    let missing = required.filter { !seen.contains($0) }
    if !missing.isEmpty {
      // Each name cut as messages cut values (``ShownText``), and at most 20 of them: the
      // message stays bounded for any header (trial 30, T30-3: a 50 MB one).
      let shown = names.prefix(20).map { ShownText.bounded($0) }
      let found =
        names.isEmpty
        ? "nothing"
        : shown.joined(separator: ", ")
          + (names.count > 20 ? " and \(CountText.grouped(names.count - 20)) more" : "")
      var message =
        "missing required column\(missing.count == 1 ? "" : "s") "
        + missing.joined(separator: ", ") + " (found: \(found))"
      // One column holding the names joined by another separator: a spreadsheet export in a
      // locale that separates with semicolons, or a tab-separated file.
      if names.count == 1, let separator = [";", "\t", "|"].first(where: { names[0].contains($0) })
      {
        let shown = separator == "\t" ? "tabs" : "'\(separator)'"
        message += "; the header looks separated by \(shown): the files must be comma-separated"
      }
      log.fatal(InputProblem(file: file, line: 1, message: message))
      ok = false
    }
    return ok
  }

  /// Columns not in `known`, as written, in header order; a column without a name (a trailing
  /// delimiter, a spreadsheet's index column) as ``displayName(_:)`` gives it.
  func ignoredColumns(known: Set<String>) -> [String] {
    keys.indices.filter { !known.contains(keys[$0]) }.map(displayName)
  }

  /// Column `i`'s name as written, or `(unnamed column N)` (1-based) when the header cell is
  /// empty, so a list of columns never shows a blank.
  func displayName(_ i: Int) -> String {
    names[i].isEmpty ? "(unnamed column \(i + 1))" : names[i]
  }
}
