import ARRAnalysis
import ARRProjection

extension ReportContext {
  /// What quality-adjusted ARR and the expected 12-month loss rest on when it is not the
  /// company's own ranked churn, in the words of the summary table's context cells, or `nil`
  /// when the risk score was backtested and ranks churners.
  ///
  /// Both figures are sums over the accounts' retention probabilities, so they share one
  /// caveat (session 16, report: the render review found the loss row and the ARR walk chart,
  /// the two things a deck copies from page one, quoting the figures plainly while the
  /// findings called them weakly supported or resting on the priors alone).
  /// - "priors only — not enough history: rests on the documented default retention by class"
  ///   when no backtest calibrated the score (the projections' label; the stress chart's words);
  /// - "unsupported: the risk score ranks churners worse than chance (see Findings)" when the
  ///   score's out-of-sample AUC is under 0.5;
  /// - "weakly supported: the risk score barely ranks churners (see Findings)" when it is under
  ///   0.6, or another of ``WeakRiskScore/shortReason(_:)``'s reasons when last year's evidence
  ///   otherwise falls short (`poor_discrimination`, ``Analysis/weakRiskScore(_:)``);
  /// - "likely overstated: no signal in the data can reach the at-risk class (see Findings)"
  ///   under `risk_signals_missing` (``Analysis/isAtRiskOutOfReach(_:)``); with one of the
  ///   reasons above, both in one caveat: "weakly supported and likely overstated: the risk
  ///   score barely ranks churners, and no signal in the data can reach the at-risk class (see
  ///   Findings)" (render review 32, R32-5: billings and movements kept only "weakly
  ///   supported", which says the figure is uncertain, not which way it is likely wrong).
  var qualityCaveat: String? {
    guard !isPriorsOnly, let miss = statedRetentionMiss else {
      return caveat(direction: "overstated")
    }
    // Built on the probabilities GRR sums: last year's miss of GRR is this figure's too
    // (render review 38, R38-5), in either direction and whatever else the row says, and the
    // row opens with its verdict (render review 40, R40-1: "Quality-adjusted ARR is last
    // year's GRR projection ran 8.8 points high" on ai-hypergrowth's walk chart; R40-3:
    // stripe's 5.4 points low reached no row). Missing signals say overstated: against a GRR
    // that ran low, either way. The miss in the GRR row's words, "over/under realised" (render
    // review 40, R40-10: "ran 8.8 points high" one row above "8.8 points over realised").
    let lean = lean(after: miss, ifHigh: "likely overstated", ifLow: "likely understated")
    let missWords =
      "last year's GRR projection was \(miss.points) points "
      + "\(miss.isUnder ? "under" : "over") realised"
    return (caveat(direction: "overstated", lean: lean).map { $0 + "; " } ?? lean + ": ")
      + missWords
  }

  /// The direction last year's GRR `miss` gives a figure built on the retention
  /// probabilities: `ifHigh` when GRR was projected too high, `ifLow` when too low, and "may be
  /// off either way" when it ran low beside missing signals, which point the other way
  /// (quality-adjusted ARR and the loss take opposite words; render review 40, R40-3).
  private func lean(after miss: LastYearsProjection, ifHigh: String, ifLow: String) -> String {
    !miss.isUnder ? ifHigh : isOverstatedForWantOfSignals ? "may be off either way" : ifLow
  }

  /// ``qualityCaveat`` with the direction the out-of-reach at-risk class moves the figure:
  /// "overstated" for quality-adjusted ARR, "understated" for the expected loss.
  /// `lean` replaces "likely overstated" where the figure's backtest points the other way, and
  /// joins a weak score's word ("weakly supported and likely understated") where a backtest
  /// miss gives the figure a direction of its own.
  private func caveat(direction: String, lean: String? = nil) -> String? {
    if isPriorsOnly {
      return priorsOnlyLabel + ": " + Self.priorsOnlyQualityDetail
    }
    let isOutOfReach = isOverstatedForWantOfSignals
    let leaning = lean ?? "likely \(direction)"
    guard let weak = Analysis.weakRiskScore(scoring) else {
      return isOutOfReach ? leaning + ": " + outOfReach : nil
    }
    guard isOutOfReach else {
      return "\(weak.word)" + (lean.map { " and " + $0 } ?? "")
        + ": \(weak.shortReason(format)) (see Findings)"
    }
    return "\(weak.word) and \(leaning): \(weak.shortReason(format)), and " + outOfReach
  }

