import ARRCore

/// The batched path of ``MonthlyChunkParser`` (``MonthlyRowBatch``): rows are parsed into a
/// batch, their accounts looked up together, and then stored in file order. A row with any
/// problem, or whose account is not found, goes through ``MonthlyChunkParser/row(_:)`` at its
/// turn, exactly as when reading row by row, so messages, counts and their order never depend
/// on the batch.
extension MonthlyChunkParser {
  /// Parses the record just scanned into the batch (there is one).
  ///
  /// Mutating although it changes nothing of the parser: a non-mutating method called from
  /// ``parse(_:_:isFinal:)`` was given a copy of the whole parser (520 bytes, a `memcpy` per
  /// row, 2.5% of the reader's samples).
  @inline(__always)
  mutating func stage(_ p: UnsafePointer<UInt8>, recordStart: Int) {
    // Read in place, in the batch.
    let row = batch.next()
    row.initialize(
      to: StagedRow(
        recordStart: recordStart, line: line, keyStart: 0, keyCount: 0, isClean: false,
        ordinal: 0, mrr: 0, usage: 0, oneTime: 0))
    row.pointee.isClean = readClean(p, into: &row.pointee, cells: batch.cells(of: batch.count))
    let hash =
      row.pointee.isClean
      ? accounts.index.hash(
        UnsafeBufferPointer(start: p + row.pointee.keyStart, count: row.pointee.keyCount)) : 0
    batch.append(hash: hash)
  }

