/// What reading `accounts.csv` produced.
struct AccountsResult: Sendable {
  var accounts: [Account] = []
  var index = AccountIndex()
  /// Physical line of each accepted account.
  var lines: [Int] = []
  /// Ids whose row was skipped (lenient), with that row's line, so their monthly rows can say so.
  var dropped = AccountIndex()
  var droppedLines: [Int] = []
  var columns: Set<AccountColumn> = []
  var summary = DataQuality.FileSummary(
    file: "accounts.csv", rowsRead: 0, rowsAccepted: 0, ignoredColumns: [])
}

/// Reads `accounts.csv`: one validated ``Account`` per row.
enum AccountsReader {
  static let file = "accounts.csv"
  static let required = ["account_id", "contract_type", "billing_cadence", "start_date"]
  static let known: Set<String> = Set(required + AccountColumn.allCases.map(\.rawValue))

  /// Reads every row of `source`, logging problems.
  /// - Returns: The accounts, or `nil` when the header is unusable (a fatal problem is logged).
  /// - Throws: `ARRQualityError` 66 when reading fails.
  /// - Complexity: O(bytes).
  static func read(
    _ source: ByteSource, chunkSize: Int, log: inout ProblemLog
  ) throws(ARRQualityError) -> AccountsResult? {
    guard let header = try CSVHeader.read(from: source, log: &log),
      header.validate(required: required, file: file, log: &log)
    else { return nil }
    var result = AccountsResult()
    result.summary.ignoredColumns = header.ignoredColumns(known: known)
    for c in AccountColumn.allCases where header.index(of: c.rawValue) != nil {
      result.columns.insert(c)
    }
    let expected = try estimatedRows(source, from: header.dataStart)
    result.index.reserve(expected, arenaBytes: expected * 12)
    result.accounts.reserveCapacity(expected)
    result.lines.reserveCapacity(expected)
    var row = AccountRowReader(header: header)
    var line = header.dataStartLine
    var fields = FieldList()
    try source.read(header.dataStart..<source.size, chunkSize: chunkSize) { p, n, isFinal in
      var pos = 0
      while pos < n {
        switch CSVScanner.scanRecord(p, end: n, from: pos, isFinal: isFinal, fields: &fields) {
        case .incomplete:
          return (pos, false)
        case .unterminatedQuote(let column):
          log.fatal(
            InputProblem(
              file: file, line: line, column: column, message: FieldMessages.unterminatedQuote))
          result.summary.rowsRead += 1
          return (n, true)
        case .badQuote(let column, let next, let newlines):
          result.summary.rowsRead += 1
          log.row(
            InputProblem(file: file, line: line, column: column, message: FieldMessages.badQuote))
          log.finishRow(mrrCents: nil)
          line += newlines
          pos = next
        case .record(let next, let newlines):
          if !CSVScanner.isBlank(fields) {
            result.summary.rowsRead += 1
            row.read(fields, in: p, line: line, into: &result, log: &log)
          }
          line += newlines
          pos = next
        }
      }
      return (pos, false)
    }
    if result.summary.rowsRead == 0 {
      log.fatal(
        InputProblem(file: file, line: 0, message: "no data rows (expected one row per account)"))
    }
    result.summary.rowsAccepted = result.accounts.count
    return result
  }

  /// Rows the file probably holds, from the line length of its first 64 KiB, so the id table
  /// is sized once instead of regrown (and rehashed) twenty times for a million accounts. An
  /// estimate only: a poor one costs time, never correctness.
  static func estimatedRows(_ source: ByteSource, from start: Int) throws(ARRQualityError) -> Int {
    let sample = start..<min(source.size, start + (64 << 10))
    guard !sample.isEmpty else { return 0 }
    var lines = 0
    try source.read(sample, chunkSize: sample.count) { p, n, _ in
      for i in 0..<n where p[i] == CSVScanner.lf { lines += 1 }
      return (n, true)
    }
    guard lines > 0 else { return 1 }
    let rows = Double(source.size - start) * Double(lines) / Double(sample.count)
    return Int(min(rows * 1.05 + 16, 50_000_000))
  }
}
