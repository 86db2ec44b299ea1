import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Column positions of `monthly.csv`.
struct MonthlyLayout: Sendable {
  var fieldCount: Int
  var account: Int
  var month: Int
  var mrr: Int
  var oneTime: Int?
  var usage: Int?
  /// Fields of the extra columns, read as activity (``ActivityValue``), in header order.
  var activity: [Int] = []
}

/// Where `as_of` came from, which decides what a row after it means.
enum AsOfRule: Sendable {
  /// Not known yet: it will be the latest month read.
  case fromData
  /// From `company.json`: a later row contradicts the file and is an error.
  case fromCompanyFile(Month)
  /// From the caller (`--as-of`): later rows are left out and counted.
  case fromOptions(Month)
}

/// Reads `monthly.csv` records from byte chunks into shared ``MonthColumns``: the hot path.
///
/// One parser per thread; each keeps its own problems, counters, one-time totals and a table of
/// the line that first filled each (account, month) cell. Line numbers are relative to where
/// the parser started (its first record is line `startLine`). The batched path is in
/// `MonthlyChunkParser+Batch.swift`, hence the members it uses are not private.
struct MonthlyChunkParser: @unchecked Sendable {
  static let file = "monthly.csv"
  let layout: MonthlyLayout
  let accounts: AccountsResult
  let rule: AsOfRule
  let columns: MonthColumns
  var log: ProblemLog
  /// Line where the next record starts.
  var line: Int
  var rowsRead = 0
  var rowsAccepted = 0
  var rowsAfterAsOf = 0
  /// Duplicate rows found (the checking pass only: ``tracksLines``).
  var duplicates = 0
  /// Rows whose MRR did not fit `Int32` and whose low half is ``MonthColumns/unwritten``: their
  /// cell looks unwritten, so the fast pass cannot count its cells (``MonthColumns/settle()``).
  var unwrittenLookalikes = 0
  /// Rows (strict mode) of accounts whose `accounts.csv` row was rejected: not listed one by
  /// one, since fixing that row fixes them all, but counted and reported once.
  var rowsOfRejectedAccounts = 0
  /// Rows (strict mode) after an as_of given in `company.json`, and the latest month among
  /// them: not listed one by one, since one change (the as_of, or `--as-of`) fixes them all,
  /// but counted and reported once (session 19, lead; trial 18b, G14: 36 identical problems).
  var rowsAfterCompanyAsOf = 0
  var maxOrdinalAfterCompanyAsOf = Int32.min
  /// Unknown ids checked for a match differing only in letter case (the first ones only).
  var caseHintsGiven = 0
  var minOrdinal = Int32.max
  var maxOrdinal = Int32.min
  /// The earliest month of the rows left out after `--as-of` (`Int32.max` when none), so an
  /// as-of before the data can name where the data starts.
  var minOrdinalAfterAsOf = Int32.max
  var endedInsideQuote = false
  /// A stored MRR or usage value did not fit `Int32` (``MonthCells/write(_:_:_:at:)``): that
  /// matrix is laid out as `Int64`.
  var isMRRWide = false
  var isUsageWide = false
  var oneTime: [Int64]
  /// Per activity column: cells present, readable, overflowing a compact column, and the
  /// smaller scales every stored value serves.
  var activity: ActivityTallies
  /// Per month, one bit per account: the cell has been filled (the checking pass only,
  /// ``tracksLines``; the fast pass keeps one word, as the mark that it got the month's cells).
  /// A month has its bits once this parser got its cells (``MonthColumns/cells(_:)``).
  private(set) var seen: [UnsafeMutablePointer<UInt64>?]
  /// Per month, per account: the line that filled the cell (only when `tracksLines`).
  private var firstLines: [UnsafeMutablePointer<UInt32>?]
  /// The checking pass: every row is checked against the cells already filled, and a duplicate
  /// is reported at its row with the line that filled the cell first. Without it (the fast
  /// pass) no row is checked: a duplicate overwrites its cell, which leaves fewer filled cells
  /// than rows accepted (``MonthColumns/settle()``), and the caller then reads again with it.
  let tracksLines: Bool
  var fields = FieldList()
  private var outOfMemory = false
  var hint = LookupHint()
  /// Rows read ahead of storing them (``MonthlyRowBatch``); of capacity 0, rows are read row by
  /// row, the reference the batched path is tested against.
  var batch: MonthlyRowBatch

