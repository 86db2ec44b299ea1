/// Whether exports appended into one file (the header repeated) are re-pulls of the same
/// periods or slices (another product, entity or region), for the cube's and the monthly
/// table's readers (`docs/import.md`, "A customer-month restated by a later export").
///
/// An export is a re-pull when at least half of its revenue rows in the periods the exports
/// above cover repeat earlier revenue rows exactly. Only revenue rows count: a title, footnote
/// or totals line, or a customer with no amount, repeated in two slices says nothing (review 11,
/// F1: a footnote under each slice made the second a re-pull, the first's revenue dropped). A
/// re-pull restates the exports its repeats came from, and what they restated, never another
/// slice (review 11, F5: a re-pulled UK slice dropped the US slice's rows of its customers).
struct RePullEvidence: Sendable {
  /// Per export: its repeats of earlier revenue rows, and the exports those were in.
  private var repeats = [Int: Int]()
  private var sources = [Int: Set<Int>]()
  /// Per export: its own revenue rows in the periods of the exports above.
  private var newRows = [Int: Int]()

  /// A row of `export` repeats a revenue row of export `source`.
  mutating func repeats(revenueRowOf source: Int, in export: Int) {
    repeats[export, default: 0] += 1
    sources[export, default: []].insert(source)
  }

  /// A revenue row of `export` of its own, in the periods of the exports above.
  mutating func newRow(in export: Int) {
    newRows[export, default: 0] += 1
  }

  /// Whether `export` is a re-pull.
  func isRePull(_ export: Int) -> Bool {
    let n = repeats[export] ?? 0
    return n > 0 && 2 * n >= n + (newRows[export] ?? 0)
  }

  /// The re-pulls, each with the exports it restates.
  /// - Complexity: O(exports × sources).
  func restated() -> [Int: Set<Int>] {
    var out = [Int: Set<Int>]()
    for e in repeats.keys.sorted() where isRePull(e) {
      var all = sources[e] ?? []
      for s in sources[e] ?? [] { all.formUnion(out[s] ?? []) }
      out[e] = all
    }
    return out
  }
}
