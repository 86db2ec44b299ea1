extension MarkdownReport {
  /// One sentence of the executive summary, with how much it matters: findings sort by
  /// severity (critical first), then by weight (higher first).
  struct Finding: Sendable {
    /// How much a finding should worry the reader.
    enum Severity: String, Sendable, Comparable {
      case critical, warning, info

      /// Critical before warning before info.
      var rank: Int {
        switch self {
        case .critical: 0
        case .warning: 1
        case .info: 2
        }
      }

      static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    var severity: Severity = .info
    var weight: Double
    var text: String

    init(_ severity: Severity = .info, weight: Double, text: String) {
      self.severity = severity
      self.weight = weight
      self.text = text
    }
  }

  /// The step from headline to recurring ARR in words; usage billed below its 3-month average
  /// can make recurring exceed headline, which is said as such rather than as a negative amount.
  static func notRecurring(_ cents: Int64, _ f: NumberFormat) -> String {
    if cents == 0 { return "all of it is recurring" }
    return cents > 0
      ? "\(f.compactMoney(cents: cents)) is not recurring (trials, pilots, usage above its "
        + "3-month average)"
      : "recurring ARR is \(f.compactMoney(cents: -cents)) above it (usage billed below its "
        + "3-month average this month)"
  }

  /// The findings that matter most, most important first.
  ///
  /// Each candidate carries a weight on one scale: the share of headline ARR it is about (a gap
  /// of 20% of headline weighs 0.20), so that different kinds of finding compare fairly. A claim
  /// that counts one-time fees always comes first: it misstates the headline itself.
  /// - Complexity: O(accounts) (the largest account).
  static func findings(_ c: ReportContext) -> [Finding] {
    let f = c.f
    let m = c.metrics
    let s = c.scoring
    let headline = m.ladder.headline
    var out: [Finding] = []
    guard headline > 0 else {
      return [
        Finding(
          .critical, weight: 1,
          text: "No account pays recurring revenue in \(f.month(c.company.asOf)).")
      ]
    }
    func share(_ x: Int64) -> Double { Double(x) / Double(headline) }

    if m.reconciliation.isOneTimeInClaim, let claim = m.reconciliation.reportedARR {
      out.append(
        Finding(
          .critical, weight: 10,
          text:
            "The claimed ARR of \(f.compactMoney(cents: claim)) counts one-time fees: it equals "
            + "12 × (MRR + one-time revenue) of \(f.month(c.company.asOf)). Headline ARR (the MRR "
            + "run-rate) is \(f.compactMoney(cents: headline))."))
    }
    let dq = c.company.dataQuality
    if dq.skippedCount > 0 {
      // Skipped rows undercut every figure below, so the reader hears of them before the figures.
      let read = dq.files.reduce(0) { $0 + $1.rowsRead }
      out.append(
        Finding(
          .warning, weight: 5,
          text: "\(f.integer(dq.skippedCount)) of \(f.integer(read)) input rows were skipped "
            + "(`--lenient`) and are in no figure of this report; the skipped monthly rows carried "
            + "\(dq.skippedMRR { f.compactMoney(cents: $0) }) of MRR, summed over all their months. "
            + "Data quality lists them."))
    }
    if s.backtest == nil {
      // Without a year of outcomes nothing below is calibrated on this company: say so up front.
      let months = c.company.monthCount
      let source =
        s.configuredWeights.isDocumentedDefault ? "the documented defaults" : "the `--weights` file"
      out.append(
        Finding(
          .warning, weight: 4,
          text: "Only \(MarkdownText.count(months, "month", format: f)) of history: scores and "
            + "retention use \(source), not this company's own churn, and no "
            + "projection could be checked against a year of outcomes (that needs 13 months); "
            + "projected figures are \(ReportContext.priorsOnlyLabel)."))
    }
    let gap = headline - s.qualityAdjustedARR
    out.append(
      Finding(
        weight: max(share(gap), 0.001),
        text: "Quality-adjusted ARR is \(f.compactMoney(cents: s.qualityAdjustedARR)), "
          + "\(f.percent(share(s.qualityAdjustedARR))) of the \(f.compactMoney(cents: headline)) "
          + "headline: \(notRecurring(headline - m.ladder.recurring, f)) and "
          + "\(f.compactMoney(cents: s.arrAtRisk)) of recurring ARR is expected to be lost within "
          + "12 months."))
    let atRisk = s.classSummary[.atRisk]
    if atRisk.recurringARR > 0 {
      out.append(
        Finding(
          weight: share(atRisk.recurringARR) * 0.8,
          text:
            "The at-risk class holds \(MarkdownText.count(atRisk.accounts, "account", format: f)) "
            + "with \(f.compactMoney(cents: atRisk.recurringARR)) of recurring ARR "
            + "(\(f.percent(atRisk.arrShare))); the accounts with the largest expected loss and "
            + "their reasons are listed under Revenue quality."))
    }
    if let fc = c.forecast, let trailing = m.trailingRetention.ndr {
      let diff = fc.ndr - trailing
      if abs(diff) >= 0.03 {
        let direction = diff < 0 ? "below" : "above"
        out.append(
          Finding(
            diff < 0 ? .warning : .info, weight: abs(diff) * 0.9,
            text: "Mean projected NDR for the next 12 months is \(f.percent(fc.ndr)) "
              + "(median \(f.percent(fc.ndrRange.p50)), P10–P90 "
              + "\(f.percent(fc.ndrRange.p10))–\(f.percent(fc.ndrRange.p90))), "
              + "\(f.displayedPointsMagnitude(fc.ndr, minus: trailing)) points \(direction) the "
              + "trailing \(f.percent(trailing)) a founder would quote."))
      }
    }
    let conc = m.concentration
    if conc.top1 >= 0.10 {
      out.append(
        Finding(
          .warning, weight: conc.top1,
          text: "The largest account is \(f.percent(conc.top1)) of recurring ARR "
            + "(top 10: \(f.percent(conc.top10))); losing it alone would cost "
            + "\(f.compactMoney(cents: conc.top1ARR)) of ARR."))
    }
    let committedShare = share(m.ladder.committed)
    if committedShare < 0.5 {
      out.append(
        Finding(
          weight: (0.5 - committedShare) * 0.5,
          text: "Only \(f.percent(committedShare)) of headline ARR is committed (under a "
            + "contract term or usage minimum running past \(f.month(c.company.asOf)), no notice "
            + "given); the rest carries no commitment beyond this month."))
    }
    return out.sorted {
      $0.severity != $1.severity ? $0.severity < $1.severity : $0.weight > $1.weight
    }
  }
}
