import ARRScoring

extension MarkdownReport {
  /// One glossary entry: the term as the report prints it, the abbreviations it stands for,
  /// and its definition in one or two sentences.
  struct GlossaryEntry: Sendable {
    var term: String
    var abbreviations: [String]
    var definition: String
    /// Other phrases whose use in the text calls for the entry (lower case).
    var alsoMatches: [String] = []

    /// The entry's heading: the term, then its abbreviations in brackets.
    var heading: String {
      abbreviations.isEmpty ? term : term + " (" + abbreviations.joined(separator: ", ") + ")"
    }
  }

  /// Every term and abbreviation the report can use, in reading order. The report prints the
  /// entries whose term or abbreviation its text uses; a test derives the abbreviations and
  /// defined terms from the report's own text and fails when one has no entry here.
  static let glossaryEntries: [GlossaryEntry] = [
    .init(
      term: "Annual recurring revenue", abbreviations: ["ARR"],
      definition: "12 × monthly recurring revenue; the report's money is annualised this way "
        + "unless a table says MRR."),
    .init(
      term: "Monthly recurring revenue", abbreviations: ["MRR"],
      definition: "An account's recurring revenue for one month; one-time fees are never MRR."),
    .init(
      term: "Headline ARR", abbreviations: [],
      definition: "12 × all MRR in the as-of month, every account included: the run-rate a deck "
        + "usually quotes."),
    .init(
      term: "Claimed ARR", abbreviations: [],
      definition: "The ARR the company says it has (company.json's reported ARR, or an imported "
        + "summary tab's ARR row), compared with headline ARR."),
    .init(
      term: "Recurring ARR", abbreviations: [],
      definition: "Headline ARR without trials and pilots, with usage-billed revenue at its "
        + "3-month average."),
    .init(
      term: "Committed ARR", abbreviations: [],
      definition: "Recurring ARR under a contract term, a period billed a year ahead or a "
        + "committed minimum ending in the as-of month or later (one ending in it is "
        + "at renewal now), no notice given; terms still end and renew within the year."),
    .init(
      term: "ARR with unknown terms", abbreviations: [],
      definition: "Recurring ARR of accounts whose contract type or billing cadence the data "
        + "does not say (imported files often do not): an unknown contract type counts as "
        + "committed only for a period billed a year ahead or a committed minimum; an unknown "
        + "cadence keeps its given contract type's commitment.",
      alsoMatches: ["unknown contract terms"]),
    .init(
      term: "Quality-adjusted ARR", abbreviations: [],
      definition: "Each account's recurring ARR × its probability of still paying in 12 months × "
        + "the share of it a staying account keeps, "
        + "summed."),
    .init(
      term: "Expected 12-month loss", abbreviations: [],
      definition: "Recurring ARR minus quality-adjusted ARR: the recurring ARR expected to leave "
        + "with accounts within 12 months, and to be lost to the contraction of accounts that "
        + "stay, over every class."),
    .init(
      term: classesTerm, abbreviations: [],
      definition: "The three risk classes, from the lowest risk score to the highest; the "
        + "at-risk class is the accounts most likely to leave.",
      alsoMatches: ["at-risk class", "wavering"]),
    .init(
      term: "Risk score", abbreviations: [],
      definition: "0–100 from contract, billing, usage, tenure, renewal, notice, seats, "
        + "integrations and payment signals: higher is more likely to leave within 12 months."),
    .init(
      term: "Net dollar retention", abbreviations: ["NDR"],
      definition: "MRR a year on of the accounts paying at the start, over their MRR then; "
        + "expansion counts, new accounts do not."),
    .init(
      term: "Gross dollar retention", abbreviations: ["GRR"],
      definition: "Like NDR, with each account capped at its starting MRR: only losses count."),
    .init(
      term: "Trailing NDR, GRR and logo retention", abbreviations: [],
      definition: "Measured on what happened over the last 12 months, for the accounts paying "
        + "12 months ago.",
      alsoMatches: ["trailing"]),
    .init(
      term: "Projected NDR, GRR and logo retention", abbreviations: [],
      definition: "What today's accounts are expected to keep over the next 12 months: the mean "
        + "(each account's outcome weighted by its probability of staying), with the median and "
        + "the P10–P90 range of simulated years beside it.",
      alsoMatches: ["projected"]),
    .init(
      term: "Logo retention", abbreviations: [],
      definition: "The share of accounts (logos) paying at the start that still pay a year on."),
    .init(
      term: "Mean, median and percentiles", abbreviations: ["P10", "P50", "P90"],
      definition: "The mean is the expected value: each account's outcome weighted by its "
        + "probability of staying. The median and percentiles come from many simulated years, "
        + "which also move every account's odds of leaving together: in 10% of them the figure "
        + "ends below P10, in half below P50 (the median), in 90% below P90. The mean is not "
        + "their average, so it can sit off the median.",
      alsoMatches: ["median", "(mean)"]),
    .init(
      term: "Priors only", abbreviations: [],
      definition: "A projection made from the documented defaults alone because the history is "
        + "shorter than 13 months: read its range, not its point."),
    .init(
      term: "Quick ratio", abbreviations: [],
      definition: "MRR gained (new, expansion, reactivation) ÷ MRR lost (contraction, churn) in "
        + "a period; above 4× is strong, below 1× shrinks."),
    .init(
      term: "Logo churn and net MRR churn rates", abbreviations: [],
      definition: "Per month: accounts lost ÷ accounts paying the month before; (churn + "
        + "contraction − expansion − reactivation) ÷ opening MRR.",
      alsoMatches: ["logo churn", "net mrr churn"]),
    .init(
      term: "Average revenue per account", abbreviations: ["ARPA"],
      definition: "Revenue ÷ paying accounts, per month or per year as the column says."),
    .init(
      term: "Average contract value", abbreviations: ["ACV"],
      definition:
        "Recurring ARR per account with recurring ARR, per year; it picks the benchmark band."),
    .init(
      term: "Business-to-business software as a service", abbreviations: ["B2B", "SaaS"],
      definition: "Software sold to companies by subscription, the population of the benchmarks."
    ),
    .init(
      term: "Calendar quarter", abbreviations: ["Q1", "Q2", "Q3", "Q4"],
      definition: "Q1 is January to March, Q2 April to June, Q3 July to September, Q4 October "
        + "to December."),
    .init(
      term: "Backtest", abbreviations: [],
      definition: "Scoring every account as of a year ago with only the data known then, and "
        + "comparing with what happened."),
    .init(
      term: "Area under the curve", abbreviations: ["AUC"],
      definition: "The chance that a random account that churned scored riskier than a random "
        + "one that stayed: 0.5 is chance, 1 is perfect."),
    .init(
      term: "Pooled retention", abbreviations: [],
      // One test for "chance" in the pricing, said as the point AUC, since the finding's
      // "too few to tell it from chance" judges the range (render review 38, R38-8).
      definition: "The company's own chance of staying a year, all classes together, from last "
        + "year's departures. Where last year's risk score had an AUC of 0.5 or less every class "
        + "is priced at it, and the class labels do not change quality-adjusted ARR; from 0.5 to "
        + "0.6 each class's own rate is blended with it, weighted by (AUC − 0.5) ÷ 0.1, so the "
        + "classes are priced apart as far as the point AUC supports, whatever its range.",
      alsoMatches: ["pooled rate", "priced pooled", "pooled retention"]),
    .init(
      term: "Lift", abbreviations: [],
      definition: "A class's churn rate ÷ the churn rate of all accounts scored: above 1× the "
        + "class churns more than average."),
    .init(
      term: "Calibration, Brier score and calibration error", abbreviations: [],
      definition: "Whether a risk score read as a churn probability comes true: the Brier score "
        + "is the mean squared gap between predicted and actual churn (0 is perfect; compare it "
        + "with predicting the base rate for all), the calibration error the average gap in "
        + "points between predicted and observed churn over the score bands.",
      alsoMatches: ["brier score", "calibration error"]),
    .init(
      term: "Cohort", abbreviations: [],
      definition: "The accounts that first paid in the same month, followed as they age."),
    .init(
      term: "Kaplan–Meier survival", abbreviations: [],
      definition: "The share of accounts still paying by months since their first payment, "
        + "counting accounts not yet that old only while observed (censored after).",
      alsoMatches: ["kaplan–meier"]),
    .init(
      term: "Shifted-beta-geometric model", abbreviations: ["sBG", "α", "β"],
      definition: "A retention curve in which each account has its own churn probability, drawn "
        + "from a beta distribution with parameters α and β (Fader & Hardie 2007)."),
    .init(
      term: "Lifetime value", abbreviations: ["LTV"],
      definition: "Margin-adjusted revenue an account is expected to bring over its life, "
        + "discounted."),
    .init(
      term: "Discounted expected lifetime and residual lifetime", abbreviations: ["DEL", "DERL"],
      definition: "Periods a new (DEL) or existing (DERL) account is expected to keep paying, "
        + "each discounted to today (Fader & Hardie 2010)."),
    .init(
      term: "Customer acquisition cost", abbreviations: ["CAC"],
      definition: "What winning one new account costs (company.json, or the mean of an imported "
        + "customer list's CAC column); LTV:CAC is LTV ÷ CAC."),
    .init(
      term: "JSON report", abbreviations: ["JSON"],
      definition: "The machine-readable report.json written beside this one, with every figure "
        + "under stable keys."),
    .init(
      term: "Herfindahl–Hirschman index", abbreviations: ["HHI"],
      definition: "The sum of squared percentage shares of recurring ARR: near 0 when spread, "
        + "10,000 for one account."),
  ]

