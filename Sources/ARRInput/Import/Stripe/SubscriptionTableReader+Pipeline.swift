import ARRCore

/// A section of a contracts list holding deals not signed: a one-cell row naming a pipeline
/// (`Pipeline (not signed)`, `Open opportunities`, `Upside`) and the rows under it (trial 50,
/// T50-28: an ARR schedule's pipeline section below its `TOTAL` row was read as customers, two
/// problems, and with `--lenient` a pipeline deal starting before the as-of month counted as
/// live ARR, +21%). Its rows are left out of every figure, counted as deals not won, with a
/// note; the section runs to the next one-cell heading that names no pipeline, or the end.
struct PipelineSection: Sendable {
  /// The heading's line and text, while inside such a section.
  var heading: (line: Int, text: String)?
  /// The first heading read, and the rows left out under every such heading.
  var first: (line: Int, text: String)?
  var rows = 0

  /// Words of a heading naming deals not signed.
  static let words: Set<String> = [
    "pipeline", "unsigned", "prospect", "prospects", "opportunity", "opportunities", "upside",
    "negotiation", "proposal", "proposals", "forecast", "forecasted", "verbal", "loi",
  ]
  /// Phrases of such a heading (padded with spaces).
  static let phrases = [
    " not signed ", " not yet signed ", " to be signed ", " pending signature ", " best case ",
    " open deals ",
  ]

  /// Whether `text`, a heading alone on its row, names deals not signed.
  static func isPipeline(_ text: String) -> Bool {
    let phrase = " " + IncomeStatement.phrase(text) + " "
    return !Set(phrase.split(separator: " ").map(String.init)).isDisjoint(with: words)
      || phrases.contains { phrase.contains($0) }
  }

  /// Whether `record` is such a heading or a row under one: skipped (the heading as a section
  /// header, a row as a deal not won), the section opened or closed on the way.
  mutating func skips(_ record: ImportTable.Record, file: Int, log: inout ImportLog) -> Bool {
    let cells = record.cells.filter { !$0.isEmpty }
    if cells.count == 1 {
      if Self.isPipeline(cells[0]) {
        heading = (record.line, cells[0])
        if first == nil { first = heading }
        log.skip(file: file, line: record.line, kind: .sectionHeader, reason: cells[0])
        return true
      }
      if heading != nil { heading = nil }
      return false
    }
    guard let heading, !cells.isEmpty else { return false }
    rows += 1
    log.skip(
      file: file, line: record.line, kind: .notWon,
      reason: "under \"\(heading.text)\" (line \(heading.line)): not signed")
    return true
  }

  /// The note counting the rows left out, or `nil` when there were none.
  func note(file: String) -> String? {
    guard let first, rows > 0 else { return nil }
    return "\(file): \(Counted.phrase(rows, "row")) under \"\(first.text)\" (line \(first.line)) "
      + "\(rows == 1 ? "is a deal" : "are deals") not signed: left out of every figure, as a "
      + "pipeline is no revenue"
  }
}
