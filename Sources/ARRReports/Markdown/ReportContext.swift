import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring
import ARRStress

/// What every part of the board report reads: the analysis, the company's number format, the
/// optional stress result, and which charts the bundle holds (so the text links only charts
/// that exist).
struct ReportContext: Sendable {
  let analysis: Analysis
  let format: NumberFormat
  let stress: StressResult?
  /// File names (`arr-walk.svg`) of the charts written beside the report; empty when the
  /// Markdown is printed alone.
  let chartNames: Set<String>
  /// The segments the report names one by one (``ListedSegments``).
  let segments: ListedSegments

  init(_ analysis: Analysis, stress: StressResult? = nil, chartNames: Set<String> = []) {
    self.analysis = analysis
    self.format = NumberFormat(currency: analysis.company.profile.currency)
    self.stress = stress
    self.chartNames = chartNames
    self.segments = ListedSegments(analysis.scoring.bySegment)
  }

  var company: Company { analysis.company }
  var metrics: CompanyMetrics { analysis.metrics }
  var scoring: ScoringResult { analysis.scoring }
  var projection: ProjectionResult? { analysis.projection }
  var forecast: RetentionForecast? { analysis.projection?.forecast }

  /// The company's name, or "the company".
  var companyName: String {
    guard let n = company.profile.name, !n.isEmpty else { return "the company" }
    return MarkdownText.escaped(n)
  }

  /// `![alt](charts/name)` followed by a blank line, or nothing when the chart is not in the
  /// bundle.
  func chartLink(_ chart: ReportChart.Name, alt: String) -> String {
    guard chartNames.contains(chart.fileName) else { return "" }
    return "![\(MarkdownText.escapeAlt(alt))](charts/\(chart.fileName))\n\n"
  }

  /// `part / whole` as a fraction, `nil` when the whole is zero.
  static func share(_ part: Int64, of whole: Int64) -> Double? {
    whole != 0 ? Double(part) / Double(whole) : nil
  }

  /// A fraction as a percentage, or "n/a".
  func percent(_ x: Double?) -> String { x.map { format.percent($0) } ?? "n/a" }

  /// Accounts paying recurring revenue at as-of.
  var recurringAccounts: Int { scoring.scores.count { $0.recurringARR > 0 } }

  /// Months of history a projection needs before it rests on the company's own churn (a
  /// backtest year plus its base month); shorter histories project from the priors alone.
  static let calibratedHistoryMonths = ProjectionBasis.calibratedHistoryMonths

  /// The label of every projected figure that rests on the documented priors alone, when the
  /// history is under 13 months.
  static let priorsOnlyLabel = "priors only — not enough history"

  /// The label of every projected figure that rests on the documented priors alone, with its
  /// cause: ``priorsOnlyLabel`` under 13 months of history; with more, no account paid in
  /// the backtest's base month, "priors only — no account paid in 2025-10, a year before the
  /// as-of month" (session 39, trial 37, T37-7: 24 months with that month inside a revenue gap
  /// read "not enough history").
  var priorsOnlyLabel: String {
    guard company.monthCount >= Self.calibratedHistoryMonths else { return Self.priorsOnlyLabel }
    return "priors only — no account paid in \(format.month(company.asOf.adding(months: -12))), "
      + "a year before the as-of month"
  }

  /// True when the history is too short for a backtest, so projections come from the priors.
  var isPriorsOnly: Bool {
    company.monthCount < Self.calibratedHistoryMonths || scoring.backtest == nil
  }

  /// Whether the analysis found that the data cannot show a price change (`no_price_history`):
  /// the bridge's expansion and contraction and trailing NDR are then not measured, and each
  /// place quoting them says so (review 13, F40).
  var isPriceHistoryUnmeasured: Bool {
    analysis.findings.contains { $0.code == .noPriceHistory || $0.code == .snapshotHistory }
  }

  /// Whether the analysis found that the data may list only today's customers
  /// (`survivors_only`): the rows resting on its retention then say which way they would move
  /// (trial 37, T37-1: a P10–P90 of 99.8%–100.0% and a 0.1% loss beside the critical finding
  /// saying there is no churn to learn from).
  var isSurvivorsOnly: Bool { analysis.findings.contains { $0.code == .survivorsOnly } }

  /// The clause a row resting on retention carries when the data may list survivors only:
  /// "an upper bound …" for quality-adjusted ARR and projected NDR and GRR, "a lower bound …"
  /// for the expected loss; `nil` otherwise.
  func survivorsCaveat(isLoss: Bool) -> String? {
    guard isSurvivorsOnly else { return nil }
    return (isLoss ? "a lower bound" : "an upper bound") + " if the data lists survivors only"
  }

  /// The last of the import's incomplete first months (``DataQuality/incompleteThrough``)
  /// when the trailing retention's base month is among them, else `nil`: trailing NDR and GRR
  /// then start from a base that may miss accounts billed before the data began. `nil` too
  /// when the base month precedes the data: the trailing figures are then n/a, not measured
  /// from an incomplete month (session 16, report: a 4-month import said "2025-09 falls in the
  /// import's first months, 2026-06 to 2026-09" beside "trailing n/a", and the retention
  /// chart's subtitle said so in place of "priors only").
  var incompleteTrailingBase: Month? {
    let base = metrics.trailingRetention.baseMonth
    guard let through = company.dataQuality.incompleteThrough, base >= company.firstMonth,
      base <= through
    else { return nil }
    return through
  }

  /// Committed ARR by renewal date.
  var committedRenewals: CommittedRenewals { metrics.committedRenewals }
}

/// Small text helpers for Markdown that GitHub, VS Code and pandoc render alike.
enum MarkdownText {
  /// Escapes the characters that would end an image's alt text or start emphasis.
  static func escapeAlt(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "[", "]", "*", "_", "`": out += "\\" + String(c)
      case "\n", "\r": out += " "
      default: out.append(c)
      }
    }
    return out
  }

  /// `1 account` / `3 accounts`.
  static func count(_ n: Int, _ noun: String, format f: NumberFormat) -> String {
    f.integer(n) + " " + noun + (n == 1 ? "" : "s")
  }
}