  init(
    layout: MonthlyLayout, accounts: AccountsResult, rule: AsOfRule, columns: MonthColumns,
    isLenient: Bool, startLine: Int, tracksLines: Bool, batchSize: Int = 0
  ) {
    self.tracksLines = tracksLines
    batch = MonthlyRowBatch(capacity: batchSize, layout: layout)
    self.layout = layout
    self.accounts = accounts
    self.rule = rule
    self.columns = columns
    self.log = ProblemLog(isLenient: isLenient)
    self.log.isMRRCarried = true
    self.line = startLine
    oneTime = Array(repeating: 0, count: MonthColumns.ordinalLimit)
    activity = ActivityTallies(scales: columns.activityScales)
    firstLines = Array(repeating: nil, count: MonthColumns.ordinalLimit)
    seen = Array(repeating: nil, count: MonthColumns.ordinalLimit)
  }

  /// Words in one month's bit set.
  var seenWords: Int { (columns.accountCount + 63) / 64 }

  /// Frees the first-line tables and bit sets.
  mutating func releaseLineTables() {
    for i in firstLines.indices where firstLines[i] != nil || seen[i] != nil {
      free(firstLines[i])
      firstLines[i] = nil
      free(seen[i])
      seen[i] = nil
    }
  }

  /// Reads the complete records in `p[0..<n]`.
  /// - Returns: Bytes consumed (up to the start of an incomplete last record).
  /// - Complexity: O(n).
  mutating func parse(_ p: UnsafePointer<UInt8>, _ n: Int, isFinal: Bool) -> Int {
    var pos = 0
    while pos < n {
      if batch.isBatched, let next = stagePlain(p, end: n, from: pos) {
        line += 1
        pos = next
        if batch.isFull { flush(p, n, isFinal: isFinal) }
        continue
      }
      switch CSVScanner.scanRecord(p, end: n, from: pos, isFinal: isFinal, fields: &fields) {
      case .record(let next, let newlines):
        if !CSVScanner.isBlank(fields) {
          if batch.isBatched {
            stage(p, recordStart: pos)
            if batch.isFull { flush(p, n, isFinal: isFinal) }
          } else {
            row(p)
          }
        }
        line += newlines
        pos = next
      case .incomplete:
        flush(p, n, isFinal: isFinal)
        return pos
      case .badQuote(let column, let next, let newlines):
        flush(p, n, isFinal: isFinal)
        rowsRead += 1
        log.row(
          InputProblem(file: Self.file, line: line, column: column, message: FieldMessages.badQuote)
        )
        log.finishRow(mrrCents: nil)
        line += newlines
        pos = next
      case .unterminatedQuote(let column):
        flush(p, n, isFinal: isFinal)
        rowsRead += 1
        endedInsideQuote = true
        log.fatal(
          InputProblem(
            file: Self.file, line: line, column: column, message: FieldMessages.unterminatedQuote))
        return n
      }
    }
    flush(p, n, isFinal: isFinal)
    return pos
  }

