import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

extension Analysis {
  /// Every finding about the analysed company, most important first (``Finding/ranked(_:)``).
  ///
  /// Each rule and its threshold is documented in `docs/findings.md`; the thresholds are the
  /// static constants of ``Finding``.
  /// - Parameters:
  ///   - company: The company.
  ///   - metrics: Its metrics.
  ///   - scoring: Its scoring.
  ///   - projection: Its projection, when one was made.
  /// - Returns: The findings, ranked.
  /// - Complexity: O(accounts + months + curves).
  public static func findings(
    company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    projection: ProjectionResult?
  ) -> [Finding] {
    let t = metrics.trailingRetention
    return findings(
      company: company, metrics: metrics, scoring: scoring, projection: projection,
      usageAveragedNDR: usageAveragedNDR(company, raw: t.ndr, months: t.months),
      observedLogoChurn: observedLogoChurn(
        company: company, metrics: metrics, scoring: scoring, projection: projection))
  }

  /// ``findings(company:metrics:scoring:projection:)`` with the usage-averaged trailing NDR and
  /// the observed logo churn already measured (``Analysis/usageAveragedTrailingNDR``,
  /// ``Analysis/observedLogoChurn``).
  static func findings(
    company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    projection: ProjectionResult?, usageAveragedNDR: Double?,
    observedLogoChurn observed: ObservedLogoChurn?
  ) -> [Finding] {
    let f = NumberFormat(currency: company.profile.currency)
    let headline = metrics.ladder.headline
    var out: [Finding] = []
    func share(_ x: Int64) -> Double { headline != 0 ? Double(x) / Double(headline) : 0 }

    if metrics.reconciliation.isOneTimeInClaim, let claim = metrics.reconciliation.reportedARR {
      out.append(
        Finding(
          code: .oneTimeInClaim, severity: .critical,
          message: "The claimed ARR of \(f.compactMoney(cents: claim)) counts one-time fees: it "
            + "equals 12 × (MRR + one-time revenue) of \(f.month(company.asOf)). Headline ARR "
            + "(the MRR run-rate) is \(f.compactMoney(cents: headline)).",
          weight: 10))
    }
    if let skipped = skippedRows(company, headline: headline, f: f) { out.append(skipped) }
    if let short = shortHistory(
      company: company, metrics: metrics, scoring: scoring, projection: projection,
      observed: observed, f: f)
    {
      out.append(short)
    }
    let ambiguous = ambiguousImport(company, headline: headline, f: f)
    // Headline's range is said by `ambiguous_import` and its row, not again by
    // `poor_discrimination` (render review 40, R40-6).
    out += backtestFindings(scoring, f: f, hasProjection: projection?.forecast != nil)
    if let cliff = churnCliff(
      metrics.bridge, asOf: company.asOf, f: f, company: company, revenue: company.revenue)
    {
      out.append(cliff)
    }
    if let step = contractionCliff(
      metrics.bridge, asOf: company.asOf, f: f, revenue: company.revenue)
    {
      out.append(step)
    }
    out += importFindings(company, headline: headline, f: f)
    if let gap = revenueGap(metrics.bridge, f: f, asOf: company.asOf, revenue: company.revenue) {
      out.append(gap)
    }
    let seasonal = seasonalRunRate(metrics.bridge, f: f)
    if let seasonal { out.append(seasonal) }
    if let partial = partialMonths(company, bridge: metrics.bridge, f: f) { out.append(partial) }
    if let usage = usageBasis(company, trailing: metrics.trailingRetention, f: f) {
      out.append(usage)
    }
    if let above = aboveRunRate(company, scoring: scoring, f: f) { out.append(above) }
    if let billings = billingsInMRR(company, f: f) { out.append(billings) }
    if let shrinking = shrinkingMRR(metrics.bridge, f: f) { out.append(shrinking) }
    if let prices = noPriceHistory(
      company, bridge: metrics.bridge, trailing: metrics.trailingRetention, f: f)
    {
      out.append(prices)
    }
    if let fixed = fixedPrices(
      company, bridge: metrics.bridge, trailing: metrics.trailingRetention, f: f)
    {
      out.append(fixed)
    }
    if let snapshot = snapshotHistory(company) { out.append(snapshot) }
    if let survivors = survivorsOnly(company, metrics: metrics, f: f) { out.append(survivors) }
    out += curveFindings(projection, f: f)
    if let segments = segmentsLikeIDs(scoring, accounts: company.accountCount, f: f) {
      out.append(segments)
    }
    if let miss = projectionMiss(
      projection, company: company, scoring: scoring, usageAveragedNDR: usageAveragedNDR, f: f)
    {
      out.append(miss)
    }
    if let ambiguous { out.append(ambiguous) }
    let terms = UnknownTermsSplit(company, committedMRR: metrics.committedMRR)
    if let unknown = unknownTerms(
      terms, headline: headline, recurring: metrics.ladder.unknownTerms, f: f)
    {
      out.append(unknown)
    }
    guard headline > 0 else {
      out.append(
        Finding(
          code: .noRecurringRevenue, severity: .critical,
          message: "No account pays recurring revenue in \(f.month(company.asOf))"
            + (seasonal != nil
              ? ", a month off its season: the last 12 months billed "
                + "\(f.compactMoney(cents: trailingYearRevenue(metrics.bridge) ?? 0))."
              : "."),
          weight: 1))
      return Finding.ranked(out)
    }
    out += summaryFindings(
      company, metrics: metrics, scoring: scoring, projection: projection,
      usageAveragedNDR: usageAveragedNDR, f: f)
    if let low = lowCommitment(company, ladder: metrics.ladder, terms: terms, f: f) {
      out.append(low)
    }
    if let ended = endedStillPaying(company, ladder: metrics.ladder, f: f) { out.append(ended) }
    if let lapsed = lapsedStillPaying(company, ladder: metrics.ladder, f: f) {
      out.append(lapsed)
    }
    if let renewals = renewalConcentration(
      company, committedMRR: metrics.committedMRR, headline: headline, f: f)
    {
      out.append(renewals)
    }
    return Finding.ranked(restingOnInvoices(out))
  }

