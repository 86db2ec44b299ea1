import ARRCore

/// What reading `accounts.csv` produced.
struct AccountsResult: Sendable {
  var accounts: [Account] = []
  var index = AccountIndex()
  /// Physical line of each accepted account, for duplicate messages (the loader lets it go
  /// once the file is read).
  var lines: [Int] = []
  /// Ids whose row was rejected (skipped when lenient), with that row's line, so their monthly
  /// rows can say so.
  var dropped = AccountIndex()
  var droppedLines: [Int] = []
  var columns: Set<AccountColumn> = []
  var summary = DataQuality.FileSummary(
    file: "accounts.csv", rowsRead: 0, rowsAccepted: 0, ignoredColumns: [])
}

/// Reads `accounts.csv`: one validated ``Account`` per row.
///
/// A large, clean file is read by two threads, one per half, and the halves joined; any problem,
/// or an id found in both halves, sends the file back to one thread, which alone reports
/// problems in file order with exact "first on line" references.
enum AccountsReader {
  static let file = "accounts.csv"
  static let required = ["account_id"]
  /// Columns that may be absent: `contract_type` and `billing_cadence` are then `unknown` for
  /// every row, `start_date` inferred from the first month with revenue.
  static let optionalTerms = ["contract_type", "billing_cadence", "start_date", "inferred"]
  /// The month from which a row's inferred terms are supported by the data (written by `import`).
  static let inferredFromColumn = "inferred_from"
  static let known: Set<String> = Set(
    required + optionalTerms + [inferredFromColumn] + AccountColumn.allCases.map(\.rawValue))

  /// One thread's share of the file.
  private struct Part: @unchecked Sendable {
    var result = AccountsResult()
    var log: ProblemLog
    /// Line where the next record would start.
    var line: Int
    var error: ARRQualityError?
  }

  /// Reads every row of `source`, logging problems.
  /// - Returns: The accounts, or `nil` when the header is unusable (a fatal problem is logged).
  /// - Throws: `ARRQualityError` 66 when reading fails.
  /// - Complexity: O(bytes / threads).
  static func read(
    _ source: ByteSource, tuning: LoadTuning, log: inout ProblemLog
  ) throws(ARRQualityError) -> AccountsResult? {
    guard let header = try CSVHeader.read(from: source, log: &log),
      header.validate(required: required, file: file, log: &log)
    else { return nil }
    var result = AccountsResult()
    result.summary.ignoredColumns = header.ignoredColumns(known: known)
    for c in AccountColumn.allCases where header.index(of: c.rawValue) != nil {
      result.columns.insert(c)
    }
    let range = header.dataStart..<source.size
    let expected = try estimatedRows(source, from: header.dataStart)
    var parts: [Part]?  // the two halves, when the file is large enough to split
    if tuning.threadCount >= 2 && range.count >= tuning.minimumParallelBytes,
      let split = try MonthlyReader.splitPoint(source, range)
    {
      parts = try readTwoThreads(
        source, ranges: [range.lowerBound..<split, split..<range.upperBound], header: header,
        expected: expected, tuning: tuning, isLenient: log.isLenient)
    }
    var part: Part
    if var two = parts.take(), let joined = join(&two) {
      part = joined
    } else {
      part = Part(log: ProblemLog(isLenient: log.isLenient), line: header.dataStartLine)
      reserve(&part.result, expected)
      try readRange(source, range, header: header, chunkSize: tuning.chunkSize, into: &part)
    }
    log.append(part.log, lineOffset: 0)
    result.accounts = part.result.accounts
    result.index = part.result.index
    result.lines = part.result.lines
    result.dropped = part.result.dropped
    result.droppedLines = part.result.droppedLines
    result.summary.rowsRead = part.result.summary.rowsRead
    if result.summary.rowsRead == 0 {
      log.fatal(
        InputProblem(file: file, line: 0, message: "no data rows (expected one row per account)"))
    }
    result.summary.rowsAccepted = result.accounts.count
    return result
  }

  /// Reserves room for `expected` accounts, and slots for `placed` ids in the table
  /// (`expected` when not given).
  private static func reserve(_ result: inout AccountsResult, _ expected: Int, placed: Int? = nil) {
    result.index.reserve(expected, arenaBytes: expected * 12, placed: placed)
    result.accounts.reserveCapacity(expected)
    result.lines.reserveCapacity(expected)
  }

  /// Reads the two halves at once.
  private static func readTwoThreads(
    _ source: ByteSource, ranges: [Range<Int>], header: CSVHeader, expected: Int,
    tuning: LoadTuning, isLenient: Bool
  ) throws(ARRQualityError) -> [Part] {
    let parts = Concurrent.map(ranges) { k, range in
      var part = Part(
        log: ProblemLog(isLenient: isLenient), line: k == 0 ? header.dataStartLine : 1)
      // The first half receives the second's accounts, lines and ids when the halves are
      // joined: its arrays sized for the whole file now are not regrown then (every account
      // moved). Neither half places its ids in slots: the join places them all once, in slots
      // sized for the count it then knows (``AccountIndex/placeAll()``).
      reserve(&part.result, k == 0 ? expected + 16 : expected / 2 + 16, placed: 0)
      do {
        try readRange(
          source, range, header: header, chunkSize: tuning.chunkSize, defersIndex: true,
          into: &part)
      } catch {
        part.error = error as? ARRQualityError
      }
      return part
    }
    if let e = parts[0].error ?? parts[1].error { throw e }
    return parts
  }

