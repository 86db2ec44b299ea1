import ARRCore

/// A file cut off mid-row (`docs/import.md`, "Errors"): a download or copy that stopped early
/// ends inside its last line, with no line end and fewer cells than the lines above. Read as
/// written, the row's missing months were zero (a churn) and its last cell a fragment of an
/// amount (`2` of `200`), silently (tenth session's trial). Decided: in a revenue file, a problem
/// at the line, naming what was found and what was expected; with `--lenient` the line is a bad
/// row, skipped (rows read = used + skipped; its amounts are not read) and a finding says so
/// (review 11, F17: it was neither read nor skipped). In a customer list, whose cells are facts
/// and no amounts, the line is read with its missing cells blank, and a finding says so (review
/// 11, F13: a hand-made list whose short last line had no line end was refused). A last line with
/// all its cells, with one non-empty cell (a footnote as often as a cut name), or below lines of
/// differing lengths (a ragged export) is read as before: nothing then says the line is cut.
enum CutLastLine {
  /// A cut last line: the record, and what is said of it.
  struct Cut: Sendable {
    var record: ImportTable.Record
    /// The cells of the lines above.
    var expected: Int

    /// `it has 3 of the 4 cells of the lines above and no line end`.
    var shortness: String {
      "it has \(CountText.grouped(record.cells.count)) of the \(expected) cells of the lines above and no line end"
    }

    var said: String {
      "the file ends inside this line: \(shortness) (a file cut off mid-row?)"
    }
  }

  /// `table`'s last record when it looks cut (see the type's notes), else `nil`.
  static func find(_ table: ImportTable) -> Cut? {
    guard table.endsWithoutLineEnd, table.records.count >= 3 else { return nil }
    let n = table.records.count
    let last = table.records[n - 1]
    let expected = table.records[n - 2].cells.count
    // One cell left is a footnote as often as a fragment (QuickBooks ends its reports with an
    // `Accrual basis …` line in one cell and no line end): only a line holding more than a
    // label, whose cells would be read as amounts, is taken for cut.
    guard last.cells.count < expected, table.records[n - 3].cells.count == expected,
      last.cells.filter({ !$0.isEmpty }).count >= 2
    else { return nil }
    return Cut(record: last, expected: expected)
  }

  /// The cut line of a revenue file, file `fileIndex` of `log` (its reader has read the lines
  /// above it): with `isLenient`, a bad row skipped, with a finding.
  /// - Throws: `.invalidData`, the problem at the line, when `isLenient` is false.
  static func settle(
    _ cut: Cut, file: String, fileIndex: Int, isLenient: Bool, log: inout ImportLog
  )
    throws(ARRQualityError)
  {
    let problem = InputProblem(
      file: file, line: cut.record.line, column: cut.record.cells.count,
      message: cut.said + "; export the file again, or end the line if it is whole")
    guard isLenient else { throw .data("1 problem in \(file)", problems: [problem]) }
    log.files[fileIndex].rowsRead += 1
    log.skip(
      file: fileIndex, line: cut.record.line, kind: .badRow,
      reason: "bad row: " + problem.description)
    log.findings.append(
      "\(file): line \(cut.record.line) left out (--lenient): \(cut.said); its cells were "
        + cut.record.cells.map { "\"\($0)\"" }.joined(separator: ", ")
        + ", none read (skipped as a bad row, not in the tie-out)")
  }

  /// The finding for a customer list read with its cut line (its missing cells blank).
  static func listFinding(_ cut: Cut, file: String) -> String {
    "\(file): line \(cut.record.line) ends the file, but \(cut.shortness): a customer list holds facts, no amounts, so it is read with its missing cells blank; "
      + "if the file was cut off, those facts of that customer are lost"
  }
}
