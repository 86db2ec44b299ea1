import ARRCore

/// A customer list beside a revenue file: any table with an id or name column and metadata
/// columns (segment, contract, billing, start, end), recognised by the cube's header aliases
/// (`docs/import.md`, "Several files").
enum CustomerList {
  /// The values reason a customer list's file log carries: it holds facts, no amounts.
  static let valuesReason = "customer list (facts only)"

  /// Reads the list's rows as accounts with facts only.
  /// - Returns: `nil` when the first row has neither an id nor a name column.
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  )
    throws(ARRQualityError) -> [ImportedAccount]?
  {
    guard let header = table.records.first else { return nil }
    var roles = [CubeLayout.Role: Int]()
    var ignored = [String]()
    for (c, cell) in header.cells.enumerated() {
      let key = CubeLayout.headerKey(cell)
      if let role = CubeLayout.aliases.first(where: { $0.1.contains(key) })?.0, roles[role] == nil {
        roles[role] = c
      } else if !cell.isEmpty {
        ignored.append(cell)
      }
    }
    guard roles[.id] != nil || roles[.name] != nil else { return nil }
    var table = table
    try table.dropValuesPastHeader(
      headerIndex: 0, fileIndex: fileIndex, isLenient: options.isLenient, log: &log)
    var rows = Array(table.records.dropFirst())
    // A committed MRR column reads in the amounts' unit (`--amounts cents`) and the decimal mark
    // its money cells show (``CubeReader/sideDecimalComma(_:columns:options:)``).
    let money =
      [roles[.committedMRR], roles[.cac]].compactMap { $0 }
      + (ListCommitments.find(header: header.cells, taken: Set(roles.values))?.columns.map(\.column)
        ?? [])
    let amounts = AmountCells(
      unit: options.amounts ?? .units,
      isDecimalComma: CubeReader.sideDecimalComma(rows, columns: money, options: options),
      reason: "--amounts cents", currency: options.currency)
    CubeReader.readSerialDates(
      &rows, roles: roles, header: header.cells, file: table.file, notes: &log.notes)
    // One date that reads two ways, in any date column, refuses the list when nothing decides
    // the order; with --lenient each such cell is a bad cell, blanked and listed with the
    // accounts that lose an end or cancel date (below), the other cells read (review 36 #6;
    // review 37, R37-4).
    let dateOrder = try CubeReader.factDateOrder(
      rows, roles: roles, header: header.cells, file: table.file, given: options.dateOrder,
      isLenient: options.isLenient, notes: &log.notes)
    CubeReader.dropUnreadFacts(
      &roles, ignored: &ignored, rows: rows, header: header.cells,
      file: table.file, dateOrder: dateOrder, amounts: amounts, notes: &log.notes)
    // A list's commitment columns (a minimum, an annual commitment, a term's value) give its
    // accounts' committed MRR (trial 34, T34-2).
    var commitments = ListCommitments.find(header: header.cells, taken: Set(roles.values))
    if let found = commitments {
      let read = Set(found.columns.map { header.cells[$0.column] })
      ignored.removeAll { read.contains($0) }
    }
    log.files[fileIndex].headerLine = header.line
    log.files[fileIndex].ignoredColumns = ignored
    if let note = CustomerCAC.channelHint(ignored, file: table.file) { log.notes.append(note) }
    log.files[fileIndex].recognisedColumns = CubeLayout.Role.allCases.compactMap { r in
      roles[r].map { "\(r.rawValue): \(header.cells[$0])" }
    }
    for (c, period) in commitments?.columns ?? [] {
      log.files[fileIndex].recognisedColumns.append(
        "committed_mrr: \(header.cells[c]) (\(period.reading))")
    }
    // The cube's reading of a customer's facts (terms, dates, trial, seats, past due).
    let layout = CubeLayout(
      headerIndex: 0, months: [], roles: roles, ignored: ignored, dateOrder: dateOrder,
      dateOrderReason: nil)
    var list = [ImportedAccount]()
    var problems = [InputProblem]()
    var noValue = NoValueCells()
    // Term cells repeat a few words on every row: each read once.
    var terms = TermReadings()
    let factColumns = RoleColumns(layout.roles)
    for r in rows {
      log.files[fileIndex].rowsRead += 1
      func cell(_ role: CubeLayout.Role) -> String {
        guard let c = roles[role], c < r.cells.count else { return "" }
        return r.cells[c]
      }
      let id = cell(.id)
      let name = cell(.name)
      guard !id.isEmpty || !name.isEmpty else {
        log.skip(
          file: fileIndex, line: r.line, kind: .footnote, reason: CubeReader.snippet(r.cells))
        continue
      }
      var a = ImportedAccount(
        id: id.isEmpty ? name : id, name: name.isEmpty ? nil : name, source: (table.file, r.line))
      if !id.isEmpty, let c = roles[.id],
        table.sheet?.wholeNumbers.contains(row: r.line, column: c) == true
      {
        a.isIDWholeNumber = true
      }
      CubeReader.readFacts(
        r.cells, layout: layout, header: header.cells, into: &a, line: r.line, file: table.file,
        amounts: amounts, problems: &problems, noValue: &noValue, terms: &terms,
        columns: factColumns)
      commitments?.read(r.cells, header: header.cells, into: &a, line: r.line, amounts: amounts)
      list.append(a)
    }
    if let found = commitments {
      let (finding, notes) = found.messages(file: table.file, currency: options.currency)
      if let finding { log.findings.append(finding) }
      log.notes += notes
    }
    let unread = header.cells.indices.filter { c in
      !header.cells[c].isEmpty && !roles.values.contains(c)
        && !(commitments?.columns.contains { $0.column == c } ?? false)
    }
    if let finding = ListCommitments.unreadAmountsFinding(
      header: header.cells, unread: unread, rows: rows, amounts: amounts, file: table.file)
    {
      log.findings.append(finding)
    }
    if !problems.isEmpty && !options.isLenient { throw .problems(problems, in: table.file) }
    // `--lenient` reads each bad cell as not given; every one is listed and counted (T22-2:
    // 60 bad date cells of a list were blanked with nothing said).
    let ends = Set([roles[.endDate], roles[.cancelDate]].compactMap { $0.map { $0 + 1 } })
    for p in problems.sorted(by: { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }) {
      log.files[fileIndex].cellsBlanked += 1
      if log.files[fileIndex].blankedCells.count < ImportLog.skippedSampleLimit {
        log.files[fileIndex].blankedCells.append(p)
      }
      if let c = p.column, ends.contains(c) {
        log.files[fileIndex].linesWithBlankedEnd.insert(p.line)
      }
    }
    if let note = noValue.note(file: table.file) { log.notes.append(note) }
    return list
  }

  /// The account each list row joins (`nil`: none). First on id; then, for a row whose id
  /// matches none, on its exact name (or its id read as a name, for a list naming customers in
  /// its id column), only onto an account no row matched by id, and only when the name is
  /// unique among the accounts and among those rows. Decided (review 10, F00): a row whose id
  /// has no revenue was joined by name onto another customer of the same name and overwrote
  /// its facts (a paying account became "trial expired"); names repeat in real CRMs. An account
  /// without a name is named by its id (a revenue file keyed by customer name).
  /// - Complexity: O(rows + accounts).
  static func match(_ list: [ImportedAccount], _ accounts: [ImportedAccount]) -> [Int?] {
    var byId = [String: Int]()
    var spacedIdCount = [String: Int]()
    var bySpacedId = [String: Int]()
    var nameCount = [String: Int]()
    var byName = [String: Int]()
    for (i, a) in accounts.enumerated() {
      byId[a.id] = byId[a.id] ?? i
      let spaced = singleSpaced(a.id)
      spacedIdCount[spaced, default: 0] += 1
      bySpacedId[spaced] = bySpacedId[spaced] ?? i
      // An account without a name is named by its id (a revenue file keyed by customer name:
      // review 13, F43).
      let n = singleSpaced(a.name ?? a.id)
      nameCount[n, default: 0] += 1
      byName[n] = byName[n] ?? i
    }
    // An id matches exactly, else with its runs of spaces as one, when that names one account
    // (T22-12: a CRM's `Greenpeak GmbH  #12`, a double space, is the billing system's
    // `Greenpeak GmbH #12`; a run of spaces is not seen on screen, unlike case or punctuation).
    var matches = list.map { entry -> Int? in
      if let i = byId[entry.id] { return i }
      let spaced = singleSpaced(entry.id)
      return spacedIdCount[spaced] == 1 ? bySpacedId[spaced] : nil
    }
    let matched = Set(matches.compactMap { $0 })
    // Names of the rows left, each row's name or else its id (a list of names in the id column).
    let keys = list.indices.map { r in
      matches[r] == nil ? singleSpaced(list[r].name ?? list[r].id) : nil
    }
    var keyCount = [String: Int]()
    for case let k? in keys { keyCount[k, default: 0] += 1 }
    for r in list.indices {
      guard let k = keys[r], keyCount[k] == 1, nameCount[k] == 1, let i = byName[k],
        !matched.contains(i)
      else { continue }
      matches[r] = i
    }
    matchLegalNames(list, accounts, &matches)
    return matches
  }

  /// `text` with each run of white space as one space and none at either end: the form ids and
  /// names are joined in (`Greenpeak GmbH  #12` joins `Greenpeak GmbH #12`).
  /// - Complexity: O(n) in the text's length.
  static func singleSpaced(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Joins `list` (file `fileIndex`) into `accounts`: on id, else on exact name (``match(_:_:)``). The list's facts
  /// win over the revenue file's and over inference (they are given); differing given facts are
  /// reported. List rows matching no account are skipped and reported.
  static func join(
    _ list: [ImportedAccount], into accounts: inout [ImportedAccount], fileIndex: Int,
    asOf: Month? = nil, log: inout ImportLog
  ) {
    var list = list
    var matches = match(list, accounts)
    // Ids a workbook stored as numbers, joined to the same number with leading zeros.
    let padded = zeroPadded(list, accounts, &matches)
    // An account's successive terms on several rows are one account's history (trial 48, T48-5).
    let (folded, foldNote) = foldSuccessiveTerms(
      &list, matches: matches, asOf: asOf, file: log.files[fileIndex].file)
    if let foldNote { log.notes.append(foldNote) }
    var conflicts = [String]()
    // Why a row matched nothing: its name may name several accounts, or several rows, and then
    // "has no revenue" would be false (review 13, F14: two accounts named Acme both had revenue).
    var idsByName = [String: [Int]]()
    for (i, a) in accounts.enumerated() {
      idsByName[singleSpaced(a.name ?? a.id), default: []].append(i)
    }
    let matchedAccounts = Set(matches.compactMap { $0 })
    var rowsByKey = [String: Int]()
    for (entry, match) in zip(list, matches) where match == nil {
      rowsByKey[singleSpaced(entry.name ?? entry.id), default: 0] += 1
    }
    // Rows not joined for want of a unique name, with the facts that move the scoring.
    var lostFacts = [String]()
    // Rows that match an unjoined account loosely (review 13, F36), built only when needed.
    var loose: LooseIndex?
    var near = [String]()
    var nearIDs = [String]()
    // Accounts whose end or cancel date `--lenient` blanked.
    var blankedEndIDs = [String]()
    // Rows joined only once runs of spaces were read as one.
    var spacedJoins = [String]()
    // Rows joined only once legal forms were set aside (``matchLegalNames(_:_:_:)``).
    var legalJoins = [String]()
    var lostIDs = [String]()
    for (k, (entry, match)) in zip(list, matches).enumerated() {
      if folded.contains(k) {
        log.files[fileIndex].rowsUsed += 1
        continue
      }
      guard let i = match else {
        let key = singleSpaced(entry.name ?? entry.id)
        let indices = idsByName[key] ?? []
        let ids = indices.map { accounts[$0].id }
        let reason: String
        if ids.count > 1 {
          reason =
            "name \"\(key)\" matches \(CountText.grouped(ids.count)) accounts (ids \(ids.prefix(5).joined(separator: ", "))"
            + "\(ids.count > 5 ? ", …" : "")): not joined; give the list an id column"
        } else if (rowsByKey[key] ?? 0) > 1 {
          reason =
            "name \"\(key)\" is on \(rowsByKey[key]!) rows of the list: not joined; give the list an "
            + "id column"
        } else if indices.count == 1, matchedAccounts.contains(indices[0]) {
          reason =
            "name \"\(key)\" is account \"\(ids[0])\", which another row joins by its id: not joined"
        } else {
          if loose == nil { loose = LooseIndex(accounts) }
          if let j = loose!.account(nearlyMatching: entry), !matchedAccounts.contains(j) {
            let account =
              accounts[j].name.map { "\"\(accounts[j].id)\" (\($0))" }
              ?? "\"\(accounts[j].id)\""
            reason =
              "customer \"\(entry.id)\" has no revenue in the revenue file; it nearly matches "
              + "account \(account): not joined, ids and names must match exactly"
            near.append("line \(entry.source.line) \"\(key)\" ≈ account \(account)")
            nearIDs.append(accounts[j].id)
          } else {
            reason = "customer \"\(entry.id)\" has no revenue in the revenue file"
          }
        }
        log.skip(file: fileIndex, line: entry.source.line, kind: .notJoined, reason: reason)
        if !ids.isEmpty || (rowsByKey[key] ?? 0) > 1 {
          let facts = [
            entry.cancelDate.map { "cancel date \($0)" },
            entry.contractEndDate.map { "end date \($0)" },
            entry.trialEndDate.map { "trial end \($0)" },
            entry.trialStatusCell != nil ? "trial status \(entry.trialStatus.rawValue)" : nil,
            entry.isPastDue == true ? "past due" : nil,
          ].compactMap { $0 }
          if !facts.isEmpty {
            lostIDs += ids
            lostFacts.append(
              "line \(entry.source.line) (\"\(key)\": \(facts.joined(separator: ", ")))")
          }
        }
        continue
      }
      log.files[fileIndex].rowsUsed += 1
      if log.files[fileIndex].linesWithBlankedEnd.contains(entry.source.line) {
        blankedEndIDs.append(accounts[i].id)
      }
      if entry.id != accounts[i].id && !padded.contains(where: { $0.line == entry.source.line })
        && (entry.name ?? entry.id) != (accounts[i].name ?? accounts[i].id)
      {
        let (row, account) = (entry.name ?? entry.id, accounts[i].name ?? accounts[i].id)
        if singleSpaced(row) != singleSpaced(account) && legalKey(row) == legalKey(account) {
          legalJoins.append("line \(entry.source.line) \"\(row)\" as \"\(account)\"")
        } else {
          spacedJoins.append("line \(entry.source.line) \"\(row)\"")
        }
      }
      func take<T: Equatable>(_ path: WritableKeyPath<ImportedAccount, T?>, _ label: String) {
        guard let v = entry[keyPath: path] else { return }
        if let have = accounts[i][keyPath: path], have != v {
          conflicts.append(
            "\"\(accounts[i].id)\" \(label) \(have) vs \(v) (line \(entry.source.line))")
        }
        accounts[i][keyPath: path] = v
      }
      take(\.name, "name")
      take(\.segment, "segment")
      take(\.contractType, "contract type")
      if accounts[i].contractType == nil, let text = entry.unreadContractType {
        accounts[i].unreadContractType = text
      }
      take(\.billingCadence, "billing cadence")
      take(\.startDate, "start date")
      take(\.contractEndDate, "end date")
      take(\.trialEndDate, "trial end date")
      take(\.cancelDate, "cancel date")
      take(\.seatsPurchased, "seats purchased")
      take(\.seatsActive, "seats active")
      take(\.integrations, "integrations")
      take(\.committedMRR, "committed MRR")
      take(\.cac, "CAC")
      take(\.termMonths, "term (months)")
      take(\.isPastDue, "past due")
      if let s = entry.status {
        if let have = accounts[i].status,
          CubeLayout.normalized(have.text) != CubeLayout.normalized(s.text)
        {
          conflicts.append(
            "\"\(accounts[i].id)\" status \(have.text) vs \(s.text) (line \(entry.source.line))")
        }
        accounts[i].status = s
      }
      // A list's status word wins over the revenue file's, `none` as much as `converted`
      // (review 10, F10: `none` read as "not given", so a trial stayed a trial). A yes/no
      // answer says only whether a trial runs now: `no` ends a running trial and agrees with a
      // converted or expired one, which it leaves (review 11, F6: it erased a conversion).
      let have = accounts[i]
      let isTaken: Bool
      switch entry.trialStatusCell {
      case .word?: isTaken = true
      case .answer?: isTaken = entry.trialStatus == .active || have.trialStatus == .active
      case nil: isTaken = entry.trialStatus != .none
      }
      if isTaken {
        if (have.trialStatusCell != nil || have.trialStatus != .none)
          && have.trialStatus != entry.trialStatus
        {
          conflicts.append(
            "\"\(have.id)\" trial status \(have.trialStatus.rawValue) vs "
              + "\(entry.trialStatus.rawValue) (line \(entry.source.line))")
        }
        accounts[i].trialStatus = entry.trialStatus
        accounts[i].trialStatusCell = entry.trialStatusCell
        // A trial the list ends has no end date from the revenue file's running one.
        if entry.trialStatus == .none && entry.trialEndDate == nil {
          accounts[i].trialEndDate = nil
        }
      }
    }
    if !conflicts.isEmpty {
      log.findings.append(
        "\(log.files[fileIndex].file): \(Counted.phrase(conflicts.count, "fact")) "
          + "differ\(conflicts.count == 1 ? "s" : "") from the revenue file; the customer list's "
          + "\(conflicts.count == 1 ? "is" : "are") kept: "
          + conflicts.prefix(5).joined(separator: "; ") + (conflicts.count > 5 ? "; …" : ""))
    }
    if !lostFacts.isEmpty {
      log.addFinding(
        "\(log.files[fileIndex].file): \(Counted.phrase(lostFacts.count, "row")) "
          + "of the customer list name\(lostFacts.count == 1 ? "s" : "") a customer that is not one "
          + "account, so \(lostFacts.count == 1 ? "its" : "their") facts that move the scoring are "
          + "not applied: " + lostFacts.prefix(5).joined(separator: "; ")
          + (lostFacts.count > 5 ? "; …" : "") + " (give the list an id column)",
        accounts: lostIDs)
    }
    let matched = log.files[fileIndex].rowsUsed
    if let finding = looseFinding(
      file: log.files[fileIndex].file, near: near, unjoined: matches.filter { $0 == nil }.count,
      rows: list.count)
    {
      log.addFinding(finding, accounts: nearIDs)
    }
    if let finding = blankedFinding(log.files[fileIndex], ends: blankedEndIDs.count) {
      log.addFinding(finding, accounts: blankedEndIDs)
    }
    if let note = zeroPaddedNote(padded, file: log.files[fileIndex].file) {
      log.notes.append(note)
    }
    if !spacedJoins.isEmpty {
      log.notes.append(
        "\(log.files[fileIndex].file): \(Counted.phrase(spacedJoins.count, "row")) joined once "
          + "each run of spaces in the id or name was read as one space: "
          + spacedJoins.prefix(5).joined(separator: "; ") + (spacedJoins.count > 5 ? "; …" : ""))
    }
    if !legalJoins.isEmpty {
      log.notes.append(
        "\(log.files[fileIndex].file): \(Counted.phrase(legalJoins.count, "row")) joined by name "
          + "once legal forms (Inc., LLC, Ltd, GmbH…) and letter case were set aside: "
          + legalJoins.prefix(5).joined(separator: "; ") + (legalJoins.count > 5 ? "; …" : ""))
    }
    log.notes.append(
      "\(log.files[fileIndex].file): \(CountText.grouped(matched)) of \(CountText.grouped(accounts.count)) accounts matched by id or exact name"
    )
  }
}
