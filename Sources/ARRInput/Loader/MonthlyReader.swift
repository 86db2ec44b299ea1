import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the loader reads: chunk size and threads. Tests shrink these to exercise chunk
/// boundaries and the two-thread split on small inputs.
struct LoadTuning: Sendable {
  var chunkSize = 4 << 20
  var threadCount = 2
  /// Data smaller than this is read by one thread.
  var minimumParallelBytes = 16 << 20
  /// Rows of `monthly.csv` read ahead together (``MonthlyRowBatch``); 0 reads row by row, the
  /// reference the batched path is tested against.
  var rowBatch = 256
  /// Windows of `monthly.csv` read for its month range (``MonthSample``), whose months are then
  /// written straight into the matrices; 0 gives every month a column of its own, the reference
  /// layout the direct one is tested against.
  var monthSampleWindows = 48
  /// Bytes per window of that sample.
  var monthSampleBytes = 64 << 10
}

/// What reading `monthly.csv` produced.
struct MonthlyResult: @unchecked Sendable {
  var columns: MonthColumns
  var minOrdinal: Int32
  var maxOrdinal: Int32
  var rowsAfterAsOf: Int
  /// The earliest month of the rows after `--as-of` (`Int32.max` when none).
  var minOrdinalAfterAsOf: Int32
  /// Rows (strict mode) of accounts whose `accounts.csv` row was rejected.
  var rowsOfRejectedAccounts: Int
  /// Rows (strict mode) after an as_of given in `company.json`, and their latest month
  /// (`Int32.min` when none).
  var rowsAfterCompanyAsOf: Int
  var maxOrdinalAfterCompanyAsOf: Int32
  var oneTime: [Int64]
  /// Some MRR (usage) value did not fit `Int32`: that matrix is laid out as `Int64`.
  var isMRRWide: Bool
  var isUsageWide: Bool
  var hasUsage: Bool
  var hasOneTime: Bool
  var summary: DataQuality.FileSummary
  /// True when the two-thread path was used to the end.
  var usedTwoThreads: Bool
  /// The header name of the column read as usage when the file has no `usage` column but a
  /// column named for a usage unit (``MonthlyReader/usageField(_:)``); `nil` otherwise.
  var usageAlias: String?
  /// The extra columns read as activity, as written in the header, in header order.
  var activityNames: [String] = []
  /// Per activity column: accepted rows with a cell that is not missing, and of those the ones
  /// holding a number.
  var activityPresent: [Int] = []
  var activityReadable: [Int] = []
  /// Per activity column: its cells were written compact and are what
  /// ``ActivityColumn/compact()`` would make of them (``MonthColumns/activityColumn(_:name:from:through:isCompact:)``).
  var activityCompact: [Bool] = []
}

/// Reads `monthly.csv` with one or two threads.
enum MonthlyReader {
  static let file = "monthly.csv"
  static let required = ["account_id", "month", "mrr"]
  static let known: Set<String> = ["account_id", "month", "mrr", "one_time", "usage"]
  /// Column names read as `usage` when the file has none: the units BRIEF's usage column holds
  /// (API calls, credits, tokens, tasks), as an AI company's export names them (session 34,
  /// lead; trial 34, T34-8: a `tokens` column was an activity signal of weight 0, and accounts
  /// whose tokens fell to zero while they paid were "retained" with no reason). First found in
  /// this order; active users and seats stay activity (they measure people, not usage billed).
  static let usageAliases = [
    "tokens", "tokens_used", "token_count", "api_calls", "api_requests", "requests", "calls",
    "credits_used", "credits_consumed", "tasks", "queries", "usage_units", "units_used",
  ]

  /// The column read as usage: `usage`, else the first of ``usageAliases`` in the header.
  static func usageField(_ header: CSVHeader) -> Int? {
    header.index(of: "usage") ?? usageAliases.lazy.compactMap { header.index(of: $0) }.first
  }