  /// The entries the report's text uses: an abbreviation appearing as a word, or the term
  /// itself (case-insensitive).
  static func usedGlossaryEntries(in text: String) -> [GlossaryEntry] {
    let words = Set(GlossaryWords.abbreviations(in: text))
    let lower = text.lowercased()
    return glossaryEntries.filter { entry in
      entry.abbreviations.contains { words.contains($0) }
        || lower.contains(entry.term.lowercased())
        || entry.alsoMatches.contains { lower.contains($0) }
    }
  }

  /// The classes' entry, whose definition ends with the score bounds.
  static let classesTerm = "Retained, wavering and at-risk class"

  /// The pooled retention's entry, whose definition ends with the rate where every class is
  /// priced at it (session 35, render review 35, R35-14: movements' page one said "at the
  /// company's pooled retention" four times; the rate, 89.5% to stay, was in the Appendix only
  /// and the Glossary had no entry).
  static let pooledTerm = "Pooled retention"

  /// " Here every class is priced at it: 89.5% to stay.", or "" unless every class is priced
  /// at the pooled rate (``ScoringResult/isPricedPooled``).
  static func pooledRate(_ c: ReportContext) -> String {
    guard c.scoring.isPricedPooled, let rate = c.scoring.classRetention?.first else { return "" }
    return " Here every class is priced at it: \(c.percent(rate)) to stay."
  }

