import ARRCore

/// Turns one `accounts.csv` record into an ``Account``, checking every cell.
struct AccountRowReader {
  /// Whether ids are only appended here, and placed in the table when the halves are joined
  /// (``AccountIndex/appendUnplaced(_:)``, ``AccountIndex/placeAll()``): a duplicate then goes
  /// unreported here and is noticed at the join, for a reader that re-reads the file with one
  /// thread on any duplicate.
  var defersIndex = false
  private let file = AccountsReader.file
  private let fieldCount: Int
  private let id: Int
  private let contractType: Int?
  private let billingCadence: Int?
  private let startDate: Int?
  private let inferred: Int?
  /// `inferred_from`, written by `import` (`docs/import.md`).
  private let inferredFromColumn: Int?
  private let name: Int?
  private let segment: Int?
  private let contractEndDate: Int?
  private let trialStatus: Int?
  private let trialEndDate: Int?
  private let cancelDate: Int?
  private let seatsPurchased: Int?
  private let seatsActive: Int?
  private let integrations: Int?
  private let committedMRR: Int?
  private let pastDue: Int?
  /// Whether any column but the id, the names, the contract type, the cadence and the start
  /// date is there: rows of a file without them skip their checks.
  private let hasOtherColumns: Bool
  private let names: [String]
  private var scratch: [UInt8] = []
  private var unescaped = FieldList()
  /// Segment codes met so far: the process's table is asked once per distinct name.
  private var segments = SegmentCode.Cache()
  /// The same, by the segment cell's bytes.
  private var segmentsByBytes = SegmentsByBytes()

  init(header: CSVHeader) {
    fieldCount = header.keys.count
    func at(_ c: AccountColumn) -> Int? { header.index(of: c.rawValue) }
    id = header.index(of: "account_id") ?? 0
    contractType = header.index(of: "contract_type")
    billingCadence = header.index(of: "billing_cadence")
    startDate = header.index(of: "start_date")
    inferred = header.index(of: "inferred")
    inferredFromColumn = header.index(of: AccountsReader.inferredFromColumn)
    name = at(.name)
    segment = at(.segment)
    contractEndDate = at(.contractEndDate)
    trialStatus = at(.trialStatus)
    trialEndDate = at(.trialEndDate)
    cancelDate = at(.cancelDate)
    seatsPurchased = at(.seatsPurchased)
    seatsActive = at(.seatsActive)
    integrations = at(.integrations)
    committedMRR = at(.committedMRR)
    pastDue = at(.pastDue)
    hasOtherColumns = [
      inferred, inferredFromColumn, contractEndDate, trialStatus, trialEndDate, cancelDate,
      seatsPurchased, seatsActive, integrations, committedMRR, pastDue,
    ].contains { $0 != nil }
    names = header.keys
  }

  /// Reads one record; appends the account to `result` or logs why not.
  mutating func read(
    _ fields: FieldList, in p: UnsafePointer<UInt8>, line: Int, into result: inout AccountsResult,
    log: inout ProblemLog
  ) {
    guard fields.count == fieldCount else {
      log.row(
        InputProblem(
          file: file, line: line,
          message: FieldMessages.fieldCount(expected: fieldCount, found: fields.count)))
      // The id is usually still right (an unquoted comma in a later name): remember it as
      // rejected, so its monthly rows say so rather than "not in accounts.csv".
      if id < fields.count {
        let bytes = CSVScanner.bytes(of: fields[id], in: p)
        bytes.withUnsafeBufferPointer { rememberRejected($0, line: line, into: &result) }
      }
      log.finishRow(mrrCents: nil)
      return
    }
    if (0..<fields.count).contains(where: { fields[$0].hasEscapedQuotes }) {
      // Rare: undo doubled quotes into a scratch copy, then read that.
      scratch.removeAll(keepingCapacity: true)
      unescaped.reset()
      for k in 0..<fields.count {
        let start = scratch.count
        scratch += CSVScanner.bytes(of: fields[k], in: p)
        unescaped.append(
          FieldSpan(start: start, end: scratch.count, isQuoted: true, hasEscapedQuotes: false))
      }
      let copy = scratch
      let spans = unescaped
      copy.withUnsafeBufferPointer { b in
        readPlain(spans, in: b.baseAddress!, line: line, into: &result, log: &log)
      }
    } else {
      readPlain(fields, in: p, line: line, into: &result, log: &log)
    }
  }