  /// The halves as one part, or `nil` when either half has a problem (including a split that
  /// fell inside a quoted field, which makes the first half end in an unterminated quote) or
  /// an id appears in both halves: the caller then reads the file with one thread.
  private static func join(_ parts: inout [Part]) -> Part? {
    for p in parts
    where p.log.problemCount > 0 || p.log.skippedCount > 0 {
      return nil
    }
    // Taken out of the array, so that the first half is the only owner of its buffers and
    // appending to them does not copy them first.
    var second = parts.removeLast()
    var whole = parts.removeLast()
    let offset = whole.line - 1
    // The second half's ids and its accounts are appended side by side, on two threads: each
    // was about half of the join, which ran on one thread while the other core idled. The
    // buffers are handed to the threads in boxes, each the only owner of what it changes, so
    // nothing is copied on write; the second half's accounts are released by the thread that
    // copied them (a release per string, 10% of the join). Then every id is placed, on both
    // cores, which also finds an id listed twice (in one half or in both).
    let ids = Owned(take(&whole.result.index))
    let list = Owned((take(&whole.result.accounts), take(&whole.result.lines)))
    let copied = Owned((take(&second.result.accounts), second.result.lines))
    let otherIDs = second.result.index
    _ = Concurrent.pair(
      { ids.value.appendUnplaced(contentsOf: otherIDs) },
      {
        list.value.0 += copied.value.0
        list.value.1 += copied.value.1.map { $0 + offset }
        copied.value = ([], [])
      })
    guard ids.value.placeAll() else { return nil }
    whole.result.index = take(&ids.value)
    whole.result.accounts = take(&list.value.0)
    whole.result.lines = take(&list.value.1)
    whole.result.summary.rowsRead += second.result.summary.rowsRead
    whole.line = second.line + offset
    return whole
  }

  /// `value`, leaving an empty one in its place: the caller becomes its only owner.
  private static func take<T: RangeReplaceableCollection>(_ value: inout T) -> T {
    var out = T()
    swap(&out, &value)
    return out
  }

  private static func take(_ value: inout AccountIndex) -> AccountIndex {
    var out = AccountIndex()
    swap(&out, &value)
    return out
  }

  /// A value handed to one thread of ``Concurrent/pair(_:_:)``, which alone changes it.
  private final class Owned<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
  }

  /// Reads the records in `range` into `part`, starting at line `part.line`.
  /// - Parameter defersIndex: Leave ids to be placed at the join
  ///   (``AccountRowReader/defersIndex``): for a half read by its own thread, which is given up
  ///   on any duplicate.
  private static func readRange(
    _ source: ByteSource, _ range: Range<Int>, header: CSVHeader, chunkSize: Int,
    defersIndex: Bool = false, into part: inout Part
  ) throws(ARRQualityError) {
    var row = AccountRowReader(header: header)
    row.defersIndex = defersIndex
    var fields = FieldList()
    try source.read(range, chunkSize: chunkSize) { p, n, isFinal in
      var pos = 0
      while pos < n {
        switch CSVScanner.scanRecord(p, end: n, from: pos, isFinal: isFinal, fields: &fields) {
        case .incomplete:
          return (pos, false)
        case .unterminatedQuote(let column):
          part.log.fatal(
            InputProblem(
              file: file, line: part.line, column: column, message: FieldMessages.unterminatedQuote
            ))
          part.result.summary.rowsRead += 1
          return (n, true)
        case .badQuote(let column, let next, let newlines):
          part.result.summary.rowsRead += 1
          part.log.row(
            InputProblem(
              file: file, line: part.line, column: column, message: FieldMessages.badQuote))
          part.log.finishRow(mrrCents: nil)
          part.line += newlines
          pos = next
        case .record(let next, let newlines):
          if !CSVScanner.isBlank(fields) {
            part.result.summary.rowsRead += 1
            row.read(fields, in: p, line: part.line, into: &part.result, log: &part.log)
          }
          part.line += newlines
          pos = next
        }
      }
      return (pos, false)
    }
  }

  /// Rows the file probably holds, from the line length of its first 64 KiB, so the id table
  /// is sized once instead of regrown (and rehashed) twenty times for a million accounts. An
  /// estimate only: a poor one costs time, never correctness.
  static func estimatedRows(_ source: ByteSource, from start: Int) throws(ARRQualityError) -> Int {
    let sample = start..<min(source.size, start + (64 << 10))
    guard !sample.isEmpty else { return 0 }
    var lines = 0
    try source.read(sample, chunkSize: sample.count) { p, n, _ in
      // Line feeds that end a non-empty line: blank lines are not rows.
      for i in 1..<max(n, 1) where p[i] == CSVScanner.lf && p[i - 1] != CSVScanner.lf {
        lines += 1
      }
      return (n, true)
    }
    guard lines > 0 else { return 1 }
    let bytes = source.size - start
    let rows = Double(bytes) * Double(lines) / Double(sample.count)
    // No real row is shorter than ~30 bytes (four required columns, a date): an estimate above
    // that bound comes from an unusual sample and would only reserve memory for nothing.
    return Int(min(rows * 1.05 + 16, Double(bytes / 30 + 16)))
  }
}
