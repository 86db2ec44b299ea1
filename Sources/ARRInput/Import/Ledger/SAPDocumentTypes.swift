/// SAP's document types in a customer line-item list (FBL5N *Kundeneinzelposten*: `Belegart`
/// `DR` invoice, `DG` credit memo, `DZ` payment, `AB` clearing), read as the words a type column
/// holds elsewhere (`docs/import.md`, "Invoice ledger", type; session 51, imp lane; trial 50,
/// T50-24: `Belegart` was unread and each `DZ` payment was read as a credit cancelling its
/// invoice, ARR 0).
///
/// A column is read so only when its header names a document type (`Belegart`, `Document
/// Type`, `Doc. Type`, `BA`) and its cells are SAP's customer document types alone, `DZ` or
/// `DG` among them: a column of `DR`/`CR` debit and credit flags holds neither. Its cells are
/// rewritten as the kinds they name, and a note says so.
enum SAPDocumentTypes {
  /// Headers of SAP's document type column.
  static let headers: Set<String> = [
    "belegart", "document type", "doc type", "doc. type", "ba", "blart", "type de pièce",
  ]

  /// SAP's customer document types and the kind each names: invoices (`DR`, `RV` billing,
  /// `DA` customer document), credit memos (`DG`), payments (`DZ`) and clearings (`AB`), which
  /// move cash, not revenue.
  static let kinds: [String: String] = [
    "DR": "Invoice", "RV": "Invoice", "DA": "Invoice", "DG": "Credit Memo", "DZ": "Payment",
    "AB": "Payment",
  ]

  /// Rewrites the document type column of `table`'s header (among its first rows), with a note.
  static func take(from table: inout ImportTable, notes: inout [String]) {
    for h in table.records.indices.prefix(LedgerLayout.headerSearchRows) {
      guard
        let c = table.records[h].cells.firstIndex(where: {
          headers.contains(LedgerLayout.normalized($0))
        })
      else { continue }
      let name = table.records[h].cells[c]
      var codes = Set<String>()
      for r in table.records[(h + 1)...] where c < r.cells.count {
        let cell = r.cells[c].uppercased()
        guard !cell.isEmpty, cell != name.uppercased() else { continue }
        // A page's title line or a footer holds other text there: only codes count.
        guard cell.count == 2, cell.allSatisfy(\.isLetter) else { continue }
        guard kinds[cell] != nil else { return }
        codes.insert(cell)
      }
      guard codes.contains("DZ") || codes.contains("DG") else { return }
      for i in table.records.indices.dropFirst(h + 1) where c < table.records[i].cells.count {
        if let kind = kinds[table.records[i].cells[c].uppercased()] {
          table.records[i].cells[c] = kind
        }
      }
      // The ledger's type column, whatever its header: the English `Document Type` was
      // rewritten and left unread, each payment netting its invoice (review 52, R52-23: $0 for
      // a paying customer, −71%).
      // The header repeated on each page is renamed too, so it is still read as repeated.
      if !["belegart", "blart"].contains(LedgerLayout.normalized(name)) {
        for i in table.records.indices.dropFirst(h) where c < table.records[i].cells.count {
          if table.records[i].cells[c] == name { table.records[i].cells[c] = "Type" }
        }
      }
      notes.append(
        "\(table.file): \"\(name)\" holds SAP's document types (\(codes.sorted().joined(separator: ", "))): "
          + "DR, RV and DA are invoices, DG credit memos, DZ payments and AB clearings (cash, "
          + "not revenue)")
      return
    }
  }
}
