import ARRAnalysis
import ARRCore
import ARRProjection
import ARRScoring

extension MarkdownReport {
  static func retention(_ c: ReportContext) -> String {
    let f = c.format
    let t = c.metrics.trailingRetention
    var out = "## Retention\n\n"
    var table = MarkdownTable([
      "Measure", "Trailing 12 months", "Projected next 12 (mean)", "P10", "Median (P50)", "P90",
    ])
    let fc = c.forecast
    // Whole percents for a base of few accounts (session 19, ranges lane), said below.
    let m = t.baseAccounts
    let n = fc?.precision ?? PrecisionBase(accounts: 0)
    func row(_ name: String, _ trailing: Double?, _ point: Double?, _ range: PercentileRange?) {
      table.append([
        name, c.retentionPercent(trailing, accounts: m), c.retentionPercent(point, base: n),
        c.retentionPercent(range?.p10, base: n), c.retentionPercent(range?.p50, base: n),
        c.retentionPercent(range?.p90, base: n),
      ])
    }
    row("Net dollar retention (NDR)", t.ndr, fc?.ndr, fc?.ndrRange)
    row("Gross dollar retention (GRR)", t.grr, fc?.grr, fc?.grrRange)
    row("Logo retention", t.logoRetention, fc?.logoRetention, fc?.logoRetentionRange)
    out += table.markdown + "\n"
    out += c.fewAccountsNote
    if t.baseAccounts > 0 {
      out += "Trailing: the \(MarkdownText.count(t.baseAccounts, "account", format: f)) paying in "
      out += "\(f.month(t.baseMonth)), measured in \(f.month(t.asOf)). "
    } else {
      // "the 0 accounts paying in …" reads as a figure; there is none to measure. Data that
      // starts after the base month has no row for it at all: say that, not "no account paid".
      let before = MarkdownText.count(t.months, "month", format: f) + " before " + f.month(t.asOf)
      if t.baseMonth < c.company.firstMonth {
        out += "Trailing: n/a, the data starts in \(f.month(c.company.firstMonth)), after "
        out += "\(f.month(t.baseMonth)) (\(before)). "
      } else {
        out += "Trailing: n/a, no account paid in \(f.month(t.baseMonth)), \(before). "
      }
    }
    if let through = c.incompleteTrailingBase {
      // The range is the import's incomplete months (first month through `through`); the base
      // month may be the last of them, so "among the first months, through X" is not said.
      let first = c.company.firstMonth
      out += "**The trailing base month is incomplete**: \(f.month(t.baseMonth)) falls in the "
      out += "import's first months, "
      out +=
        first == through
        ? "\(f.month(first)) only, "
        : "\(f.month(first)) to \(f.month(through)), "
      out += "which cannot show what was billed before the data began, so an account on a longer "
      out += "term may be missing from that base and the trailing figures may be off in either "
      out += "direction. "
    }
    if let fc {
      out += "Projected: the \(MarkdownText.count(fc.accounts, "account", format: f)) paying in "
      out += "\(f.month(fc.baseMonth)), from their retention probabilities and the expansion "
      out += movementSource(fc, isPriceHistoryUnmeasured: c.isPriceHistoryUnmeasured, format: f)
      out += "(\(f.integer(fc.paths)) simulated paths, "
      // The mean is the point projection (docs/projection.md, "Point projection"), not the
      // paths' average: the paths add a common churn shock (session 28, t28a lane).
      out += "seed \(fc.seed)); the projected column is the mean, the expected value: each "
      out += "account's outcome weighted by its probability of staying, with no simulation. P10, "
      out += "median and P90 are percentiles of the simulated paths, which also move every "
      out += "account's odds of leaving together, so the median sits near the mean, not on it."
      out += "\n\n"
      out += largestSingle(c)
      if c.isPriceHistoryUnmeasured {
        let all = fc.movements.first { $0.contractType == nil }
        out += "**Expansion and contraction are not measured in this data** (see Findings): "
        out += "trailing NDR is GRR plus new subscriptions of existing customers, and trailing "
        out += "GRR counts churn only, an upper bound. The projection's expansion"
        if let all {
          out += " (\(f.percent(all.expansionRate)) a year) and contraction "
          out += "(\(f.percent(all.contractionRate)))"
        } else {
          out += " and contraction"
        }
        out += " are the documented priors blended with this data's zeros, which measure "
        out += "nothing: projected NDR above GRR comes from those priors, not from this company. "
        out += "Read NDR as unmeasured.\n\n"
      }
      if let basis = c.projectionBasis {
        let months = MarkdownText.count(c.company.monthCount, "month", format: f)
        if basis == c.priorsOnlyLabel {
          // With a year of history, the cause is the base month's (trial 37, T37-7).
          let why =
            c.company.monthCount >= ReportContext.calibratedHistoryMonths
            ? "" : "with \(months) of data "
          out += "**Projected figures are \(c.priorsOnlyLabel)**: " + why
          out += "no year of this company's outcomes could calibrate them, so they rest "
          out += "on the documented class defaults; read them as the range, not the point.\n\n"
        } else {
          // Churn is the defaults', movement mostly or partly the company's: said apart, so
          // "priors only" never labels a figure that is partly measured (session 17, report).
          out += "**Projected churn rests on the documented class defaults**: with \(months) of "
          out += "data no year of this company's outcomes could calibrate each account's odds of "
          out += "staying. "
          if !c.isPriceHistoryUnmeasured,
            let all = fc.movements.first(where: {
              $0.contractType == nil
            })
          {
            out += "Expansion and contraction are \(f.percent(all.ownWeight)) this company's own "
            out += "movement and \(f.percent(1 - all.ownWeight)) the documented defaults (the "
            out += "survivors' weight of evidence against the defaults' 20 accounts). "
          }
          out += "Read the figures as the range, not the point.\n\n"
        }
      }
    } else {
      out += "No projection could be made.\n\n"
    }
    if let p = c.projection, !p.explanation.isEmpty { out += p.explanation + "\n\n" }
    // The loss against 1 − GRR in full, beside the table that shows GRR (R32-11).
    if let fc = c.forecast, c.metrics.ladder.recurring > 0 { out += lossAndGRR(c, fc) + "\n\n" }
    out += c.chartLink(
      .retentionOutlook,
      alt: "Chart of trailing and projected NDR, GRR and logo retention with P10–P90 ranges")
    out += projectionBacktest(c)
    if c.chartNames.contains(ReportChart.Name.cohortRetention.fileName) {
      out += cohortCoverage(c)
    }
    out += c.chartLink(
      .cohortRetention, alt: "Heatmap of cohort revenue retention by months since start")
    out += c.chartLink(
      .logoSurvival, alt: "Kaplan–Meier logo survival step curve with a 95% confidence band")
    out += survivalUnobserved(c)
    return out
  }