  /// Stages the record at `start` in one pass over its bytes, without scanning it into field
  /// spans first, when it is plain: no byte below `-` (a quote, a space, a tab, a control
  /// character) but the commas between its fields and its line end (LF or CRLF), all inside
  /// `p[start..<end]` with eight bytes readable from every field's start; the header's number
  /// of fields; every cell read without a problem. Such a record is what
  /// ``CSVScanner/scanRecord(_:end:from:isFinal:fields:)`` would split at the same commas
  /// (nothing is quoted, nothing trimmed), and its cells are read by the same parsers as
  /// ``stage(_:recordStart:)``'s, so the staged row is the same. Anything else stages nothing
  /// and is left to those two.
  ///
  /// Two steps. First the record's fields are found, one word loaded at each field's start:
  /// its first byte below `-` ends a field shorter than eight bytes (a month, an amount, a
  /// count, an activity number: most fields); a longer field (an id) is searched on from its
  /// ninth byte. Only where each field starts is kept (``MonthlyRowBatch/starts``). Then the
  /// columns the header names are read straight from there, each from the word at its start
  /// (``PlainNumber``: the reference parsers' values, bit for bit), any other form by the
  /// reference parsers. (Session 18, perf: the fields had been read in one loop that switched
  /// on each field's role, its jump and bookkeeping ~15 instructions a field.)
  /// - Returns: Where the next record starts, or `nil` when the record is not plain.
  @inline(__always)
  mutating func stagePlain(_ p: UnsafePointer<UInt8>, end: Int, from start: Int) -> Int? {
    // Read once: the stores below could alias the parser's storage for all the compiler knows.
    let starts = batch.starts
    let fieldCount = layout.fieldCount
    var i = start
    var f = 0
    var c: UInt8
    while true {
      guard i &+ 8 <= end else { return nil }
      starts[f] = i
      f &+= 1
      let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
      // The field ends at its first byte below '-' (``CSVScanner/skipToByteBelowDash``'s test,
      // whose lowest flag is exact); any such byte but a comma or a line end leaves the record
      // to the scanner.
      let flags = (w &- 0x2D2D_2D2D_2D2D_2D2D) & ~w & 0x8080_8080_8080_8080
      if flags != 0 {
        i &+= flags.trailingZeroBitCount &>> 3
        c = p[i]
      } else {
        i &+= 8
        while true {
          i = CSVScanner.skipToByteBelowDash(p, from: i, end: end)
          guard i < end else { return nil }
          c = p[i]
          if c < 0x2D { break }
          i &+= 1
        }
      }
      i &+= 1
      guard c == CSVScanner.comma else { break }
      guard f < fieldCount else { return nil }
    }
    guard f == fieldCount else { return nil }
    // One past the last field's end, so that every field's count is the next start's distance.
    starts[f] = i
    if c == CSVScanner.cr {
      guard i < end, p[i] == CSVScanner.lf else { return nil }
      i &+= 1
    } else {
      guard c == CSVScanner.lf else { return nil }
    }
    @inline(__always) func count(_ k: Int) -> Int { starts[k &+ 1] &- starts[k] &- 1 }
    /// The eight bytes at field `k`'s start (readable: checked as the field was found).
    @inline(__always) func word(_ k: Int) -> UInt64 {
      UInt64(littleEndian: UnsafeRawPointer(p + starts[k]).loadUnaligned(as: UInt64.self))
    }
    @inline(__always) func cell(_ k: Int) -> UnsafeBufferPointer<UInt8> {
      Self.cell(p, starts[k], count(k))
    }
    let keyCount = count(layout.account)
    guard keyCount > 0 else { return nil }
    guard
      let month = PlainNumber.month(word(layout.month), count: count(layout.month))
        ?? ScalarParsers.month(cell(layout.month))
    else { return nil }
    var mrr: Int64
    if let v = PlainNumber.cents(word(layout.mrr), count: count(layout.mrr)) {
      mrr = v
    } else {
      guard count(layout.mrr) > 0, let v = try? MoneyParser.nonNegativeCents(cell(layout.mrr))
      else { return nil }
      mrr = v
    }
    var oneTime: Int64 = 0
    if let k = layout.oneTime, count(k) > 0 {
      guard let v = try? MoneyParser.nonNegativeCents(cell(k)) else { return nil }
      oneTime = v
    }
    var usage: Int64 = 0
    if let k = layout.usage {
      if let v = PlainNumber.count(word(k), count: count(k)) {
        usage = v
      } else if count(k) > 0 {
        guard let v = try? ScalarParsers.count(cell(k)) else { return nil }
        usage = v
      }
    }
    let cells = batch.cells(of: batch.count)
    for a in 0..<batch.activityCount {
      let k = batch.activityFields[a]
      if let v = PlainNumber.activity(word(k), count: count(k)) {
        cells[a] = .number(v)
      } else {
        cells[a] = ActivityValue.read(cell(k))
      }
    }
    let keyStart = starts[layout.account]
    batch.next().initialize(
      to: StagedRow(
        recordStart: start, line: line, keyStart: keyStart, keyCount: keyCount, isClean: true,
        ordinal: month.ordinal, mrr: mrr, usage: usage, oneTime: oneTime))
    batch.append(
      hash: accounts.index.hash(UnsafeBufferPointer(start: p + keyStart, count: keyCount)))
    return i
  }

  /// The `count` bytes of a cell at `start`.
  @inline(__always)
  static func cell(_ p: UnsafePointer<UInt8>, _ start: Int, _ count: Int)
    -> UnsafeBufferPointer<UInt8>
  {
    UnsafeBufferPointer(start: p + start, count: count)
  }

  /// Reads every field of the scanned record into `row` when none has a problem.
  /// - Returns: False when any field would be reported (the row then takes the reference path,
  ///   which reports it).
  @inline(__always)
  private mutating func readClean(
    _ p: UnsafePointer<UInt8>, into row: inout StagedRow,
    cells: UnsafeMutablePointer<ActivityValue.Cell>
  ) -> Bool {
    guard fields.count == layout.fieldCount else { return false }
    let mrrSpan = fields[layout.mrr]
    guard !mrrSpan.hasEscapedQuotes, !FieldText.isEmpty(buffer(mrrSpan, p)),
      let mrr = try? MoneyParser.nonNegativeCents(buffer(mrrSpan, p))
    else { return false }
    row.mrr = mrr
    let accountSpan = fields[layout.account]
    guard !accountSpan.hasEscapedQuotes else { return false }
    let (lo, hi) = FieldText.trimmed(buffer(accountSpan, p))
    guard hi > lo else { return false }
    row.keyStart = accountSpan.start + lo
    row.keyCount = hi - lo
    guard let month = ScalarParsers.month(buffer(fields[layout.month], p)) else { return false }
    row.ordinal = month.ordinal
    guard let oneTime = optionalCell(layout.oneTime, p, { try? MoneyParser.nonNegativeCents($0) }),
      let usage = optionalCell(layout.usage, p, { try? ScalarParsers.count($0) })
    else { return false }
    row.oneTime = oneTime
    row.usage = usage
    for k in 0..<layout.activity.count {
      let span = fields[layout.activity[k]]
      guard !span.hasEscapedQuotes else { return false }
      cells[k] = ActivityValue.read(buffer(span, p))
    }
    return true
  }

