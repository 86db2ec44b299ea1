import ARRCore
import ARRMetrics
import ARRScoring

extension MarkdownReport {
  /// How many skipped rows the data-quality section lists one by one.
  static let skippedRowsListed = 20

  static func dataQuality(_ c: ReportContext) -> String {
    let f = c.format
    let dq = c.company.dataQuality
    var out = "## Data quality\n\n"
    var table = MarkdownTable(["File", "Rows read", "Rows used", "Rows skipped", "Columns ignored"])
    for file in dq.files {
      table.append([
        "`\(file.file)`", f.integer(file.rowsRead), f.integer(file.rowsAccepted),
        f.integer(file.rowsRead - file.rowsAccepted),
        file.ignoredColumns.isEmpty ? "none" : NameList.shown(file.ignoredColumns, quote: "`"),
      ])
    }
    out += table.markdown + "\n"
    out += imported(c)
    if dq.skippedCount > 0 {
      out += "\(MarkdownText.count(dq.skippedCount, "row", format: f)) skipped (`--lenient`), "
      out += "carrying \(dq.skippedMRR { f.moneyWithCents(cents: $0) }) of MRR (summed over "
      out += "every month of the skipped monthly rows):\n\n"
      for row in dq.skipped.prefix(skippedRowsListed) {
        out += "- `\(row.problem.description)`\n"
      }
      if dq.skippedCount > skippedRowsListed {
        out += "- … and \(f.integer(dq.skippedCount - skippedRowsListed)) more "
        out += "(all listed in report.json)\n"
      }
      out += "\n"
    } else if let s = dq.imported {
      // The import line above counts title, totals and footnote lines, void or draft invoices
      // and never-started subscriptions as skipped; "no row was skipped" right after it read as
      // a contradiction. What is meant: no row was rejected as bad data.
      if s.rowsSkipped == 0 {
        out += "No row was skipped or rejected.\n\n"
      } else if let kinds = skippedWords(s, format: f) {
        out += "No row was rejected as bad data: the lines skipped above (\(kinds)) are left out "
        out += "by design.\n\n"
      } else {
        out += "No row was rejected as bad data (the lines skipped above are titles, totals, "
        out += "footnotes, void or draft invoices, payments and never-started subscriptions, by "
        out += "design).\n\n"
      }
    } else {
      out += "No row was skipped.\n\n"
    }
    if dq.rowsAfterAsOf > 0 {
      out += "\(MarkdownText.count(dq.rowsAfterAsOf, "monthly row", format: f)) after the as-of "
      out += "month were left out.\n\n"
    }
    let unavailable = c.scoring.unavailableSignals
    out +=
      unavailable.isEmpty
      ? "Every scoring signal had its column.\n\n"
      : "Signals unavailable (their column is absent, so they count neither for nor against an "
        + "account): \(unavailable.map(signalWords).joined(separator: ", ")).\n\n"
    for note in dq.notes { out += "- \(note)\n" }
    if !dq.notes.isEmpty { out += "\n" }
    return out
  }

  /// Everything technical, after the body: the risk score's backtest, the sBG curves, every
  /// stress figure and the methodology.
  static func appendix(_ c: ReportContext) -> String {
    var out = "## Appendix\n\n"
    out += "The detail behind the figures above, for readers who want to check the method.\n\n"
    out += backtest(c)
    out += curves(c)
    if let s = c.stress, !s.scenarios.isEmpty {
      out += "### Every stress figure\n\n"
      out += StressMarkdown.figuresTables(s, format: c.format)
    }
    out += methodology(c)
    return out
  }

  /// One sentence or two per figure; the glossary defines the words, this says how each
  /// figure is computed.
  static let methodologyItems: [(String, String)] = [
    (
      "MRR",
      "the month's recurring revenue of an account, normalised to one month; one-time fees are never MRR."
    ),
    ("Headline ARR", "12 × all MRR in the as-of month: the run-rate a deck usually quotes."),
    (
      "Recurring ARR",
      "headline without active or expired trials and pilots, with pay-as-you-go usage at its trailing 3-month average."
    ),
    (
      "Committed ARR",
      "the recurring part under annual or multi-year terms, plus usage minimums, without accounts that gave notice or whose term lapsed: a commitment running past the as-of month, which may end and renew within the next year (the renewal calendar shows when)."
    ),
    (
      "Quality-adjusted ARR",
      "each account's recurring ARR × its probability of still paying in 12 months, summed."
    ),
    (
      "Expected 12-month loss",
      "recurring ARR minus quality-adjusted ARR (JSON key `arr_at_risk`), over every class."
    ),
    (
      "MRR bridge",
      "per account and month: new (first positive MRR), reactivation (positive again after a zero month), expansion and contraction (both positive, up or down), churn (positive to zero); it ties out to the cent."
    ),
    ("Quick ratio", "(new + expansion + reactivation) ÷ (contraction + churn)."),
    (
      "Trailing NDR / GRR",
      "accounts paying 12 months before as-of: their MRR now over their MRR then; GRR caps each account at its MRR then. Logo retention counts accounts still paying."
    ),
    (
      "Risk score and classes",
      "0–100 from contract, billing, usage trend, trial status, tenure, renewal, notice, seats, integrations, past-due and MRR trend; thresholds map it to the retained, wavering and at-risk classes."
    ),
    (
      "Backtest",
      "every account paying 12 months ago scored with only the data known then, and followed for 12 months; where there is enough history the signal weights are fitted to those outcomes (regularised logistic regression) and used only if they rank churners better than the default weights out of sample (5-fold cross-validation)."
    ),
    (
      "Projected NDR / GRR",
      "the accounts paying now, each kept with its retention probability, survivors expanding and contracting as last year's did; the mean and the P10, P50 and P90 of a seeded simulation."
    ),
    (
      "sBG curves",
      "the shifted-beta-geometric model (Fader & Hardie 2007), fitted by maximum likelihood on cohort survival."
    ),
    (
      "LTV",
      "margin-adjusted ARPA × discounted expected lifetime (DEL, new account) or residual lifetime (DERL, existing account), Fader & Hardie 2010; the naive figure is ARPA ÷ churn."
    ),
    (
      "Concentration",
      "share of recurring ARR in the largest 1, 5 and 10 accounts; HHI is the sum of squared percentage shares (0–10,000)."
    ),
  ]

  static func methodology(_ c: ReportContext) -> String {
    var out = "### Methodology\n\n"
    for (term, definition) in methodologyItems { out += "- **\(term)**: \(definition)\n" }
    out += "\nEach line is the short form of a definition in the arr-quality documentation, "
    out += "which also gives every default and its reason. Money is in "
    out += c.format.currencyCode.isEmpty ? "the company's currency" : c.format.currencyCode
    out += "; ratios are shown as percentages.\n\n"
    return out
  }
}
