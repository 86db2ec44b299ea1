import ARRCore

/// Totals rows labelled in other languages than English (trial 50, T50-1: a German cube's last
/// row `Summe`, and a German Excel pivot's `Gesamtergebnis`, were read as customers, doubling
/// the headline, while `Total` and French `Total général` were excluded as totals).
extension CubeTotals {
  /// Labels (normalized, a trailing colon dropped) that mean a total in their language and
  /// nothing else: totals by their words, as `Total` is. Excel's grand total of a pivot table
  /// in each of its languages is among them (`Gesamtergebnis`, `Eindtotaal`, `Totale
  /// complessivo`, `Suma końcowa`, `Totalsumma`, `Hovedtotal`, `総計`, `总计`, `Общий итог`).
  static let foreignTotals: Set<String> = [
    // German
    "summe", "gesamt", "gesamtsumme", "insgesamt", "summe gesamt", "gesamtergebnis",
    "gesamtbetrag", "endsumme", "zwischensumme", "teilsumme",
    // Dutch
    "totaal", "eindtotaal", "totaal generaal", "subtotaal",
    // Italian
    "totale", "totale complessivo", "totale generale", "subtotale",
    // Spanish, Portuguese, Polish
    "suma total", "total geral", "suma końcowa", "razem",
    // French
    "totaux", "sous total", "sous totaux", "somme totale",
    // Scandinavian, Finnish, Turkish, Czech, Hungarian
    "totalsumma", "hovedtotal", "totalt", "i alt", "yhteensä", "toplam", "celkem", "összesen",
    // Russian
    "итог", "итого", "общий итог", "всего",
    // Chinese, Japanese
    "总计", "總計", "総計", "合计", "合計", "小计", "小計",
    // Hebrew (the quote written as `"`, `״` or `'`)
    "סה\"כ", "סה״כ", "סה'כ", "סך הכל", "סך הכול",
  ]

  /// Labels that mean a sum but may also name a company (`Summa Health`, `Soma`): totals only
  /// when their amounts sum the rows above, as `Total Alpha` is.
  static let foreignSums: Set<String> = ["suma", "summa", "somme", "soma"]

  /// Words that make a label a group's subtotal in Excel's pivot tables in other languages when
  /// they end it (`Enterprise Ergebnis`, `Enterprise Totaal`, `Enterprise Gesamt`) or begin it
  /// (`Totale Enterprise`, `Totaal Enterprise`): totals when they sum the rows above.
  static let foreignSubtotalSuffixes = [" ergebnis", " totaal", " gesamt", " summe", " totale"]
  static let foreignSubtotalPrefixes = [
    "totale ", "totaal ", "summe ", "gesamt ", "סה\"כ ", "סה״כ ",
  ]

  /// ASCII fragments one of those labels holds (``HeaderWords/mayContain(_:anyOf:)``'s cheap
  /// test: a label holding none of these, `sum` or `total` is no total).
  static let foreignFragments = [
    "gesamt", "totaal", "somme", "soma", "razem", "i alt", "ergebnis", "toplam", "celkem",
  ]

  /// How the normalized label `t` reads as a total in another language; `nil` when it is none.
  static func foreignKind(_ t: Substring) -> Kind? {
    let label = String(t)
    if foreignTotals.contains(label) { return .total }
    if foreignSums.contains(label) { return .totalIfSums }
    if foreignSubtotalSuffixes.contains(where: { label.hasSuffix($0) })
      || foreignSubtotalPrefixes.contains(where: { label.hasPrefix($0) })
    {
      return .totalIfSums
    }
    return nil
  }
}
