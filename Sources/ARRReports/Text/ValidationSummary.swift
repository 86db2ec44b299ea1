import ARRAnalysis
import ARRCore

/// What `arr-quality validate` prints for a company that loaded: rows read per file, accounts,
/// months, and the problems skipped in lenient mode.
public struct ValidationSummary: Sendable {
  public var text: String

  /// Summarises a loaded company.
  /// - Parameter company: The company as loaded.
  public init(_ company: Company) {
    let f = NumberFormat(currency: company.profile.currency)
    let dq = company.dataQuality
    var lines: [String] = []
    lines.append(
      dq.skippedCount == 0
        ? "OK: the input is valid."
        : "Loaded with \(f.integer(dq.skippedCount)) row(s) skipped (lenient).")
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
      if s.rowsSkipped > 50 { lines.append("    … and \(s.rowsSkipped - 50) more") }
      lines.append(
        "  inferred: contract type \(s.inferredContractType), billing cadence "
          + "\(s.inferredBillingCadence), start date \(s.inferredStartDate), contract end "
          + "\(s.inferredContractEndDate); unknown: contract type \(s.unknownContractType), "
          + "billing cadence \(s.unknownBillingCadence)")
    }
    lines.append("  accounts: \(f.integer(company.accounts.count))")
    lines.append("  months: \(company.monthCount) (\(company.firstMonth) to \(company.asOf))")
    if dq.rowsAfterAsOf > 0 {
      lines.append("  rows after the as-of month, left out: \(f.integer(dq.rowsAfterAsOf))")
    }
    if dq.skippedCount > 0 {
      lines.append(
        "  problems: \(f.integer(dq.skippedCount)) (MRR on skipped rows: \(dq.skippedMRR { f.moneyWithCents(cents: $0) }))"
      )
      for s in dq.skipped.prefix(50) { lines.append("    \(s.problem)") }
      if dq.skippedCount > 50 { lines.append("    … and \(dq.skippedCount - 50) more") }
    } else {
      lines.append("  problems: 0")
    }
    for note in dq.notes { lines.append("  note: \(note)") }
    text = lines.joined(separator: "\n") + "\n"
  }
}