  /// ``usageField(_:)``, except that a column of another name is read as usage only when the
  /// cells of the file's first rows (up to ``aliasCheckBytes``) are blank or whole counts: a
  /// `requests` column of `1e3` or `-2` stays activity, as before, rather than make the file
  /// refused.
  /// - Throws: `ARRQualityError` 66 when reading fails.
  /// - Complexity: O(``aliasCheckBytes``).
  static func usageField(_ header: CSVHeader, source: ByteSource) throws(ARRQualityError) -> Int? {
    guard let k = usageField(header) else { return nil }
    if header.keys[k] == "usage" { return k }
    let range = header.dataStart..<min(source.size, header.dataStart + aliasCheckBytes)
    var isCount = true
    try source.read(range, chunkSize: max(range.count, 1)) { p, n, isFinal in
      var lines = UnsafeBufferPointer(start: p, count: n).split(
        separator: CSVScanner.lf, omittingEmptySubsequences: true)
      // A line the window cuts is not judged.
      if !isFinal || range.upperBound < source.size { lines = lines.dropLast() }
      for line in lines where !line.contains(UInt8(ascii: "\"")) {
        let cells = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard k < cells.count else { continue }
        let cell = cells[k].last == CSVScanner.cr ? cells[k].dropLast() : cells[k]
        let isBlank = cell.allSatisfy { $0 == UInt8(ascii: " ") }
        if !isBlank, (try? ScalarParsers.count(UnsafeBufferPointer(rebasing: cell))) == nil {
          isCount = false
          break
        }
      }
      return (n, true)
    }
    return isCount ? k : nil
  }

  /// Bytes of `monthly.csv` whose rows decide whether a usage unit's column is read as usage.
  static let aliasCheckBytes = 256 << 10
  /// The most extra columns read as activity (docs/input.md, "Activity columns").
  static let maximumActivityColumns = 100

  /// Reads every row, logging problems.
  /// - Returns: `nil` when the header is unusable (a fatal problem is logged).
  /// - Throws: `ARRQualityError` 66 when reading fails.
  /// - Complexity: O(bytes / threads).
  static func read(
    _ source: ByteSource, accounts: AccountsResult, rule: AsOfRule, tuning: LoadTuning,
    log: inout ProblemLog
  ) throws(ARRQualityError) -> MonthlyResult? {
    guard let header = try CSVHeader.read(from: source, log: &log),
      header.validate(required: required, file: file, log: &log)
    else { return nil }
    let usage = try usageField(header, source: source)
    let layout = MonthlyLayout(
      fieldCount: header.keys.count, account: header.index(of: "account_id")!,
      month: header.index(of: "month")!, mrr: header.index(of: "mrr")!,
      oneTime: header.index(of: "one_time"), usage: usage,
      activity: activityFields(header, usage: usage))
    // Each activity column becomes two risk signals and a borrow of its cells held through
    // scoring (one nested borrow each): past the limit the header is refused, never the stack
    // exhausted (trial 30, T30-2: 1,250 extra columns crashed `analyze`, `validate` said 0).
    if layout.activity.count > maximumActivityColumns {
      let first = layout.activity[maximumActivityColumns]
      log.fatal(
        InputProblem(
          file: file, line: 1, column: first + 1,
          message: FieldMessages.tooManyActivityColumns(
            header.names[first], found: layout.activity.count, limit: maximumActivityColumns)))
      return nil
    }
    let range = header.dataStart..<source.size
    let expected = try expectedCells(
      source, range: range, layout: layout, accountCount: accounts.accounts.count, rule: rule,
      tuning: tuning)
    var passes = [false, true]
    if tuning.threadCount >= 2 && range.count >= tuning.minimumParallelBytes,
      let split = try splitPoint(source, range)
    {
      switch try readTwoThreads(
        source, range: range, split: split, header: header, layout: layout, accounts: accounts,
        rule: rule, expected: expected, tuning: tuning, log: &log)
      {
      case .read(let result): return result
      case .needsChecks: passes = [true]
      case .needsOneThread: break
      }
    }
    // The fast pass checks no row for duplicates and counts the cells it filled: with none,
    // it suffices; with any (or a count it cannot make), the checking pass reports each at its
    // row with the line that came first.
    for tracksLines in passes {
      let columns = MonthColumns(
        accountCount: accounts.accounts.count, hasUsage: layout.usage != nil,
        activityCount: layout.activity.count, expected: expected.months,
        activityScales: expected.activityScales, marksUnwritten: !tracksLines)
      var parser = MonthlyChunkParser(
        layout: layout, accounts: accounts, rule: rule, columns: columns, isLenient: log.isLenient,
        startLine: header.dataStartLine, tracksLines: tracksLines,
        batchSize: tuning.rowBatch)
      try source.read(range, chunkSize: tuning.chunkSize) { p, n, isFinal in
        (parser.parse(p, n, isFinal: isFinal), false)
      }
      parser.releaseLineTables()
      if !tracksLines && !isComplete(columns, [parser]) { continue }
      log.append(parser.log, lineOffset: 0)
      return result(
        header: header, layout: layout, columns: columns, parts: [parser], twoThreads: false)
    }
    return nil
  }

