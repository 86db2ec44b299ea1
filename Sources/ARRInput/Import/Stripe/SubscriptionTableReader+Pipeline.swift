import ARRCore

/// A section of a contracts list holding deals not signed: a one-cell row naming a pipeline
/// (`Pipeline (not signed)`, `Open opportunities`, `Upside`) and the rows under it (trial 50,
/// T50-28: an ARR schedule's pipeline section below its `TOTAL` row was read as customers, two
/// problems, and with `--lenient` a pipeline deal starting before the as-of month counted as
/// live ARR, +21%). Its rows are left out of every figure, counted as deals not won, with a
/// note; the section runs to the next one-cell heading that names no pipeline (skipped as a
/// heading), a totals row, a repeated header row, or the end. Rows below a blank line inside it stay left out, with a finding: signed rows
/// added below (review 51, R51-10) and a spacer between pipeline stages (review 51b, R51b-12)
/// are the same bytes, and leaving out is the reading that overstates nothing.
struct PipelineSection: Sendable {
  /// The heading's line and text, while inside such a section.
  var heading: (line: Int, text: String)?
  /// The first heading read, and the rows left out under every such heading.
  var first: (line: Int, text: String)?
  var rows = 0
  /// The last row left out.
  var lastRow = 0
  /// The table's blank lines: one ends a section.
  var blankLines: Set<Int> = []
  /// The line of the last record seen.
  private var lastLine = 0
  /// Rows left out below a blank line inside a section: the first's line and how many.
  var afterBlank: (line: Int, rows: Int)?
  /// Whether a blank line came since the last row of the open section.
  private var isPastBlank = false

  /// Words of a heading naming deals not signed, alone.
  static let words: Set<String> = [
    "pipeline", "unsigned", "prospect", "prospects", "upside", "verbal", "loi",
  ]
  /// Words that name deals not signed only beside a word saying they are open
  /// (``openWords``), or as the whole heading: Salesforce calls every deal, won or not, an
  /// opportunity, and a renewal in negotiation is a live customer's (review 51, R51-11:
  /// `Closed Won Opportunities` and `Renewals in negotiation` dropped live contracts).
  static let weakWords: Set<String> = [
    "opportunity", "opportunities", "negotiation", "negotiations", "proposal", "proposals",
    "forecast", "forecasted", "deals",
  ]
  static let openWords: Set<String> = [
    "open", "pending", "progress", "potential", "expected", "possible", "likely", "new",
  ]
  /// Words saying the deals are signed or live: a heading holding one names no pipeline.
  static let signedWords: Set<String> = [
    "won", "closed", "signed", "active", "live", "renewal", "renewals", "existing", "current",
    "booked", "contracted", "customers", "committed",
  ]
  /// Phrases of such a heading (padded with spaces), whatever else it says.
  static let phrases = [
    " not signed ", " not yet signed ", " to be signed ", " pending signature ", " best case ",
    " open deals ", " unsigned ",
  ]

  /// Whether `text`, a heading alone on its row, names deals not signed.
  static func isPipeline(_ text: String) -> Bool {
    let phrase = " " + IncomeStatement.phrase(text) + " "
    if phrases.contains(where: { phrase.contains($0) }) { return true }
    let said = Set(phrase.split(separator: " ").map(String.init))
    guard said.isDisjoint(with: signedWords) else { return false }
    if !said.isDisjoint(with: words) { return true }
    guard !said.isDisjoint(with: weakWords) else { return false }
    return !said.isDisjoint(with: openWords) || said.isSubset(of: weakWords)
  }

  /// Ends the section (a totals row).
  mutating func close() {
    heading = nil
    isPastBlank = false
  }

  /// The finding naming rows left out below a blank line inside a section, or `nil`.
  func blankFinding(file: String) -> String? {
    guard let first, let a = afterBlank else { return nil }
    return "\(file): \(Counted.phrase(a.rows, "row")) below a blank line under \"\(first.text)\" "
      + "(from line \(a.line)) \(a.rows == 1 ? "is" : "are") left out as deals not signed, as "
      + "the rows above \(a.rows == 1 ? "it" : "them"); if \(a.rows == 1 ? "it is a signed contract" : "they are signed contracts"), "
      + "ARR is higher: move \(a.rows == 1 ? "it" : "them") above the heading, or end the "
      + "section with a heading of \(a.rows == 1 ? "its" : "their") own"
  }

  /// Whether `record` is such a heading or a row under one: skipped (the heading as a section
  /// header, a row as a deal not won), the section opened or closed on the way.
  mutating func skips(_ record: ImportTable.Record, file: Int, log: inout ImportLog) -> Bool {
    // A blank line inside a section may end it (signed rows added below) or split its stages
    // (review 51b, R51b-12: a spacer between pipeline stages): the rows after it stay left out
    // as pipeline, the conservative reading, and a finding names them (R51-10 had them counted).
    if heading != nil, blankLines.contains(where: { $0 > lastLine && $0 < record.line }) {
      isPastBlank = true
    }
    lastLine = record.line
    let cells = record.cells.filter { !$0.isEmpty }
    if cells.count == 1 {
      if Self.isPipeline(cells[0]) {
        heading = (record.line, cells[0])
        isPastBlank = false
        if first == nil { first = heading }
        log.skip(file: file, line: record.line, kind: .sectionHeader, reason: cells[0])
        return true
      }
      // A heading naming no pipeline ends the section and is a heading itself (`Signed
      // contracts`), skipped as one (review 52, R52-21: read as a contract, "start "" is not a
      // date").
      if heading != nil {
        close()
        log.skip(file: file, line: record.line, kind: .sectionHeader, reason: cells[0])
        return true
      }
      return false
    }
    guard let heading, !cells.isEmpty else { return false }
    rows += 1
    lastRow = record.line
    if isPastBlank {
      afterBlank = (afterBlank?.line ?? record.line, (afterBlank?.rows ?? 0) + 1)
    }
    log.skip(
      file: file, line: record.line, kind: .notWon,
      reason: "under \"\(heading.text)\" (line \(heading.line)): not signed")
    return true
  }

  /// The note counting the rows left out, or `nil` when there were none.
  func note(file: String) -> String? {
    guard let first, rows > 0 else { return nil }
    return "\(file): \(Counted.phrase(rows, "row")) under \"\(first.text)\" (line \(first.line)) "
      + "\(rows == 1 ? "is a deal" : "are deals") not signed (\(rows == 1 ? "line" : "the last on line") "
      + "\(lastRow)): left out of every figure, as a pipeline is no revenue; a signed row "
      + "under the heading belongs above it (the section ends at a totals row or another heading)"
  }
}