  /// True when quality-adjusted ARR is unsupported: the risk score ranked last year's churners
  /// worse than chance (`poor_discrimination` under an AUC of 0.5). The summary then prints
  /// the figure plain, "$41.7M (unsupported)", and the walk chart's title says it too (render
  /// review 28, R28-12: movements kept the figure its own words said not to quote as the bold
  /// key figure).
  var isQualityUnsupported: Bool {
    !isPriorsOnly && Analysis.weakRiskScore(scoring)?.isUnsupported == true
  }

  /// True when quality-adjusted ARR is likely overstated for want of signals: no account can
  /// reach the at-risk class (``Analysis/isAtRiskOutOfReach(_:)``) and the classes are priced
  /// apart, or the missing signals include the cancellation notice. Priced at the pooled rate
  /// (``ScoringResult/isPricedPooled``), the accounts that would be at risk are priced as they
  /// would be there (render review 33, R33-1), but a notice would price its account to leave
  /// whatever the class (``ScoringResult/isNoticeMissing``; session 34's review).
  var isOverstatedForWantOfSignals: Bool {
    Analysis.isAtRiskOutOfReach(scoring) && (!scoring.isPricedPooled || scoring.isNoticeMissing)
  }

  /// The expected 12-month loss row's caveat: ``qualityCaveat``, except that under
  /// `risk_signals_missing` the loss is "likely understated" (quality-adjusted ARR overstated
  /// by the same accounts priced outside the at-risk class). With both caveats the row right
  /// under quality-adjusted ARR's points to its reasons, "weakly supported and likely
  /// understated, for the reasons above" (page one's budget: the data rooms' page ones are
  /// within 100 characters of 4,000).
  var lossCaveat: String? {
    guard !isPriorsOnly, let miss = statedRetentionMiss else {
      guard !isPriorsOnly, let weak = Analysis.weakRiskScore(scoring), isOverstatedForWantOfSignals
      else { return caveat(direction: "understated") }
      return weak.word + " and likely understated, for the reasons above"
    }
    // The loss is the complement of the probabilities GRR sums: last year's GRR too high, the
    // loss too low, and the other way round (render review 38, R38-5; render review 40,
    // R40-3); missing signals say understated, so a GRR that ran low leaves it either way.
    let lean = lean(after: miss, ifHigh: "likely understated", ifLow: "likely overstated")
    return (Analysis.weakRiskScore(scoring).map { $0.word + " and " } ?? "") + lean
      + ", for the reasons above"
  }

  /// Why quality-adjusted ARR is likely overstated under `risk_signals_missing`, for the
  /// summary rows and the walk chart (render review 30, R30-5: page one's finding said so, the
  /// bold row and the chart a deck copies did not). Under `poor_discrimination` too, the row
  /// gives both (render review 32, R32-5).
  private var outOfReach: String { reachWords + " (see Findings)" }

  /// What the data lacks, for ``outOfReach``: under pooled pricing only the notice matters.
  private var reachWords: String {
    scoring.isPricedPooled
      ? "the data holds no cancellation notice"
      : "no signal in the data can reach the at-risk class"
  }