  // swiftlint-like length is fine here: one cell per column, in header order of the contract.
  // Mutating, as ``record(_:idCell:line:into:log:)``, although neither changes the reader: a
  // non-mutating method called from ``read(_:in:line:into:log:)`` was given a copy of the reader
  // (a `memcpy` per row).
  // The helpers below are inlined (`@inline(__always)`): as calls, `present` alone ran eleven
  // times a row, once per column the file may lack. Problems, rare, stay calls.
  private mutating func readPlain(
    _ fields: FieldList, in p: UnsafePointer<UInt8>, line: Int, into result: inout AccountsResult,
    log: inout ProblemLog
  ) {
    // Every index below is a header column's, and `read` checked the record has the header's
    // number of fields: the spans are read unchecked.
    let spans = fields.spans
    @inline(__always) func cell(_ k: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(start: p + spans[k].start, count: spans[k].end - spans[k].start)
    }
    func problem(_ k: Int, _ message: String) {
      log.row(InputProblem(file: file, line: line, column: k + 1, message: message))
    }
    func text(_ k: Int) -> String { String(decoding: cell(k), as: UTF8.self) }
    @inline(__always) func trimmedText(_ k: Int?) -> String? {
      guard let k else { return nil }
      let b = cell(k)
      let (lo, hi) = FieldText.trimmed(b)
      return lo == hi
        ? nil : String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    }
    /// ``trimmedText(_:)`` on one line (``FieldText/oneLine(_:)``), which only a cell holding a
    /// control byte needs: such a byte is a scalar of its own in UTF-8, repaired or not. A
    /// `printable` cell (``FieldText/isPrintableASCII(_:)``) holds none.
    @inline(__always) func oneLineText(_ k: Int?, printable: Bool) -> String? {
      guard let k, let text = trimmedText(k) else { return nil }
      return !printable && cell(k).contains(where: { $0 < 0x20 || $0 == 0x7F })
        ? FieldText.oneLine(text) : text
    }
    @inline(__always) func present(_ k: Int?) -> Int? {
      guard let k, !FieldText.isEmpty(cell(k)) else { return nil }
      return k
    }
    @inline(__always) func date(_ k: Int?, _ column: String) -> CivilDate? {
      guard let k = present(k) else { return nil }
      if let d = ScalarParsers.date(cell(k)) { return d }
      problem(k, FieldMessages.date(column, text(k)))
      return nil
    }
    @inline(__always) func count(_ k: Int?, _ column: String) -> Int? {
      guard let k = present(k) else { return nil }
      do throws(CountError) {
        return Int(try ScalarParsers.count(cell(k)))
      } catch {
        problem(k, FieldMessages.count(column, text(k), error))
        return nil
      }
    }
    /// Whether the column's cell is printable ASCII (an absent column's is).
    @inline(__always) func isPrintable(_ k: Int?) -> Bool {
      guard let k else { return true }
      return FieldText.isPrintableASCII(cell(k))
    }

    let idCell = cell(id)
    let (idStart, idEnd) = FieldText.trimmed(idCell)
    let idBytes = UnsafeBufferPointer(rebasing: idCell[idStart..<idEnd])
    if idBytes.isEmpty { problem(id, FieldMessages.empty("account_id", expected: "a unique id")) }
    // Invalid UTF-8 is reported here, at its own cell, not later as monthly rows that no
    // longer match their account. (Cell by cell, not a loop over an array literal: that array
    // was allocated and destroyed for every row, 11% of this function's samples.) Printable
    // ASCII, the usual text, is valid, and on one line (one pass over a name or a segment for
    // both questions).
    @inline(__always) func checkUTF8(_ k: Int?, _ column: String, printable: Bool) {
      if let k, !printable, !FieldMessages.isValidUTF8(cell(k)) {
        problem(k, FieldMessages.invalidUTF8(column, text(k)))
      }
    }
    let namePrintable = isPrintable(name)
    let segmentPrintable = isPrintable(segment)
    checkUTF8(id, "account_id", printable: isPrintable(id))
    checkUTF8(name, "name", printable: namePrintable)
    checkUTF8(segment, "segment", printable: segmentPrintable)
    // contract_type and billing_cadence: an absent column or an empty cell is `unknown`, the
    // value the report counts as "terms unknown" (docs/definitions.md, "Unknown terms").
    var contract = ContractType.unknown
    if let k = present(contractType) {
      if let v = EnumParser.contractType(cell(k)) {
        contract = v
      } else {
        problem(
          k,
          FieldMessages.choice("contract_type", text(k), allowed: EnumParser.contractTypesAllowed)
        )
      }
    }
    var cadence = BillingCadence.unknown
    if let k = present(billingCadence) {
      if let v = EnumParser.cadence(cell(k)) {
        cadence = v
      } else {
        problem(
          k, FieldMessages.choice("billing_cadence", text(k), allowed: EnumParser.cadencesAllowed))
      }
    }
    // start_date: an absent column or an empty cell is inferred later from the first month with
    // revenue (``CompanyLoader``), and marked inferred.
    let start = date(startDate, "start_date")
    var inferredFields = AccountFields()
    var inferredFrom: Month?
    var trial = TrialStatus.none
    var committed: Int64?
    var isPastDue: Bool?
    var contractEnd: CivilDate?
    var trialEnd: CivilDate?
    var cancel: CivilDate?
    var seats: (purchased: Int?, active: Int?)
    var integrationCount: Int?
    if hasOtherColumns {
      if let k = present(inferred) {
        switch AccountFields.parse(text(k)) {
        case .success(let set): inferredFields = set
        case .failure(let bad):
          problem(
            k,
            "inferred names \(FieldMessages.quoted(bad.text)), not a column of accounts.csv "
              + "(expected column names separated by ';', from: \(AccountFields.allowedNames))")
        }
      }
      if let k = present(inferredFromColumn) {
        inferredFrom = ScalarParsers.month(cell(k))
        if inferredFrom == nil {
          problem(k, FieldMessages.month(AccountsReader.inferredFromColumn, text(k)))
        }
      }
      if let k = present(trialStatus) {
        if let t = EnumParser.trialStatus(cell(k)) {
          trial = t
        } else {
          problem(
            k,
            FieldMessages.choice("trial_status", text(k), allowed: EnumParser.trialStatusesAllowed))
        }
      }
      if let k = present(committedMRR) {
        do throws(MoneyError) {
          committed = try MoneyParser.nonNegativeCents(cell(k))
        } catch {
          if error == .tooManyDecimals { log.tooManyDecimals += 1 }
          problem(k, FieldMessages.amount("committed_mrr", text(k), error))
        }
      }
      if let k = present(pastDue) {
        isPastDue = ScalarParsers.bool(cell(k))
        if isPastDue == nil { problem(k, FieldMessages.bool("past_due", text(k))) }
      }
      // A term or a trial cannot end before the account starts (start_date is when it became a
      // customer or began its trial): a swapped or mistyped date, which would make a trial look
      // long converted or a term look lapsed.
      contractEnd = date(contractEndDate, "contract_end_date")
      trialEnd = date(trialEndDate, "trial_end_date")
      func checkNotBeforeStart(_ k: Int?, _ end: CivilDate?, _ column: String) {
        if let k, let end, let start, end < start {
          problem(
            k,
            "\(column) \(FieldMessages.quoted(text(k))) is before start_date \(start) (expected "
              + "a date on or after the start)")
        }
      }
      checkNotBeforeStart(contractEndDate, contractEnd, "contract_end_date")
      checkNotBeforeStart(trialEndDate, trialEnd, "trial_end_date")
      cancel = date(cancelDate, "cancel_date")
      seats = (count(seatsPurchased, "seats_purchased"), count(seatsActive, "seats_active"))
      integrationCount = count(integrations, "integrations")
    }
    if start == nil { inferredFields.insert(.startDate) }
    // The segment's code from its bytes when they were met before (``SegmentsByBytes``), else
    // from its text.
    var segmentCode = SegmentCode.none
    if let k = segment {
      let b = cell(k)
      let (lo, hi) = FieldText.trimmed(b)
      if hi &- lo > 16 {
        segmentCode = segments.code(of: oneLineText(k, printable: segmentPrintable))
      } else if lo < hi {
        let (low, high) = FieldText.words(b, lo, hi)
        if let code = segmentsByBytes.code(count: hi &- lo, low: low, high: high) {
          segmentCode = code
        } else {
          segmentCode = segments.code(of: oneLineText(k, printable: segmentPrintable))
          segmentsByBytes.add(count: hi &- lo, low: low, high: high, code: segmentCode)
        }
      }
    }
    let account = Account(
      // Stored from the cell's bytes, valid UTF-8 unless the row has a problem (checked above;
      // such a row is not kept): no `String` made for an id longer than 15 bytes.
      id: log.rowHasProblem
        ? AccountID(String(decoding: idBytes, as: UTF8.self)) : AccountID(utf8: idBytes),
      name: oneLineText(name, printable: namePrintable),
      segment: segmentCode,
      terms: Account.Terms(
        contractType: contract, billingCadence: cadence,
        // Placeholder until the monthly rows give the first month with revenue.
        startDate: start ?? CivilDate(daysSinceEpoch: 0),
        contractEndDate: contractEnd, trialStatus: trial,
        trialEndDate: trialEnd, cancelDate: cancel, seatsPurchased: seats.purchased,
        seatsActive: seats.active, integrations: integrationCount, committedMRR: committed,
        isPastDue: isPastDue, inferred: inferredFields,
        inferredFrom: inferredFrom))
    record(account, idCell: idCell, line: line, into: &result, log: &log)
  }

