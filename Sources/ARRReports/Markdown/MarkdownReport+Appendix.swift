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
    // Counts right-aligned, the list of column names left-aligned like other text.
    var table = MarkdownTable(
      ["File", "Rows read", "Rows used", "Rows skipped", "Columns ignored"],
      rightAligned: [false, true, true, true, false])
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
      if let mrr = dq.skippedMRR({ f.moneyWithCents(cents: $0) }) {
        out += "carrying \(mrr) of MRR (summed over every month of the skipped monthly rows):\n\n"
      } else {
        out +=
          "what they carried not added up as MRR (some are no monthly MRR row, or their "
          + "amount could not be read):\n\n"
      }
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
    if !dq.notes.isEmpty {
      out += "Notes on how the files were read:\n\n"
      let files = dq.files.map(\.file) + (dq.imported?.sourceFiles ?? [])
      for note in dq.notes {
        out +=
          "- \(absentColumnNote(note, c) ?? noteSentence(noteWords(note), files: files))\n"
      }
      out += "\n"
    }
    return out
  }

  /// The loaders' note for data without a usage column (docs/input.md).
  static let usageAbsent = "usage column absent"

  /// ``usageAbsent`` as a sentence naming the file it speaks of and what it means (session 17,
  /// report: "Usage column absent." named no file): the monthly revenue file of a company
  /// folder, the files read of an import.
  /// "`monthly.csv` has no usage column (units used per month), so the usage signals count
  /// neither for nor against an account."
  static func usageNote(_ c: ReportContext) -> String {
    revenueFilesHave(c) + " no usage column (units used per month), so the usage signals count "
      + "neither for nor against an account."
  }

  /// The loaders' note for data without a one_time column (docs/input.md).
  static let oneTimeAbsent = "one_time column absent"

  /// The loaders' absent-column notes as sentences naming the file and what the absence means;
  /// `nil` for any other note. The one_time note read "One_time column absent." beside the
  /// usage note's full sentence (trial 37, T37-10).
  static func absentColumnNote(_ note: String, _ c: ReportContext) -> String? {
    switch note {
    case usageAbsent: return usageNote(c)
    case oneTimeAbsent:
      return revenueFilesHave(c) + " no one_time column (fees charged once), so no revenue in "
        + "it is set apart as one-time."
    default: return nil
    }
  }

  /// "`monthly.csv` has", or the files read of an import: the subject of an absent-column note.
  static func revenueFilesHave(_ c: ReportContext) -> String {
    let dq = c.company.dataQuality
    let files: [String]
    if let s = dq.imported {
      files = s.sourceFiles
    } else {
      files = dq.files.map(\.file).filter { $0.hasSuffix("monthly.csv") }
    }
    let named = files.map { "`\($0)`" }
    let subject: String
    switch named.count {
    case 0: subject = "The revenue data has"
    case 1: subject = named[0] + " has"
    default: subject = named.dropLast().joined(separator: ", ") + " and " + named.last! + " have"
    }
    return subject
  }

  /// A note with the codes an importer wrote in it said in words, as the report names rules
  /// everywhere else (words, not codes): an import rule's code in code type becomes its words
  /// in quotes, and "priced in ambiguous_arr" becomes "priced in the headline's range"; the codes
  /// stay in report.json and the Appendix's codes table. (Session 15, report: a billings note
  /// printed `monthly_spike_one_time` in the body.)
  static func noteWords(_ note: String) -> String {
    var text = note.replacing("priced in ambiguous_arr", with: "priced in the headline's range")
    var out = ""
    // Each code-type span: a known rule's code is replaced, anything else kept as written.
    while let open = text.firstIndex(of: "`") {
      out += text[..<open]
      let rest = text[text.index(after: open)...]
      guard let close = rest.firstIndex(of: "`") else {
        out += text[open...]
        text = ""
        break
      }
      let code = String(rest[..<close])
      let words = ruleWords(code)
      out += words == code ? "`\(code)`" : "“\(words)”"
      text = String(rest[rest.index(after: close)...])
    }
    return out + text
  }

  /// A data-quality note as a sentence of a list: a leading file name in code type (the
  /// longest of `files` the note starts with), the first word after its label capitalised, a
  /// full stop at the end. `"a.csv: the totals row equals the column sums"` → "`a.csv`: The
  /// totals row equals the column sums."; `"usage column absent"` → "Usage column absent.";
  /// `"a.csv columns kept as activity: logins"` → "`a.csv` columns kept as activity: logins.".
  static func noteSentence(_ note: String, files: [String]) -> String {
    var head = ""
    var rest = Substring(note)
    var startsSentence = true
    if let file = files.filter({ !$0.isEmpty && note.hasPrefix($0) }).max(by: {
      $0.count < $1.count
    }) {
      head = "`\(file)`"
      rest = rest.dropFirst(file.count)
      // "file: text" or "file, part: text": the label runs to the first colon. Otherwise the
      // file is the subject ("file columns kept as …: logins"), and what follows a later colon
      // is data (column names), kept as written.
      if rest.first == ":" || rest.first == ",", let colon = rest.firstIndex(of: ":") {
        head += rest[..<rest.index(after: colon)]
        rest = rest[rest.index(after: colon)...]
      } else {
        startsSentence = false  // "file holds macros": the file is the subject
      }
      let spaces = rest.prefix { $0 == " " }
      head += spaces
      rest = rest.dropFirst(spaces.count)
    }
    var body = String(rest)
    if startsSentence, let first = body.first, first.isLowercase {
      body = first.uppercased() + body.dropFirst()
    }
    if let last = body.last, !".!?".contains(last) { body += "." }
    return head + body
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
    out += jsonCodes(c)
    return out
  }

  /// The one place the Markdown gives codes: what report.json calls the findings shown (by
  /// their number in the Findings table), the import rules and the expected 12-month loss, for
  /// a reader matching the two. The body names each in words.
  static func jsonCodes(_ c: ReportContext) -> String {
    var table = MarkdownTable(
      ["In this report", "Code in report.json"], rightAligned: [false, false])
    for (k, finding) in c.analysis.findings.enumerated() {
      table.append(["Finding \(c.format.integer(k + 1))", "`\(finding.code.rawValue)`"])
    }
    if let s = c.company.dataQuality.imported {
      let shown = s.rules.map(\.rule).filter { $0 != "start_from_first_revenue" }
      let ordered =
        rhythmRules.filter(shown.contains) + shown.filter { !rhythmRules.contains($0) }.sorted()
      for rule in ordered { table.append(["Import rule: \(ruleWords(rule))", "`\(rule)`"]) }
    }
    table.append(["Expected 12-month loss", "`arr_at_risk`"])
    var out = "### Codes in report.json\n\n"
    let rules = c.company.dataQuality.imported == nil ? "" : ", import rule"
    out += "The JSON report (report.json in the bundle) names each finding\(rules) and figure by a "
    out += "code that stays the same from version to version; the report above names them in "
    out += "words. Those in this report:\n\n"
    return out + table.markdown + "\n"
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
      "the recurring part under annual or multi-year terms, plus committed minimums (usage minimums, and an imported subscription's periods billed a year ahead), without accounts that gave notice or whose term lapsed: a commitment ending in the as-of month or later (one ending in it is at renewal now), which may end and renew within the next year (the renewal calendar shows when)."
    ),
    (
      "Quality-adjusted ARR",
      "each account's recurring ARR × its probability of still paying in 12 months × the share of it a staying account keeps, summed."
    ),
    (
      "Expected 12-month loss",
      "recurring ARR minus quality-adjusted ARR, over every class."
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
      "the accounts paying now, each kept with its retention probability, survivors expanding and contracting as last year's did, blended with documented priors by the weight of that evidence; the mean (each account's outcome weighted by its retention probability) and the P10, P50 and P90 of a seeded simulation that also moves every account's odds of leaving together."
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
    if c.analysis.company.profile.isCurrencyAssumed { out += " (assumed: the data names none)" }
    out += "; ratios are shown as percentages.\n\n"
    return out
  }
}
