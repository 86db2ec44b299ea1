import ARRCore

/// A general ledger account's transactions with no journal among them (`docs/import.md`,
/// "General ledger account"): every line names its contact and none defers, releases or
/// accrues revenue, so the account holds the invoices and credit notes themselves. They are read
/// as an invoice ledger whose amount is each line's credit less its debit (net of tax, as an
/// income account is credited), so the ledger's rules read their descriptions (a term, a
/// service billed once) as they read any invoice's; the rows naming an account (`Sales`, `200 -
/// Sales`), its opening balance and its `Total …` row are skipped as they are in the cube
/// reading (session 51, imp lane; trial 50, T50-3: Xero's *Account Transactions* with `Debit
/// (GBP)` and `Credit (GBP)` was refused at its account headings, and with `--lenient` read from
/// `Gross (GBP)`, VAT included, 20% high with no finding).
extension GeneralLedgerAccount {
  /// Words of a line that moves revenue between months or accounts rather than bills it: a
  /// journal, a deferral or its release, an accrual, a reclassification. A product's name
  /// (`Release manager`, `Recognition suite`) says none of them.
  static let journalWords = [
    "journal", "deferred", "deferral", "defer ", "accrual", "accrued", "reclass",
  ]

  /// Whether a line of `body` with a date in column `date` is a journal: a cell holding one of
  /// ``journalWords`` (Xero's `Source` = `Manual Journal`, a description `Release deferred
  /// revenue`).
  /// The contact's column is not read: a customer's name says nothing of the line (review 52,
  /// R52-30: a contact named `The Wall Street Journal Europe` made the Sales account's invoices
  /// journals, its annual invoice one month's revenue, −33%).
  static func hasJournals(
    _ body: [ImportTable.Record], date: Int, contact: Int, dateOrder: DateOrder?
  ) -> Bool {
    body.contains { r in
      LedgerDate.parse(r.cell(date), order: dateOrder) != nil
        && r.cells.indices.contains { c in
          guard c != contact else { return false }
          let lower = r.cells[c].lowercased()
          return journalWords.contains { lower.contains($0) }
        }
    }
  }

  /// Rewrites `table` as an invoice ledger: the credit column holds each dated line's credit
  /// less its debit under the header `Credit less Debit` (with the credit header's currency),
  /// the debit column is emptied, and the rows that are no lines are taken out, each counted
  /// read and skipped. A line whose debit or credit is no amount is left as written, for the
  /// ledger to name.
  static func asInvoiceLines(
    _ table: inout ImportTable,
    found: (header: Int, date: Int, contact: Int, debit: Int, credit: Int, description: Int?),
    net: [Int: Int64?], skips: [(line: Int, kind: ImportLog.SkipKind, reason: String)],
    isDecimalComma: Bool, fileIndex: Int, log: inout ImportLog
  ) {
    let file = table.file
    let header = table.records[found.header].cells
    let code = LedgerLayout.strippingCurrency(LedgerLayout.normalized(header[found.credit]))
      .currency
    let skipped = Set(skips.map(\.line))
    var records = Array(table.records.prefix(found.header + 1))
    records[found.header].cells[found.credit] =
      invoiceLinesHeader + (code.map { " (\($0))" } ?? "")
    for r in table.records[(found.header + 1)...] where !skipped.contains(r.line) {
      var row = r
      if case .some(.some(let cents)) = net[r.line], max(found.debit, found.credit) < r.cells.count
      {
        // Written with its cents when the ledger wrote them (`1,200.00`): a whole number would
        // read as an amount that may be cents.
        let mark: Character = isDecimalComma ? "," : "."
        let hasCents = [found.debit, found.credit].contains { r.cells[$0].contains(mark) }
        let written = Money.decimalString(cents: cents)
        row.cells[found.credit] =
          hasCents
          ? (isDecimalComma ? String(written.map { $0 == "." ? "," : $0 }) : written)
          : text(cents, isDecimalComma: isDecimalComma)
        row.cells[found.debit] = ""
      }
      records.append(row)
    }
    for s in skips {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: s.line, kind: s.kind, reason: s.reason)
    }
    table.records = records
    log.notes.append(
      "\(file): a general ledger account's transactions (\"\(header[found.debit])\" and "
        + "\"\(header[found.credit])\") with no journal: every line names its contact, so the "
        + "account holds the invoices and credit notes themselves, read as an invoice ledger "
        + "whose amount is each line's credit less its debit (net of tax)"
        + (skips.isEmpty
          ? ""
          : "; \(Counted.phrase(skips.count, "row")) naming an account, its opening balance "
            + "or its total skipped"))
  }

  /// The header written over the credit column of ``asInvoiceLines``: an amount named net of
  /// tax (``LedgerLayout/netAmountNames``).
  static let invoiceLinesHeader = "Credit less Debit"
}
