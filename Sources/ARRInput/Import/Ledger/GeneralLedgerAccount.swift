import ARRCore

/// A general ledger account's transactions (Xero's *Account Transactions*, QuickBooks'
/// *Transaction Detail by Account*, Sage's *Nominal Activity*): a `Debit` and a `Credit` column
/// beside a date and a contact, often a `Running Balance` (`docs/import.md`, "General ledger
/// account"). On a revenue account a line's revenue is its credit less its debit, and the
/// deferral journals (a debit moving an annual invoice out of its month, monthly credits
/// releasing it) are what make the account's revenue recognised: the lines are summed per
/// customer and month into a customer cube of recognised revenue, read as any cube.
///
/// Decided (session 24, lane t24b; trial 22, T22-22): read as an invoice ledger, the file's
/// `Gross` (with VAT) was the amount and every journal, with no contact, was "no customer … fill
/// the column down", which would have handed each deferral to the invoice above it. A journal
/// with no contact is given to the one customer its description names (`Release deferred
/// revenue Client 07`); one naming none, or several, is a problem at its description.
struct GeneralLedgerAccount {
  /// Lines of the ledger summed into a cube row of the same customer (read and used).
  var mergedLines = 0
  /// The columns read, for the file's log: `role: header`.
  var recognisedColumns: [String]
  /// Header cells not read.
  var ignoredColumns: [String]

  /// Headers of the debit and credit columns.
  static let debitNames: Set<String> = ["debit", "debits", "debit amount", "dr", "debit (dr)"]
  static let creditNames: Set<String> = ["credit", "credits", "credit amount", "cr", "credit (cr)"]
  /// Headers of a contact column (the customer on a revenue account's lines).
  static let contactNames: Set<String> = [
    "contact", "contact name", "customer", "customer name", "name", "client", "payee",
  ]
  /// Headers of the date column.
  static let dateNames: Set<String> = ["date", "transaction date", "posting date", "gl date"]
  /// Headers of a line's description (a journal's names its customer).
  static let descriptionNames: Set<String> = [
    "description", "memo", "memo/description", "narration", "details", "particulars",
  ]

  /// The columns of a ledger account's header among the first rows of `table`: the header's
  /// index and the date, contact, debit, credit and (optional) description columns.
  static func find(in table: ImportTable) -> (
    header: Int, date: Int, contact: Int, debit: Int, credit: Int, description: Int?
  )? {
    for (index, record) in table.records.prefix(LedgerLayout.headerSearchRows).enumerated() {
      // A currency code after a header is no part of its name (`Debit (GBP)`, Xero's; trial
      // 50, T50-3).
      let keys = record.cells.map {
        LedgerLayout.strippingCurrency(LedgerLayout.normalized($0)).key
      }
      func first(_ names: Set<String>) -> Int? { keys.firstIndex { names.contains($0) } }
      guard let debit = first(debitNames), let credit = first(creditNames),
        let date = first(dateNames), let contact = first(contactNames)
      else { continue }
      return (index, date, contact, debit, credit, first(descriptionNames))
    }
    return nil
  }

