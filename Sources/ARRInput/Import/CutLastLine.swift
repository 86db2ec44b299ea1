import ARRCore

/// A file cut off mid-row (`docs/import.md`, "Errors"): a download or copy that stopped early
/// ends inside its last line, with no line end and fewer cells than the lines above. Read as
/// written, the row's missing months were zero (a churn) and its last cell a fragment of an
/// amount (`2` of `200`), silently (tenth session's trial). Decided: a problem at the line, naming
/// what was found and what was expected; with `--lenient` the line is left out and a finding says
/// so. A last line with all its cells, with one non-empty cell (a footnote as often as a cut
/// name), or below lines of differing lengths (a ragged export) is read as before: nothing then
/// says the line is cut.
enum CutLastLine {
  /// Checks `table`'s last record; with `isLenient`, drops a cut one and says so in `log`.
  /// - Throws: `.invalidData`, the problem at the line, when the last record is cut and
  ///   `isLenient` is false.
  static func check(_ table: inout ImportTable, isLenient: Bool, log: inout ImportLog)
    throws(ARRQualityError)
  {
    guard table.endsWithoutLineEnd, table.records.count >= 3 else { return }
    let n = table.records.count
    let last = table.records[n - 1]
    let expected = table.records[n - 2].cells.count
    // One cell left is a footnote as often as a fragment (QuickBooks ends its reports with an
    // `Accrual basis …` line in one cell and no line end): only a line holding more than a
    // label, whose cells would be read as amounts, is taken for cut.
    guard last.cells.count < expected, table.records[n - 3].cells.count == expected,
      last.cells.filter({ !$0.isEmpty }).count >= 2
    else { return }
    let said =
      "the file ends inside this line: it has \(last.cells.count) of the \(expected) cells of "
      + "the lines above and no line end (a file cut off mid-row?)"
    guard isLenient else {
      throw .data(
        "1 problem in \(table.file)",
        problems: [
          InputProblem(
            file: table.file, line: last.line, column: last.cells.count,
            message: said + "; export the file again, or end the line if it is whole")
        ])
    }
    table.records.removeLast()
    log.findings.append(
      "\(table.file): line \(last.line) left out (--lenient): \(said); its cells were "
        + last.cells.map { "\"\($0)\"" }.joined(separator: ", "))
  }
}