  /// The figure-level findings beside a `billings_in_mrr` one say they rest on `mrr` as typed
  /// (trial 37, T37-17: 24 annual invoices typed as MRR read "the largest account is 50.0% of
  /// recurring ARR" from 2 accounts paying in the as-of month, each 4.2% when spread, beside the
  /// critical finding saying the amounts look like invoices).
  static func restingOnInvoices(_ findings: [Finding]) -> [Finding] {
    guard findings.contains(where: { $0.code == .billingsInMRR }) else { return findings }
    let resting: Set<Finding.Code> = [.concentration, .renewalConcentration]
    return findings.map { f in
      guard resting.contains(f.code) else { return f }
      var f = f
      f.message +=
        " This rests on `mrr` as typed, which looks like invoices (see the billings finding): "
        + "spread over the months each payment covers, the shares would differ."
      return f
    }
  }

  /// `1 month` / `3 months`.
  static func count(_ n: Int, _ noun: String, _ f: NumberFormat) -> String {
    f.integer(n) + " " + noun + (n == 1 ? "" : "s")
  }

  /// `|a − b|` in points of the two fractions as printed with one decimal (`"9.1"`), so a
  /// quoted difference is exactly that of the figures beside it.
  static func displayedPoints(_ a: Double, _ b: Double, _ f: NumberFormat) -> String {
    let tenths = { (x: Double) in Int64((x * 1000).rounded(.toNearestOrAwayFromZero)) }
    return f.number(Double(abs(tenths(a) - tenths(b))) / 10, decimals: 1)
  }