  /// Replaces `table`, when it is a ledger account's transactions, by the cube of its lines'
  /// credit less debit per customer and month (the title lines kept above it), skipping the
  /// rows that are no lines (a group row naming the account, the opening balance, totals).
  /// - Returns: What the cube's reading must be told afterwards (``settle(fileIndex:log:)``), or
  ///   `nil` when the table is not one (it is left as it was).
  /// - Throws: `.invalidData` with every line whose date or amount cannot be read, or that names
  ///   no customer (with `--lenient`, each skipped and reported instead); or when the lines'
  ///   credits less debits sum below zero (not a revenue account).
  static func take(
    from table: inout ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> GeneralLedgerAccount? {
    guard options.shape == .auto || options.shape == .ledger, let found = find(in: table)
    else { return nil }
    let file = table.file
    let header = table.records[found.header]
    let body = Array(table.records[(found.header + 1)...])
    // The dates' order as the file's own dates decide it (`1/28/2026` month first), else
    // --date-order's (trial 51, T51-37: NetSuite's `1/5/2026` was "not a date" beside
    // `1/28/2026`, 15 problems refusing the file).
    var dateOrder = options.dateOrder
    if dateOrder == nil,
      case .success(let decided) = LedgerDate.order(
        of: body.map { ($0.cell(found.date), $0.line) })
    {
      dateOrder = decided
    }
    let isDecimalComma = try CubeReader.decimalMark(
      body, columns: [found.debit, found.credit], file: file, options: options, log: &log)
    let cells = AmountCells(
      unit: .units, isDecimalComma: isDecimalComma, reason: "", currency: options.currency)
    // Contacts named on lines, for the journals that name one in their description.
    let contacts = Set(body.map { $0.cell(found.contact) }.filter { !$0.isEmpty })
    var sums = [String: [Month: Int64]]()
    var firstLine = [String: Int]()
    var order = [String]()
    var problems = [InputProblem]()
    var skips = [(line: Int, kind: ImportLog.SkipKind, reason: String)]()
    var journals = [(line: Int, text: String, contact: String)]()
    var lines = 0
    var total: Int64 = 0
    // Lines with no contact, and each dated line's credit less debit (`nil` when a cell is no
    // amount), for the reading as an invoice list (``asInvoiceLines``).
    var noContact = 0
    var net = [Int: Int64?]()
    // The balance sheet account the lines below a heading post to (``isBalanceAccount(_:)``),
    // and the lines skipped so.
    var balanceAccount: String?
    var balanceLines = [(line: Int, account: String)]()
    for r in body {
      let debitText = r.cell(found.debit)
      let creditText = r.cell(found.credit)
      let dateText = r.cell(found.date)
      let first = r.cells.first { !$0.isEmpty } ?? ""
      guard let date = LedgerDate.parse(dateText, order: dateOrder) else {
        // No date: a row naming the account (`200 - Sales`), its opening balance or a total.
        let kind: ImportLog.SkipKind =
          CubeLayout.normalized(first).hasPrefix("total")
          ? .totals : (debitText.isEmpty && creditText.isEmpty ? .sectionHeader : .totals)
        // A balance carried forward (`Opening Balance`, `Closing Balance`: every Xero account
        // report has them) is no transaction, skipped as a total (trial 54, T54-7: such lines
        // refused Xero's receivable account transactions without --lenient).
        if !debitText.isEmpty || !creditText.isEmpty,
          !CubeLayout.normalized(first).hasPrefix("total"),
          LedgerReader.balanceLabel(r.cells) == nil
        {
          problems.append(
            InputProblem(
              file: file, line: r.line, column: found.date + 1,
              message: "date \(FieldMessages.quoted(dateText)) is not a date on a line with a "
                + "debit or credit (expected e.g. 2025-03-01 or 01 Mar 2025)"))
          continue
        }
        skips.append((r.line, kind, CubeReader.snippet(r.cells)))
        // A heading naming a balance sheet account: its lines are no revenue (review 52).
        // Its opening balance row is no heading.
        if kind == .sectionHeader, !CubeLayout.normalized(first).contains("balance") {
          balanceAccount = Self.isBalanceAccount(first) ? first : nil
        }
        continue
      }
      if let account = balanceAccount {
        let isTax = Self.isTaxAccount(account)
        skips.append(
          (
            r.line, isTax ? .taxLine : .otherMetric,
            "a line of \(FieldMessages.quoted(account)), a balance sheet account: no revenue"
          ))
        balanceLines.append((r.line, account))
        continue
      }
      var amount: Int64 = 0
      var isBad = false
      for (c, sign) in [(found.credit, Int64(1)), (found.debit, -1)] where !r.cell(c).isEmpty {
        do throws(AmountUnit.MinorFailure) {
          amount += sign * (try cells.hundredths(r.cell(c)))
        } catch {
          isBad = true
          problems.append(
            InputProblem(
              file: file, line: r.line, column: c + 1, message: cells.message(r.cell(c), error)))
        }
      }
      net[r.line] = isBad ? nil : amount
      var customer = r.cell(found.contact)
      if customer.isEmpty { noContact += 1 }
      if customer.isEmpty {
        let text = found.description.map { r.cell($0) } ?? ""
        let named = contacts.filter { Self.names(text, $0) }
        if named.count == 1, let only = named.first {
          customer = only
          journals.append((r.line, text, only))
        } else {
          problems.append(
            InputProblem(
              file: file, line: r.line, column: (found.description ?? found.contact) + 1,
              message: "a line with no contact"
                + (named.isEmpty
                  ? " whose description names no customer of the file"
                  : " whose description names \(named.count) customers ("
                    + named.sorted().joined(separator: ", ") + ")")
                + ": a ledger account's line is revenue of the customer it names (a journal "
                + "naming none cannot be given to one; the contact column is not filled down, "
                + "which would give a journal to the line above it)"))
          continue
        }
      }
      guard !isBad else { continue }
      lines += 1
      total += amount
      let month = Month(year: date.parts.year, month: date.parts.month)
      if sums[customer] == nil {
        order.append(customer)
        firstLine[customer] = r.line
      }
      sums[customer, default: [:]][month, default: 0] += amount
    }
    if let first = balanceLines.first {
      // Every line in a receivable, tax, bank or deferred revenue account: no revenue account.
      if order.isEmpty && problems.isEmpty {
        throw .data(
          "\(file): read as a general ledger account's transactions, every dated line is in a "
            + "balance sheet account (\(FieldMessages.quoted(first.account)), its first line "
            + "\(first.line)): receivables, tax, bank or deferred revenue, not "
            + "revenue (expected the transactions of an income account, such as `200 - Sales`)")
      }
      log.notes.append(
        "\(file): \(Counted.phrase(balanceLines.count, "line")) of balance sheet accounts "
          + "(\(FieldMessages.quoted(first.account)) from line \(first.line)) skipped: "
          + "receivables, tax, bank or deferred revenue are no revenue")
    }
    if noContact == 0, total >= 0, !order.isEmpty,
      !hasJournals(body, date: found.date, contact: found.contact, dateOrder: dateOrder)
    {
      if let b = balanceBreak(
        body, header: header, date: found.date, debit: found.debit, credit: found.credit,
        cells: cells, dateOrder: dateOrder)
      {
        log.findings.append(balanceFinding(file: file, b))
      }
      asInvoiceLines(
        &table, found: found, net: net, skips: skips, isDecimalComma: isDecimalComma,
        fileIndex: fileIndex, log: &log)
      return nil
    }
    if !problems.isEmpty {
      guard options.isLenient else {
        throw .data(
          "\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(file) (read as a "
            + "general ledger account's transactions: \"\(header.cells[found.debit])\" and "
            + "\"\(header.cells[found.credit])\")", problems: problems)
      }
      for p in problems { skips.append((p.line, .badRow, "bad row: " + p.description)) }
    }
    guard !order.isEmpty else { return nil }
    if total < 0 {
      throw .data(
        "\(file): read as a general ledger account's transactions, its credits less its debits "
          + "sum below zero (\(Self.text(total, isDecimalComma: false))): not a revenue account (expected the "
          + "transactions of an income account, such as `200 - Sales`)")
    }
    // The running balance checked against the lines: a break is a finding, never a refusal.
    if let b = balanceBreak(
      body, header: header, date: found.date, debit: found.debit, credit: found.credit,
      cells: cells, dateOrder: dateOrder)
    {
      log.findings.append(balanceFinding(file: file, b))
    }
    let months = sums.values.flatMap(\.keys)
    let firstMonth = months.min()!
    let span = Int(months.max()!.ordinal - firstMonth.ordinal) + 1
    let monthList = (0..<span).map { Month(ordinal: firstMonth.ordinal + Int32($0)) }
    var records = Array(table.records.prefix(found.header))
    records.append(
      ImportTable.Record(line: header.line, cells: ["Customer"] + monthList.map(\.description)))
    for customer in order {
      let row = sums[customer]!
      records.append(
        ImportTable.Record(
          line: firstLine[customer]!,
          cells: [customer]
            + monthList.map { m in
              row[m].map { Self.text($0, isDecimalComma: options.isDecimalComma == true) } ?? ""
            }))
    }
    for s in skips.sorted(by: { $0.line < $1.line }) {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: s.line, kind: s.kind, reason: s.reason)
    }
    table.records = records
    table.blankLines = []
    log.notes.append(
      "\(file): read as a general ledger account's transactions (\"\(header.cells[found.debit])\""
        + " and \"\(header.cells[found.credit])\"): each line's revenue is its credit less its "
        + "debit, summed per customer and month as recognised revenue (\(lines) lines, "
        + "\(order.count) customers)"
        + (journals.isEmpty
          ? ""
          : "; \(journals.count) line\(journals.count == 1 ? "" : "s") with no contact (journals) "
            + "given to the customer the description names (line \(journals[0].line): "
            + "\(FieldMessages.quoted(journals[0].text)) → \(journals[0].contact))"))
    let used = Set(
      [found.date, found.contact, found.debit, found.credit] + [found.description].compactMap { $0 }
    )
    return GeneralLedgerAccount(
      mergedLines: lines - order.count,
      recognisedColumns: [
        "customer_id: \(header.cells[found.contact])", "date: \(header.cells[found.date])",
        "amount: \(header.cells[found.credit]) − \(header.cells[found.debit])",
      ] + (found.description.map { ["description: \(header.cells[$0])"] } ?? []),
      ignoredColumns: header.cells.indices.filter {
        !used.contains($0) && !header.cells[$0].isEmpty
      }
      .map { header.cells[$0] })
  }