  @inline(__always)
  func buffer(_ span: FieldSpan, _ p: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: p + span.start, count: span.end - span.start)
  }

  @inline(__always)
  private mutating func problem(_ column: Int, _ message: String) {
    log.row(InputProblem(file: Self.file, line: line, column: column + 1, message: message))
  }

  mutating func row(_ p: UnsafePointer<UInt8>) {
    rowsRead += 1
    guard fields.count == layout.fieldCount else {
      log.row(
        InputProblem(
          file: Self.file, line: line,
          message: FieldMessages.fieldCount(expected: layout.fieldCount, found: fields.count)))
      log.finishRow(mrrCents: nil)
      return
    }
    // mrr
    var mrr: Int64 = 0
    var mrrReadable = false
    let mrrSpan = fields[layout.mrr]
    if FieldText.isEmpty(buffer(mrrSpan, p)) && !mrrSpan.hasEscapedQuotes {
      problem(layout.mrr, FieldMessages.empty("mrr", expected: FieldMessages.amountExample))
    } else {
      do throws(MoneyError) {
        if mrrSpan.hasEscapedQuotes { throw .notAnAmount }
        mrr = try MoneyParser.nonNegativeCents(buffer(mrrSpan, p))
        mrrReadable = true
      } catch {
        if error == .tooManyDecimals { log.tooManyDecimals += 1 }
        problem(
          layout.mrr, FieldMessages.amount("mrr", CSVScanner.string(of: mrrSpan, in: p), error))
      }
    }
    // account
    let accountSpan = fields[layout.account]
    var account = -1
    if accountSpan.hasEscapedQuotes {
      let bytes = CSVScanner.bytes(of: accountSpan, in: p)
      account = bytes.withUnsafeBufferPointer { lookUp($0, column: layout.account) }
    } else {
      account = lookUp(buffer(accountSpan, p), column: layout.account)
    }
    // month
    let monthSpan = fields[layout.month]
    let month = ScalarParsers.month(buffer(monthSpan, p))
    if month == nil {
      let text = CSVScanner.string(of: monthSpan, in: p)
      problem(
        layout.month,
        text.allSatisfy({ $0 == " " || $0 == "\t" })
          ? FieldMessages.empty("month", expected: FieldMessages.monthExample)
          : FieldMessages.month("month", text))
    }
    var oneTimeCents: Int64 = 0
    if let k = layout.oneTime {
      let span = fields[k]
      if span.end > span.start && !FieldText.isEmpty(buffer(span, p)) {
        do throws(MoneyError) {
          if span.hasEscapedQuotes { throw .notAnAmount }
          oneTimeCents = try MoneyParser.nonNegativeCents(buffer(span, p))
        } catch {
          if error == .tooManyDecimals { log.tooManyDecimals += 1 }
          problem(k, FieldMessages.amount("one_time", CSVScanner.string(of: span, in: p), error))
        }
      }
    }
    var usage: Int64 = 0
    if let k = layout.usage {
      let span = fields[k]
      if span.end > span.start && !FieldText.isEmpty(buffer(span, p)) {
        do throws(CountError) {
          if span.hasEscapedQuotes { throw .notANumber }
          usage = try ScalarParsers.count(buffer(span, p))
        } catch {
          problem(k, FieldMessages.count("usage", CSVScanner.string(of: span, in: p), error))
        }
      }
    }
    guard let month, account >= 0, !log.rowHasProblem else {
      // The row's month and account, for the skipped-rows finding (trial 37, T37-22); only on
      // this path, where a row is skipped.
      var id: String
      if account >= 0 {
        id = accounts.accounts[account].id
      } else if accountSpan.hasEscapedQuotes {
        id = CSVScanner.string(of: accountSpan, in: p)
      } else {
        let raw = buffer(accountSpan, p)
        let (lo, hi) = FieldText.trimmed(raw)
        id = String(decoding: UnsafeBufferPointer(rebasing: raw[lo..<hi]), as: UTF8.self)
      }
      log.finishRow(
        mrrCents: mrrReadable ? mrr : nil, month: month, accountID: id.isEmpty ? nil : id)
      return
    }
    if isLeftOutAfterAsOf(month) { return }
    if case .fromCompanyFile(let asOf) = rule, month > asOf {
      guard log.isLenient else {
        rowsAfterCompanyAsOf += 1
        maxOrdinalAfterCompanyAsOf = max(maxOrdinalAfterCompanyAsOf, month.ordinal)
        return
      }
      problem(
        layout.month,
        "month \(month) is after as_of \(asOf) given in company.json (expected \(asOf) or "
          + "earlier; --as-of \(asOf) leaves later rows out)")
      log.finishRow(mrrCents: mrr, month: month, accountID: accounts.accounts[account].id)
      return
    }
    let stored = store(
      account: account, month: month, mrr: mrr, oneTime: oneTimeCents, usage: usage)
    if stored && !layout.activity.isEmpty { storeActivity(p, account: account, month: month) }
  }

  /// Whether a row of `month` falls after `--as-of` and is left out; it is then counted.
  @inline(__always)
  mutating func isLeftOutAfterAsOf(_ month: Month) -> Bool {
    guard case .fromOptions(let asOf) = rule, month > asOf else { return false }
    rowsAfterAsOf += 1
    if month.ordinal < minOrdinalAfterAsOf { minOrdinalAfterAsOf = month.ordinal }
    return true
  }

  /// Reads the activity cells of an accepted row into its month's columns.
  private mutating func storeActivity(_ p: UnsafePointer<UInt8>, account: Int, month: Month) {
    let cells = columns.cellsSetUp(Int(month.ordinal))
    for (k, field) in layout.activity.enumerated() {
      let span = fields[field]
      let cell: ActivityValue.Cell =
        span.hasEscapedQuotes
        ? ActivityValue.read(CSVScanner.string(of: span, in: p))
        : ActivityValue.read(buffer(span, p))
      store(cell, column: k, in: cells, account: account)
    }
  }

  /// Counts one activity cell of an accepted row and stores it when it is a number.
  @inline(__always)
  mutating func store(
    _ cell: ActivityValue.Cell, column k: Int, in cells: MonthCells, account: Int
  ) {
    switch cell {
    case .missing: return
    case .unreadable:
      activity.present[k] += 1
    case .number(let v):
      activity.present[k] += 1
      activity.readable[k] += 1
      if cells.activity.unsafelyUnwrapped[k].write(v, at: account * cells.activityStride) {
        activity.overflows[k] += 1
      }
      if activity.smaller[k] != 0 {
        activity.smaller[k] = ActivityColumn.servedScales(v, among: activity.smaller[k])
      }
    }
  }

  @inline(__always)
  private mutating func lookUp(_ raw: UnsafeBufferPointer<UInt8>, column: Int) -> Int {
    let (lo, hi) = FieldText.trimmed(raw)
    let key = UnsafeBufferPointer(rebasing: raw[lo..<hi])
    if let (a, record) = accounts.index.find(key, nearRecord: hint.guess) {
      hint.found(a, record: record)
      return a
    }
    let id = String(decoding: key, as: UTF8.self)
    if !FieldMessages.isValidUTF8(key) {
      problem(column, FieldMessages.invalidUTF8("account_id", id))
    } else if key.isEmpty {
      problem(column, FieldMessages.empty("account_id", expected: "an id listed in accounts.csv"))
    } else if let d = accounts.dropped.find(key) {
      guard log.isLenient else {
        rowsOfRejectedAccounts += 1
        return -1
      }
      problem(
        column,
        "account_id \(FieldMessages.quoted(id)) was skipped in accounts.csv (line \(accounts.droppedLines[d]))"
      )
    } else {
      var message = "account_id \(FieldMessages.quoted(id)) is not in accounts.csv"
      // Ids are compared exactly; say so when one differs only in letter case (an export that
      // upper-cased its ids). A scan of the accounts, so only for the first problems shown.
      if caseHintsGiven < ARRQualityError.problemDisplayLimit {
        caseHintsGiven += 1
        let lower = id.lowercased()
        if let near = accounts.accounts.first(where: { $0.id.lowercased() == lower })?.id {
          message +=
            " (accounts.csv has \(FieldMessages.quoted(near)): ids are compared exactly, letter "
            + "case included)"
        }
      }
      problem(column, message)
    }
    return -1
  }

  /// Stores an accepted row; `false` when it is not (a duplicate, or memory ran out).
  @inline(__always)
  mutating func store(account: Int, month: Month, mrr: Int64, oneTime: Int64, usage: Int64)
    -> Bool
  {
    let o = Int(month.ordinal)
    if seen[o] == nil {
      if tracksLines { firstLines[o] = MonthColumns.zeroed(UInt32.self, columns.accountCount) }
      // The fast pass reads no bits: one word marks the month as set up by this parser.
      guard columns.cells(o) != nil,
        let bits = MonthColumns.zeroed(UInt64.self, tracksLines ? seenWords : 1),
        !tracksLines || firstLines[o] != nil
      else {
        if !outOfMemory {
          log.fatal(
            InputProblem(
              file: Self.file, line: line, message: "not enough memory for month \(month)"))
        }
        outOfMemory = true
        return false
      }
      seen[o] = bits
    }
    if let lines = firstLines[o] {
      // The checking pass. (The fast pass checks nothing here: the load of this bit, a cache
      // miss per row, was a third of storing a row.)
      let bits = seen[o].unsafelyUnwrapped
      let word = account >> 6
      let bit = UInt64(1) << UInt64(account & 63)
      if bits[word] & bit != 0 {
        duplicates += 1
        problem(
          layout.month,
          "duplicate row for account_id \(FieldMessages.quoted(accounts.accounts[account].id)) and month \(month) (first on line \(lines[account]))"
        )
        log.finishRow(mrrCents: mrr)
        return false
      }
      bits[word] |= bit
      lines[account] = UInt32(clamping: line)
    }
    let cells = columns.cellsSetUp(o)
    let at = account * cells.stride
    if MonthCells.write(mrr, cells.mrr.unsafelyUnwrapped, cells.mrrHigh.unsafelyUnwrapped, at: at) {
      isMRRWide = true
      if Int32(truncatingIfNeeded: mrr) == MonthColumns.unwritten { unwrittenLookalikes += 1 }
    }
    if let usageCells = cells.usage,
      MonthCells.write(usage, usageCells, cells.usageHigh.unsafelyUnwrapped, at: at)
    {
      isUsageWide = true
    }
    if oneTime != 0 {
      let (sum, overflow) = self.oneTime[o].addingReportingOverflow(oneTime)
      // Saturated: the loader's total check then names the month (RevenueMatrix.firstExcess).
      self.oneTime[o] = overflow ? .max : sum
    }
    rowsAccepted += 1
    if month.ordinal < minOrdinal { minOrdinal = month.ordinal }
    if month.ordinal > maxOrdinal { maxOrdinal = month.ordinal }
    return true
  }
}