  /// When this year's projected NDR sits on the same side of trailing NDR as last year's
  /// projection sat of what was then realised, by `projection_missed`'s margin or more, one
  /// sentence saying so, with a leading space; "" otherwise (render review 28, R28-3: in four
  /// reports last year's projection came in under the realised NDR, and this year's sat as far
  /// under trailing with no word that the gap may be the model's).
  static func sameSignAsLastYear(_ projection: ProjectionResult?, diff: Double, f: NumberFormat)
    -> String
  {
    guard let b = projection?.backtest else { return "" }
    let miss = b.forecast.ndr - b.realisedNDR
    guard abs(miss) * 100 >= Finding.projectionMissPoints, (miss < 0) == (diff < 0) else {
      return ""
    }
    let side = miss < 0 ? "below" : "above"
    return " Last year's projection was \(side) the NDR then realised too, by "
      + "\(displayedPoints(b.forecast.ndr, b.realisedNDR, f)) points: part of this gap may be "
      + "the model's."
  }

  /// Where the retained class holds the largest part of the expected loss, one sentence saying
  /// so with its amount, with a leading space; "" otherwise. "Retained" reads as an outcome,
  /// and the reader looks for the loss in the at-risk class (render review 28, R28-23:
  /// enterprise-saas' largest loss step, $4.06M, was the retained class's).
  static func retainedLossWords(_ s: ScoringResult, f: NumberFormat) -> String {
    func loss(_ c: RevenueClass) -> Int64 {
      s.classMix[c].recurringARR - s.classMix[c].qualityAdjustedARR
    }
    let retained = loss(.retained)
    guard retained > 0, retained > loss(.wavering), retained > loss(.atRisk) else { return "" }
    return " The largest part of that loss, \(f.compactMoney(cents: retained)), is in the retained "
      + "class: the average attrition of accounts the score does not flag, not flagged accounts."
  }

  /// The step from headline to recurring ARR in words; usage billed below its 3-month average
  /// can make recurring exceed headline, which is said as such rather than as a negative amount.
  /// The parentheses name only the ladder's steps that take something out (render review 32,
  /// R32-11: "(trials, pilots, usage above its 3-month average)" was said of companies with no
  /// trial or pilot, where all of it was usage); usage billed below its average while the
  /// others take out more is said as netted, with its amount (render review 35, R35-1: the
  /// usage step of ai-hypergrowth took out $1.49M and added back $1.02M, said as "usage above
  /// its 3-month average" for the net).
  static func notRecurring(_ ladder: ARRLadder, _ f: NumberFormat) -> String {
    let cents = ladder.headline - ladder.recurring
    if cents == 0 { return "all of it is recurring" }
    let step = ladder.step(.usageAveraged)
    guard cents > 0 else {
      return "recurring ARR is \(f.compactMoney(cents: -cents)) above it (usage billed below its "
        + "3-month average this month)"
    }
    var parts: [String] = []
    if ladder.step(.trialRemoved).arr < 0 { parts.append("trials") }
    if ladder.step(.pilotRemoved).arr < 0 { parts.append("pilots") }
    if step.lowered < 0 { parts.append("usage above its 3-month average") }
    var why = parts.joined(separator: ", ")
    if step.raised > 0 {
      why +=
        ", net of \(f.compactMoney(cents: step.raised)) added by usage billed below its "
        + "3-month average"
    }
    return "\(f.compactMoney(cents: cents)) is not recurring (\(why))"
  }

