import ARRCore

/// A block of a ledger's lines written a second time further down, invoice numbers included
/// (a paste appended twice): the copies are the same invoices, counted once (`docs/import.md`,
/// "Every row accounted for"; session 55, lead; trial 55, T55-9: a real take-home invoice
/// table whose last 10 lines repeat its first 10 counted each twice, with no word).
///
/// A copy is a run of at least ``leastLines`` consecutive lines, all different from each other
/// and each with a document number, equal cell for cell to as many consecutive lines above it
/// that end before the run starts with a line between them. Two equal lines of one invoice (two
/// seats at one price) are no block: they are neither different from each other nor apart.
struct CopiedBlocks: Sendable {
  /// The fewest lines a copied block holds.
  static let leastLines = 3

  /// Each copied line's source line, keyed by the copy's line.
  private(set) var copies: [Int: Int] = [:]
  /// The blocks: the copy's first and last lines and the original's first.
  private(set) var blocks: [(first: Int, last: Int, original: Int)] = []
  /// The document numbers of the first copied lines (at most five), for the finding.
  private(set) var documents: [String] = []

  /// The copied blocks of `rows` (the lines below the header).
  /// - Parameters:
  ///   - rows: The lines, in order.
  ///   - document: The document number's column, or `nil` (then nothing is a copy: without an
  ///     invoice number, two equal lines may be two equal charges).
  /// - Complexity: O(cells), one hash per line.
  init(_ rows: ArraySlice<ImportTable.Record>, document: Int?) {
    guard let document, rows.count >= 2 * Self.leastLines + 1 else { return }
    let lines = Array(rows)
    func hasDocument(_ k: Int) -> Bool {
      document < lines[k].cells.count && !lines[k].cells[document].isEmpty
    }
    // The first line of each content, by hash (a collision is checked cell for cell below).
    var first = [Int: Int]()
    var i = 0
    while i < lines.count {
      let hash = lines[i].cells.hashValue
      guard let j = first[hash], lines[j].cells == lines[i].cells, hasDocument(i) else {
        if first[hash] == nil { first[hash] = i }
        i += 1
        continue
      }
      // The run: line i + k copies line j + k, the original ending before the copy, apart.
      var k = 0
      var seen = Set<[String]>()
      while i + k < lines.count, j + k + 1 < i, lines[i + k].cells == lines[j + k].cells,
        hasDocument(i + k), seen.insert(lines[i + k].cells).inserted
      {
        k += 1
      }
      guard k >= Self.leastLines else {
        i += 1
        continue
      }
      for d in 0..<k {
        copies[lines[i + d].line] = lines[j + d].line
        if documents.count < 5 { documents.append(lines[i + d].cells[document]) }
      }
      blocks.append((lines[i].line, lines[i + k - 1].line, lines[j].line))
      i += k
    }
  }

  /// The finding naming the copied blocks, or `nil` when there are none.
  func finding(file: String) -> String? {
    guard let b = blocks.first else { return nil }
    let n = copies.count
    let lines = "\(CountText.grouped(n)) line" + (n == 1 ? " repeats" : "s repeat")
    let span =
      "lines \(b.first)–\(b.last) repeat lines \(b.original)–\(b.original + b.last - b.first)"
    var more = ""
    if blocks.count > 1 {
      more = ", and \(blocks.count - 1) more block" + (blocks.count == 2 ? "" : "s")
    }
    let named = documents.joined(separator: ", ") + (n > documents.count ? ", …" : "")
    return "\(file): \(lines) earlier lines exactly, invoice numbers included (\(span)\(more): "
      + "\(named)): the same invoices written twice; skipped, not counted twice"
  }
}
