import ARRProjection

extension ReportContext {
  /// What projected NDR, GRR and logo retention rest on when no backtest calibrated the churn,
  /// in the words of the summary's cells, or `nil` when one did (docs/report-style.md,
  /// "What a projection rests on").
  ///
  /// The stay probabilities are then the documented class defaults, but expansion and
  /// contraction blend the survivors' own movement over the window with the documented
  /// defaults by n_eff ÷ (n_eff + 20) (docs/projection.md, "Survivor movement"): "priors only"
  /// is said only when none of the figure is the company's (session 17, report: a 12-month
  /// import's NDR read "priors only" though most of its expansion and contraction were its own).
  /// - "priors only — not enough history" when the rates are the defaults alone (a window under
  ///   3 months, or no survivor);
  /// - "churn from the documented class defaults (too little history to calibrate it);
  ///   expansion and contraction not measured (see Findings)" when the data cannot show a
  ///   price change (`no_price_history`: its zeros measure nothing);
  /// - else "churn from the documented class defaults (too little history to calibrate it);
  ///   expansion and contraction weighted 38.5% on the last 11 months' own movement, 61.5% on
  ///   the documented defaults", the weight being the all-accounts movement's
  ///   ``SurvivorMovement/ownWeight``.
  ///
  /// The case is ``ProjectionBasis``, whose code report.json gives (`projection_basis`).
  var projectionBasis: String? {
    guard let basis = ProjectionBasis(analysis) else {
      return isPriorsOnly ? priorsOnlyLabel : nil
    }
    let churn = "churn from the documented class defaults (too little history to calibrate it)"
    switch basis {
    case .backtestCalibrated: return nil
    case .priorsOnly: return priorsOnlyLabel
    case .defaultChurnUnmeasuredMovement:
      return churn + "; expansion and contraction not measured (see Findings)"
    case .defaultChurnBlendedMovement(let ownWeight, let windowMonths):
      let months = MarkdownText.count(windowMonths, "month", format: format)
      let window = windowMonths == 12 ? "the last year's" : "the last " + months + "'"
      // The weight first, named as one (session 27, t27b lane; trial 25, T25-5: "expansion and
      // contraction 4.8% from the last 7 months" read as an expansion rate).
      return churn + "; expansion and contraction weighted \(format.percent(ownWeight)) on "
        + "\(window) own movement, \(format.percent(1 - ownWeight)) on the documented defaults"
    }
  }

  /// "unproven: 8 months of history, no year of outcomes to check it against" when the
  /// `short_history` finding holds (under 13 months of revenue history, so the survivors'
  /// movement spans under 12 months and no projection was checked against a year of outcomes),
  /// else `nil`: the summary's projected NDR and GRR lead with it (session 27, t27b lane;
  /// trial 25, T25-4: a projected NDR of 186.7% from 7 months of doubling MRR stood on page one
  /// with no such word).
  var unprovenProjection: String? {
    guard analysis.findings.contains(where: { $0.code == .shortHistory }) else { return nil }
    let months =
      metrics.cohorts.cohorts.first.map {
        min(company.asOf.months(since: $0.startMonth) + 1, company.monthCount)
      } ?? company.monthCount
    return "unproven: \(MarkdownText.count(months, "month", format: format)) of history, no year "
      + "of outcomes to check it against"
  }

  /// ``projectionBasis`` as the start of a sentence (a chart's subtitle), or `nil`.
  var projectionBasisSentence: String? {
    projectionBasis.map { $0.prefix(1).uppercased() + $0.dropFirst() }
  }
}