  /// An optional column's cell read by `parse`: 0 when the column is absent or the cell blank,
  /// `nil` when the cell would be reported.
  @inline(__always)
  private func optionalCell(
    _ k: Int?, _ p: UnsafePointer<UInt8>, _ parse: (UnsafeBufferPointer<UInt8>) -> Int64?
  ) -> Int64? {
    guard let k else { return 0 }
    let span = fields[k]
    guard span.end > span.start && !FieldText.isEmpty(buffer(span, p)) else { return 0 }
    return span.hasEscapedQuotes ? nil : parse(buffer(span, p))
  }

  /// Looks up and stores every row of the batch, in file order; empties it.
  mutating func flush(_ p: UnsafePointer<UInt8>, _ n: Int, isFinal: Bool) {
    guard batch.count > 0 else { return }
    let resumeLine = line
    lookUpAccounts(p)
    for i in 0..<batch.count {
      let row = UnsafePointer(batch.rows + i)
      line = row.pointee.line
      let account = batch.accounts[i]
      let month = Month(ordinal: row.pointee.ordinal)
      guard row.pointee.isClean, account >= 0 else {
        readAgain(p, n, isFinal: isFinal, from: row.pointee.recordStart)
        continue
      }
      if case .fromCompanyFile(let asOf) = rule, month > asOf {
        // Reported by the reference path, which names the contradiction.
        readAgain(p, n, isFinal: isFinal, from: row.pointee.recordStart)
        continue
      }
      rowsRead += 1
      if isLeftOutAfterAsOf(month) { continue }
      let stored = store(
        account: account, month: month, mrr: row.pointee.mrr, oneTime: row.pointee.oneTime,
        usage: row.pointee.usage)
      if stored && batch.activityCount > 0 {
        let cells = columns.cellsSetUp(Int(month.ordinal))
        let staged = batch.cells(of: i)
        for k in 0..<batch.activityCount {
          store(staged[k], column: k, in: cells, account: account)
        }
      }
    }
    batch.removeAll()
    line = resumeLine
  }

  /// The account of every clean row: one at a time near the previous row's while rows come in
  /// order (``LookupHint``), else all together.
  private mutating func lookUpAccounts(_ p: UnsafePointer<UInt8>) {
    let rows = batch.rows
    func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(start: p + rows[i].keyStart, count: rows[i].keyCount)
    }
    if hint.isWorthTrying {
      for i in 0..<batch.count {
        guard rows[i].isClean, let (a, record) = accounts.index.find(key(i), nearRecord: hint.guess)
        else {
          batch.accounts[i] = -1
          continue
        }
        batch.accounts[i] = a
        hint.found(a, record: record)
      }
    } else {
      accounts.index.find(count: batch.count, hashes: batch.hashes, key: key, into: batch.accounts)
      for i in 0..<batch.count where rows[i].isClean && batch.accounts[i] >= 0 {
        hint.found(batch.accounts[i])
      }
    }
  }

  /// Scans the record at `start` again and reads it row by row (the reference path).
  private mutating func readAgain(
    _ p: UnsafePointer<UInt8>, _ n: Int, isFinal: Bool, from start: Int
  ) {
    _ = CSVScanner.scanRecord(p, end: n, from: start, isFinal: isFinal, fields: &fields)
    row(p)
  }
}
