import ARRCore

/// A report's footer below a subscriptions table or a CRM export (`docs/import.md`,
/// "Subscriptions table", "footer"; session 51, crm lane; trial 50, T50-11; session 52, review
/// 52, R52-10).
///
/// A line of one cell below every row of two or more was a footnote whatever it said, so a
/// customer's name typed on the last line, its figures not yet entered (`Zeta Corp`), was
/// skipped with no problem. Decided: such a line is a footnote when its text reads as a
/// report's: a word a footer writes (``footerWords``: `Confidential`, `Copyright`, `Generated`,
/// `Total`, `Filtered`…, `Amounts`, `Unaudited`, `Excludes`, `Sorted`, a currency code, `as of`),
/// or four words or more naming no legal form, or any line naming no legal form set apart from
/// the data by a blank line but a name of one to three capitalised words (``readsAsName(_:)``);
/// a short name, or one ending in a legal form
/// (`Zeta Corp`, `Acme Holdings International Ltd`), is a row missing its figures: a problem, as
/// any row.
extension SubscriptionTableReader {
  /// Words a report's footer writes.
  static let footerWords: Set<String> = [
    "confidential", "copyright", "rights", "reserved", "generated", "filtered", "filter",
    "filters", "report", "printed", "page", "total", "totals", "records", "source", "prepared",
    "exported", "export", "distribute", "distribution", "internal", "proprietary", "draft",
    "note", "notes", "disclaimer",
    // Words a footnote on the figures writes, never a company's (session 53, crm lane; review
    // 53, R53-14: `Amounts in USD`, `Unaudited`, `Excludes churned customers`, `Sorted by ACV`
    // refused the list as rows missing their figures).
    "amounts", "figures", "excludes", "excluding", "excl", "includes", "including", "incl",
    "sorted", "unaudited", "audited", "preliminary", "usd", "eur", "gbp", "chf", "cad", "aud",
  ]

  /// Whether the one cell of a line below the data (`text`) is a report's footer (see the
  /// notes); a blank line is.
  /// - Parameter afterBlank: Whether a blank line stands between it and the data: a line set
  ///   apart so is a footnote unless it names a legal form (review 53, R53-14); a customer's
  ///   row is typed under the others.
  static func isFooterText(_ text: String, afterBlank: Bool = false) -> Bool {
    let words = UsageMonths.words(text)
    guard !words.isEmpty else { return true }
    if text.contains("©") || words.contains(where: { footerWords.contains(String($0)) })
      || UsageMonths.hasPhrase(words, of: ["as of", "as at"], unlessAfter: { _ in false })
    {
      return true
    }
    if CustomerList.legalBase(text) != nil { return false }
    return words.count >= 4 || (afterBlank && !readsAsName(text))
  }

  /// A report title's status or kind no company's name holds (`Summary`, `Pack`, `Final`).
  static let titleOnlyWords: Set<String> = [
    "summary", "pack", "memo", "appendix", "final", "version",
    "overview", "commentary", "kpi", "kpis", "ytd", "mtd", "continued",
  ]
  /// Words a report's title writes that a company's name may hold too (`Management Accounts`,
  /// `Board Report`): a line of them alone is a title.
  static let titleWords: Set<String> = titleOnlyWords.union([
    "management", "accounts", "account", "board", "finance", "financial", "financials",
    "statements", "statement", "monthly", "quarterly", "annual", "revenue", "sales", "metrics",
    "analysis", "review", "budget", "forecast", "actuals", "reporting",
  ])

  /// Whether `text` reads as a company's name typed alone: one to three words, each starting
  /// with a capital letter, no digit (`Zeta Analytics`; session 54, crm lane; review 53, R53-28:
  /// typed after a blank line, it was skipped as a footnote), neither all a report title's
  /// words nor one only a title writes (`Management Accounts`, `Board Summary`; session 55, crm
  /// lane; review 54, R54-25: refused the list as a row missing its figures).
  static func readsAsName(_ text: String) -> Bool {
    let parts = text.split { $0 == " " || $0 == "\t" }
    guard
      (1...3).contains(parts.count) && !text.contains(where: \.isNumber)
        && parts.allSatisfy({ $0.first?.isUppercase == true })
    else { return false }
    let words = UsageMonths.words(text).map(String.init)
    return !words.contains(where: titleOnlyWords.contains) && !words.allSatisfy(titleWords.contains)
  }
}
