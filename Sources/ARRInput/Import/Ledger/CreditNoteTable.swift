import ARRCore

/// A credit-notes export beside the invoices it credits (`docs/import.md`, "Invoice ledger",
/// "A credit-notes table beside invoices"; review 46b, R46b-7): Chargebee exports its credit
/// notes apart from its invoices (`Credit Note Number`, `Credit Note Date`, `Customer Id`,
/// `Reference Invoice Number`, `Amount`, `Type`, `Reason Code`, `Status`), each naming the
/// invoice it credits. Read as a customer list beside the invoices, its credits changed no
/// figure: an annual refunded on cancellation stayed live ($31,200 for $7,200), one credited and
/// issued again counted twice ($55,200 for $31,200).
///
/// Decided: a table whose header names a credit note's (or credit memo's) number, its date or a
/// date, its customer, the invoice it refers to and an amount, read beside other files, is a
/// table of credits. Each row is a credit of its amount (written positive or negative, it is a
/// credit) on its customer's account in the invoices' ledger, dated its date, naming its
/// reference invoice, its reason and type as its memo; it then goes through the ledger's credit
/// rules as a credit memo does (``CreditsEndingTerms``: a whole refund, a re-issue). A void or
/// draft credit note is skipped; a credit of a customer with no invoice is skipped, unjoined.
/// Alone, or beside no ledger, the table is refused as a table of credits.
struct CreditNoteTable: Sendable {
  /// One credit note.
  struct Row: Sendable {
    var line: Int
    var customer: String
    var date: CivilDate
    /// The credit's size, in cents (positive).
    var cents: Int64
    var number: String
    var reference: String
    var memo: String
  }

  var fileIndex: Int
  var file: String
  var rows: [Row]
  /// The header of the column naming the invoice.
  var referenceHeader: String

  /// Headers of a credit document's own number (the table's sign).
  static let numberNames: Set<String> = [
    "credit note number", "credit note no", "credit note id", "credit memo number",
    "credit memo no", "credit memo id",
  ]
  static let dateNames = ["credit note date", "credit memo date", "date", "issued at"]
  static let referenceNames = [
    "reference invoice number", "reference invoice id", "reference invoice", "invoice number",
    "invoice id", "original invoice number", "original invoice", "applied to invoice",
  ]
  static let customerNames = ["customer id", "customer", "customer company", "customer name"]
  static let amountNames = ["amount", "total", "credit amount"]
  static let memoNames = ["reason code", "create reason code", "reason", "type"]
  /// Statuses of a credit note that credits nothing.
  static let voidStatuses: Set<String> = ["void", "voided", "draft", "deleted"]

  /// The table read as credit notes when its first record is such a header (see the type);
  /// `nil` when it is not one. Counts each row read, and each void or draft one skipped.
  /// - Throws: `.invalidData` naming the file, line and column of a date or an amount not read.
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> CreditNoteTable? {
    guard let header = table.records.first else { return nil }
    let names = header.cells.map(LedgerLayout.normalized)
    func column(_ list: [String]) -> Int? {
      for name in list { if let i = names.firstIndex(of: name) { return i } }
      return nil
    }
    guard let number = names.firstIndex(where: numberNames.contains),
      let date = column(dateNames), let reference = column(referenceNames),
      let customer = column(customerNames), let amount = column(amountNames)
    else { return nil }
    let status = column(["status"])
    let memos = memoNames.compactMap { names.firstIndex(of: $0) }
    let body = table.records.dropFirst()
    func cell(_ r: ImportTable.Record, _ c: Int) -> String {
      guard c < r.cells.count else { return "" }
      let text = r.cells[c].drop(while: \.isWhitespace)
      return String(text.reversed().drop(while: \.isWhitespace).reversed())
    }
    var order = options.dateOrder
    if order == nil,
      case .success(let own) = LedgerDate.order(of: body.map { (cell($0, date), $0.line) })
    {
      order = own
    }
    let file = table.file
    var rows = [Row]()
    for r in body {
      log.files[fileIndex].rowsRead += 1
      if let s = status, voidStatuses.contains(LedgerLayout.normalized(cell(r, s))) {
        log.skip(
          file: fileIndex, line: r.line, kind: .voidOrDraft,
          reason: "credit note \"\(cell(r, number))\" is \(cell(r, s))")
        continue
      }
      guard let day = LedgerDate.parse(cell(r, date), order: order) else {
        throw .data(
          "\(file):\(r.line):\(date + 1): found \"\(cell(r, date))\" under \"\(header.cells[date])\", "
            + "expected a date (a numeric date that reads two ways needs --date-order)")
      }
      guard let cents = try? MoneyParser.cents(cell(r, amount)) else {
        throw .data(
          "\(file):\(r.line):\(amount + 1): found \"\(cell(r, amount))\" under "
            + "\"\(header.cells[amount])\", expected an amount")
      }
      let memo = memos.map { cell(r, $0) }.filter { !$0.isEmpty }.joined(separator: " - ")
      rows.append(
        Row(
          line: r.line, customer: CustomerKey.plain(cell(r, customer)), date: day,
          cents: cents < 0 ? 0 &- cents : cents, number: cell(r, number),
          reference: cell(r, reference), memo: memo))
    }
    return CreditNoteTable(
      fileIndex: fileIndex, file: file, rows: rows, referenceHeader: header.cells[reference])
  }

  /// Adds the rows to `data`'s entries as credits of its accounts (by customer id, then name),
  /// counting each used, or skipped when no account of `data` is its customer; a note says
  /// what was joined.
  func join(into data: inout LedgerData, log: inout ImportLog) {
    var index = [String: Int]()
    for (i, a) in data.accounts.enumerated() {
      if index[a.id] == nil { index[a.id] = i }
      if let name = a.name, index[name] == nil { index[name] = i }
    }
    var joined = 0
    var cents: Int64 = 0
    for row in rows {
      guard let a = index[row.customer] else {
        log.skip(
          file: fileIndex, line: row.line, kind: .notJoined,
          reason: "credit note \"\(row.number)\": customer \"\(row.customer)\" has no line in "
            + "\(log.files[data.fileIndex].file)")
        continue
      }
      log.files[fileIndex].rowsUsed += 1
      joined += 1
      cents = cents &+ row.cents
      data.entries.append(
        LedgerEntry(
          account: a, line: row.line, date: row.date, period: nil, kind: nil,
          description: row.memo, amount: 0 &- row.cents, isProration: false,
          document: row.number, reference: row.reference))
    }
    guard joined > 0 else { return }
    let money = Money.text(cents: cents, currency: data.currency)
    log.notes.append(
      "\(file): \(Counted.phrase(joined, "credit note")) (\(money) in all) read as credits of "
        + "\(log.files[data.fileIndex].file)'s customers, each naming the invoice it credits "
        + "under \"\(referenceHeader)\" (the lines these credits are cited by are \(file)'s)")
  }
}