  /// Where the survival chart would be, when the bundle draws charts but nobody could yet
  /// have left (``ReportChart/isSurvivalUnobserved(_:)``): one sentence saying why there is
  /// none (session 20, wording lane; trial 18b, G9).
  static func survivalUnobserved(_ c: ReportContext) -> String {
    let km = (c.projection?.kaplanMeier ?? []).filter { $0.time > 0 }
    guard !c.chartNames.isEmpty, !km.isEmpty, ReportChart.isSurvivalUnobserved(km) else {
      return ""
    }
    return "No logo survival curve: no account has been seen past its first paid month, so "
      + "none could yet have left.\n\n"
  }

  /// Where the projection's expansion and contraction come from, in words: the window they
  /// were measured over (docs/projection.md, "Survivor movement"), or the documented priors
  /// when the data holds too short a window, or when it holds no price history at all.
  static func movementSource(
    _ fc: RetentionForecast, isPriceHistoryUnmeasured: Bool, format f: NumberFormat
  ) -> String {
    if isPriceHistoryUnmeasured { return "and contraction of the priors (below) " }
    switch fc.movementWindowMonths {
    case 0:
      // Fewer than three months between the first month and as-of: nothing was measured.
      return "and contraction of the documented priors, as the data holds too few months to "
        + "measure them "
    case 12...:
      // Said blended when the priors hold a notable share (render review 38, R38-1).
      let own = fc.movements.first { $0.contractType == nil }?.ownWeight ?? 1
      return 1 - own > Projection.priorShareSaid
        ? "and contraction seen over the last year, blended with the documented priors "
        : "and contraction seen over the last year "
    case let months:
      return "and contraction seen over the last \(MarkdownText.count(months, "month", format: f))"
        + ", annualised and blended with the documented priors "
    }
  }

  /// Which cohorts and ages the heatmap shows and which it leaves out, in words: the age range
  /// actually drawn, and where older ages are cut.
  static func cohortCoverage(_ c: ReportContext) -> String {
    let f = c.format
    let censored = c.metrics.cohorts.cohorts.filter(\.isLeftCensored)
    let layout = ReportChart.heatmapLayout(c)
    let (usable, shown) = (layout.usable, layout.shown)
    var out = "The heatmap shows "
    out +=
      shown.count == usable.count
      ? "every start cohort (\(f.integer(shown.count)))"
      : "the \(f.integer(shown.count)) most recent start cohorts; the "
        + "\(f.integer(usable.count - shown.count)) older ones (from "
        + "\(f.month(usable.first!.startMonth))) are in report.json"
    let last = layout.drawnAges - 1
    out +=
      last <= 0
      ? ", at age 0 only (the month each cohort started: none is a month old yet)"
      : ", at ages 0 to \(f.integer(last)) month\(last == 1 ? "" : "s") since start"
    if layout.isAgeCut {
      out += "; ages after \(f.integer(last)) months are cut (the oldest cohort is observed to "
      out += "\(f.integer(layout.oldestObservedAge)) months; report.json has every age)"
    }
    if !censored.isEmpty { out += firstCohortLeftOut(c) }
    // The colours are fixed, so a pale cell reads as near 100% in every report (session 18,
    // report, P10: the scale ran from the data's lowest value, drawing 95% full orange).
    out += ". Its colours are on a fixed scale, the same in every report: grey at 100%, "
    out += "deepening to full orange at 50% or less and full blue at 150% or more"
    return out + ".\n\n"
  }

