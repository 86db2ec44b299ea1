import ARRCore

/// A ledger of credits alone (credit memos, credit notes, refund receipts): what reduces revenue,
/// with no revenue of its own (`docs/import.md`, "Invoice ledger"). An accounting system's
/// tables keep credit memos apart from invoices (Fivetran's QuickBooks `credit_memo` and
/// `refund_receipt`, Xero's credit notes), each with a customer, a date and an amount, so such a
/// table read alone was a ledger of positive charges: its credits were revenue, silently. It is
/// refused, saying what it is and how its credits can be read against the invoices.
enum CreditTable {
  /// Headers only a credit document's table has: the credit left to apply (QuickBooks' and
  /// Xero's `remaining_credit`), and the document's own number.
  static let creditHeaders: Set<String> = [
    "remaining credit", "credit memo number", "credit memo no", "credit note number",
    "credit note no",
  ]

  /// Headers of an invoice's own number and date: beside them a credit header is a link.
  static let invoiceHeaders: Set<String> = [
    "invoice number", "invoice no", "invoice id", "invoice date", "invoice num",
  ]

  /// Words of a table's name (its file or sheet) that say it holds credits.
  static let creditNames = [
    ["credit", "memo"], ["credit", "memos"], ["credit", "note"], ["credit", "notes"],
    ["creditmemo"], ["creditmemos"], ["creditnote"], ["creditnotes"], ["refund", "receipt"],
    ["refund", "receipts"], ["refund"], ["refunds"], ["gutschrift"], ["gutschriften"],
  ]

  /// Words of a table's name that say it holds more than credits (`invoices_and_credit_notes`,
  /// `transactions_with_refunds`): its name decides nothing.
  static let otherNames: Set<String> = [
    "invoice", "invoices", "and", "with", "transaction", "transactions", "ledger", "rechnung",
    "rechnungen",
  ]

  /// The type counts of a ledger's used lines, kept while reading it.
  struct Types {
    /// Lines whose type names a credit document (``CreditNotes/isCredit(_:)``), and the first.
    var credits = 0
    var firstCredit: (type: String, line: Int)?
    /// Lines of another, non-empty type (an invoice, a payment read as revenue, a fee).
    var others = 0
    /// Every line used.
    var lines = 0
    /// The sum of the lines' amounts as magnitudes, in cents.
    var magnitude: Int64 = 0

    mutating func add(type: String, line: Int, amount: Int64) {
      lines += 1
      magnitude = magnitude &+ (amount < 0 ? 0 &- amount : amount)
      if CreditNotes.isCredit(type) {
        credits += 1
        if firstCredit == nil { firstCredit = (type, line) }
      } else if !type.isEmpty {
        others += 1
      }
    }
  }

  /// Why the ledger `table` (header `header`) holds credits alone, or `nil`: every line typed
  /// a credit document; else, with no line typed, a header only a credit's table has (not
  /// beside an invoice's own number or date, ``invoiceHeaders``), or a name that says credits
  /// (and nothing more).
  static func evidence(_ types: Types, table: ImportTable, header: [String]) -> String? {
    guard types.lines > 0, types.others == 0 else { return nil }
    if let first = types.firstCredit {
      guard types.credits == types.lines else { return nil }
      return "every line's type is a credit document (\"\(first.type)\", first on line "
        + "\(first.line))"
    }
    // Beside the invoice's own number or date, a credit note's number is a link to the credit
    // of that invoice, no sign of a credits table (review 47b, R47b-12: Chargebee invoices with
    // a mostly blank "Credit Note Number" column were refused).
    if let c = header.first(where: { creditHeaders.contains(LedgerLayout.normalized($0)) }),
      !header.contains(where: { invoiceHeaders.contains(LedgerLayout.normalized($0)) })
    {
      return "its column \"\(c)\" is a credit memo's or credit note's"
    }
    let name = table.sheet?.sheet ?? baseName(table.file)
    let words = LedgerLayout.normalized(name).split(separator: " ").map(String.init)
    guard !words.contains(where: otherNames.contains),
      creditNames.contains(where: { phrase in
        words.indices.contains { i in
          i + phrase.count <= words.count && Array(words[i..<(i + phrase.count)]) == phrase
        }
      })
    else { return nil }
    return "its \(table.sheet == nil ? "file" : "sheet") name \"\(name)\" says credits"
  }

  /// A file's name without its folders and extension.
  static func baseName(_ path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
    return String(last[..<dot])
  }

  /// The refusal of a table of credits alone.
  static func refusal(
    file: String, evidence: String, types: Types, money: (Int64) -> String
  ) -> String {
    "\(file): a table of credits, not of revenue (\(evidence)): its \(types.lines) "
      + "line\(types.lines == 1 ? "" : "s") (\(money(types.magnitude)) in all) "
      + "reduce\(types.lines == 1 ? "s" : "") what invoices bill, and read as a ledger they would be revenue; import the invoices as the "
      + "revenue file, with these credits as lines of the same file and a type column saying "
      + "\"Credit Memo\" or \"Credit Note\" (written positive or negative, they are read as "
      + "credits), or leave this file out"
  }
}