  static func glossary(_ c: ReportContext, body: String) -> String {
    var out = "## Glossary\n\n"
    for entry in usedGlossaryEntries(in: body) {
      // The classes' bounds are the weights' thresholds (a `--weights` file may move them), so
      // the entry gives them from the scoring, as Revenue quality does (render review 30,
      // R30-15: a reader who met "15" in two classes found no bound in the Glossary).
      let bounds =
        entry.term == classesTerm
        ? " By risk score: " + classBounds(c.scoring, c.format, isBold: false) + "."
        : entry.term == pooledTerm ? pooledRate(c) : ""
      out += "- **\(entry.heading)**: \(entry.definition)\(bounds)\n"
    }
    return out
  }
}

/// Finds the abbreviations in a text: words (letters and digits) with at least two capital
/// letters (`ARR`, `sBG`, `B2B`), a capital and one or two digits (`P10`, `Q1`), and the Greek
/// letters
/// the report uses for model parameters (`α`, `β`).
enum GlossaryWords {
  static func abbreviations(in text: String) -> [String] {
    var out: [String] = []
    var word = ""
    func flush() {
      defer { word = "" }
      guard word.count >= 2 else {
        if word == "α" || word == "β" { out.append(word) }
        return
      }
      let capitals = word.count { $0.isUppercase }
      let digits = word.count { $0.isNumber }
      let startsCapital = word.first?.isUppercase == true
      let isLetterAndDigits =
        startsCapital && capitals == 1 && digits == word.count - 1 && digits <= 2
      if capitals >= 2 || isLetterAndDigits {
        out.append(word)
      }
    }
    for ch in text {
      if ch.isLetter || ch.isNumber {
        word.append(ch)
      } else {
        flush()
      }
    }
    flush()
    return out
  }
}
