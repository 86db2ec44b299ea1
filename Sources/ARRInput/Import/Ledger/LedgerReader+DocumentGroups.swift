import ARRCore

/// A grouped report whose groups are its documents, not its customers (`docs/import.md`,
/// "Names in the first column"; trial 54, T54-5: Xero's *Receivable Invoice Detail* grouped by
/// invoice number, `INV-0006` … `CN-0034` each above its lines and its `Total INV-0006`, read
/// as 34 customers, headline $114K from $32.6K billed in nine months).
extension LedgerReader {
  /// Refuses a grouped report whose every group is a document number
  /// (``isDocumentNumber(_:)``) dated once: three such groups at least, every line of each on
  /// one date (an invoice or a credit note has one date; a customer billed once in a short
  /// report has a name). Customer codes (`CUST-001`) billed on several dates are read.
  /// - Throws: `.data` asking for the report grouped by contact, or a customer column.
  static func refuseDocumentGroups(_ data: LedgerData, file: String) throws(ARRQualityError) {
    var dates = [Int: Set<CivilDate>]()
    var first = [Int: Int]()
    for e in data.entries {
      dates[e.account, default: []].insert(e.date)
      first[e.account] = min(first[e.account] ?? e.line, e.line)
    }
    guard dates.count >= 3, dates.values.allSatisfy({ $0.count == 1 }),
      dates.keys.allSatisfy({ isDocumentNumber(data.accounts[$0].id) })
    else { return }
    let ordered = first.sorted { $0.value < $1.value }
    let names = ordered.prefix(2).map { "\"\(data.accounts[$0.key].id)\"" }
    throw .data(
      "\(file):\(ordered[0].value): the report's groups are document numbers (\(names.joined(separator: ", ")) "
        + "… \(dates.count) groups, each dated once): a report grouped by invoice, whose lines "
        + "name no customer (expected the report grouped by contact or customer, or a Contact "
        + "column on its lines)")
  }

  /// Whether `name` is a document's number: up to four letters (`INV`, `CN`, `SI`), maybe
  /// `-`, `#`, `/` or spaces, then digits (three or more, `-` or `/` between them:
  /// `INV-0006`, `CN-0025`, `INV25-10815`), or digits alone, four or more (`10815`).
  static func isDocumentNumber(_ name: String) -> Bool {
    let t = name.drop { $0 == " " }
    let letters = t.prefix { $0.isASCII && $0.isLetter }
    var rest = t.dropFirst(letters.count)
    while rest.last == " " { rest = rest.dropLast() }
    if !letters.isEmpty { rest = rest.drop { "-#/ ".contains($0) } }
    guard letters.count <= 4, let head = rest.first, head.isASCII, head.isNumber,
      rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") })
    else { return false }
    return rest.filter(\.isNumber).count >= (letters.isEmpty ? 4 : 3)
  }
}
