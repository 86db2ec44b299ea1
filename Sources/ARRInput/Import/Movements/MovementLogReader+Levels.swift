import ARRCore

extension MovementLogReader {
  /// The rebuilt levels of `rows` (``MovementLog``) as a cube's data: accounts not read left
  /// out (their rows skipped with why), the tie-out's source the levels, and the log's notes
  /// and findings.
  static func levels(
    _ rows: consuming Rows, table: ImportTable, layout: MovementLogLayout,
    order: MonthlyTableReader.MonthColumnReading, fileIndex: Int, options: ImportOptions,
    log: inout ImportLog
  ) throws(ARRQualityError) -> CubeData {
    let file = table.file
    let header = table.records[layout.headerIndex].cells
    guard let first = rows.first, let dataLast = rows.last else {
      throw .data(
        "\(file):\(table.records[layout.headerIndex].line): an MRR movements log with no rows "
          + "of data below its header")
    }
    // A later `--as-of` carries every level forward: a month without movements keeps the level
    // (session 22, review lane: it was refused, "every account would show no revenue").
    let (last, span) = try CubeReader.months(
      first: first, last: dataLast, asOf: options.asOf, file: file, rows: "movements",
      mistyped: "date", customers: rows.accounts.count, options: options, carriesForward: true)
    // Accounts in the order of their ids, not of the rows: the figures must not depend on it.
    let sorted = rows.accounts.indices.sorted { rows.accounts[$0].id < rows.accounts[$1].id }
    var position = [Int](repeating: 0, count: sorted.count)
    for (p, a) in sorted.enumerated() { position[a] = p }
    var accounts = sorted.map { rows.accounts[$0] }
    var events = [MovementLog.Event]()
    var afterAsOf = 0
    // Customers with a movement by the as-of month; the others were no customers yet.
    var isSeen = [Bool](repeating: false, count: accounts.count)
    var laterLine = [Int: Int]()
    for var e in rows.events {
      e.account = position[e.account]
      e.month -= Int(first.ordinal)
      guard e.month < span else {
        afterAsOf += 1
        laterLine[e.account] = min(laterLine[e.account] ?? e.line, e.line)
        continue
      }
      isSeen[e.account] = true
      events.append(e)
    }
    let signs = MovementLog.signs(events)
    // A gain written negative, or a positive contraction among negative losses: a problem at
    // its amount's cell; with --lenient the row is skipped.
    var badRows = BadRows()
    var badLines = Set<Int>()
    for e in events {
      guard let cents = e.cents,
        let why = MovementLog.signProblem(e.kind, cents: cents, signs: signs)
      else { continue }
      badLines.insert(e.line)
      badRows.reject(
        [InputProblem(file: file, line: e.line, column: layout.amount + 1, message: why)],
        line: e.line, fileIndex: fileIndex, isLenient: options.isLenient, log: &log)
    }
    try badRows.check(in: file)
    events.removeAll { badLines.contains($0.line) }
    let reading = MovementLog.read(events, accounts: accounts.count, span: span, signs: signs)
    if reading.hasOverflowed { log.tieOut.hasOverflowed = true }
    let money = options.currency ?? rows.currencies.keys.first
    func amount(_ cents: Int64) -> String { Money.text(cents: cents, currency: money) }
    if !reading.belowZero.isEmpty && !options.isLenient {
      throw .problems(
        reading.belowZero.prefix(ARRQualityError.problemDisplayLimit).map { s in
          InputProblem(
            file: file, line: s.line, column: layout.amount + 1,
            message: "customer \(FieldMessages.quoted(accounts[s.account].id)): a contraction of "
              + "\(amount(s.cents)) takes its MRR from \(amount(s.before)) to "
              + "\(amount(s.before &+ MovementLog.loss(s.cents, signs: signs))), below 0 (is a "
              + "movement before it missing, or the log cut at its start?); with --lenient the "
              + "customer is left out")
        }, count: reading.belowZero.count, in: file)
    }
    // Rows of the accounts not read: skipped, each with why.
    let stopLine = Dictionary(
      reading.belowZero.map { ($0.account, $0.line) }, uniquingKeysWith: { a, _ in a })
    var used = 0
    for e in events {
      guard reading.notRead.contains(e.account) else {
        used += 1
        continue
      }
      if let line = stopLine[e.account] {
        log.skip(
          file: fileIndex, line: e.line, kind: .badRow,
          reason: "bad row: customer \(FieldMessages.quoted(accounts[e.account].id)) left out: a "
            + "contraction on line \(line) takes its MRR below 0")
      } else {
        log.skip(
          file: fileIndex, line: e.line, kind: .midLife,
          reason: "customer \(FieldMessages.quoted(accounts[e.account].id)) left out: its first "
            + "movement is not a new one, so its MRR before the log is not known")
      }
    }
    log.files[fileIndex].rowsUsed += used
    // Rows after --as-of are used: they are read, dated after the as-of month.
    log.files[fileIndex].rowsUsed += afterAsOf
    // Customers whose every movement comes after `--as-of` did not exist yet: left out, not
    // kept at $0 (session 22, review lane), their rows read and counted as used.
    let later = accounts.indices.filter { !isSeen[$0] }
    let kept = accounts.indices.filter { isSeen[$0] && !reading.notRead.contains($0) }
    guard !kept.isEmpty else {
      throw .data(
        "\(file): no customer of the MRR movements log could be read: every one's first "
          + "movement is not a new one (the log starts after they became customers, so their MRR "
          + "is not known) or takes its MRR below 0; export the log from the company's first "
          + "movement")
    }
    var data = CubeData(
      firstMonth: first, monthCount: span,
      layout: CubeLayout(
        headerIndex: layout.headerIndex, months: [],
        roles: [CubeLayout.Role.id: layout.customer], ignored: layout.ignored,
        dateOrder: order.order, dateOrderReason: order.reason))
    data.currency = rows.currencies.keys.first ?? layout.headerCurrency
    data.cells.reserveCapacity(kept.count * span)
    var total: Int64 = 0
    var asOfTotal: Int64 = 0
    for a in kept {
      for m in 0..<span {
        let v = reading.cells[a * span + m]
        data.cells.append(v)
        let (s, o) = total.addingReportingOverflow(v)
        if o { log.tieOut.hasOverflowed = true } else { total = s }
      }
      asOfTotal = asOfTotal &+ reading.cells[a * span + span - 1]
    }
    // Customers left out as starting mid-life (a log cut by date) pay at least what their
    // movements allow: the headline range's other end counts them at that.
    var least: Int64 = 0
    for m in reading.midLife { least = least &+ m.least }
    log.files[fileIndex].midLifeLeftOut = reading.midLife.count
    if least > 0 { data.midLifeReadingAsOf = asOfTotal &+ least }
    // The log's amounts are changes: the tie-out's source is the levels they rebuild, and the
    // bridge below checks those levels against the log's own sums.
    log.tieOut.add(total, to: \.sourceCents)
    let keptSet = Set(kept)
    data.accounts = kept.map { accounts[$0] }
    accounts = []
    notes(
      reading, file: file, header: header, layout: layout, signs: signs, last: last,
      dataLast: dataLast, afterAsOf: afterAsOf, total: total, currency: money, log: &log)
    if let a = later.min(by: { laterLine[$0]! < laterLine[$1]! }) {
      let id = FieldMessages.quoted(rows.accounts[sorted[a]].id)
      log.notes.append(
        "\(file): \(Counted.phrase(later.count, "customer")) whose movements all come after the "
          + "as-of month \(last) (\(id) on line \(laterLine[a]!)): not a customer yet at as-of, "
          + "left out")
    }
    findings(
      reading, file: file, first: first, asOf: last, all: sorted.map { rows.accounts[$0] },
      kept: keptSet, amount: amount, level: layout.levelAfter.map { header[$0] }, log: &log)
    var openings = [Int: Int64]()
    for (k, a) in kept.enumerated() { if let v = reading.openings[a] { openings[k] = v } }
    let bridge = MovementBridge.of(
      data.cells, accounts: kept.count, span: span, openings: openings)
    if let finding = MovementBridge.finding(
      file: file, first: first, sums: reading.sums, bridge: bridge)
    {
      log.findings.append(finding)
    }
    return data
  }
}
