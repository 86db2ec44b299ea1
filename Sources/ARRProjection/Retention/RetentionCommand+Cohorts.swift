extension RetentionCommand {
  /// Parses `--cohorts FILE`: a triangle CSV with one row per cohort, the cohort's label in
  /// the first column, then its survivors at periods 0, 1, 2, …; cells left blank at the end of
  /// a row are periods not yet observed. A first row whose period-0 cell is not a number is a
  /// header and is skipped. UTF-8 with or without BOM, LF or CRLF, RFC 4180 quoting; blank
  /// lines are ignored.
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the name to put in error messages.
  /// - Returns: survivors per cohort, in file order.
  /// - Throws: `ARRQualityError` with status `.dataError` listing every problem as
  ///   `file:line:column: message`: a value that is not a number or is negative, period 0 not
  ///   positive, survivors that increase, a blank followed by a value, a row with fewer than
  ///   two periods, an unterminated quote, or no cohorts at all.
  /// - Complexity: O(size of the file).
  public static func parseCohortsCSV(_ bytes: [UInt8], file: String) throws(ARRQualityError)
    -> [[Double]]
  {
    var problems: [InputProblem] = []
    let records = splitCSV(bytes, file: file, problems: &problems)
    var cohorts: [[Double]] = []
    for (index, record) in records.enumerated() {
      let (line, fields) = record
      if index == 0, fields.count >= 2, number(fields[1]) == nil {
        continue  // header row
      }
      var values: [Double] = []
      var firstBlank: Int?
      var rowOK = true
      for column in fields.indices.dropFirst() {
        let cell = fields[column].trimmingSpaces()
        let period = column - 1
        if cell.isEmpty {
          if firstBlank == nil { firstBlank = column }
          continue
        }
        if let blank = firstBlank {
          problems.append(
            InputProblem(
              file: file, line: line, column: blank + 1,
              message:
                "period \(blank - 1) is blank but period \(period) has \"\(cell)\" "
                + "(expected blanks only at the end of a row, for periods not yet observed)"))
          rowOK = false
          break
        }
        guard let value = number(cell), value >= 0 else {
          problems.append(
            InputProblem(
              file: file, line: line, column: column + 1,
              message: "period \(period) \"\(cell)\" is not a survivor count "
                + "(expected a number ≥ 0, e.g. 631)"))
          rowOK = false
          continue
        }
        if period == 0, value == 0 {
          problems.append(
            InputProblem(
              file: file, line: line, column: column + 1,
              message: "period 0 is 0 (expected the cohort's starting size, > 0)"))
          rowOK = false
        }
        if let previous = values.last, value > previous {
          problems.append(
            InputProblem(
              file: file, line: line, column: column + 1,
              message: "period \(period) \"\(cell)\" exceeds period \(period - 1) "
                + "(\(format(previous))); survivors cannot increase"))
          rowOK = false
        }
        values.append(value)
      }
      if rowOK, values.count < 2 {
        problems.append(
          InputProblem(
            file: file, line: line,
            message: "cohort \"\(fields.first ?? "")\" has \(values.count) period(s) "
              + "(expected at least periods 0 and 1)"))
        rowOK = false
      }
      if rowOK { cohorts.append(values) }
    }
    if problems.isEmpty, cohorts.isEmpty {
      problems.append(
        InputProblem(
          file: file, line: 0,
          message: "no cohorts (expected one row per cohort: label, then survivors at 0, 1, …)"))
    }
    if !problems.isEmpty {
      throw ARRQualityError(
        kind: .invalidData, message: "\(file): cannot read the cohort triangle",
        problems: problems)
    }
    return cohorts
  }

  private static func number(_ text: String) -> Double? {
    let trimmed = text.trimmingSpaces()
    guard !trimmed.isEmpty, let value = Double(trimmed), value.isFinite else { return nil }
    return value
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
  }

  /// RFC 4180 records with the 1-based line each starts on; blank lines dropped.
  private static func splitCSV(_ bytes: [UInt8], file: String, problems: inout [InputProblem])
    -> [(Int, [String])]
  {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let text = String(decoding: body, as: UTF8.self)
    var records: [(Int, [String])] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var line = 1
    var recordLine = 1
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    func endRecord() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].trimmingSpaces().isEmpty) {
        records.append((recordLine, fields))
      }
      fields = []
      field = ""
    }
    while let c = pending {
      pending = iterator.next()
      if inQuotes {
        if c == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = iterator.next()
          } else {
            inQuotes = false
          }
        } else {
          if c == "\n" { line += 1 }
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"" where field.isEmpty: inQuotes = true
      case ",":
        fields.append(field)
        field = ""
      case "\r" where pending == "\n": continue
      case "\n", "\r":
        endRecord()
        line += 1
        recordLine = line
      default: field.unicodeScalars.append(c)
      }
    }
    if inQuotes {
      problems.append(
        InputProblem(
          file: file, line: recordLine, column: fields.count + 1,
          message: "quoted field never closed (expected a closing \")"))
    }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    return records
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var slice = self[...]
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
