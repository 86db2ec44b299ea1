import ARRCore

/// Reads a cohort triangle CSV (`arr-quality retention --cohorts FILE`): one row per cohort, the
/// cohort's label in the first column, then its survivors at periods 0, 1, 2, …
///
/// Cells left blank at the end of a row are periods not yet observed; the newest cohort may
/// have only period 0 (it has had no chance to churn yet, and adds nothing to the fit). A
/// first row whose period-0 cell is not a number is a header and is skipped. UTF-8 with or
/// without BOM, LF or CRLF, RFC 4180 quoting (the same ``CSVScanner`` as the company files);
/// blank lines are ignored.
public enum CohortTriangleReader {
  /// Reads the triangle.
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the name to put in error messages.
  /// - Returns: survivors per cohort, in file order; each has at least period 0, and at least
  ///   one has period 1.
  /// - Throws: `ARRQualityError` of kind `.invalidData` listing every problem as
  ///   `file:line:column: message`: a value that is not a number or is negative, period 0 not
  ///   positive or missing, survivors that increase, a blank followed by a value, a broken
  ///   quote, no cohorts at all, or no cohort observed past period 0.
  /// - Complexity: O(size of the file).
  public static func read(_ bytes: [UInt8], file: String) throws(ARRQualityError) -> [[Double]] {
    var problems: [InputProblem] = []
    let records = self.records(bytes, file: file, problems: &problems)
    var cohorts: [[Double]] = []
    for (index, record) in records.enumerated() {
      let (line, fields) = record
      if index == 0, fields.count >= 2, number(fields[1]) == nil {
        continue  // header row
      }
      if let values = cohort(fields, line: line, file: file, problems: &problems) {
        cohorts.append(values)
      }
    }
    if problems.isEmpty, cohorts.isEmpty {
      problems.append(
        InputProblem(
          file: file, line: 0,
          message: "no cohorts (expected one row per cohort: label, then survivors at 0, 1, …)"))
    }
    if problems.isEmpty, !cohorts.contains(where: { $0.count >= 2 }) {
      problems.append(
        InputProblem(
          file: file, line: 0,
          message: "no cohort is observed past period 0 (expected at least one row with "
            + "survivors at periods 0 and 1)"))
    }
    if !problems.isEmpty {
      throw ARRQualityError(
        kind: .invalidData, message: "\(file): cannot read the cohort triangle",
        problems: problems)
    }
    return cohorts
  }

  /// One row's survivors, or `nil` (with its problems recorded) when the row is bad.
  private static func cohort(
    _ fields: [String], line: Int, file: String, problems: inout [InputProblem]
  ) -> [Double]? {
    var values: [Double] = []
    var firstBlank: Int?
    var isValid = true
    for column in fields.indices.dropFirst() {
      let cell = trimmed(fields[column])
      let period = column - 1
      if cell.isEmpty {
        if firstBlank == nil { firstBlank = column }
        continue
      }
      if let blank = firstBlank {
        problems.append(
          InputProblem(
            file: file, line: line, column: blank + 1,
            message: "period \(blank - 1) is blank but period \(period) has \"\(cell)\" "
              + "(expected blanks only at the end of a row, for periods not yet observed)"))
        return nil
      }
      guard let value = number(cell), value >= 0 else {
        problems.append(
          InputProblem(
            file: file, line: line, column: column + 1,
            message: "period \(period) \"\(cell)\" is not a survivor count "
              + "(expected a number ≥ 0, e.g. 631)"))
        isValid = false
        continue
      }
      if period == 0, value == 0 {
        problems.append(
          InputProblem(
            file: file, line: line, column: column + 1,
            message: "period 0 is 0 (expected the cohort's starting size, > 0)"))
        isValid = false
      }
      if let previous = values.last, value > previous {
        problems.append(
          InputProblem(
            file: file, line: line, column: column + 1,
            message: "period \(period) \"\(cell)\" exceeds period \(period - 1) "
              + "(\(text(previous))); survivors cannot increase"))
        isValid = false
      }
      values.append(value)
    }
    if isValid, values.isEmpty {
      problems.append(
        InputProblem(
          file: file, line: line,
          message: "cohort \"\(fields.first ?? "")\" has no survivors at period 0 "
            + "(expected the cohort's starting size after its label)"))
      isValid = false
    }
    return isValid ? values : nil
  }

  /// The file's records as text, with the 1-based line each starts on; blank lines dropped.
  private static func records(_ bytes: [UInt8], file: String, problems: inout [InputProblem])
    -> [(line: Int, fields: [String])]
  {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var records: [(line: Int, fields: [String])] = []
    bytes.withUnsafeBufferPointer { buffer in
      guard let p = buffer.baseAddress else { return }
      var fields = FieldList()
      var offset = start
      var line = 1
      scanning: while offset < buffer.count {
        switch CSVScanner.scanRecord(
          p, end: buffer.count, from: offset, isFinal: true, fields: &fields)
        {
        case .record(let next, let newlines):
          let texts = (0..<fields.count).map { CSVScanner.string(of: fields[$0], in: p) }
          if !(texts.count == 1 && trimmed(texts[0]).isEmpty) { records.append((line, texts)) }
          line += newlines
          offset = next
        case .badQuote(let column, let next, let newlines):
          problems.append(
            InputProblem(
              file: file, line: line, column: column,
              message: "a closing quote is followed by more text (expected a comma or the "
                + "end of the line after it)"))
          line += newlines
          offset = next
        case .unterminatedQuote(let column):
          problems.append(
            InputProblem(
              file: file, line: line, column: column,
              message: "quoted field never closed (expected a closing \")"))
          break scanning
        case .incomplete:
          break scanning  // not reached: the whole file is given (`isFinal`)
        }
      }
    }
    return records
  }

  private static func number(_ text: String) -> Double? {
    let t = trimmed(text)
    guard !t.isEmpty, let value = Double(t), value.isFinite else { return nil }
    return value
  }

  /// A survivor count as written in a message: `631`, or `63.1`.
  private static func text(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
  }

  private static func trimmed(_ text: String) -> String {
    var slice = text[...]
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
