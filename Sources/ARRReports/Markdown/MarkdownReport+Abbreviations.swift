extension MarkdownReport {
  /// The abbreviations page one may use, each with its words, in the order the key gives them.
  static let pageOneTerms: [(abbreviation: String, words: String)] = [
    ("MRR", "monthly recurring revenue"),
    ("NDR", "net dollar retention"),
    ("GRR", "gross dollar retention"),
    ("P10–P90", "the 10th to 90th percentiles of simulated outcomes"),
    (
      "AUC",
      "area under the curve (the chance the risk score ranks a churner above one that stayed)"
    ),
    ("LTV", "lifetime value"),
    ("sBG", "shifted-beta-geometric (a retention curve)"),
  ]

  /// One line spelling out, once, each abbreviation that page one's table, paragraph and
  /// findings use (session 15, report: the summary used NDR, GRR, P10–P90, AUC and LTV without
  /// their words; the Glossary at the end has every term), or "" when they use none.
  /// - Parameter text: Page one's text after the title block.
  /// - Returns: "Abbreviations: MRR, monthly recurring revenue; NDR, net dollar retention.\n\n".
  static func pageOneAbbreviations(in text: String) -> String {
    let used = pageOneTerms.filter { contains(word: $0.abbreviation, in: text) }
    guard !used.isEmpty else { return "" }
    return "Abbreviations: "
      + used.map { "\($0.abbreviation), \($0.words)" }.joined(separator: "; ") + ".\n\n"
  }

  /// Whether `word` occurs in `text` with no letter or digit on either side ("NDR" in "NDR,"
  /// but not in "NDRs" or "ANDR").
  static func contains(word: String, in text: String) -> Bool {
    let t = Array(text)
    let w = Array(word)
    guard !w.isEmpty, t.count >= w.count else { return false }
    let isEdge = { (k: Int) in k < 0 || k >= t.count || !(t[k].isLetter || t[k].isNumber) }
    for start in 0...(t.count - w.count) where t[start] == w[0] {
      if t[start..<(start + w.count)].elementsEqual(w) && isEdge(start - 1)
        && isEdge(start + w.count)
      {
        return true
      }
    }
    return false
  }
}
