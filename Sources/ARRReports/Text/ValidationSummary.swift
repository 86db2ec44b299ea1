import ARRAnalysis
import ARRCore

/// What `arr-quality validate` prints for a company that loaded: first what was read and the
/// findings to check before trusting any figure, then rows read per file, accounts, months, the
/// problems skipped in lenient mode and the notes on how the files were read.
///
/// The first line never says "valid" (session 17, report; trial 16, V1: "OK: the input is
/// valid." headed files whose amounts looked like cents, read 100 times too high): a file that
/// reads is not a file that was read right. It says "Read: N rows, N used, N skipped;" then
/// either "K findings to check first:" and the list, or "no finding to check first (the files
/// were read, not audited: compare the headline with the company's own books)".
public struct ValidationSummary: Sendable {
  public var text: String

  /// Summarises a loaded company.
  /// - Parameter company: The company as loaded.
  public init(_ company: Company) {
    let f = NumberFormat(currency: company.profile.currency)
    let dq = company.dataQuality
    var lines: [String] = []
    let read = dq.files.reduce(0) { $0 + $1.rowsRead }
    let used = dq.files.reduce(0) { $0 + $1.rowsAccepted }
    let checks = Self.findings(company, format: f)
    var head =
      "Read: \(MarkdownText.count(read, "row", format: f)), \(f.integer(used)) used, "
      + "\(f.integer(read - used)) skipped; "
    head +=
      checks.isEmpty
      ? "no finding to check first (the files were read, not audited: compare the headline "
        + "with the company's own books)."
      : "\(MarkdownText.count(checks.count, "finding", format: f)) to check first:"
    lines.append(head)
    for (i, check) in checks.enumerated() { lines.append("  \(i + 1). \(check)") }
    for file in dq.files {
      var line =
        "  \(file.file): \(f.integer(file.rowsRead)) rows read, \(f.integer(file.rowsAccepted)) accepted"
      if !file.ignoredColumns.isEmpty {
        line += "; ignored columns: \(NameList.shown(file.ignoredColumns))"
      }
      lines.append(line)
    }
    if let s = dq.imported {
      lines.append(
        "  imported (\(s.shape), values \(s.values)): \(f.integer(s.rowsRead)) rows read = "
          + "\(f.integer(s.rowsUsed)) used + \(f.integer(s.rowsSkipped)) skipped"
          + (s.rowsSkipped == 0
            ? ""
            : " ("
              + (MarkdownReport.skippedWords(s, format: f)
                ?? "title, totals and footnote lines included") + ")"))
      for skip in s.skipped.prefix(50) {
        lines.append("    \(skip.file):\(skip.line): \(skip.reason)")
      }
      if s.rowsSkipped > 50 { lines.append("    … and \(f.integer(s.rowsSkipped - 50)) more") }
      lines.append(
        "  inferred: contract type \(f.integer(s.inferredContractType)), billing cadence "
          + "\(f.integer(s.inferredBillingCadence)), start date "
          + "\(f.integer(s.inferredStartDate)), contract end "
          + "\(f.integer(s.inferredContractEndDate)); unknown: contract type "
          + "\(f.integer(s.unknownContractType)), billing cadence "
          + "\(f.integer(s.unknownBillingCadence))")
    }
    lines.append("  accounts: \(f.integer(company.accounts.count))")
    lines.append(
      "  months: \(f.integer(company.monthCount)) (\(company.firstMonth) to \(company.asOf))")
    if dq.rowsAfterAsOf > 0 {
      lines.append("  rows after the as-of month, left out: \(f.integer(dq.rowsAfterAsOf))")
    }
    if dq.skippedCount > 0 {
      lines.append(
        "  problems: \(f.integer(dq.skippedCount)) (MRR on skipped rows: \(dq.skippedMRR { f.moneyWithCents(cents: $0) } ?? "not added up"))"
      )
      for s in dq.skipped.prefix(50) { lines.append("    \(s.problem)") }
      if dq.skippedCount > 50 { lines.append("    … and \(f.integer(dq.skippedCount - 50)) more") }
    } else {
      lines.append("  problems: 0")
    }
    // The findings are listed first, above; the rest say how the files were read.
    for note in dq.notes.dropFirst(dq.findingCount) { lines.append("  note: \(note)") }
    text = lines.joined(separator: "\n") + "\n"
  }

  /// What to check before trusting any figure, most important first: rows skipped as bad data
  /// (`--lenient`), the importer's findings (amounts that look like cents, totals that differ,
  /// ``DataQuality/findingCount``), and a headline that moves with the import's ambiguous
  /// choices.
  static func findings(_ company: Company, format f: NumberFormat) -> [String] {
    let dq = company.dataQuality
    var out = [String]()
    if dq.skippedCount > 0 {
      out.append(
        "\(MarkdownText.count(dq.skippedCount, "row", format: f)) skipped as bad data "
          + "(--lenient), "
          + (dq.skippedMRR { f.moneyWithCents(cents: $0) }.map { "carrying \($0) of MRR: " }
            ?? "what they carried not added up: ")
          + "listed under problems below")
    }
    out += dq.notes.prefix(dq.findingCount)
    // Invoices typed into `mrr` read right and mean the wrong thing (session 18, findings lane).
    if let billings = Analysis.billingsInMRR(company, f: f) { out.append(billings.message) }
    if let s = dq.imported, s.ambiguousARRLow != s.ambiguousARRHigh {
      out.append(
        "headline ARR depends on ambiguous import choices: \(f.money(cents: s.ambiguousARRLow)) "
          + "to \(f.money(cents: s.ambiguousARRHigh)) if each went the other way (analyze's Data "
          + "quality section lists the choices)")
    }
    return out
  }
}
