import ARRCore

/// The batched path of ``MonthlyChunkParser`` (``MonthlyRowBatch``): rows are parsed into a
/// batch, their accounts looked up together, the cells they will write read ahead, and then
/// stored in file order. A row with any problem, or whose account is not found, goes through
/// ``MonthlyChunkParser/row(_:)`` at its turn, exactly as when reading row by row, so messages,
/// counts and their order never depend on the batch.
extension MonthlyChunkParser {
  /// Parses the record just scanned into `batch`.
  @inline(__always)
  mutating func stage(_ p: UnsafePointer<UInt8>, recordStart: Int, in batch: MonthlyRowBatch) {
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
    if let k = layout.oneTime {
      let span = fields[k]
      if span.end > span.start && !FieldText.isEmpty(buffer(span, p)) {
        guard !span.hasEscapedQuotes, let cents = try? MoneyParser.nonNegativeCents(buffer(span, p))
        else { return false }
        row.oneTime = cents
      }
    }
    if let k = layout.usage {
      let span = fields[k]
      if span.end > span.start && !FieldText.isEmpty(buffer(span, p)) {
        guard !span.hasEscapedQuotes, let count = try? ScalarParsers.count(buffer(span, p))
        else { return false }
        row.usage = count
      }
    }
    for (k, field) in layout.activity.enumerated() {
      let span = fields[field]
      guard !span.hasEscapedQuotes else { return false }
      cells[k] = ActivityValue.read(buffer(span, p))
    }
    return true
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
      switch rule {
      case .fromData: break
      case .fromOptions(let asOf):
        if month > asOf {
          rowsRead += 1
          rowsAfterAsOf += 1
          if month.ordinal < minOrdinalAfterAsOf { minOrdinalAfterAsOf = month.ordinal }
          continue
        }
      case .fromCompanyFile(let asOf):
        if month > asOf {
          readAgain(p, n, isFinal: isFinal, from: row.recordStart)
          continue
        }
      }
      rowsRead += 1
      let stored = store(
        account: account, month: month, mrr: row.mrr, oneTime: row.oneTime, usage: row.usage)
      if stored && batch.activityCount > 0, let cells = activityColumns[Int(row.ordinal)] {
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

  /// Reads the cells the batch's rows will write (the seen bits, MRR and usage), all before any
  /// is written, so their cache misses overlap instead of queueing behind each store.
  private mutating func readAhead(_ batch: MonthlyRowBatch) {
    let rows = batch.rows
    let lanes = columns.lanes
    var folded: UInt64 = 0
    for i in 0..<batch.count {
      let a = batch.accounts[i]
      guard a >= 0 else { continue }
      let o = Int(rows[i].ordinal)
      guard let bits = seen[o], let money = moneyColumns[o] else { continue }
      // MRR and usage share the cell's cache line: one read brings both.
      folded ^= bits[a >> 6] ^ UInt64(bitPattern: money[a * lanes])
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
