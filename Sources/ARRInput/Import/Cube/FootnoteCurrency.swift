import ARRCore

/// The currency a cube's footnote lines name (`Amounts in USD.` under the last row), read as a
/// title's is (``TitleCurrency``) when nothing nearer names one: a footnote is skipped as a row,
/// not as a fact (render review 38, R38-6: the billings cube's footnote "Amounts in USD" was
/// skipped, and a warning still said "the currency is written only as "$"").
///
/// It settles the currency when the cells name none, or only by a bare `$` (then the footnote's
/// dollar, as under a title naming it), or name the same currency; a footnote naming another
/// currency than the cells' signs, or naming two, settles nothing and the cells decide, as
/// without it. Not read over a currency column, a title's currency or `--currency`.
enum FootnoteCurrency {
  /// The currency and the line of the first footnote naming it, when it settles the currency.
  /// - Parameters:
  ///   - footnotes: The lines skipped as footnotes, in order.
  ///   - cells: Each currency the amount cells name, with its first line.
  ///   - isUSDNamed: Whether a cell named US dollars by code or as `US$` (not a bare `$`).
  /// - Complexity: O(characters of the footnotes).
  static func settle(
    footnotes: [ImportTable.Record], cells: [String: Int], isUSDNamed: Bool
  ) -> TitleCurrency.Found? {
    guard !footnotes.isEmpty, let found = TitleCurrency.find(titles: footnotes[...]) else {
      return nil
    }
    guard let seen = cells.keys.first else { return found }
    guard cells.count == 1 else { return nil }
    if seen == found.code { return found }
    // A bare `$` is read as USD: any dollar the footnote names is the cells'.
    if seen == "USD", !isUSDNamed, CurrencySigns.dollarCurrencies.contains(found.code) {
      return found
    }
    return nil
  }

  /// ``settle(footnotes:cells:isUSDNamed:)`` for a reader whose currency nothing nearer names
  /// (`isNamedElsewhere` false: no currency column, title or header currency, `--currency`),
  /// with the note naming the footnote's line when it settles: the one step a cube and a
  /// monthly table share.
  /// - Returns: The settled currency and its line, or `nil`.
  static func settle(
    footnotes: [ImportTable.Record], cells: [String: Int], isUSDNamed: Bool,
    isNamedElsewhere: Bool, file: String, notes: inout [String]
  ) -> TitleCurrency.Found? {
    guard !isNamedElsewhere,
      let found = settle(footnotes: footnotes, cells: cells, isUSDNamed: isUSDNamed)
    else { return nil }
    notes.append("\(file): the footnote on line \(found.line) names the currency: \(found.code)")
    return found
  }
}