  /// Takes `account` (consumed: appended without a copy, which retained and released its
  /// strings).
  private mutating func record(
    _ account: consuming Account, idCell: UnsafeBufferPointer<UInt8>, line: Int,
    into result: inout AccountsResult,
    log: inout ProblemLog
  ) {
    let (lo, hi) = FieldText.trimmed(idCell)
    let key = UnsafeBufferPointer(rebasing: idCell[lo..<hi])
    if !log.rowHasProblem, !key.isEmpty {
      if defersIndex {
        // A duplicate is noticed when the ids are placed, and sends the file to one thread.
        result.index.appendUnplaced(key)
        result.accounts.append(account)
        result.lines.append(line)
        return
      }
      if let existing = result.index.insert(key) {
        log.row(
          InputProblem(
            file: file, line: line, column: id + 1,
            message:
              "duplicate account_id \(FieldMessages.quoted(account.id)) (first on line \(result.lines[existing]))"
          ))
      } else {
        result.accounts.append(account)
        result.lines.append(line)
        return
      }
    } else {
      rememberRejected(idCell, line: line, into: &result)
    }
    log.finishRow(mrrCents: nil)
  }

  /// Notes a rejected row's id (trimmed), unless empty or already known, with its line.
  private func rememberRejected(
    _ idCell: UnsafeBufferPointer<UInt8>, line: Int, into result: inout AccountsResult
  ) {
    let (lo, hi) = FieldText.trimmed(idCell)
    let key = UnsafeBufferPointer(rebasing: idCell[lo..<hi])
    if !key.isEmpty && result.index.find(key) == nil && result.dropped.insert(key) == nil {
      result.droppedLines.append(line)
    }
  }
}

/// Segment codes by the segment cell's trimmed bytes: the first 16 distinct cells of at most 16
/// bytes, so that most rows find their segment's code without making its `String` and asking
/// ``SegmentCode/Cache`` (~350 instructions a row). A cell's code depends only on its bytes
/// (its text, made one-line, names one entry of the process's table for good), so a code found
/// here is the one its `String` would get.
private struct SegmentsByBytes {
  private var entries: [(count: Int, low: UInt64, high: UInt64, code: SegmentCode)] = []

  /// The code of the cell of `count` bytes whose words are `low` and `high`
  /// (``FieldText/words(_:_:_:)``), when it was added.
  @inline(__always)
  func code(count: Int, low: UInt64, high: UInt64) -> SegmentCode? {
    for e in entries where e.count == count && e.low == low && e.high == high { return e.code }
    return nil
  }

  /// Remembers a cell's code, while fewer than 16 are.
  mutating func add(count: Int, low: UInt64, high: UInt64, code: SegmentCode) {
    if entries.count < 16 { entries.append((count, low, high, code)) }
  }
}
