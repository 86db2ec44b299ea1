import ARRAnalysis

extension MarkdownReport {
  /// Page one's list of findings (the analysis concludes them; this only renders): every
  /// critical finding and the most important others, ``Finding/pageOneLimit`` at most, and
  /// how many more the Findings section lists.
  static func pageOneFindings(_ c: ReportContext) -> String {
    let page = Finding.pageOne(c.analysis.findings)
    var out = "**What matters most**\n\n"
    for (i, finding) in page.shown.enumerated() {
      out += "\(i + 1). \(finding.message)\n"
    }
    if page.more > 0 {
      out += "\n\(MarkdownText.count(page.more, "more finding", format: c.format)) "
      out += "\(page.more == 1 ? "is" : "are") listed under Findings.\n"
    }
    return out + "\n"
  }

  /// Every finding with its severity, most important first, numbered; the codes report.json
  /// gives them are in the Appendix (``jsonCodes(_:)``), not in the board's table.
  static func findingsSection(_ c: ReportContext) -> String {
    let findings = c.analysis.findings
    guard !findings.isEmpty else { return "" }
    var out = "## Findings\n\n"
    out += "Every finding, most important first.\n\n"
    // All text: left-aligned, or long sentences render ragged on the left.
    var table = MarkdownTable(["#", "Severity", "Finding"], rightAligned: [true, false, false])
    for (k, finding) in findings.enumerated() {
      table.append([c.format.integer(k + 1), finding.severity.rawValue, finding.message])
    }
    return out + table.markdown + "\n"
  }
}
