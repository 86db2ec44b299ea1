/// The board-ready Markdown report (`report.md` in a bundle, `--format markdown` alone):
/// title and data line, an executive summary that fits one slide, then the ARR walk, revenue
/// quality, growth, retention, unit economics, concentration, benchmarks, stress, data quality
/// and a methodology appendix. GitHub-flavoured: pipe tables, no HTML; every number goes
/// through ``NumberFormat``. Where a figure cannot be computed the report says so in words.
public enum MarkdownReport {
  /// Renders the report.
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - stress: Stress scenarios run on the same company, for the stress section.
  ///   - charts: Charts written beside the report under `charts/` (linked where they belong);
  ///     empty when the report is printed alone.
  /// - Returns: Markdown text ending with a newline.
  /// - Complexity: O(accounts log accounts) (the most-at-risk list) + O(months²) (cohorts).
  public static func render(
    _ analysis: Analysis, stress: StressResult? = nil, charts: [ReportChart] = []
  ) -> String {
    let c = ReportContext(
      analysis, stress: stress, chartNames: Set(charts.map(\.name.fileName)))
    var out = header(c)
    out += summary(c)
    out += walk(c)
    out += revenueQuality(c)
    out += growth(c)
    out += retention(c)
    out += unitEconomics(c)
    out += concentration(c)
    out += benchmarks(c)
    out += stressSection(c)
    out += findingsSection(c)
    out += dataQuality(c)
    out += methodology(c)
    return out
  }

  static func header(_ c: ReportContext) -> String {
    let company = c.company
    let f = c.f
    var out = "# ARR quality report: \(c.company.profile.name ?? "company")\n\n"
    let currency = f.currencyCode.isEmpty ? "no currency given" : f.currencyCode
    out += "**Company:** \(c.companyName) · **As of:** \(f.longMonth(company.asOf)) "
    out += "(\(f.month(company.asOf))) · **Currency:** \(currency)\n\n"
    let monthly = company.dataQuality.files.first { $0.file.hasSuffix("monthly.csv") }
    out += "Rests on \(MarkdownText.count(company.accounts.count, "account", format: f))"
    let notStarted = c.scoring.scores.count { $0.status == .notStarted }
    if notStarted > 0 {
      out += " (\(f.integer(notStarted)) of them start after \(f.month(company.asOf)))"
    }
    if let monthly {
      out += " and \(f.integer(monthly.rowsAccepted)) monthly revenue rows"
    }
    out += " covering \(f.longMonth(company.firstMonth)) to \(f.longMonth(company.asOf)) "
    out += "(\(MarkdownText.count(company.monthCount, "month", format: f)))"
    out += company.profile.reportedARR != nil ? ", plus the company's claimed ARR" : ""
    out += ". Money is annualised recurring revenue (12 × monthly) unless a table says MRR.\n\n"
    return out
  }

  static func summary(_ c: ReportContext) -> String {
    let f = c.f
    let m = c.metrics
    let s = c.scoring
    let headline = m.ladder.headline
    var out = "## Executive summary\n\n"
    var table = MarkdownTable(["Figure", "Value", "Context"], rightAligned: [false, true, false])
    func ofHeadline(_ x: Int64) -> String {
      ReportContext.share(x, of: headline).map { f.percent($0) + " of headline" } ?? ""
    }
    table.append([
      "Headline ARR (run-rate)", f.compactMoney(cents: headline),
      "12 × all MRR in \(f.month(c.company.asOf))",
    ])
    if let claim = m.reconciliation.reportedARR {
      var note = "gap to headline " + f.signedCompactMoney(cents: claim - headline)
      if m.reconciliation.isOneTimeInClaim { note += "; counts one-time fees" }
      table.append(["Claimed ARR", f.compactMoney(cents: claim), note])
    }
    table.append([
      "Recurring ARR", f.compactMoney(cents: m.ladder.recurring), ofHeadline(m.ladder.recurring),
    ])
    table.append([
      "Committed ARR", f.compactMoney(cents: m.ladder.committed), ofHeadline(m.ladder.committed),
    ])
    table.append([
      "**Quality-adjusted ARR**", "**\(f.compactMoney(cents: s.qualityAdjustedARR))**",
      ofHeadline(s.qualityAdjustedARR),
    ])
    table.append([
      "ARR at risk", f.compactMoney(cents: s.arrAtRisk),
      "expected 12-month loss; "
        + (ReportContext.share(s.arrAtRisk, of: m.ladder.recurring).map { f.percent($0) } ?? "n/a")
        + " of recurring",
    ])
    let t = m.trailingRetention
    if let fc = c.forecast {
      // Without a backtest the projection is the priors' alone: said beside the range.
      let basis =
        fc.retentionSource == RetentionSource.classDefaults.rawValue
        ? "priors only — not enough history; " : ""
      table.append([
        "NDR, projected next 12 months", f.percent(fc.ndr),
        basis + "P10–P90 \(f.percent(fc.ndrRange.p10))–\(f.percent(fc.ndrRange.p90)); "
          + "trailing \(c.percent(t.ndr))",
      ])
      table.append([
        "GRR, projected next 12 months", f.percent(fc.grr),
        basis + "P10–P90 \(f.percent(fc.grrRange.p10))–\(f.percent(fc.grrRange.p90)); "
          + "trailing \(c.percent(t.grr))",
      ])
    } else {
      table.append(["NDR, trailing 12 months", c.percent(t.ndr), "no projection available"])
      table.append(["GRR, trailing 12 months", c.percent(t.grr), "no projection available"])
    }
    out += table.markdown + "\n"
    out += pageOneFindings(c)
    return out
  }
}
