import ARRCore

/// A report's footer below a subscriptions table or a CRM export (`docs/import.md`,
/// "Subscriptions table", "footer"; session 51, crm lane; trial 50, T50-11; session 52, review
/// 52, R52-10).
///
/// A line of one cell below every row of two or more was a footnote whatever it said, so a
/// customer's name typed on the last line, its figures not yet entered (`Zeta Corp`), was
/// skipped with no problem. Decided: such a line is a footnote when its text reads as a
/// report's: a word a footer writes (``footerWords``: `Confidential`, `Copyright`, `Generated`,
/// `Total`, `Filtered`…), or four words or more naming no legal form; a short name, or one
/// ending in a legal form (`Zeta Corp`, `Acme Holdings International Ltd`), is a row missing its
/// figures: a problem, as any row.
extension SubscriptionTableReader {
  /// Words a report's footer writes.
  static let footerWords: Set<String> = [
    "confidential", "copyright", "rights", "reserved", "generated", "filtered", "filter",
    "filters", "report", "printed", "page", "total", "totals", "records", "source", "prepared",
    "exported", "export", "distribute", "distribution", "internal", "proprietary", "draft",
    "note", "notes", "disclaimer",
  ]

  /// Whether the one cell of a line below the data (`text`) is a report's footer (see the
  /// notes); a blank line is.
  static func isFooterText(_ text: String) -> Bool {
    let words = UsageMonths.words(text)
    guard !words.isEmpty else { return true }
    if text.contains("©") || words.contains(where: { footerWords.contains(String($0)) }) {
      return true
    }
    if CustomerList.legalBase(text) != nil { return false }
    return words.count >= 4
  }
}
