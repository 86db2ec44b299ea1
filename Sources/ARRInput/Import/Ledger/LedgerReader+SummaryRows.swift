import ARRCore

/// An invoice's summary rows written as rows of its own (Sage's `Subtotal`, `VAT 20%`, `Total`
/// below the lines; an `Invoice Total` item; a `Total` description holding the gross): the
/// document's totals, not lines (review 44, W-6: a Sage export's `Subtotal` and `Total` rows
/// were both read as revenue, $111,360 for $34,800; X-7: a gross row described `Total` was
/// read as a line and taxed, $73,080). A row is one when its labels say only a summary word and
/// its amount is what the document's other rows sum to (all of them, those above it, those
/// below it, or all of them plus their tax column): a product named `Total Care`, or a `Total`
/// row of another amount, is a line.
extension LedgerReader {
  /// Labels of an invoice's summary rows, their letters' words lowercased and joined by one
  /// space (`Sub-total:` is `sub total`, `Total (incl. VAT)` is `total incl vat`).
  static let summaryLabels: Set<String> = [
    // Not `balance` alone: a product's name, or a deposit's second half (review 45, Y-1: a
    // `Balance` add-on equal to the line above was dropped, $34,800 for $46,800).
    "total", "totals", "subtotal", "sub total", "invoice total", "total invoice", "net total",
    "total net", "grand total", "total amount", "total due", "amount due", "balance due",
    "gross total", "total gross", "invoice amount", "total incl tax", "total incl vat",
    "total including tax", "total including vat", "total excl tax", "total excl vat",
    "total excluding tax", "total excluding vat", "total before tax", "total after tax",
    "gesamt", "gesamtbetrag", "summe", "zwischensumme", "endbetrag", "rechnungsbetrag",
    "total ttc", "total ht", "sous total", "montant total", "importe total", "totaal",
  ]

  /// Whether `text` says only a summary word of an invoice (``summaryLabels``).
  static func isSummaryLabel(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter }
    guard !words.isEmpty, words.count <= 4 else { return false }
    return summaryLabels.contains(words.joined(separator: " "))
  }

  /// One row of a document, as ``summaryTotals(_:)`` reads it.
  struct SummaryCandidate {
    var line: Int
    var cents: Int64
    /// Its tax cell, 0 when none.
    var tax: Int64
    /// Whether its labels say only a summary word (``isSummaryLabel(_:)``).
    var isSummary: Bool
  }

  /// The rows of one document (its rows in file order) that are its summary rows: labelled as
  /// one, not zero, and equal to the sum of its other (unlabelled) rows, of those above it or
  /// below it (a `Subtotal` above the tax line), or to that sum plus their tax column (the
  /// gross beside lines net of tax). Each with the sum it equals and the tax it holds beyond
  /// the lines, if any. Empty when no row is labelled or none matches.
  static func summaryTotals(
    _ rows: [SummaryCandidate]
  ) -> [(line: Int, cents: Int64, lines: Int64, tax: Int64?)] {
    guard rows.contains(where: \.isSummary) else { return [] }
    let plain = rows.filter { !$0.isSummary }
    guard !plain.isEmpty else { return [] }
    let all = plain.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
    let allTax = plain.reduce(Int64(0)) { Money.saturatingSum($0, $1.tax) }
    var out = [(line: Int, cents: Int64, lines: Int64, tax: Int64?)]()
    var above: Int64 = 0
    for r in rows {
      guard r.isSummary else {
        above = Money.saturatingSum(above, r.cents)
        continue
      }
      guard r.cents != 0 else { continue }
      let below = all &- above
      if r.cents == all || r.cents == above {
        out.append((r.line, r.cents, r.cents, nil))
      } else if r.cents == below {
        out.append((r.line, r.cents, below, nil))
      } else if let tax = taxBeyond(
        r.cents, lines: all, linesTax: allTax, ownTax: r.tax,
        taxed: plain.count(where: { $0.tax != 0 }))
      {
        out.append((r.line, r.cents, all, tax))
      }
    }
    return out
  }
}
