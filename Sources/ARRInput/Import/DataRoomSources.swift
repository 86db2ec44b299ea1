import ARRCore

/// The invoice-line and subscription files of one import (a ledger, Stripe's invoice line
/// items export, Stripe's subscriptions export), read by ``Importer/read(_:options:)`` before it
/// tries a cube, and joined (`docs/import.md`, "Several files").
///
/// One file of invoice lines (a ledger or Stripe invoice lines) and one subscriptions export
/// combine on customer id: the lines give the revenue history, the subscriptions give status,
/// trial, cancellation and terms. Subscriptions alone give revenue at current prices.
struct DataRoomSources {
  var lines: LedgerData?
  var subscriptions: (subs: [StripeSubscription], index: Int)?
  /// The one currency the subscriptions export shows, if any.
  var subscriptionsCurrency: String?
  /// Whether the subscriptions come from a subscriptions table (``SubscriptionTableReader``),
  /// not Stripe's export.
  var isSubscriptionTable = false
  /// Set when the table just read is a ledger of credits alone (``CreditTable``): its refusal.
  /// Its lines are not kept.
  var creditsRefusal: String?
  /// Credit-notes tables read beside the invoices (``CreditNoteTable``), joined to the lines
  /// when the company is made.
  var credits: [CreditNoteTable] = []
  var isEmpty: Bool { lines == nil && subscriptions == nil }

  /// The name of the first file read here, if any.
  func firstFile(_ log: ImportLog) -> String? {
    let indices = [lines?.fileIndex, subscriptions?.index].compactMap { $0 }
    return indices.min().map { log.files[$0].file }
  }