  /// The figures the executive summary has always led with, as findings: the quality gap, the
  /// at-risk class, projected against trailing NDR and concentration (commitment:
  /// ``lowCommitment(_:ladder:terms:f:)``).
  static func summaryFindings(
    _ company: Company, metrics m: CompanyMetrics, scoring s: ScoringResult,
    projection: ProjectionResult?, usageAveragedNDR: Double? = nil, f: NumberFormat
  ) -> [Finding] {
    let headline = m.ladder.headline
    func share(_ x: Int64) -> Double { Double(x) / Double(headline) }
    var out: [Finding] = []
    let gap = headline - s.qualityAdjustedARR
    let recurringWords = Self.notRecurring(m.ladder, f)
    // With `poor_discrimination` the figure is a sum over classes that carry little
    // information: said where it is quoted.
    let caveat = weakRiskScore(s).map { " (\($0.word): \($0.shortReason(f)))" } ?? ""
    // Revenue that is not recurring (trials, pilots, usage above its 3-month average) is page
    // one's news when it is a fifth of the headline or more (trial 51, T51-48: 63.5% of a
    // headline in pilots and a usage spike was the seventh finding, info).
    let notRecurringShare = headline > 0 ? share(headline - m.ladder.recurring) : 0
    let gapSeverity: Finding.Severity =
      notRecurringShare >= Finding.qualityGapCriticalShare
      ? .critical : notRecurringShare >= Finding.qualityGapWarningShare ? .warning : .info
    out.append(
      Finding(
        code: .qualityGap, severity: gapSeverity,
        message: "Quality-adjusted ARR is \(f.compactMoney(cents: s.qualityAdjustedARR)), "
          + "\(f.percent(share(s.qualityAdjustedARR))) of the \(f.compactMoney(cents: headline)) "
          + "headline\(caveat): \(recurringWords) and \(f.compactMoney(cents: s.arrAtRisk)) of recurring "
          + "ARR is expected to be lost within 12 months." + retainedLossWords(s, f: f)
          + untestedClassWords(s, company: company, f: f),
        weight: max(share(gap), 0.001)))
    let atRisk = s.classMix[.atRisk]
    // When the classes did not order last year's churn, `classes_not_ordered` says so and the
    // class label is not a finding of its own.
    let isOrdered = s.backtest.map { notOrderedPairs($0).isEmpty } ?? true
    if atRisk.recurringARR > 0 && isOrdered {
      // Under priors only, accounts there for being new are the data's youth (R28-16).
      let young = youngAtRiskWords(s, atRisk: atRisk, f: f)
      out.append(
        Finding(
          code: .atRiskARR, severity: .info,
          message: "The at-risk class holds \(count(atRisk.accounts, "account", f)) with "
            + "\(f.compactMoney(cents: atRisk.recurringARR)) of recurring ARR "
            + "(\(f.percent(footedAtRiskShare(s))))" + lockedAtRiskWords(company, s, f: f)
            + (young.map { "; \($0). The" } ?? "; the")
            + " accounts with the largest expected loss and their reasons are listed under "
            + "Revenue quality.",
          weight: share(atRisk.recurringARR) * 0.8))
    }
    // As the summary rows read it: none under priors only (no backtest of the score).
    let grrMiss =
      s.backtest == nil
      ? nil
      : LastYearsProjection.statedRetentionMiss(
        projection, recurringARR: m.ladder.recurring, f: f)
    if let missing = riskSignalsMissing(s, f: f, grrMiss: grrMiss) { out.append(missing) }
    if let fc = projection?.forecast, let trailing = m.trailingRetention.ndr {
      let t = m.trailingRetention
      // A mean outside its own P10–P90 is pulled there by a rare outcome (one account most of
      // the base leaving on under one path in ten): the median is the point compared, and the
      // mean is said to be the tail's (trial 37, T37-3: "96.7%, 3.3 points below the trailing"
      // of a mean below its own P10 of 97.6%).
      let isMeanOutside = fc.ndr < fc.ndrRange.p10 || fc.ndr > fc.ndrRange.p90
      let compared = isMeanOutside ? fc.ndrRange.p50 : fc.ndr
      let diff = compared - trailing
      // Printed as the Retention table prints them (``PrecisionBase``): whole percents and
      // points when either base is few.
      let isWhole = fc.precision.isFew || Projection.isFew(t.baseAccounts)
      let pct = { (x: Double) in f.percent(x, decimals: isWhole ? 0 : 1) }
      let points = { (a: Double, b: Double) -> String in
        guard isWhole else { return displayedPoints(a, b, f) }
        let whole = { (x: Double) in Int64((x * 100).rounded(.toNearestOrAwayFromZero)) }
        return "\(abs(whole(a) - whole(b)))"
      }
      let projected =
        isMeanOutside
        ? "Median projected NDR for the next 12 months is \(pct(fc.ndrRange.p50)) (P10–P90 "
          + "\(pct(fc.ndrRange.p10))–\(pct(fc.ndrRange.p90)); the mean, \(pct(fc.ndr)), lies "
          + "\(fc.ndr < fc.ndrRange.p10 ? "below" : "above") that range, pulled by an outcome "
          + "rarer than one year in ten)"
        : "Mean projected NDR for the next 12 months is \(pct(fc.ndr)) "
          + "(median \(pct(fc.ndrRange.p50)), P10–P90 "
          + "\(pct(fc.ndrRange.p10))–\(pct(fc.ndrRange.p90)))"
      // A trailing NDR of a few accounts is no rate to set a projection against (trial 37,
      // T37-18: the one account paying a year ago grew tenfold, and "914.4 points below the
      // trailing 1,000.0%, the figure usually quoted" led a $2.07M company's findings).
      if abs(diff) * 100 >= Finding.projectionGapPoints && Projection.isFew(t.baseAccounts) {
        let current = m.ladder.headline / 12
        out.append(
          Finding(
            code: .projectionVersusTrailing, severity: .info,
            message: projected + "; the trailing "
              + "NDR of \(f.percent(trailing, decimals: 0)) rests on "
              + "\(count(t.baseAccounts, "account", f)) that paid in \(f.month(t.baseMonth)) "
              + "(\(f.compactMoney(cents: t.baseMRR)) of MRR"
              + (current > 0
                ? ", \(f.percent(Double(t.baseMRR) / Double(current))) of today's" : "")
              + "): too few to compare a projection with.",
            weight: 0.1))
      } else if abs(diff) * 100 >= Finding.projectionGapPoints {
        let figure = isMeanOutside ? "the median" : ""
        out.append(
          Finding(
            code: .projectionVersusTrailing, severity: .info,
            message: projected + ", "
              + (figure.isEmpty ? "" : figure + " ")
              + "\(points(compared, trailing)) points "
              + "\(diff < 0 ? "below" : "above") the trailing \(pct(trailing)), the "
              + "figure usually quoted"
              + (usageAveragedNDR.map {
                " (\(pct($0)) \(usageAveragedWords), \(points(compared, $0)) "
                  + "points \(compared < $0 ? "below" : "above"))"
              } ?? "")
              + incompleteBase(company, m.trailingRetention.baseMonth, f) + "."
              + sameSignAsLastYear(projection, diff: diff, f: f),
            weight: abs(diff) * 0.9))
      }
    }
    if let concentration = concentration(company, metrics: m, f: f) { out.append(concentration) }
    if let young = tenureMix(company, metrics: m, f: f) { out.append(young) }
    return out
  }

  /// The at-risk class's share of recurring ARR as the class table prints it: the three
  /// classes' shares footed to 100.0% (``LargestRemainder/tenthsOfPercent(_:)``), so the
  /// finding quotes the table's cell (render review 30, R30-4: 17.2% here, 17.3% there).
  static func footedAtRiskShare(_ s: ScoringResult) -> Double {
    let tenths = LargestRemainder.tenthsOfPercent(
      RevenueClass.allCases.map { s.classMix[$0].arrShare })
    return Double(tenths[RevenueClass.atRisk.index]) / 1000
  }

  /// ", itself measured from 2025-10, a month the import marks incomplete" when the trailing
  /// base month is among the import's incomplete first months
  /// (``DataQuality/incompleteThrough``), else "": the trailing figure is then no firmer than
  /// the projection it is set against.
  static func incompleteBase(_ company: Company, _ base: Month, _ f: NumberFormat) -> String {
    guard let through = company.dataQuality.incompleteThrough, base <= through else { return "" }
    return ", itself measured from \(f.month(base)), a month the import marks incomplete"
  }
}