  /// Why the heatmap leaves out the first month's cohort, from what the data says of those
  /// accounts' starts (render review 30, R30-6): "whose start is unknown" only where no start
  /// date was read (imports); with start dates, "75 started before it, so their first months
  /// precede the data", and the accounts that started in the first month itself said to share
  /// that cohort. A clause with its leading "; ".
  static func firstCohortLeftOut(_ c: ReportContext) -> String {
    let f = c.format
    let first = f.month(c.company.firstMonth)
    let (before, inData, unknown) = c.company.firstMonthPayersByStart
    let all = before + inData + unknown
    guard before + inData > 0 else {
      return "; it leaves out the accounts already paying in \(first), the first month of data, "
        + "whose start is unknown"
    }
    var parts: [String] = []
    if before > 0 {
      parts.append(
        "\(f.integer(before)) started before it, so \(before == 1 ? "its" : "their") first months "
          + "precede the data")
    }
    if unknown > 0 {
      parts.append("\(f.integer(unknown)) \(unknown == 1 ? "has" : "have") no start date")
    }
    if inData > 0 {
      parts.append(
        "\(f.integer(inData)) started in \(first) itself but \(inData == 1 ? "shares" : "share") "
          + "the cohort, which the data cannot split by start")
    }
    let listed =
      parts.count > 1
      ? parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1] : parts[0]
    return "; it leaves out the \(MarkdownText.count(all, "account", format: f)) already paying in "
      + "\(first), the first month of data: " + listed
  }

  /// A segment's name for prose: the name as the data has it, or "accounts without a segment"
  /// for the group of accounts with none (its table label, "(no segment)", reads as an aside
  /// in a sentence).
  static func segmentWords(_ name: String) -> String {
    name == Account.noSegmentLabel ? "accounts without a segment" : MarkdownText.escaped(name)
  }

  /// Last year's projection against what happened, in the body: the reader's check on how far
  /// to trust this year's.
  static func projectionBacktest(_ c: ReportContext) -> String {
    let f = c.format
    var out = "### How last year's projection did\n\n"
    let isCustom = !c.scoring.configuredWeights.isDocumentedDefault
    let configured = isCustom ? "the `--weights` file's weights" : "the default weights"
    guard let pb = c.projection?.backtest else {
      // The projection's note is a clause; the report says it as a sentence, counting the
      // months in words ("2 months", not "2 month(s)").
      let months = c.company.monthCount
      if months <= Projection.backtestHorizon {
        return out + "Not enough history to check: the data covers "
          + "\(MarkdownText.count(months, "month", format: f)), and a projection made "
          + "\(Projection.backtestHorizon) months ago needs at least "
          + "\(Projection.backtestHorizon + 1).\n\n"
      }
      if let note = c.projection?.backtestNote {
        return out + "Not checked: " + note + (note.hasSuffix(".") ? "" : ".") + "\n\n"
      }
      return out + "Not enough history: a projection made a year ago needs accounts paying 12 "
        + "months before \(f.month(c.company.asOf)).\n\n"
    }
    if pb.methodUsed == RetentionSource.classDefaults.rawValue {
      out += "A year ago there was too little history for a backtest of its own, so last year's "
      // What today's projection has that last year's had not: said by today's retention source,
      // not assumed (today's weights may be the defaults too, as Revenue quality says).
      switch c.scoring.retentionSource {
      case .model:
        out += "projection used the class defaults and \(configured), not a model fitted to "
        out += "its own history as today's is. "
      case .backtestClassDepartures where c.scoring.backtest?.total.churned == 0:
        // A backtest without a churner calibrates nothing: it only pulls the defaults up.
        out += "projection used the class defaults and \(configured); today's class retention "
        out += "blends the same defaults with a backtest of the company's own history in which "
        out += "no account churned. "
      case .backtestClassDepartures:
        out += "projection used the class defaults and \(configured); today's class retention "
        out += "is calibrated on a backtest of the company's own history. "
      case .classDefaults:
        out += "projection used the class defaults and \(configured), as today's does too. "
      }
    } else {
      let method =
        pb.methodUsed == RetentionSource.model.rawValue
        ? "retention probabilities from a model fitted then"
        : "each class's retention observed in the backtest it could run then"
      let model =
        pb.modelUsed == ModelUsed.fittedModel.rawValue
        ? "weights fitted to the churn known then" : configured
      out += "Last year's projection was calibrated on the history known then: \(method), scored "
      out += "with \(model). "
    }
    // The sentence that introduces the table ends with a colon, as every lead-in does.
    out += "Made with only the data known then, it compares with what happened as follows (the "
    out += "Appendix has the risk score's own backtest)"
    // Realised is the trailing figure, from the same base month: its caveat goes with it
    // (session 15, report).
    if c.incompleteTrailingBase != nil {
      out +=
        "; it was made in \(f.month(c.metrics.trailingRetention.baseMonth)) and realised from it, a month the import "
      out += "marks incomplete (see above), so the projection, the realised figures and the "
      out += "error may each be off in either direction"
    }
    out += ":\n\n"
    // Last year's own P10–P90 beside its mean, so a realised figure outside it shows (render
    // review 28, R28-3: realised NDR was above last year's P90 in four reports).
    var p = MarkdownTable([
      "Measure", "Projected a year ago (mean)", "P10–P90 a year ago", "Realised", "Error",
    ])
    // A base of few accounts in whole percents and whole points (session 19, ranges lane).
    let n = pb.forecast.basePrecision
    func row(_ name: String, _ projected: Double, _ range: PercentileRange, _ realised: Double) {
      p.append([
        name, c.retentionPercent(projected, base: n),
        c.retentionPercent(range.p10, base: n) + "–"
          + c.retentionPercent(range.p90, base: n),
        c.retentionPercent(realised, base: n),
        c.retentionPoints(projected, minus: realised, base: n),
      ])
    }
    row("NDR", pb.forecast.ndr, pb.forecast.ndrRange, pb.realisedNDR)
    row("GRR", pb.forecast.grr, pb.forecast.grrRange, pb.realisedGRR)
    row(
      "Logo retention", pb.forecast.logoRetention, pb.forecast.logoRetentionRange,
      pb.realisedLogoRetention)
    out += p.markdown + "\n"
    out += "Error is projected minus realised, in points of the figures as shown"
    out += n.isFew ? " (whole percents: \(c.wholePercentsReason(n)))." : "."
    // The range's miss in words, as `projection_missed` says it.
    if let outside = Analysis.realisedOutsideRange(pb, f: f) { out += " \(outside)." }
    return out + "\n\n"
  }

  /// The risk scores of calibration band `k`, as the table and the chart both print them.
  /// Half-open: a band runs up to the next one's lowest score, so no edge is printed in two
  /// bands (3.6–4.9 then 4.9–6.6 read as overlapping): "3.8 to under 6.4"; the last band, and a
  /// score tied across two bands, keep the closed form, which is then the truth: "18.0 to 32.9".
  static func bandRange(
    _ bands: [Calibration.Band], _ k: Int, format f: NumberFormat
  ) -> String {
    let band = bands[k]
    let low = f.number(band.lowScore, decimals: 1)
    let next = k + 1 < bands.count ? bands[k + 1].lowScore : nil
    if let next, band.highScore < next {
      return "\(low) to under \(f.number(next, decimals: 1))"
    }
    return "\(low) to \(f.number(band.highScore, decimals: 1))"
  }

  /// How well last year's score and projection did.
  static func backtest(_ c: ReportContext) -> String {
    let f = c.format
    var out = "### Backtest of the risk score\n\n"
    let isCustom = !c.scoring.configuredWeights.isDocumentedDefault
    guard let bt = c.scoring.backtest else {
      let source =
        c.scoring.configuredWeights.overrides().contains { $0.key.hasPrefix("default_retention.") }
        ? "the `--weights` file's class defaults" : "the documented class defaults"
      return out + "Not enough history: the backtest needs accounts paying 12 months before "
        + "\(f.month(c.company.asOf)). Class retention uses \(source).\n\n"
    }
    out += "Every account paying in \(f.month(bt.baseMonth)) was scored with only the data known "
    out += "then, and followed to \(f.month(bt.endMonth)).\n\n"
    out +=
      bt.modelUsed == .fittedModel
      ? "Classes a year ago come from the model fitted to this company's churn, each account "
        + "scored by a fit that did not see its outcome (\(Scoring.crossValidationFolds)-fold "
        + "cross-validation).\n\n"
      : "Classes a year ago come from \(isCustom ? "the `--weights` file's" : "the default") "
        + "weights, which were not tuned on this history.\n\n"
    var table = MarkdownTable([
      "Class a year ago", "Accounts", "Churned", "Churn rate", "Lift", "Gross $ retention",
      "Net $ retention", "Logo retention",
    ])
    for k in RevenueClass.allCases {
      let o = bt[k]
      table.append([
        k.label, f.integer(o.accounts), f.integer(o.churned),
        c.retentionPercent(o.churnRate, accounts: o.accounts),
        bt.lift(k).map { f.ratio($0) } ?? "n/a",
        c.retentionPercent(o.grossDollarRetention, accounts: o.accounts),
        c.retentionPercent(o.netDollarRetention, accounts: o.accounts),
        c.retentionPercent(o.logoRetention, accounts: o.accounts),
      ])
    }
    out += table.markdown + "\n"
    out += c.fewAccountsRowsNote(RevenueClass.allCases.map { bt[$0].accounts })
    out += "Lift: the class's churn rate ÷ the churn rate of all accounts scored. "
    let configured = isCustom ? "the `--weights` file's weights" : "the default weights"
    var notes: [String] = []
    if let auc = bt.auc {
      notes.append(
        "The score from \(configured) separated churners with AUC "
          + Analysis.aucText(auc, f, backtest: bt))
    }
    if let cv = bt.crossValidatedAUC {
      notes.append(
        "the model fitted on this company's outcomes reached "
          + "\(Analysis.aucText(cv, f, backtest: bt)) out of "
          + "sample (\(f.number(bt.fittedAUC ?? cv, decimals: 2)) on the accounts it was fitted "
          + "on); 0.5 is chance, 1 is perfect")
    }
    if !notes.isEmpty { out += notes.joined(separator: "; ") + ". " }
    if bt.modelUsed == .fittedModel, ReportContext.isFitGainNegligible(bt) {
      out += "The fitted model came out ahead of \(configured) out of sample by under "
      out += "\(f.number(ReportContext.negligibleAUCGain, decimals: 2)) of AUC, a tie within "
      out += "noise; it scores today's accounts.\n\n"
    } else if bt.modelUsed == .fittedModel {
      out += "The fitted model beat \(configured) out of sample, so it scores today's "
      out += "accounts.\n\n"
    } else if bt.fit != nil {
      out += "The fitted model did not beat \(configured) out of sample, so they score "
      out += "today's accounts.\n\n"
    } else {
      out += "\n\n"
    }
    for caution in backtestCautions(bt, c) { out += "**Caution:** " + caution + "\n\n" }
    out += calibration(bt, c)
    return out
  }

  /// What a reader should not over-read in the backtest: classes whose churn is out of order,
  /// and samples too small to judge a score by.
  /// - Returns: One sentence per caution, in words with the numbers.
  static func backtestCautions(_ bt: Backtest, _ c: ReportContext) -> [String] {
    var out: [String] = []
    let f = c.format
    let total = bt.total
    if total.accounts < minimumBacktestAccounts || total.churned < minimumBacktestChurners {
      out.append(
        "only \(f.integer(total.accounts)) accounts were scored a year ago and "
          + "\(f.integer(total.churned)) churned: too few to judge how well the score ranks "
          + "churners (at least \(minimumBacktestAccounts) accounts and "
          + "\(minimumBacktestChurners) churners are needed); read the AUC and the class rows "
          + "as anecdotes.")
    }
    // Each pair of classes large enough to compare, safer first: the safer class should churn
    // less.
    let classes = RevenueClass.allCases
    for (k, safer) in classes.enumerated() {
      for riskier in classes[(k + 1)...] {
        let a = bt[safer]
        let b = bt[riskier]
        guard a.accounts >= Scoring.minimumClassAccounts,
          b.accounts >= Scoring.minimumClassAccounts, let ra = a.churnRate, let rb = b.churnRate,
          ra > rb
        else { continue }
        out.append(
          "last year's \(safer.label.lowercased()) accounts churned more "
            + "(\(c.percent(ra)), \(f.integer(a.churned)) of \(f.integer(a.accounts))) than the "
            + "\(riskier.label.lowercased()) accounts did (\(c.percent(rb)), \(f.integer(b.churned)) "
            + "of \(f.integer(b.accounts))): on this history the classes do not order churn "
            + "cleanly" + disorderConsequence(safer, riskier, bt, c))
      }
    }
    return out
  }

  /// What last year's disorder between `safer` and `riskier` means for today's dollars, by
  /// how they were priced: each account's own churn probability (the model source), or a price
  /// per class (``ScoringResult/classRetention``), which blends what the class kept in the
  /// backtest with its documented default (docs/scoring.md, "Shrinking to priors"). Only when
  /// those prices are out of order too do the figures "carry the same disorder"; in order, the
  /// defaults outweighed the history, and the clause says so with both prices (render review
  /// 30, R30-7: billings priced wavering at 80.4% to stay after 89.5% stayed, and the caution
  /// said the prices carried last year's disorder).
  static func disorderConsequence(
    _ safer: RevenueClass, _ riskier: RevenueClass, _ bt: Backtest, _ c: ReportContext
  ) -> String {
    guard let priced = c.scoring.classRetention else {
      return ", so weigh the class labels less than the dollar figures, which come from each "
        + "account's own churn probability."
    }
    let (ps, pr) = (priced[safer.index], priced[riskier.index])
    if ps < pr {
      return ", and today's quality-adjusted figures price each class at the retention it "
        + "showed here, so they carry the same disorder: read the class figures and the "
        + "quality-adjusted ARR with care."
    }
    let stayed = bt[riskier].churnRate.map { 1 - $0 }
    let pricing = bt.classPricing
    let auc = bt.auc.map { "AUC " + Analysis.aucText($0, c.format, backtest: bt) } ?? ""
    // A score that ranked last year's churners no better than chance prices every class at the
    // company's pooled rate; a weak ranking blends the two (``Backtest/classStayProbability``;
    // render review 32, R32-2: movements' classes were both at 89.5% and the caution said "the
    // defaults' order outweighs last year's reversal").
    if pricing == .pooled {
      return ", but today's prices do not carry it: the score ranked last year's churners no "
        + "better than chance (\(auc)), so every class is priced at the company's pooled rate, "
        + "\(c.percent(ps)) to stay, and the class labels do not change quality-adjusted ARR."
    }
    var out = ", but today's prices do not carry it: each class's chance of staying blends what "
    if pricing == .blended {
      let trust = bt.rankingTrust
      out += "it showed here (shrunk toward its documented default), weighted "
      out += "\(c.format.percent(trust, decimals: 0)), with the company's pooled rate, weighted "
      out += "\(c.format.percent(1 - trust, decimals: 0)), as the score ranked last year's "
      out += "churners only weakly (\(auc)); so the "
    } else {
      out += "it showed here with its documented default (as if "
      out += "\(Int(Shrinkage.priorAccounts)) more accounts had behaved by the default), so the "
    }
    out += "\(safer.label.lowercased()) class is priced at \(c.percent(ps)) to stay and the "
    out += "\(riskier.label.lowercased()) class at \(c.percent(pr))"
    if let stayed { out += " although \(c.percent(stayed)) of its accounts stayed last year" }
    return out
      + (pricing == .blended
        ? ": the pooling and the defaults' order outweigh last year's reversal."
        : ": the defaults' order outweighs last year's reversal.")
  }

  /// Predicted against observed churn by score band, with the Brier score.
  static func calibration(_ bt: Backtest, _ c: ReportContext) -> String {
    guard let cal = bt.calibration, !cal.bands.isEmpty else { return "" }
    let f = c.format
    // Bands and a Brier score drawn from one to nine accounts judge nothing (session 19, ranges
    // lane; trial 18b G4: "1: 24.0 to 24.0", predicted 24.0% against observed 0.0%).
    if Projection.isFew(bt.total.accounts) {
      return "**Calibration: does the score read as a 12-month churn probability?** Too few "
        + "accounts to judge: \(MarkdownText.count(bt.total.accounts, "account", format: f)) "
        + "\(bt.total.accounts == 1 ? "was" : "were") scored a year ago, and predicted against "
        + "observed churn by score band and a Brier score need at least "
        + "\(Projection.fewAccounts) (report.json keeps them).\n\n"
    }
    var out = "**Calibration: does the score read as a 12-month churn probability?** "
    if let r = bt.recalibration, bt.modelUsed == .configuredWeights {
      out += "The default weights are recalibrated to this company's own churn: they predicted "
      out += "\(f.percent(r.configuredChurn)) for the \(f.integer(r.accounts)) accounts it is "
      out += "fitted on, scored a year ago, and \(f.percent(r.observedChurn)) churned; weighed "
      out += "against the prediction "
      out +=
        "as \(f.integer(Int(Shrinkage.priorAccounts))) accounts' worth of evidence, the target "
      out += "is \(f.percent(r.targetChurn)), and every score moves by the same step on the "
      out += "log-odds scale (\(f.number(r.interceptShift, decimals: 2)), ranking unchanged). "
      out += "Each fifth of the accounts below is scored with the step fitted on the other four "
      out += "fifths. "
    } else if bt.modelUsed == .configuredWeights, c.scoring.configuredWeights.isDocumentedDefault,
      bt.total.churned == 0
    {
      // No churn event to fit a level on: the priors are kept, and said to be (session 15).
      out += "The default weights are kept as documented, not recalibrated: none of the "
      out += "\(f.integer(bt.total.accounts)) accounts scored a year ago churned, and a level "
      out += "fitted on no churn would move every score toward no churn on no evidence. "
    }
    out += "Accounts scored a year ago (by the model used today, out of sample) in "
    out += "\(MarkdownText.count(cal.bands.count, "band", format: f)) of rising score:\n\n"
    var table = MarkdownTable(
      ["Band", "Risk scores", "Accounts", "Predicted churn", "Observed churn"],
      rightAligned: [false, false, true, true, true])
    // Bands of under 100 accounts in whole percents, every band alike (render review 38,
    // R38-11: "17.4%" for 4 of 23).
    let isWhole = Projection.isWholeRate(cal.bands.map(\.accounts))
    let rate = { (x: Double) in f.percent(x, decimals: isWhole ? 0 : 1) }
    for (k, band) in cal.bands.enumerated() {
      table.append([
        f.integer(band.band), bandRange(cal.bands, k, format: f),
        f.integer(band.accounts), rate(band.predictedChurn), rate(band.observedChurn),
      ])
    }
    out += table.markdown + "\n"
    if isWhole {
      out += "Churn in whole percents: a band of fewer than \(Projection.wholeRateAccounts) "
      out += "accounts moves by more than a point for each account that stays or leaves.\n\n"
    }
    out += c.chartLink(
      .calibration, alt: "Bar chart of predicted and observed 12-month churn by score band")
    out += "Brier score \(f.number(cal.brier, decimals: 3)) against "
    out += "\(f.number(cal.baseRateBrier, decimals: 3)) for predicting every account at the base "
    out += "rate (lower is better); predicted and observed churn differ by "
    out += "\(f.number(cal.calibrationError * 100, decimals: 1)) points on average over the bands "
    out += "(calibration error)"
    // Said in words when the scores, read as churn probabilities, did no better than one flat
    // rate (render review 28, R28-5: four data-room reports printed 0.093 against 0.091 and
    // left the reader to notice). The flat rate is the year's own observed churn, known only
    // afterwards, so this is a hard bar; the figures are unchanged.
    if cal.brier >= cal.baseRateBrier {
      out += ". That is no better than giving every account the year's average churn: read as "
      out += "probabilities, the scores added nothing to the average; their ranking is the AUC "
      out += "above"
    }
    out += ".\n\n"
    return out
  }

  /// Accounts scored a year ago below which the backtest is flagged as too small to judge.
  static let minimumBacktestAccounts = 30
  /// Churners a year ago below which the backtest is flagged as too small to judge.
  static let minimumBacktestChurners = 5

  /// Fitted sBG curves per segment and contract type.
  static func curves(_ c: ReportContext) -> String {
    let f = c.format
    let curves = c.projection?.curves ?? []
    guard !curves.isEmpty else { return "" }
    var out = "### Retention curves (shifted-beta-geometric)\n\n"
    out += "Fitted by maximum likelihood on the monthly start cohorts; periods are months for "
    out += "monthly, usage and pilot terms and years for annual and multi-year terms.\n\n"
    var table = MarkdownTable(
      [
        "Group", "Period", "Accounts in cohorts", "α", "β", "Logo retention, next 12 months",
        "Status",
      ],
      rightAligned: [false, false, true, true, true, true, false])
    let segments = c.segments
    for curve in curves where curve.grouping != .segment || segments.isListed(curve.key) {
      // A degenerate fit's parameters sit at a bound and mean nothing; its note says so. Its
      // 12-month retention comes from those parameters, so it is left out with them (session
      // 16, report: "25.1%" printed beside "the curve is not a fitted model"); report.json
      // keeps it beside the status.
      let isDegenerate = curve.status == .degenerateFit
      // At the constant-churn limit α and β mean nothing by themselves; the 12-month
      // retention, (1 − churn)^12, does.
      let isAtBound = isDegenerate || curve.status == .constantChurn
      let group =
        curve.grouping == .segment
        ? "segment " + MarkdownText.escaped(curve.key)
        : "contract " + ContractType.label(forKey: curve.key)
      table.append([
        group, curve.periodMonths == 12 ? "year" : "month", f.integer(curve.accounts),
        isAtBound ? "—" : curve.fit.map { f.number($0.model.alpha, decimals: 3) } ?? "—",
        isAtBound ? "—" : curve.fit.map { f.number($0.model.beta, decimals: 3) } ?? "—",
        isDegenerate ? "—" : c.percent(curve.projectedLogoRetention12Months),
        curve.status != .fitted ? (curve.note ?? curve.status.rawValue) : "fitted",
      ])
    }
    out += table.markdown + "\n"
    out += segments.leftOutSentence("their curves (`retention_curves.by_segment`)")
    if let fc = c.forecast {
      // One figure per question: the headline is the account-level projection; the curves
      // answer a different question (how a group's cohorts decay with tenure).
      out += "The headline 12-month logo retention is the projected mean "
      out += "\(c.retentionFigure(fc.logoRetention, base: fc.precision)) "
      out += "in the Retention table, from each account's own retention probability; the curves' "
      out += "figures differ because they extend each group's past cohort decay by tenure alone, "
      out += "without today's risk signals.\n\n"
    }
    out += c.chartLink(
      .retentionCurves, alt: "Line chart of fitted sBG retention curves with observed points")
    return out
  }

  static func unitEconomics(_ c: ReportContext) -> String {
    let f = c.format
    var out = "## Unit economics\n\n"
    let all = c.projection?.lifetimeValues ?? []
    guard !all.isEmpty else { return out + "No segment has a paying account.\n\n" }
    let segments = c.segments
    let values = all.filter { segments.isListed($0.segment) }
    let hasCAC = values.contains { $0.ltvToCAC != nil }
    var header = [
      "Segment", "ARPA / year", "Gross margin", "LTV, new account (DEL)",
      "LTV, existing account (DERL)", naiveLabel(values),
    ]
    if hasCAC { header.append("LTV:CAC") }
    var table = MarkdownTable(header)
    func money(_ x: Double?) -> String {
      guard let x, x.isFinite, abs(x) < 9e16 else { return "n/a" }
      return f.money(cents: Money.round(x * 100))
    }
    for v in values {
      // One unit for the whole column: ARPA per period × periods a year.
      let perYear = v.arpa * 12 / Double(max(v.periodMonths, 1))
      var row = [
        MarkdownText.escaped(v.segment), money(perYear),
        f.percent(v.grossMargin) + (v.isGrossMarginDefault ? " (assumed)" : ""),
        money(v.value?.ltvNew), money(v.ltvExisting), money(v.naive),
      ]
      if hasCAC { row.append(v.ltvToCAC.map { f.ratio($0) } ?? "n/a") }
      table.append(row)
    }
    out += table.markdown + "\n"
    out += segments.leftOutSentence("their ARPA and LTV (`ltv`)")
    // ARPA is what Projection+LifetimeValue computes: all MRR of the segment's paying accounts
    // in the as-of month (headline, trials and pilots included) per paying account.
    out += "ARPA is the segment's headline MRR in \(f.month(c.company.asOf)) (every paying "
    out += "account, trials and pilots included) per paying account, × 12 for a year in every "
    out += "row; it is not the Benchmarks' ACV, which is recurring ARR per account with "
    out += "recurring ARR. LTV is in "
    out += "money per account, margin-adjusted and discounted. "
    let profile = c.company.profile
    if !profile.cacBySegment.isEmpty {
      out += "LTV:CAC divides each segment's new-account LTV by that segment's own CAC from "
      out += "company.json"
      let missing = values.filter { profile.cac(forSegment: $0.segment) == nil }.map(\.segment)
      out +=
        missing.isEmpty
        ? ".\n\n" : "; no CAC is given for " + missing.joined(separator: ", ") + ".\n\n"
    } else if hasCAC {
      out += "LTV:CAC divides the new account's LTV by one company-wide CAC from company.json, "
      out += "the same for every segment: a segment whose acquisition costs more or less than "
      out +=
        "the average reads too high or too low (company.json can give a CAC for each segment).\n\n"
    } else {
      out += "\n\n"
    }
    out += dominantAccounts(values, format: f, asOf: c.company.asOf)
    if let first = values.first(where: { $0.value != nil }) {
      // A lead-in of its own, as the report's other paragraph heads: the explanation that
      // follows is whole sentences.
      out += "**Why DEL-based and naive LTV differ** (\(segmentWords(first.segment))). "
      out += first.explanation
      out += ltvComparison(first, format: f).map { " " + $0 } ?? ""
      out += "\n\n"
    }
    for v in values where v.value == nil {
      // Say why the row is n/a rather than leave the reader to guess.
      let reason =
        v.explanation.hasPrefix("No LTV: ") ? String(v.explanation.dropFirst(8)) : v.explanation
      out += "No LTV for \(segmentWords(v.segment)): "
      out += reason.isEmpty ? "no fitted retention curve." : reason
      out += " The Appendix's retention curves say what a curve needs.\n\n"
    }
    // The explanation printed above already says the margin is assumed.
    let explained = values.first { $0.value != nil }?.isGrossMarginDefault ?? false
    if values.contains(where: \.isGrossMarginDefault) && !explained {
      out += "No gross margin was given in company.json, so LTV is on revenue (margin 100%).\n\n"
    }
    out += c.chartLink(
      .lifetimeValue, alt: "Bar chart of DEL-based and naive LTV of a new account by segment")
    return out
  }

  /// For each segment whose mean ARPA one account dominates (``DominantAccount``), the ARPA and
  /// new-account LTV of its other accounts: a typical account's figures, which the mean
  /// overstates (trial 22, T22-18). LTV scales with ARPA at the segment's lifetime, so the
  /// figure without the account is the DEL-based LTV × ARPA without it ÷ ARPA.
  /// - Returns: One paragraph, or "" when no segment has such an account.
  static func dominantAccounts(
    _ values: [SegmentLifetimeValue], format f: NumberFormat, asOf: Month
  ) -> String {
    var sentences: [String] = []
    for v in values {
      guard let d = v.dominant, v.arpa > 0 else { continue }
      let perYear = 12 / Double(max(v.periodMonths, 1))
      var text =
        "In \(segmentWords(v.segment)) \(MarkdownText.escaped(d.label)) is "
        + "\(f.percent(d.share)) of the MRR in \(f.month(asOf)): without it ARPA is "
        + "\(f.money(cents: Money.round(d.arpaWithout * perYear * 100))) a year"
      if let ltv = v.value?.ltvNew, ltv.isFinite, abs(ltv) < 9e16 {
        text +=
          " and a new account's LTV (DEL) "
          + f.money(cents: Money.round(ltv * d.arpaWithout / v.arpa * 100))
      }
      sentences.append(text + ".")
    }
    guard !sentences.isEmpty else { return "" }
    return "**One account carries the mean.** " + sentences.joined(separator: " ")
      + " Those are nearer a typical account's figures: the mean ARPA, and every LTV and "
      + "LTV:CAC built on it, describe the large account more than the others (the lifetime is "
      + "the segment's either way; LTV scales with ARPA).\n\n"
  }

  /// The naive LTV column's heading, naming the period of its ARPA and churn: the churn rate
  /// is per period of the segment's curve (a month, or a year for annual terms) and the ARPA
  /// divided by it is per the same period, not the per-year ARPA of the column beside it.
  /// Only rows with a figure count: a segment without LTV (n/a) has no naive figure to label.
  static func naiveLabel(_ values: [SegmentLifetimeValue]) -> String {
    let valued = values.filter { $0.naive != nil }
    let periods = Set((valued.isEmpty ? values : valued).map(\.periodMonths))
    if periods == [1] { return "Naive LTV (monthly ARPA ÷ monthly churn)" }
    if periods == [12] { return "Naive LTV (annual ARPA ÷ annual churn)" }
    return "Naive LTV (ARPA ÷ churn, both per period)"
  }

  /// Which way DEL-based LTV of a new account differs from the naive figure, and what
  /// outweighs what: the sorting of churn-prone accounts raises DEL above ARPA ÷ churn,
  /// discounting only lowers it. DEL above naive: the sorting outweighs the discount. Below:
  /// the discount outweighs the sorting when the undiscounted lifetime is at least the naive
  /// one, else the fitted curve keeps accounts for less time than the single rate implies. At
  /// the constant-churn limit no sorting is claimed: the gap is the discount alone when the
  /// undiscounted DEL-based figure displays as the naive one, else that figure is given.
  /// Compared as displayed (whole units); `nil` when either figure is not finite.
  static func ltvComparison(_ v: SegmentLifetimeValue, format f: NumberFormat) -> String? {
    guard let value = v.value, value.ltvNew.isFinite, value.naive.isFinite else { return nil }
    let del = Money.round(value.ltvNew * 100)
    let naive = Money.round(value.naive * 100)
    let pair = "DEL-based LTV (\(f.money(cents: del))) is "
    let than = " the naive figure (\(f.money(cents: naive)))"
    if Footing.roundedUnits(del) == Footing.roundedUnits(naive) {
      return "Here " + pair + "equal to" + than + " as displayed: the sorting and the discount "
        + "cancel out."
    }
    if del > naive {
      return "Here " + pair + "above" + than + ": the sorting outweighs the discount."
    }
    let undiscounted =
      value.marginAdjustedARPA
      * value.model.discountedExpectedLifetime(
        discountRate: 0)
    // At the constant-churn limit there is no sorting to outweigh anything: the gap is the
    // discount, and whatever lies between the curve's one churn rate and the observed one
    // (render review 30, R30-8: Stripe's "keeps accounts for less time" beside a curve at the
    // observed 0.6%, movements' "outweighs the sorting" after "does not improve with tenure").
    if value.model.isGeometricLimit, undiscounted.isFinite {
      let plain = Money.round(undiscounted * 100)
      let side = del > naive ? "above" : "below"
      return "Here " + pair + side + than + ": there is no sorting, so "
        + (Footing.roundedUnits(plain) == Footing.roundedUnits(naive)
          ? "the gap is the discount alone: undiscounted, DEL would equal the naive figure."
          : "the gap is the discount and the curve's churn rate against the observed one: "
            + "undiscounted, DEL-based LTV would be \(f.money(cents: plain)).")
    }
    return "Here " + pair + "below" + than
      + (undiscounted >= value.naive
        ? ": the discount outweighs the sorting."
        : ": the fitted curve keeps accounts for less time than the single churn rate implies, "
          + "and the discount lowers it further.")
  }
}
