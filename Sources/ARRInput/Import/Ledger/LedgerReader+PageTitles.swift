/// A report's title line repeated on each page, just above the header it repeats (SAP's
/// `Kundeneinzelposten anzeigen;…;Seite 2`): a title line there too, skipped as the first
/// page's is (session 51, imp lane; trial 50, T50-24: each later page's title line was a
/// problem, "date "" is not a date").
extension LedgerReader {
  /// The lines of `body` directly above a repeated `header` that read as one of `titles` (the
  /// lines above the first header), their digits aside (`Seite 1`, `Seite 2`).
  static func pageTitleLines(
    _ body: ArraySlice<ImportTable.Record>, titles: ArraySlice<ImportTable.Record>,
    header: [String]
  ) -> Set<Int> {
    let keys = Set(titles.map { titleKey($0.cells) }).subtracting([""])
    guard !keys.isEmpty else { return [] }
    var out = Set<Int>()
    var previous: ImportTable.Record?
    for r in body {
      if let p = previous, ImportTable.repeatsHeader(r.cells, header),
        keys.contains(titleKey(p.cells))
      {
        out.insert(p.line)
      }
      previous = r
    }
    return out
  }

  /// A title line's letters, lowercased, its digits and punctuation aside.
  static func titleKey(_ cells: [String]) -> String {
    cells.joined(separator: " ").lowercased().split { !$0.isLetter }.joined(separator: " ")
  }
}
