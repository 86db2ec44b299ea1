extension MarkdownReport {
  /// One sentence of the executive summary, with how much it matters (higher first).
  struct Finding: Sendable {
    var weight: Double
    var text: String
  }

  /// The step from headline to recurring ARR in words; usage billed below its 3-month average
  /// can make recurring exceed headline, which is said as such rather than as a negative amount.
  static func notRecurring(_ cents: Int64, _ f: NumberFormat) -> String {
    cents >= 0
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
        Finding(weight: 1, text: "No account pays recurring revenue in \(f.month(c.company.asOf)).")
      ]
    }
    func share(_ x: Int64) -> Double { Double(x) / Double(headline) }

    if m.reconciliation.isOneTimeInClaim, let claim = m.reconciliation.reportedARR {
      out.append(
        Finding(
          weight: 10,
          text:
            "The claimed ARR of \(f.compactMoney(cents: claim)) counts one-time fees: it equals "
            + "12 × (MRR + one-time revenue) of \(f.month(c.company.asOf)). Recurring run-rate is "
            + "\(f.compactMoney(cents: headline))."))
    }
    let dq = c.company.dataQuality
    if dq.skippedCount > 0 {
      // Skipped rows undercut every figure below, so the reader hears of them before the figures.
      let read = dq.files.reduce(0) { $0 + $1.rowsRead }
      out.append(
        Finding(
          weight: 5,
          text: "\(f.integer(dq.skippedCount)) of \(f.integer(read)) input rows were skipped "
            + "(`--lenient`) and are in no figure of this report; the skipped monthly rows carried "
            + "\(f.compactMoney(cents: dq.skippedMRRCents)) of MRR, summed over all their months. "
            + "Data quality lists them."))
    }
    if s.backtest == nil {
      // Without a year of outcomes nothing below is calibrated on this company: say so up front.
      let months = c.company.monthCount
      let source =
        s.configuredWeights.isDocumentedDefault ? "the documented defaults" : "the `--weights` file"
      out.append(
        Finding(
          weight: 4,
          text: "Only \(MarkdownText.count(months, "month", format: f)) of history: scores and "
            + "retention use \(source), not this company's own churn, and no "
            + "projection could be checked against a year of outcomes (that needs 13 months)."))
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
          text: "\(MarkdownText.count(atRisk.accounts, "account", format: f)) holding "
            + "\(f.compactMoney(cents: atRisk.recurringARR)) of recurring ARR "
            + "(\(f.percent(atRisk.arrShare))) are at risk; their top reasons are listed under "
            + "Revenue quality."))
    }
    if let fc = c.forecast, let trailing = m.trailingRetention.ndr {
      let diff = fc.ndr - trailing
      if abs(diff) >= 0.03 {
        let direction = diff < 0 ? "below" : "above"
        out.append(
          Finding(
            weight: abs(diff) * 0.9,
            text: "Projected NDR for the next 12 months is \(f.percent(fc.ndr)) "
              + "(P10–P90 \(f.percent(fc.ndrRange.p10))–\(f.percent(fc.ndrRange.p90))), "
              + "\(f.number(abs(diff) * 100, decimals: 1)) points \(direction) the trailing "
              + "\(f.percent(trailing)) a founder would quote."))
      }
    }
    let conc = m.concentration
    if conc.top1 >= 0.10 {
      out.append(
        Finding(
          weight: conc.top1,
          text: "The largest account is \(f.percent(conc.top1)) of recurring ARR "
            + "(top 10: \(f.percent(conc.top10))); losing it alone would cost "
            + "\(f.compactMoney(cents: conc.top1ARR)) of ARR."))
    }
    let committedShare = share(m.ladder.committed)
    if committedShare < 0.5 {
      let unknown = m.ladder.unknownTerms
      out.append(
        Finding(
          weight: (0.5 - committedShare) * 0.5,
          text: "Only \(f.percent(committedShare)) of headline ARR is committed (annual or "
            + "multi-year terms and usage minimums still running, no notice given); "
            + (unknown == 0
              ? "the rest can leave within the year."
              : "\(f.compactMoney(cents: unknown)) (\(f.percent(share(unknown)))) has unknown "
                + "terms and may or may not be committed.")))
    }
    return out.sorted { $0.weight > $1.weight }
  }
}