  /// What the month sample says of the cells (``MonthSample``).
  struct ExpectedCells {
    /// The months to write straight into the matrices (``expectedMonths``).
    var months: ClosedRange<Int32>?
    /// Per activity column, the scale its cells in those matrices are written compact at, or
    /// `nil` for `Float` cells (``MonthColumns``).
    var activityScales: [Int?]
  }

  /// The months to write straight into the matrices: those of the sample (``MonthSample``),
  /// none after a given as-of month (those rows are left out or refused), within the loader's
  /// limits; `nil` for none.
  static func expectedMonths(
    _ source: ByteSource, range: Range<Int>, layout: MonthlyLayout, accountCount: Int,
    rule: AsOfRule, tuning: LoadTuning
  ) throws(ARRQualityError) -> ClosedRange<Int32>? {
    try expectedCells(
      source, range: range, layout: layout, accountCount: accountCount, rule: rule,
      tuning: tuning
    ).months
  }

  /// ``expectedMonths(_:range:layout:accountCount:rule:tuning:)`` and the activity columns'
  /// scales, from one sample.
  static func expectedCells(
    _ source: ByteSource, range: Range<Int>, layout: MonthlyLayout, accountCount: Int,
    rule: AsOfRule, tuning: LoadTuning
  ) throws(ARRQualityError) -> ExpectedCells {
    let sample = try MonthSample.sample(
      of: source, range: range, monthField: layout.month, activityFields: layout.activity,
      windows: tuning.monthSampleWindows, windowBytes: tuning.monthSampleBytes)
    return ExpectedCells(
      months: months(sample.months, accountCount: accountCount, rule: rule),
      activityScales: sample.activityScales)
  }

  /// The sampled months cut as ``expectedMonths(_:range:layout:accountCount:rule:tuning:)``
  /// says.
  private static func months(_ sampled: ClosedRange<Int32>?, accountCount: Int, rule: AsOfRule)
    -> ClosedRange<Int32>?
  {
    guard let sampled else { return nil }
    var last = sampled.upperBound
    switch rule {
    case .fromData: break
    case .fromOptions(let asOf), .fromCompanyFile(let asOf): last = min(last, asOf.ordinal)
    }
    guard sampled.lowerBound <= last else { return nil }
    let months = Int(last - sampled.lowerBound) + 1
    guard
      months <= CompanyLoader.maximumMonths && accountCount * months <= CompanyLoader.maximumCells
    else { return nil }
    return sampled.lowerBound...last
  }

  /// The extra columns (not known, with a name): each is read as activity and kept when
  /// numeric (``ActivityColumns``).
  static func activityFields(_ header: CSVHeader, usage: Int?) -> [Int] {
    header.keys.indices.filter {
      !known.contains(header.keys[$0]) && !header.keys[$0].isEmpty && $0 != usage
    }
  }

  private static func result(
    header: CSVHeader, layout: MonthlyLayout, columns: MonthColumns, parts: [MonthlyChunkParser],
    twoThreads: Bool
  ) -> MonthlyResult {
    let activityCount = layout.activity.count
    let present = (0..<activityCount).map { k in parts.reduce(0) { $0 + $1.activity.present[k] } }
    let readable = (0..<activityCount).map { k in
      parts.reduce(0) { $0 + $1.activity.readable[k] }
    }
    var oneTime = parts[0].oneTime
    for part in parts.dropFirst() {
      for o in part.oneTime.indices where part.oneTime[o] != 0 {
        let (s, v) = oneTime[o].addingReportingOverflow(part.oneTime[o])
        oneTime[o] = v ? .max : s
      }
    }
    return MonthlyResult(
      columns: columns, minOrdinal: parts.map(\.minOrdinal).min()!,
      maxOrdinal: parts.map(\.maxOrdinal).max()!,
      rowsAfterAsOf: parts.map(\.rowsAfterAsOf).reduce(0, +),
      minOrdinalAfterAsOf: parts.map(\.minOrdinalAfterAsOf).min()!,
      rowsOfRejectedAccounts: parts.map(\.rowsOfRejectedAccounts).reduce(0, +),
      rowsAfterCompanyAsOf: parts.map(\.rowsAfterCompanyAsOf).reduce(0, +),
      maxOrdinalAfterCompanyAsOf: parts.map(\.maxOrdinalAfterCompanyAsOf).max()!,
      oneTime: oneTime, isMRRWide: parts.contains { $0.isMRRWide },
      isUsageWide: parts.contains { $0.isUsageWide }, hasUsage: layout.usage != nil,
      hasOneTime: layout.oneTime != nil,
      summary: DataQuality.FileSummary(
        file: file, rowsRead: parts.map(\.rowsRead).reduce(0, +),
        rowsAccepted: parts.map(\.rowsAccepted).reduce(0, +),
        ignoredColumns: header.ignoredColumns(
          known: layout.usage.map { known.union([header.keys[$0]]) } ?? known)),
      usedTwoThreads: twoThreads,
      usageAlias: layout.usage.flatMap { header.keys[$0] == "usage" ? nil : header.names[$0] },
      activityNames: layout.activity.map { header.names[$0] },
      activityPresent: present, activityReadable: readable,
      activityCompact: (0..<activityCount).map { k in
        parts.allSatisfy { $0.activity.overflows[k] == 0 }
          && parts.reduce(ActivityColumn.allScales) { $0 & $1.activity.smaller[k] } == 0
      })
  }

