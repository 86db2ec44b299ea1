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
    "suma total", "total geral", "suma końcowa", "razem", "totales", "totais", "total general",
    "soma total",
    // French
    "totaux", "sous total", "sous totaux", "somme totale",
    // Scandinavian, Finnish, Turkish, Czech, Hungarian
    "totalsumma", "hovedtotal", "totalt", "i alt", "yhteensä", "toplam", "celkem", "összesen",
    // Russian
    "итог", "итого", "общий итог", "всего",
    // Chinese, Japanese, Korean (Excel's pivot grand total `총합계`)
    "总计", "總計", "総計", "合计", "合計", "小计", "小計", "総合計", "总合计", "總合計", "합계",
    "총합계", "총계", "소계",
    // Greek, Vietnamese, Indonesian and Malay
    "σύνολο", "γενικό σύνολο", "tổng cộng", "jumlah", "jumlah total", "total keseluruhan",
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
    "jumlah", "totais",
  ]

  /// How the normalized label `t` reads as a total in another language; `nil` when it is none.
  static func foreignKind(_ t: Substring) -> Kind? {
    let label = String(t)
    if foreignTotals.contains(label) { return .total }
    if foreignSums.contains(label) { return .totalIfSums }
    // A label holding a legal form (`Totaal Techniek B.V.`, `Summe Consulting GmbH`) names a
    // company, never a subtotal (review 51, R51-3: such a customer whose MRR equalled the
    // rows above was dropped).
    if foreignSubtotalSuffixes.contains(where: { label.hasSuffix($0) })
      || foreignSubtotalPrefixes.contains(where: { label.hasPrefix($0) }),
      CustomerList.legalBase(label) == nil
    {
      return .totalIfSums
    }
    return nil
  }

  /// Whether the first non-empty cell of `cells` is a total by its words in another language
  /// (``foreignTotals``): a contracts list's `Summe` row, as its `TOTAL` is (review 51,
  /// R51-29: refused, "start is not a date").
  static func isForeignTotal(_ cells: [String]) -> Bool {
    guard let first = cells.first(where: { !$0.isEmpty }) else { return false }
    var t = Substring(CubeLayout.normalized(first))
    while t.last == ":" { t = t.dropLast() }
    return foreignTotals.contains(String(t))
  }
}