  /// What the file's log says once the cube is read: the ledger's columns, its shape, and its
  /// lines summed into a customer's row counted read and used.
  func settle(fileIndex: Int, log: inout ImportLog) {
    log.files[fileIndex].rowsRead += mergedLines
    log.files[fileIndex].rowsUsed += mergedLines
    log.files[fileIndex].shape = .ledger
    log.files[fileIndex].recognisedColumns = recognisedColumns
    log.files[fileIndex].ignoredColumns = ignoredColumns
    log.files[fileIndex].valuesReason =
      "a general ledger account's transactions (credit less debit, recognised revenue); "
      + log.files[fileIndex].valuesReason
  }

  /// Whether `text` names `contact` as whole words, letters compared without case.
  static func names(_ text: String, _ contact: String) -> Bool {
    let haystack = Array(text.lowercased())
    let needle = Array(contact.lowercased())
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      let before = start == 0 || !(haystack[start - 1].isLetter || haystack[start - 1].isNumber)
      let end = start + needle.count
      let after = end == haystack.count || !(haystack[end].isLetter || haystack[end].isNumber)
      if before && after { return true }
    }
    return false
  }

  /// `hundredths` written as a cube's cell: `1200`, `-100.5`, `99.99` (`99,99` with a decimal
  /// comma).
  static func text(_ hundredths: Int64, isDecimalComma: Bool) -> String {
    let sign = hundredths < 0 ? "-" : ""
    let m = hundredths.magnitude
    let cents = m % 100
    guard cents != 0 else { return sign + String(m / 100) }
    return sign + String(m / 100) + (isDecimalComma ? "," : ".")
      + (cents < 10 ? "0" : "") + String(cents)
  }
}
