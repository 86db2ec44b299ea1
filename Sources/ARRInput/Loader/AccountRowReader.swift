/// Turns one `accounts.csv` record into an ``Account``, checking every cell.
struct AccountRowReader {
  private let file = AccountsReader.file
  private let fieldCount: Int
  private let id: Int
  private let contractType: Int
  private let billingCadence: Int
  private let startDate: Int
  private let optional: [AccountColumn: Int]
  private let names: [String]

  init(header: CSVHeader, isLenient: Bool) {
    fieldCount = header.keys.count
    id = header.index(of: "account_id") ?? 0
    contractType = header.index(of: "contract_type") ?? 0
    billingCadence = header.index(of: "billing_cadence") ?? 0
    startDate = header.index(of: "start_date") ?? 0
    var optional = [AccountColumn: Int]()
    for c in AccountColumn.allCases {
      if let i = header.index(of: c.rawValue) { optional[c] = i }
    }
    self.optional = optional
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
      log.finishRow(mrrCents: nil)
      return
    }
    func problem(_ column: Int, _ message: String) {
      log.row(InputProblem(file: file, line: line, column: column + 1, message: message))
    }
    func text(_ k: Int) -> String { CSVScanner.string(of: fields[k], in: p) }
    func cell<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      let span = fields[k]
      if span.hasEscapedQuotes {
        return CSVScanner.bytes(of: span, in: p).withUnsafeBufferPointer(body)
      }
      return body(UnsafeBufferPointer(start: p + span.start, count: span.end - span.start))
    }
    func isEmpty(_ k: Int) -> Bool { cell(k) { FieldText.isEmpty($0) } }

    let idBytes = cell(id) { b -> [UInt8] in
      let (lo, hi) = FieldText.trimmed(b)
      return Array(b[lo..<hi])
    }
    if idBytes.isEmpty { problem(id, FieldMessages.empty("account_id", expected: "a unique id")) }

    func requiredEnum<E: RawRepresentable & CaseIterable>(_ k: Int, _ type: E.Type) -> E?
    where E.RawValue == String {
      let allowed = EnumParser.allowed(type)
      if isEmpty(k) {
        problem(k, FieldMessages.empty(names[k], expected: "one of \(allowed)"))
        return nil
      }
      guard let v = cell(k, { EnumParser.value(type, $0) }) else {
        problem(k, FieldMessages.choice(names[k], text(k), allowed: allowed))
        return nil
      }
      return v
    }
    let contract = requiredEnum(contractType, ContractType.self)
    let cadence = requiredEnum(billingCadence, BillingCadence.self)
    var start: CivilDate?
    if isEmpty(startDate) {
      problem(startDate, FieldMessages.empty("start_date", expected: FieldMessages.dateExample))
    } else if let d = cell(startDate, { ScalarParsers.date($0) }) {
      start = d
    } else {
      problem(startDate, FieldMessages.date("start_date", text(startDate)))
    }

    func optionalText(_ c: AccountColumn) -> String? {
      guard let k = optional[c], !isEmpty(k) else { return nil }
      let s = text(k)
      return String(
        s.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: {
          $0 == " " || $0 == "\t"
        }).reversed())
    }
    func optionalDate(_ c: AccountColumn) -> CivilDate? {
      guard let k = optional[c], !isEmpty(k) else { return nil }
      if let d = cell(k, { ScalarParsers.date($0) }) { return d }
      problem(k, FieldMessages.date(c.rawValue, text(k)))
      return nil
    }
    func optionalCount(_ c: AccountColumn) -> Int? {
      guard let k = optional[c], !isEmpty(k) else { return nil }
      let r = cell(k) { b -> Result<Int64, CountError> in
        Result { () throws(CountError) in try ScalarParsers.count(b) }
      }
      switch r {
      case .success(let v): return Int(v)
      case .failure(let e):
        problem(k, FieldMessages.count(c.rawValue, text(k), e))
        return nil
      }
    }
    var trial = TrialStatus.none
    if let k = optional[.trialStatus], !isEmpty(k) {
      if let t = cell(k, { EnumParser.value(TrialStatus.self, $0) }) {
        trial = t
      } else {
        problem(
          k,
          FieldMessages.choice(
            "trial_status", text(k), allowed: EnumParser.allowed(TrialStatus.self)))
      }
    }
    var committed: Int64?
    if let k = optional[.committedMRR], !isEmpty(k) {
      let r = cell(k) { b -> Result<Int64, MoneyError> in
        Result { () throws(MoneyError) in try MoneyParser.nonNegativeCents(b) }
      }
      switch r {
      case .success(let v): committed = v
      case .failure(let e): problem(k, FieldMessages.amount("committed_mrr", text(k), e))
      }
    }
    var pastDue: Bool?
    if let k = optional[.pastDue], !isEmpty(k) {
      if let b = cell(k, { ScalarParsers.bool($0) }) {
        pastDue = b
      } else {
        problem(k, FieldMessages.bool("past_due", text(k)))
      }
    }
    let account = Account(
      id: String(decoding: idBytes, as: UTF8.self), name: optionalText(.name),
      segment: optionalText(.segment), contractType: contract ?? .monthly,
      billingCadence: cadence ?? .monthly, startDate: start ?? CivilDate(daysSinceEpoch: 0),
      contractEndDate: optionalDate(.contractEndDate), trialStatus: trial,
      trialEndDate: optionalDate(.trialEndDate), cancelDate: optionalDate(.cancelDate),
      seatsPurchased: optionalCount(.seatsPurchased), seatsActive: optionalCount(.seatsActive),
      integrations: optionalCount(.integrations), committedMRR: committed, isPastDue: pastDue)

    if !log.rowHasProblem, !idBytes.isEmpty {
      let existing = idBytes.withUnsafeBufferPointer { result.index.insert($0) }
      if let existing {
        problem(
          id,
          "duplicate account_id \(FieldMessages.quoted(account.id)) (first on line \(result.lines[existing]))"
        )
      } else {
        result.accounts.append(account)
        result.lines.append(line)
        return
      }
    } else if !idBytes.isEmpty && log.isLenient {
      let known = idBytes.withUnsafeBufferPointer { result.index.find($0) } != nil
      if !known, idBytes.withUnsafeBufferPointer({ result.dropped.insert($0) }) == nil {
        result.droppedLines.append(line)
      }
    }
    log.finishRow(mrrCents: nil)
  }
}
