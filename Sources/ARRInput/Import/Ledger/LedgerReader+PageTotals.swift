import ARRCore

/// A printout's page totals (session 48, imp lane; review 47, R47-13): an invoice printed over
/// two pages writes the running sum of its lines at the foot of the first (`Carried forward`,
/// `Übertrag`, `À reporter`) and again at the head of the next (`Brought forward`, `Übertrag`,
/// `Report`). Read as lines, they are counted beside the lines they sum, and the invoice's
/// `Subtotal` and `Total` then matched nothing and were read as revenue too ($108,000 for
/// $46,800).
extension LedgerReader {
  /// Labels of a page total, as ``labelKey(_:)`` makes them: the whole label.
  static let pageTotalLabels: Set<String> = [
    "carried forward", "carried fwd", "carried over", "c f", "brought forward", "brought fwd",
    "brought over", "b f", "übertrag", "uebertrag", "zwischenübertrag", "à reporter",
    "a reporter", "report", "reporté", "suma y sigue", "suma anterior", "riporto",
    "a riportare", "transporte", "a transportar", "van vorige pagina",
    "naar volgende pagina",
    // Review 48, R48-6: Dutch and Danish `Transport`, Polish and Danish carried sums.
    "transport", "do przeniesienia", "z przeniesienia", "suma przeniesiona",
    "suma z przeniesienia", "overført", "overfort",
  ]

  /// Whether `label` says only a page total (``pageTotalLabels``).
  static func isPageTotalLabel(_ label: String) -> Bool {
    labelKey(label).map(pageTotalLabels.contains) ?? false
  }

  /// The source lines of one document's page totals (its rows in file order, each with its
  /// amount, whether its labels say only a page total, whether it stands next to a page break —
  /// a row of the file with no amount, a `Page 2` or the header repeated — and whether its
  /// labels say only a summary word): a row so labelled, next to a break or to another such row,
  /// whose amount is the sum of the document's rows above it (its other page totals left out),
  /// not zero, above its first summary row, with a line of the document after it before that
  /// row (a page total is carried inside an invoice whose lines go on: review 48, R48-1, R48-5).
  /// A row so labelled of another amount (a balance carried in from an earlier invoice), away
  /// from any break (a `Report` billed), or with no line after it (a `Report` or `Transporte`
  /// billed last, a statement's `Brought forward` balance above its total) is none.
  static func pageTotals(
    _ rows: [(line: Int, cents: Int64, isPageLabel: Bool, isNearBreak: Bool, isSummary: Bool)]
  ) -> Set<Int> {
    var found = Set<Int>()
    var running: Int64 = 0
    let summaryStart = rows.firstIndex { $0.isSummary } ?? rows.count
    for (i, r) in rows.enumerated() {
      if r.isSummary { break }
      let isPaired = [i - 1, i + 1].contains { j in
        rows.indices.contains(j) && rows[j].isPageLabel && rows[j].cents == r.cents
          && abs(rows[j].line - r.line) == 1
      }
      let hasLineAfter = rows[(i + 1)..<summaryStart].contains { !$0.isPageLabel }
      if r.isPageLabel, r.isNearBreak || isPaired, hasLineAfter, r.cents != 0, r.cents == running {
        found.insert(r.line)
        continue
      }
      running = Money.saturatingSum(running, r.cents)
    }
    return found
  }

  /// Source lines of the rows of `body` next to a page break: a row with no amount (`cents`
  /// reads none: a `Page 2` row, the header repeated) above or below them.
  static func pageBreakNeighbours(
    _ body: ArraySlice<ImportTable.Record>, amount: Int, cents: (String) -> Int64?
  ) -> Set<Int> {
    var out = Set<Int>()
    for i in body.indices where cents(body[i].cell(amount)) == nil {
      if i > body.startIndex { out.insert(body[i - 1].line) }
      if i + 1 < body.endIndex { out.insert(body[i + 1].line) }
    }
    return out
  }
}

extension LedgerReader.DocumentTotals {
  /// The note on ``pageTotals``: rows carrying an invoice's running sum across a page break.
  /// `nil` for none.
  func pageTotalNote(file: String) -> String? {
    guard let first = pageTotals.min() else { return nil }
    let n = pageTotals.count
    return
      "\(file): \(Counted.phrase(n, "row")) (the first on line \(first)) \(n == 1 ? "is" : "are") "
      + "the page total of an invoice printed over two pages or more (`Carried forward`, "
      + "`Brought forward`, `Übertrag`…), each the sum of its invoice's lines above it, next to "
      + "the page break: skipped, not lines"
  }
}
