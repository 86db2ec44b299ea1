import ARRAnalysis

extension MarkdownReport {
  /// The data-quality paragraph of an imported company: what was read and inferred, and the ARR
  /// that depends on ambiguous choices (empty for a native folder).
  static func imported(_ c: ReportContext) -> String {
    guard let s = c.company.dataQuality.imported else { return "" }
    let f = c.format
    var out =
      "**Imported** from \(s.sourceFiles.map { "`\($0)`" }.joined(separator: ", ")) "
      + "(\(s.shape), values read as \(s.values)): \(f.integer(s.rowsRead)) rows read, "
      + "\(f.integer(s.rowsUsed)) used, \(f.integer(s.rowsSkipped)) skipped (title, totals and "
      + "footnote lines included). Inferred, not given: contract type for "
      + "\(f.integer(s.inferredContractType)) accounts, billing cadence for "
      + "\(f.integer(s.inferredBillingCadence)), start date for \(f.integer(s.inferredStartDate)), "
      + "contract end for \(f.integer(s.inferredContractEndDate)); still unknown: contract type "
      + "for \(f.integer(s.unknownContractType)), billing cadence for "
      + "\(f.integer(s.unknownBillingCadence)).\n\n"
    if s.ambiguousARRLow != s.ambiguousARRHigh {
      out +=
        "Headline ARR depends on ambiguous choices: \(f.moneyWithCents(cents: s.ambiguousARRLow)) "
        + "to \(f.moneyWithCents(cents: s.ambiguousARRHigh)) if each went the other way.\n\n"
    }
    if s.deferredCents != 0 {
      out +=
        "Billed but not yet earned at the as-of month: \(f.moneyWithCents(cents: s.deferredCents)).\n\n"
    }
    if !s.rules.isEmpty {
      var table = MarkdownTable(["Rule", "Accounts", "Headline ARR"])
      for r in s.rules {
        table.append(["`\(r.rule)`", f.integer(r.accounts), f.moneyWithCents(cents: r.arrCents)])
      }
      out += table.markdown + "\n"
    }
    return out
  }
}
