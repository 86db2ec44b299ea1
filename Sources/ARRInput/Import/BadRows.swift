import ARRCore

/// A data-room file's bad rows, one rule for every reader that reads rows of cells (cube,
/// monthly table, ledger): with `--lenient` a bad row is skipped with its first problem as the
/// reason; otherwise its problems stop the file, every one counted and the first
/// ``ARRQualityError/problemDisplayLimit`` listed.
struct BadRows {
  /// The problems listed, at most ``ARRQualityError/problemDisplayLimit``.
  private(set) var problems: [InputProblem] = []
  /// Every problem found.
  private(set) var count = 0

  /// Rejects the row at `line` for `rowProblems` (at least one).
  mutating func reject(
    _ rowProblems: [InputProblem], line: Int, fileIndex: Int, isLenient: Bool,
    log: inout ImportLog
  ) {
    if isLenient {
      log.skip(
        file: fileIndex, line: line, kind: .badRow,
        reason: "bad row: " + rowProblems[0].description)
    } else {
      count += rowProblems.count
      problems += rowProblems.prefix(max(0, ARRQualityError.problemDisplayLimit - problems.count))
    }
  }

  /// Throws the problems found, if any.
  /// - Throws: `.invalidData` naming `file`, every problem counted.
  func check(in file: String) throws(ARRQualityError) {
    if count > 0 { throw .problems(problems, count: count, in: file) }
  }
}