  /// The offset just after the first line feed at or after the middle of `range`, if any.
  static func splitPoint(_ source: ByteSource, _ range: Range<Int>) throws(ARRQualityError) -> Int?
  {
    let middle = range.lowerBound + range.count / 2
    var found: Int?
    try source.read(middle..<min(range.upperBound, middle + (1 << 20)), chunkSize: 1 << 20) {
      p, n, _ in
      for i in 0..<n where p[i] == CSVScanner.lf {
        found = middle + i + 1
        break
      }
      return (n, true)
    }
    guard let found, found < range.upperBound else { return nil }
    return found
  }

  /// Whether the fast pass's cells are the whole result: every accepted row filled a cell of
  /// its own (no duplicate row, in one part or across parts), and every cell is now as the
  /// checking pass would leave it (``MonthColumns/settle()``).
  private static func isComplete(_ columns: MonthColumns, _ parts: [MonthlyChunkParser]) -> Bool {
    let written = columns.settle()
    return parts.allSatisfy { $0.unwrittenLookalikes == 0 }
      && written == parts.reduce(0) { $0 + $1.rowsAccepted }
  }

  /// What the two-thread read gave.
  private enum TwoThreads {
    case read(MonthlyResult)
    /// A duplicate row, or a cell the fast pass cannot count: the checking pass names it.
    case needsChecks
    /// The split fell inside a quoted field.
    case needsOneThread
  }

  /// Reads the two halves at once (the fast pass). Logs nothing unless the result is read: when
  /// the split turns out to be inside a quoted field, or any duplicate row exists, the caller
  /// reads with one thread, which alone gives exact "first on line" messages.
  private static func readTwoThreads(
    _ source: ByteSource, range: Range<Int>, split: Int, header: CSVHeader, layout: MonthlyLayout,
    accounts: AccountsResult, rule: AsOfRule, expected: ExpectedCells, tuning: LoadTuning,
    log: inout ProblemLog
  ) throws(ARRQualityError) -> TwoThreads {
    let columns = MonthColumns(
      accountCount: accounts.accounts.count, hasUsage: layout.usage != nil,
      activityCount: layout.activity.count, expected: expected.months,
      activityScales: expected.activityScales, marksUnwritten: true)
    let isLenient = log.isLenient
    let ranges = [range.lowerBound..<split, split..<range.upperBound]
    let parts = Concurrent.map(ranges) { k, range -> (MonthlyChunkParser, ARRQualityError?) in
      var parser = MonthlyChunkParser(
        layout: layout, accounts: accounts, rule: rule, columns: columns, isLenient: isLenient,
        startLine: k == 0 ? header.dataStartLine : 1, tracksLines: false,
        batchSize: tuning.rowBatch)
      do {
        try source.read(range, chunkSize: tuning.chunkSize) { p, n, isFinal in
          (parser.parse(p, n, isFinal: isFinal), false)
        }
      } catch {
        return (parser, error as? ARRQualityError)
      }
      return (parser, nil)
    }
    if let e = parts[0].1 ?? parts[1].1 { throw e }
    var first = parts[0].0
    var second = parts[1].0
    defer {
      first.releaseLineTables()
      second.releaseLineTables()
    }
    if first.endedInsideQuote { return .needsOneThread }
    guard isComplete(columns, [first, second]) else { return .needsChecks }
    log.append(first.log, lineOffset: 0)
    log.append(second.log, lineOffset: first.line - 1)
    return .read(
      result(
        header: header, layout: layout, columns: columns, parts: [first, second], twoThreads: true
      ))
  }
}
