import ARRCore

/// The batched path of ``MonthlyChunkParser`` (``MonthlyRowBatch``): rows are parsed into a
/// batch, their accounts looked up together, the cells they will write read ahead, and then
/// stored in file order. A row with any problem, or whose account is not found, goes through
/// ``MonthlyChunkParser/row(_:)`` at its turn, exactly as when reading row by row, so messages,
/// counts and their order never depend on the batch.
extension MonthlyChunkParser {
  /// Parses the record just scanned into the batch (there is one).
  @inline(__always)
  func stage(_ p: UnsafePointer<UInt8>, recordStart: Int) {
    let batch = self.batch.unsafelyUnwrapped
    var row = StagedRow(
      recordStart: recordStart, line: line, keyStart: 0, keyCount: 0, isClean: false, ordinal: 0,
      mrr: 0, usage: 0, oneTime: 0)
    row.isClean = readClean(p, into: &row, cells: batch.cells(of: batch.count))
    let hash =
      row.isClean
      ? AccountIndex.hash(UnsafeBufferPointer(start: p + row.keyStart, count: row.keyCount)) : 0
    batch.append(row, hash: hash)
  }

  /// Reads every field of the scanned record into `row` when none has a problem.
  /// - Returns: False when any field would be reported (the row then takes the reference path,
  ///   which reports it).
  @inline(__always)
  private func readClean(
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
    for (k, field) in layout.activity.enumerated() {
      let span = fields[field]
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

  /// Looks up, reads ahead and stores every row of the batch, in file order; empties it.
  mutating func flush(_ p: UnsafePointer<UInt8>, _ n: Int, isFinal: Bool) {
    guard let batch, batch.count > 0 else { return }
    let resumeLine = line
    lookUpAccounts(p, batch)
    readAhead(batch)
    let rows = batch.rows
    for i in 0..<batch.count {
      let row = rows[i]
      line = row.line
      let account = batch.accounts[i]
      let month = Month(ordinal: row.ordinal)
      guard row.isClean, account >= 0 else {
        readAgain(p, n, isFinal: isFinal, from: row.recordStart)
        continue
      }
      if case .fromCompanyFile(let asOf) = rule, month > asOf {
        // Reported by the reference path, which names the contradiction.
        readAgain(p, n, isFinal: isFinal, from: row.recordStart)
        continue
      }
      rowsRead += 1
      if isLeftOutAfterAsOf(month) { continue }
      let stored = store(
        account: account, month: month, mrr: row.mrr, oneTime: row.oneTime, usage: row.usage)
      if stored && batch.activityCount > 0 {
        let cells = columns.cellsSetUp(Int(row.ordinal))
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
  private mutating func lookUpAccounts(_ p: UnsafePointer<UInt8>, _ batch: MonthlyRowBatch) {
    let rows = batch.rows
    func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(start: p + rows[i].keyStart, count: rows[i].keyCount)
    }
    if hint.guess >= 0 {
      for i in 0..<batch.count {
        guard rows[i].isClean, let a = accounts.index.find(key(i), near: hint.guess) else {
          batch.accounts[i] = -1
          continue
        }
        batch.accounts[i] = a
        hint.found(a)
      }
    } else {
      accounts.index.find(count: batch.count, hashes: batch.hashes, key: key, into: batch.accounts)
      for i in 0..<batch.count where rows[i].isClean && batch.accounts[i] >= 0 {
        hint.found(batch.accounts[i])
      }
    }
  }

  /// Reads the cells the batch's rows will write (the seen bits, MRR, usage and activity), all
  /// before any is written, so their cache misses overlap instead of queueing behind each store.
  private mutating func readAhead(_ batch: MonthlyRowBatch) {
    let rows = batch.rows
    var folded: UInt64 = 0
    for i in 0..<batch.count {
      let a = batch.accounts[i]
      guard a >= 0 else { continue }
      let o = Int(rows[i].ordinal)
      guard let bits = seen[o] else { continue }
      let cells = columns.cellsSetUp(o)
      let at = a * cells.stride
      folded ^= bits[a >> 6] ^ UInt64(UInt32(bitPattern: cells.mrr.unsafelyUnwrapped[at]))
      if let usage = cells.usage { folded ^= UInt64(UInt32(bitPattern: usage[at])) }
      if let activity = cells.activity {
        for k in 0..<batch.activityCount {
          folded ^= UInt64(activity[k][a * cells.activityStride].bitPattern)
        }
      }
    }
    touched ^= folded
  }

  /// Scans the record at `start` again and reads it row by row (the reference path).
  private mutating func readAgain(
    _ p: UnsafePointer<UInt8>, _ n: Int, isFinal: Bool, from start: Int
  ) {
    _ = CSVScanner.scanRecord(p, end: n, from: start, isFinal: isFinal, fields: &fields)
    row(p)
  }
}