  /// The projected NDR (`net`) or GRR row's share of ``qualityCaveat`` when the risk score
  /// barely ranks churners (`poor_discrimination`), short (page one is full): "weakly
  /// supported, like the expected loss above", or "unsupported, …" under an AUC below 0.5;
  /// `nil` when nothing below holds, and under priors only, whose rows already say what they
  /// rest on (``projectionBasis``). The projection sums the very retention probabilities the
  /// loss does (1 − mean projected GRR and the loss can come out equal), so one row may not
  /// read as measured beside the other (session 29; render review 28, R28-6: plg-smb's loss of
  /// 38.0% was "weakly supported", its projected GRR of 62.0% bare).
  ///
  /// Under `risk_signals_missing` the rows are likely overstated as quality-adjusted ARR is
  /// (the accounts that would be at risk are priced as staying): "likely overstated, like
  /// quality-adjusted ARR above", or with a weak score "weakly supported and likely
  /// overstated, as above" (render review 32, R32-4). That direction word stands only where the
  /// figure's own backtest does not contradict it: where last year's projection of the figure
  /// came in under what was realised (``lastYearsProjection(net:)``), the row names both
  /// directions, "missing signals would lower it, but last year's was 47.5 points under
  /// realised" (session 35, render review 35, R35-3: movements' projected NDR read "likely
  /// overstated" while last year's had erred 47.5 points low); the GRR row under it, when both
  /// clauses would be the same kind (under, each inside its range), reads "as for NDR above",
  /// and otherwise gives its own (review 35, finding 4: NDR's "outside its range" was carried
  /// to a GRR inside its own).
  ///
  /// Where what was realised lay outside last year's own P10–P90 the row says so: "; last
  /// year's was 15.2 points under realised, outside its range (see Findings)", or ", outside
  /// its range (see Findings)" after the clause above (session 35, R35-2: ai-hypergrowth's rows
  /// printed a range that had failed, with no word; review 35, finding 4: the pointer was
  /// dropped after the clause).
  func projectionCaveat(net: Bool) -> String? {
    guard !isPriorsOnly else { return nil }
    let weak = Analysis.weakRiskScore(scoring)
    let last = lastYearsProjection(net: net)
    var parts: [String] = []
    var isLastYearSaid = false
    if isOverstatedForWantOfSignals {
      // GRR's clause the same as NDR's above it (both under, both inside their ranges): said
      // once (page one's budget; the miss of each is in the `projection_missed` finding). With
      // NDR outside its range and GRR inside, GRR says its own clause: "as for NDR above"
      // carried NDR's "outside its range" to a GRR inside its own (review 35, finding 4:
      // movements' GRR realised 89.1%, inside last year's 72.5%–94.7%).
      if !net, let last, last.isUnder, !last.isOutside,
        let ndr = lastYearsProjection(net: true), ndr.isUnder, !ndr.isOutside
      {
        return "as for NDR above"
      }
      if let last, last.isUnder {
        let missing = scoring.isPricedPooled ? "missing notices" : "missing signals"
        parts.append(
          (weak.map { $0.word + "; " } ?? "") + missing
            + " would lower it, but last year's was \(last.points) points under realised"
            + (last.isOutside ? ", outside its range (\(lastYearsProjectionPointer))" : ""))
        isLastYearSaid = true
      } else {
        parts.append(
          weak.map { $0.word + " and likely overstated, as above" }
            ?? "likely overstated, like quality-adjusted ARR above")
      }
    } else if let weak {
      parts.append(weak.word + ", like the expected loss above")
    }
    if let last, last.isOutside, !isLastYearSaid {
      parts.append(
        "last year's was \(last.points) points \(last.isUnder ? "under" : "over") realised, "
          + "outside its range (\(lastYearsProjectionPointer))")
    } else if let last, !isLastYearSaid, last.isStated {
      // Each row states its own miss from 3 points, inside its range too (render review 38,
      // R38-5: ai-hypergrowth's GRR row was bare beside an 8.8-point over-projection).
      parts.append(
        "last year's was \(last.points) points \(last.isUnder ? "under" : "over") realised")
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// The projected NDR and GRR rows' caveats as one sentence for the charts that draw them
  /// (retention outlook, stress retention): "Projections weakly supported: the risk score
  /// barely ranks churners", and "fitted on the import's chosen readings only" when the rows
  /// say so; `nil` when none holds, and under priors only, whose subtitle says what they
  /// rest on (render review 30, R30-12).
  ///
  /// Under `risk_signals_missing`: "Projections likely overstated: no signal in the data can
  /// reach the at-risk class", joined to the weak score's reason when both hold (render review
  /// 32, R32-4: workbook's retention-outlook and stress-retention charts were bare); where last
  /// year's projection of NDR or GRR came in under what was realised, both directions, as the
  /// rows say them (``projectionCaveat(net:)``): "Projections may be off either way: missing
  /// signals would lower them, but last year's were under realised (NDR by 3.5 points)", with
  /// "outside its P10–P90" beside a figure whose range failed (session 35, R35-3). Where what
  /// was realised lay outside last year's own P10–P90 and is not said so: "Last year's
  /// projected NDR was 15.2 points under realised, outside its P10–P90: read the range as
  /// too narrow" (session 35, R35-2). Four lines of a chart's subtitle hold
  /// this and the trailing base's caveat after it.
  var projectionCaveatSentence: String? {
    guard !isPriorsOnly else { return nil }
    let isOutOfReach = isOverstatedForWantOfSignals
    let years = [true, false].compactMap { lastYearsProjection(net: $0) }
    let unders = isOutOfReach ? years.filter { $0.isUnder } : []
    var parts: [String] = []
    if let weak = Analysis.weakRiskScore(scoring) {
      parts.append(
        isOutOfReach && unders.isEmpty
          ? "\(weak.word) and likely overstated: \(weak.shortReason(format)), and \(reachWords)"
          : "\(weak.word): \(weak.shortReason(format))")
    } else if isOutOfReach && unders.isEmpty {
      parts.append("likely overstated: " + reachWords)
    }
    if !unders.isEmpty {
      let missing = scoring.isPricedPooled ? "missing notices" : "missing signals"
      parts.append(
        (parts.isEmpty ? "may be off either way: " : "") + missing
          + " would lower them, but last year's were under realised ("
          + unders.enumerated().map { i, y in
            "\(y.name) by \(y.points)" + (i == 0 ? " points" : "")
              + (y.isOutside ? ", outside its P10–P90" : "")
          }.joined(separator: "; ") + ")")
    }
    if MarkdownReport.ambiguousRangeWords(self) != nil {
      parts.append("fitted on the import's chosen readings only")
    }
    var sentences = parts.isEmpty ? [] : ["Projections " + parts.joined(separator: "; ")]
    // A range that failed, not said above (render review 35, R35-2), then a miss of 3 points
    // or more inside its range, as the rows state it (render review 40, R40-3: ai-hypergrowth's
    // charts gave NDR's miss, not GRR's 8.8 points over), in one sentence: a chart's subtitle
    // has four lines (``ChartCanvas/subtitleLines``).
    let outside = years.filter { $0.isOutside && !unders.contains($0) }
    let stated = years.filter { !$0.isOutside && $0.isStated && !unders.contains($0) }
    func direction(_ y: LastYearsProjection) -> String { y.isUnder ? "under" : "over" }
    var misses: [String] = []
    if !outside.isEmpty {
      misses.append(
        outside.map { "\($0.name) was \($0.points) points \(direction($0)) realised" }
          .joined(separator: " and ") + ", outside its P10–P90: read the range as too narrow")
    }
    for y in stated {
      misses.append(
        "\(y.name) was \(y.points) points \(direction(y))" + (misses.isEmpty ? " realised" : ""))
    }
    if !misses.isEmpty {
      sentences.append("Last year's projected " + misses.joined(separator: "; "))
    }
    return sentences.isEmpty ? nil : sentences.joined(separator: ". ")
  }

  /// The same figure at the company's own logo churn, when a short history contradicts the
  /// priors (``Analysis/observedLogoChurn``): "$7.2M at the company's own churn (8.0% a month
  /// over 5 months; see Findings)", or `nil` (trial 25, T25-2).
  func atObservedChurn(_ cents: (ObservedLogoChurn) -> Int64) -> String? {
    guard let o = analysis.observedLogoChurn else { return nil }
    let f = format
    return "\(f.compactMoney(cents: cents(o))) at the company's own churn "
      + "(\(f.percent(o.monthlyRate)) a month over \(MarkdownText.count(o.months, "month", format: f)); "
      + "see Findings)"
  }

  /// A projected retention figure at the company's own logo churn, when a short history
  /// contradicts the priors (``ObservedLogoChurn/projectedNDR``): "1% at the company's own
  /// churn (see Findings)", printed as the projected figure beside it is, or `nil` (session 28,
  /// t28a lane; T25-2 follow-up).
  ///
  /// A figure below or above the printed P10–P90 `range` says so: the range rests on the
  /// priors, and the company's own evidence lying outside it is what a reader must not miss
  /// (trial 48, T48-23: "P10–P90 89%–101%; 86% at the company's own churn", five months of
  /// history, a range narrower than the 36-month run's).
  func projectedAtObservedChurn(
    _ figure: (ObservedLogoChurn) -> Double, base: PrecisionBase, range: PercentileRange
  ) -> String? {
    guard let o = analysis.observedLogoChurn else { return nil }
    let value = figure(o)
    let printed = retentionPercent(value, base: base)
    // Compared as printed: a figure that prints as the range's end is inside it.
    let side =
      printed == retentionPercent(range.p10, base: base)
        || printed == retentionPercent(range.p90, base: base)
      ? nil : value < range.p10 ? "below" : value > range.p90 ? "above" : nil
    return "\(printed) at the company's own churn"
      + (side.map { ", \($0) the P10–P90 range, which rests on the priors" } ?? "")
      + " (see Findings)"
  }

  /// What rests on the priors when quality-adjusted ARR does (the stress chart's subtitle too).
  static let priorsOnlyQualityDetail = "rests on the documented default retention by class"

  /// The ARR walk chart's sentence for ``qualityCaveat``: "Quality-adjusted ARR is weakly
  /// supported: …", or "Priors only — not enough history: quality-adjusted ARR rests on …".
  var qualityCaveatSentence: String? {
    guard let caveat = qualityCaveat else { return nil }
    if isPriorsOnly {
      let label = priorsOnlyLabel
      return label.prefix(1).uppercased() + label.dropFirst() + ": quality-adjusted ARR "
        + Self.priorsOnlyQualityDetail
    }
    return "Quality-adjusted ARR is " + caveat
  }
}
