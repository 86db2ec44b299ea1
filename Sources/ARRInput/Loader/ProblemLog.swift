import ARRCore

/// Collects problems (strict mode, and fatal ones in lenient mode) and skipped rows (lenient).
///
/// Keeps the first ``ARRQualityError/problemDisplayLimit`` problems and the first
/// ``DataQuality/skippedSampleLimit`` skipped rows, but counts all of them.
struct ProblemLog: Sendable {
  let isLenient: Bool
  var problems: [InputProblem] = []
  var problemCount = 0
  var skipped: [DataQuality.SkippedRow] = []
  var skippedCount = 0
  var skippedMRRCents: Int64 = 0
  /// Set when the sum of skipped MRR no longer fits; the sum then stays at its last value.
  var skippedMRROverflowed = false
  /// True for a log of rows that carry MRR (`monthly.csv`): a skipped row whose MRR could not be
  /// read is then counted in ``skippedUnknownMRR`` (an `accounts.csv` row carries none).
  var isMRRCarried = false
  /// Skipped rows of MRR-carrying files whose MRR could not be read: their sum is unknown,
  /// never $0 (trial 37, T37-22: a typo in an as-of row, `2000.5O`, read "the skipped monthly
  /// rows carried $0 of MRR").
  var skippedUnknownMRR = 0
  /// Amounts refused for more than 2 decimals: with a three-decimal currency (KWD) the error
  /// says the cause once, up front (``CompanyLoader``; session 20, wording lane).
  var tooManyDecimals = 0
  /// Problems of the row being read, sorted by column when the row ends.
  private var rowProblems: [InputProblem] = []

  init(isLenient: Bool) { self.isLenient = isLenient }

  /// Records a problem that makes the input unusable, in either mode.
  mutating func fatal(_ problem: InputProblem) {
    problemCount += 1
    if problems.count < ARRQualityError.problemDisplayLimit { problems.append(problem) }
  }

  /// Records a problem with the current row.
  mutating func row(_ problem: InputProblem) { rowProblems.append(problem) }

  /// True when the current row has a problem so far.
  var rowHasProblem: Bool { !rowProblems.isEmpty }

  /// Ends the current row. Strict: its problems become problems. Lenient: the row is skipped,
  /// described by its first problem, with the MRR it carried.
  /// - Returns: True when the row was bad.
  /// A monthly row gives its `month` and `accountID` when they could be read.
  @discardableResult
  mutating func finishRow(mrrCents: Int64?, month: Month? = nil, accountID: String? = nil) -> Bool {
    guard !rowProblems.isEmpty else { return false }
    rowProblems.sort { ($0.column ?? 0) < ($1.column ?? 0) }
    if isLenient {
      skip(rowProblems[0], mrrCents: mrrCents, month: month, accountID: accountID)
    } else {
      for p in rowProblems { fatal(p) }
    }
    rowProblems.removeAll(keepingCapacity: true)
    return true
  }

  /// Records a skipped row.
  mutating func skip(
    _ problem: InputProblem, mrrCents: Int64?, month: Month? = nil, accountID: String? = nil
  ) {
    skippedCount += 1
    if skipped.count < DataQuality.skippedSampleLimit {
      skipped.append(
        DataQuality.SkippedRow(
          problem: problem, mrrCents: mrrCents, month: month, accountID: accountID))
    }
    if let mrrCents {
      let (sum, overflow) = skippedMRRCents.addingReportingOverflow(mrrCents)
      if overflow { skippedMRROverflowed = true } else { skippedMRRCents = sum }
    } else if isMRRCarried {
      skippedUnknownMRR += 1
    }
  }

  /// Appends `other` (read after this one); adds `lineOffset` to its line numbers.
  mutating func append(_ other: ProblemLog, lineOffset: Int) {
    for var p in other.problems {
      if p.line > 0 { p.line += lineOffset }
      problemCount += 1
      if problems.count < ARRQualityError.problemDisplayLimit { problems.append(p) }
    }
    problemCount += other.problemCount - other.problems.count
    for var s in other.skipped {
      s.problem.line += lineOffset
      if skipped.count < DataQuality.skippedSampleLimit { skipped.append(s) }
    }
    skippedCount += other.skippedCount
    skippedUnknownMRR += other.skippedUnknownMRR
    tooManyDecimals += other.tooManyDecimals
    let (sum, overflow) = skippedMRRCents.addingReportingOverflow(other.skippedMRRCents)
    if overflow || other.skippedMRROverflowed {
      skippedMRROverflowed = true
    } else {
      skippedMRRCents = sum
    }
  }
}