  /// Reads `table` when it is one of these shapes (as `--shape` allows).
  /// - Returns: Whether the table was one.
  /// - Throws: What the readers throw; `.invalidData` for a second file of the same kind.
  ///
  /// A subscriptions table (``SubscriptionTableReader``) is recognised only with `--shape
  /// subscriptions` or when it is the only file (`isOnlyFile`): beside a cube or a ledger, a file
  /// of customers with a start, an end and an MRR column is their customer list, read for its
  /// facts as before.
  mutating func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, isOnlyFile: Bool = true,
    log: inout ImportLog
  ) throws(ARRQualityError) -> Bool {
    let shape = options.shape
    let currencyBefore = log.currency
    log.currency = nil
    if shape == .auto || shape == .stripeSubscriptions,
      let subs = try StripeSubscriptionsReader.read(
        table, fileIndex: fileIndex, options: options, log: &log)
    {
      if let other = subscriptions {
        throw .data(
          "\(table.file): a second subscriptions export (\(log.files[other.index].file) is one)")
      }
      subscriptions = (subs, fileIndex)
      subscriptionsCurrency = log.currency
      log.currency = log.currency ?? currencyBefore
      return true
    }
    log.currency = currencyBefore
    var dialect: LedgerLayout.Dialect?
    switch shape {
    case .stripeInvoices: dialect = .stripeInvoiceLines
    case .ledger: dialect = .ledger
    case .auto: dialect = LedgerLayout.looksLikeStripe(table) ? .stripeInvoiceLines : .ledger
    case .cube, .monthly, .stripeSubscriptions, .subscriptions, .movements: dialect = nil
    }
    let logBefore = log
    guard let dialect,
      let data = try LedgerReader.read(
        table, dialect: dialect, fileIndex: fileIndex, options: options, log: &log)
    else {
      guard shape == .subscriptions || (shape == .auto && isOnlyFile) else { return false }
      // A month column makes it a monthly table, one row per customer and month, read by the
      // caller as a cube's long form: read as subscriptions from a start date, each row would
      // run on from its start and a customer's MRR count once per month listed.
      if shape == .auto && MonthlyTableLayout.find(in: table, allowsOneMonth: isOnlyFile) != nil {
        return false
      }
      // A table is read: a later file without an end column is its customer list (a start and
      // an MRR column are facts there), read as such by the caller.
      if subscriptions != nil, SubscriptionTableReader.layout(table)?.columns[.end] == nil {
        log.currency = currencyBefore
        return false
      }
      log.currency = nil
      guard
        let subs = try SubscriptionTableReader.read(
          table, fileIndex: fileIndex, options: options, log: &log)
      else {
        log.currency = currencyBefore
        return false
      }
      if let other = subscriptions {
        throw .data(
          "\(table.file): a second subscriptions file (\(log.files[other.index].file) is one); "
            + "import one subscriptions table at a time (a customer list beside it, with no end "
            + "column, goes after it)")
      }
      subscriptions = (subs, fileIndex)
      subscriptionsCurrency = log.currency
      isSubscriptionTable = true
      log.currency = log.currency ?? currencyBefore
      return true
    }
    // A table of credits alone is no revenue file: the caller refuses it, or leaves a
    // workbook's sheet unused.
    if let why = data.creditsOnly {
      creditsRefusal = why
      return true
    }
    // A payments table beside invoices says which were paid, not what was billed: read again
    // with its payments skipped as cash (review 47b, R47b-13: refused as a second ledger).
    if let other = lines, data.isPaymentsTable {
      log = logBefore
      _ = try LedgerReader.read(
        table, dialect: dialect, fileIndex: fileIndex, options: options, isBesideInvoices: true,
        log: &log)
      log.notes.append(
        "\(table.file): a table of payments (every line's type a payment, a credit or a "
          + "purchase) beside the invoices of \(log.files[other.fileIndex].file): the invoices "
          + "are the revenue record, and its payments are skipped as cash received, not revenue")
      return true
    }
    if let other = lines {
      let otherFile = log.files[other.fileIndex].file
      throw .data(
        "\(table.file): a second file of invoice lines (\(otherFile) is one); import one ledger "
          + "at a time"
          + Self.migrationWords(data, file: table.file, after: other, file: otherFile))
    }
    if let other = data.otherDateOrder {
      Self.readInOrder(
        other, table: table, dialect: dialect, fileIndex: fileIndex, options: options, log: &log)
    }
    lines = data
    return true
  }

  /// What the refusal of a second ledger adds when the two follow each other in time, as a
  /// change of billing system leaves them (trial 44, T44-18: QuickBooks invoices to 2026-02,
  /// then Stripe from 2026-03, refused with no word that they were one history): the months of
  /// each and the ways forward. Empty when their months overlap.
  static func migrationWords(
    _ data: LedgerData, file: String, after first: LedgerData, file firstFile: String
  ) -> String {
    func span(_ d: LedgerData) -> (Month, Month)? {
      guard let lo = d.entries.lazy.map(\.date.month).min(),
        let hi = d.entries.lazy.map(\.date.month).max()
      else { return nil }
      return (lo, hi)
    }
    guard let a = span(first), let b = span(data) else { return "" }
    let (early, late) = a.0 <= b.0 ? ((firstFile, a), (file, b)) : ((file, b), (firstFile, a))
    guard early.1.1 < late.1.0 else { return "" }
    return "; the two follow each other in time (\(early.0): \(early.1.0) to \(early.1.1); "
      + "\(late.0): \(late.1.0) to \(late.1.1)), as a change of billing system leaves them, but "
      + "ledgers are not joined into one history: import \(late.0) alone for the recent months "
      + "(its history starts \(late.1.0)), or write both as one monthly table (a customer, a "
      + "month and an MRR column, the customers named alike in both: docs/input.md) and import "
      + "that"
  }

  /// Reads `table`'s lines again in the other day/month order (the rhythm's, or the one it
  /// did not take), on a scratch log, and adds the finding with the ARR read so (session 36,
  /// imp; hostile trial 35, H35-2: the finding said the headline differs, not by how much;
  /// review 37, R37-12: the rhythm's decision quotes it too). Not priced in the headline's range:
  /// the range adds each choice's difference, and this one replaces every other (tried: the
  /// hostile trial's us-slash.csv read `dmy` gave a range of $0 to $370K).
  private static func readInOrder(
    _ other: OtherDateReading, table: ImportTable,
    dialect: LedgerLayout.Dialect, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) {
    func add(_ text: String) {
      if other.isDecision {
        log.addDecision(text)
      } else {
        log.addFinding(text, accounts: other.accounts)
      }
    }
    var options = options
    options.dateOrder = other.order
    var scratch = log
    guard
      let data = try? LedgerReader.read(
        table, dialect: dialect, fileIndex: fileIndex, options: options, log: &scratch),
      let company = try? LedgerImporter.makeCompany(data, options: options, log: &scratch)
    else {
      add(other.finding + "; the headline differs" + other.detail)
      return
    }
    let (arr, isOver) = asOfMRR(company).multipliedReportingOverflow(by: 12)
    let money =
      isOver
      ? "too large to say"
      : Money.text(cents: arr, currency: options.currency ?? scratch.currency, wholeUnits: true)
    add(
      other.finding + "; read so, ARR at \(company.asOf) is \(money) from the lines"
        + other.detail)
  }

  /// The imported company: customer lists and subscriptions joined into the lines' accounts,
  /// then spread; or subscriptions alone at current prices. The lines are handed over (taken
  /// from `self`), so the spread changes their accounts in place rather than a copy.
  mutating func makeCompany(
    lists: [(accounts: [ImportedAccount], index: Int)], options: ImportOptions,
    log: inout ImportLog
  ) throws(ARRQualityError) -> ImportedCompany {
    guard var data = lines.take() else {
      // Handed over, not copied: the importer lets go of the rows once it has grouped them
      // (trial 18a, H1: a 1.2M-row table held three copies of its rows at the peak).
      let subs = subscriptions?.subs ?? []
      let index = subscriptions?.index ?? 0
      if isSubscriptionTable {
        try Self.refuseListEnds(lists, tableIndex: index, log: log)
      }
      subscriptions = nil
      return try StripeSubscriptionImporter.makeCompany(
        consume subs, fileIndex: index, lists: lists, options: options, log: &log,
        isSubscriptionTable: isSubscriptionTable)
    }
    var priced = [PricedWithoutLines]()
    if let (subs, index) = subscriptions {
      priced = join(subs, fileIndex: index, into: &data, log: &log)
      if let s = subscriptionsCurrency, let l = data.currency, s != l {
        // Only the lines' amounts are used, so nothing is mixed; but two currencies usually mean
        // exports from two Stripe accounts, whose customers the join would pair by accident.
        log.findings.append(
          "\(log.files[index].file) is in \(s) but \(log.files[data.fileIndex].file) is in "
            + "\(l): the amounts come from the invoice lines (\(l)) and the subscriptions give "
            + "only status, trial and cancellation; check both exports come from the same "
            + "Stripe account")
      }
    }
    for list in lists {
      CustomerList.join(list.accounts, into: &data.accounts, fileIndex: list.index, log: &log)
    }
    for table in credits { table.join(into: &data, log: &log) }
    let linesIndex = data.fileIndex
    let firstLine = data.entries.map(\.date).min()
    // The amounts may be before the discounts beside them (Stripe's invoice lines): the lines
    // net of them are spread too, on a copy, for the other end of the range (review 13, F24).
    var netAsOf: Int64?
    if !data.discounts.isEmpty {
      // The figures built account by account say they rest on the amounts as written.
      log.files[linesIndex].isBeforeDiscounts = true
      var net = data
      for (e, d) in data.discounts where net.entries[e].amount > 0 {
        net.entries[e].amount = max(0, net.entries[e].amount &- d)
      }
      var scratch = log
      if let other = try? LedgerImporter.makeCompany(net, options: options, log: &scratch) {
        netAsOf = Self.asOfMRR(other)
      }
    }
    var company = try LedgerImporter.makeCompany(consume data, options: options, log: &log)
    if let netAsOf { company.otherReadingAsOfMRR = netAsOf }
    if let index = subscriptions?.index, let firstLine, !priced.isEmpty {
      let before = Self.asOfMRR(company)
      try Self.bill(
        priced, firstLine: firstLine, file: log.files[index].file,
        linesFile: log.files[linesIndex].file, into: &company)
      // The subscriptions billed from their prices are in both readings.
      if let other = company.otherReadingAsOfMRR {
        company.otherReadingAsOfMRR = other &+ (Self.asOfMRR(company) &- before)
      }
      log = company.log
    }
    // The ARR both ways, once the subscriptions billed from their prices are in: the headline's
    // own two ends (session 16, report: said before them, a 4-month export's note gave the
    // lines' ARR alone, $34.2M, beside a headline of $45.6M).
    if netAsOf != nil, let netAsOf = company.otherReadingAsOfMRR,
      netAsOf != Self.asOfMRR(company)
    {
      let asRead = Self.asOfMRR(company)
      func arr(_ mrr: Int64) -> String {
        let (v, o) = mrr.multipliedReportingOverflow(by: 12)
        return o
          ? "too large to say"
          : Money.text(cents: v, currency: options.currency ?? log.currency, wholeUnits: true)
      }
      company.log.findings.append(
        "\(log.files[linesIndex].file): ARR at \(company.asOf) is \(arr(asRead)) with the "
          + "amounts as written, \(arr(netAsOf)) net of the discounts beside them; the headline's "
          + "range holds both")
      log = company.log
    }
    return company
  }

  /// The company's MRR at its as-of month, in cents, summed over accounts.
  static func asOfMRR(_ company: ImportedCompany) -> Int64 {
    let n = company.monthCount
    var sum: Int64 = 0
    for a in company.accounts.indices { sum = sum &+ company.mrr[a * n + n - 1] }
    return sum
  }

  /// A live subscription without invoice lines whose current period began before the first
  /// line: its invoice predates the lines export, so it is read from its price.
  struct PricedWithoutLines {
    var account: Int
    var subs: [StripeSubscription]
  }

  /// Bills each of `priced` at its price in every month of the window it runs (as the
  /// subscriptions export alone reads it), and says so in a finding with the MRR at stake
  /// (review 13, F25: an annual subscription invoiced before the lines export began was dropped
  /// as "no invoice lines", 99% of the headline).
  static func bill(
    _ priced: [PricedWithoutLines], firstLine: CivilDate, file: String, linesFile: String,
    into company: inout ImportedCompany
  ) throws(ARRQualityError) {
    let n = company.monthCount
    var atStake: Int64 = 0
    for p in priced {
      for s in p.subs {
        for m in 0..<n where s.isBilled(company.firstMonth.adding(months: m)) {
          company.log.tieOut.add(s.mrr!, to: \.sourceCents)
          LedgerImporter.add(
            s.mrr!, to: &company.mrr[company.cell(p.account, m)], tie: &company.log.tieOut)
        }
      }
      LedgerImporter.add(
        company.mrr[company.cell(p.account, n - 1)], to: &atStake, tie: &company.log.tieOut)
    }
    if company.log.tieOut.hasOverflowed {
      throw .data("\(file): the amounts are too large to add up")
    }
    let first = priced[0].subs[0]
    let currency = company.log.currency
    let count = priced.count
    company.log.findings.append(
      "\(file): \(CountText.grouped(count)) live subscription\(count == 1 ? "" : "s") \(count == 1 ? "has" : "have") "
        + "no line in \(linesFile), but \(count == 1 ? "its" : "each one's") current period began "
        + "before the first line (\(firstLine)), so the invoice for it predates the lines export "
        + "(\"\(first.customer)\" on line \(first.line), current period from "
        + "\((first.currentPeriodStart ?? first.start).map { "\($0)" } ?? "its start")): "
        + "\(count == 1 ? "it is" : "they are") read from \(count == 1 ? "its" : "their") price "
        + "as the subscriptions export gives it, \(Money.text(cents: atStake, currency: currency)) "
        + "of MRR in \(company.asOf) (ARR \(Money.text(cents: atStake * 12, currency: currency))); "
        + "export the invoice lines from an earlier date to read their invoices")
  }

  /// Joins subscriptions into the lines' accounts on customer id. A customer in trial without
  /// lines yet is added (no revenue); a live one (active, past due, unpaid) whose current period
  /// began before the first line is added and returned, to be billed at its price (its invoice
  /// predates the lines); any other subscription without lines is skipped and reported.
  private func join(
    _ subs: [StripeSubscription], fileIndex: Int, into data: inout LedgerData,
    log: inout ImportLog
  ) -> [PricedWithoutLines] {
    var index = [String: Int]()
    for (i, a) in data.accounts.enumerated() { index[a.id] = i }
    var conflicts = [String]()
    var priced = [PricedWithoutLines]()
    let file = log.files[fileIndex].file
    let firstLine = data.entries.map(\.date).min()
    // The lines' last month stands for the as-of month where a period end is not given.
    let lastMonth = data.entries.map(\.date).max()?.month
    let groups = StripeFacts.byCustomer(subs, fileIndex: fileIndex, log: &log)
    // On customer id, else on the exact name a customer list would join on (review 13, F43: a
    // ledger keyed by customer name joined no subscription, and every cancellation was lost).
    let primaries = groups.map { StripeFacts.primary($0.subs) }
    let matches = CustomerList.match(
      zip(groups, primaries).map { g, primary in
        ImportedAccount(id: g.customer, name: primary.name, source: (file, 0))
      }, data.accounts)
    var joinedByName = [String]()
    var unjoined = [String]()
    // Cancel At Period End read with no period end: noted as the subscriptions importer does
    // (review 45b, Z-17).
    var periodEndsRead = [(customer: String, line: Int, end: CivilDate)]()
    // Each joined customer's speaking subscription and its account, for the unit's check.
    var joinedPairs = [(sub: StripeSubscription, account: Int)]()
    for (((customer, group), primary), match) in zip(zip(groups, primaries), matches) {
      var a = index[customer] ?? match
      if index[customer] == nil, let match {
        joinedByName.append("\"\(customer)\" as \"\(data.accounts[match].id)\"")
      }
      if a == nil && primary.status == .trialing {
        a = data.accounts.count
        data.accounts.append(ImportedAccount(id: customer, source: (file, primary.line)))
      }
      // Live, priced, and paid for a period that began before the lines export: its invoice
      // is outside the lines, not missing.
      let predates = group.filter { s in
        guard s.status.isPaying, s.mrr != nil, !s.isPriceUnknown,
          let firstLine,
          let from = s.currentPeriodStart ?? s.start
        else { return false }
        return from < firstLine
      }
      if a == nil, !predates.isEmpty {
        a = data.accounts.count
        data.accounts.append(ImportedAccount(id: customer, source: (file, predates[0].line)))
        priced.append(PricedWithoutLines(account: a!, subs: predates))
        for s in group where !predates.contains(where: { $0.line == s.line }) {
          log.skip(
            file: fileIndex, line: s.line, kind: .notJoined,
            reason: "customer \"\(customer)\" (\(s.status.rawValue)) has no invoice lines")
        }
        log.files[fileIndex].rowsUsed += predates.count
        StripeFacts.apply(
          StripeFacts.primary(predates), to: &data.accounts[a!], conflicts: &conflicts,
          asOf: lastMonth)
        continue
      }
      guard let a else {
        unjoined.append(customer)
        for s in group {
          log.skip(
            file: fileIndex, line: s.line, kind: .notJoined,
            reason: "customer \"\(customer)\" (\(s.status.rawValue)) has no invoice lines")
        }
        continue
      }
      log.files[fileIndex].rowsUsed += group.count
      StripeFacts.apply(primary, to: &data.accounts[a], conflicts: &conflicts, asOf: lastMonth)
      joinedPairs.append((primary, a))
      if let end = StripeSubscriptionImporter.periodEndRead(
        primary, cancelDate: data.accounts[a].cancelDate)
      {
        periodEndsRead.append((data.accounts[a].id, primary.line, end))
      }
      // A renewal: the subscription began before its current period.
      if let start = primary.currentPeriodStart, (primary.intervalMonths ?? 0) >= 12,
        primary.start.map({ $0 < start }) ?? false,
        let end = data.accounts[a].contractEndDate, end > start
      {
        data.subscriptionPeriods.append((data.accounts[a].id, start, end))
        data.subscriptionsFile = file
      }
    }
    Self.settleUnitDoubt(joinedPairs, lines: data, file: file, log: &log)
    if let lastMonth,
      let note = StripeSubscriptionImporter.periodEndNote(
        periodEndsRead, file: file, asOf: lastMonth)
    {
      log.notes.append(note)
    }
    if !conflicts.isEmpty {
      log.findings.append(
        "\(file): \(Counted.phrase(conflicts.count, "fact")) differ from the "
          + "invoice lines' file; the subscriptions' are kept: "
          + conflicts.prefix(5).joined(separator: "; ") + (conflicts.count > 5 ? "; …" : ""))
    }
    // Most customers joining nothing means the two files key customers differently: the
    // subscriptions' facts (the strongest risk signals) would fall out unseen (review 13, F43).
    if unjoined.count >= 2 && (groups.count - unjoined.count) * 2 < groups.count {
      let example = data.accounts.first.map { " (the lines' first customer is \"\($0.id)\")" } ?? ""
      log.findings.append(
        "\(file): \(CountText.grouped(unjoined.count)) of \(CountText.grouped(groups.count)) customers of the subscriptions export join "
          + "no account of the invoice lines by id or exact name, so their status, trials and cancellations are not applied: "
          + unjoined.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
          + (unjoined.count > 5 ? ", …" : "") + example
          + "; give both files the same customer ids or names")
    }
    if !joinedByName.isEmpty {
      log.notes.append(
        "\(file): \(Counted.phrase(joinedByName.count, "customer")) joined to "
          + "the invoice lines by exact name, the id matching none: "
          + joinedByName.prefix(5).joined(separator: ", ") + (joinedByName.count > 5 ? ", …" : ""))
    }
    log.notes.append(
      "\(file): subscriptions joined to the invoice lines on customer id: the lines give the "
        + "revenue history, the subscriptions give status, trial, cancellation and cadence")
    return priced
  }
}
