import ARRCore

/// An invoice's tax written as a line of its own ("Sales tax 10%", "VAT 20%", "GST") beside its
/// item lines, or a NetSuite search's tax posting (no item, account "22000 Sales Tax Payable")
/// (`docs/import.md`, "Tax lines"; session 44, crm lane; review 43, V5 and G2's variant: the tax
/// was read as recurring revenue, $38,280 for $34,800). Tax is collected for the state, not
/// earned: such a line is skipped and a note counts it.
extension LedgerReader {
  /// Names of a tax, lowercased: a line whose item and description say only this (a rate, a
  /// number or a two-letter region beside it aside) bills tax.
  static let taxLineNames: Set<String> = [
    "tax", "taxes", "sales tax", "sales taxes", "use tax", "state tax", "state sales tax",
    "county tax", "city tax", "local tax", "vat", "value added tax", "gst", "hst", "pst", "qst",
    "tva", "mwst", "ust", "iva", "igst", "cgst", "sgst", "tax amount", "total tax", "tax total",
    "output vat", "output tax", "vat on sales", "gst on sales", "gst on income",
  ]

  /// Words an account's name adds to a tax's: "Sales Tax Payable", "VAT Control", "GST
  /// Liability".
  static let taxAccountWords: Set<String> = [
    "payable", "liability", "liabilities", "control", "account", "collected", "owed", "due",
  ]

  /// Whether `text` names a tax and nothing else ("Sales tax 10%", "VAT (20%)", "GST @ 15%",
  /// "Sales Tax - CA"); "Tax filing service" names a product. `isAccount`: the text is a
  /// ledger account's name, its number and a word such as `Payable` aside ("22000 Sales Tax
  /// Payable").
  static func isTaxLineText(_ text: String, isAccount: Bool = false) -> Bool {
    var words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter {
      !$0.allSatisfy(\.isNumber) && $0 != "rate"
    }.map(String.init)
    if isAccount { words.removeAll { taxAccountWords.contains($0) } }
    if words.count > 1, let last = words.last, last.count == 2, !taxLineNames.contains(last) {
      words.removeLast()
    }
    return !words.isEmpty && taxLineNames.contains(words.joined(separator: " "))
  }

  /// The column naming each row's ledger account (NetSuite's `Account`), when one is not read
  /// for another role.
  static func accountColumn(layout: LedgerLayout, header: [String]) -> Int? {
    let used = Set(layout.columns.values)
    return header.indices.first { c in
      !used.contains(c)
        && ["account", "account name", "gl account", "ledger account", "income account"]
          .contains(LedgerLayout.normalized(header[c]))
    }
  }

  /// The source lines of `body` that are tax lines: with a document column, a row whose item
  /// and description (those not blank, one at least) each name a tax (``isTaxLineText(_:isAccount:)``),
  /// or, both blank, whose account names one, in a document of one customer with another row
  /// that does not. Empty without a document column.
  /// - Complexity: O(rows).
  static func taxLines(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>
  ) -> Set<Int> {
    guard let doc = layout.columns[.document], layout.columns[.amount] != nil else { return [] }
    let texts = [layout.columns[.description], layout.columns[.lineClass]].compactMap { $0 }
    let account = accountColumn(layout: layout, header: header)
    guard !texts.isEmpty || account != nil else { return [] }
    func at(_ r: ImportTable.Record, _ c: Int?) -> String {
      guard let c, c < r.cells.count else { return "" }
      return r.cells[c]
    }
    struct Key: Hashable {
      var customer: String
      var document: String
    }
    var tax = [Key: [Int]]()
    var others = Set<Key>()
    for r in body where !at(r, doc).isEmpty {
      let key = Key(
        customer: at(r, layout.columns[.customerID] ?? layout.columns[.customerName]),
        document: at(r, doc))
      let cells = texts.map { at(r, $0) }.filter { !$0.isEmpty }
      let isTax =
        cells.isEmpty
        ? isTaxLineText(at(r, account), isAccount: true)
        : cells.allSatisfy { isTaxLineText($0) }
      if isTax {
        tax[key, default: []].append(r.line)
      } else {
        others.insert(key)
      }
    }
    return Set(tax.filter { others.contains($0.key) }.values.joined())
  }
}
