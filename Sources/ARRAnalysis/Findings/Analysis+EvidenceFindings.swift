import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

extension Analysis {
  /// `thin_backtest`, `classes_not_ordered` and `poor_discrimination`: how far last year's
  /// outcomes can be leaned on.
  /// - Parameters:
  ///   - hasProjection: False when this year has no projection (no account pays recurring
  ///     revenue): `thin_backtest` then says nothing of ranges being widened, as there is none.
  static func backtestFindings(
    _ s: ScoringResult, f: NumberFormat, hasProjection: Bool = true
  ) -> [Finding] {
    guard let bt = s.backtest else { return [] }
    var out: [Finding] = []
    let total = bt.total
    if total.accounts < Finding.thinBacktestAccounts
      || total.churned < Finding.thinBacktestChurners
    {
      // One account is "it", not "every one of them" (session 19, ranges lane; trial 18b G4).
      // No account is no backtest at all (trial 30, T30-7: "0 accounts paid in 2023-12 and
      // every one of them paid in 2024-12 too").
      let one = total.accounts == 1
      let outcome =
        total.accounts == 0
        ? "so there is no backtest: no churn rate could be observed over the year to "
          + "\(f.month(bt.endMonth)), and retention comes from the documented priors alone"
        : total.churned == 0
          ? "\(one ? "it" : "every one of them") paid in \(f.month(bt.endMonth)) too, so no churn "
            + "rate could be "
            + "observed over that year (an account that started after \(f.month(bt.baseMonth)) "
            + "and left is not counted): retention comes from the documented priors, shrunk by the "
            + "evidence, not from a certainty of 100%"
          : "\(one ? "it" : "\(f.integer(total.churned)) of them") paid nothing in "
            + "\(f.month(bt.endMonth)): "
            + "retention is blended with the documented priors by the weight of this evidence"
            // No projection, no range to widen (session 20, wording lane; trial 18b, G18).
            + (hasProjection ? " and the ranges are widened" : "")
      out.append(
        Finding(
          code: .thinBacktest, severity: total.churned == 0 ? .critical : .warning,
          message: "Thin backtest: "
            + (total.accounts == 0
              ? "no account paid in \(f.month(bt.baseMonth)), "
              : "\(count(total.accounts, "account", f)) paid in \(f.month(bt.baseMonth)) and ")
            + "\(outcome) (calibration needs at least "
            + "\(Finding.thinBacktestAccounts) accounts and \(Finding.thinBacktestChurners) "
            + "churners).",
          weight: 3))
    }
    let pairs = notOrderedPairs(bt)
    if !pairs.isEmpty {
      let rates = RevenueClass.allCases.filter {
        bt[$0].accounts >= Finding.classOrderMinimumAccounts
      }.map { k in
        "\(k.label) \(bt[k].churnRate.map { f.percent($0) } ?? "n/a") "
          + "(\(f.integer(bt[k].churned)) of \(f.integer(bt[k].accounts)))"
      }
      let loss =
        s.recurringARR > 0
        ? " (\(f.percent(Double(s.arrAtRisk) / Double(s.recurringARR))) of recurring ARR)" : ""
      // The total loss can lead only while the score still ranks churners: when it does not
      // (`poor_discrimination`), the loss is as weakly supported as the classes it sums.
      // Every class priced at the company's pooled retention (`isPricedPooled`): the loss is
      // not summed from the classes' own churn, so it is not cautioned as if it were;
      // `poor_discrimination` says it rests on the company's departures (review 35: movements'
      // page one read "the loss … summed from them too" beside "the loss do[es] not rest on the
      // classes").
      let advice =
        weakRiskScore(s) == nil
        ? "Lead with the expected 12-month loss of \(f.compactMoney(cents: s.arrAtRisk))\(loss); "
          + "read the class figures in the body with caution."
        : s.isPricedPooled
          ? "Read the class figures in the body with caution."
          : "Read the class figures in the body with caution, and the expected 12-month loss of "
            + "\(f.compactMoney(cents: s.arrAtRisk))\(loss) summed from them too (see the risk "
            + "score's AUC)."
      // Where `poor_discrimination` says the classes carry no information (the score shown not
      // to rank, worse than chance, or every class priced pooled), it makes this finding's
      // point more strongly: on page one this one yields to it and stays in the Findings list
      // with its churn by class (render review 40, R40-6: movements said it three times). Where
      // the churners are too few to tell, this one's churn by class is the stronger evidence.
      let isSaidMoreStrongly =
        weakRiskScore(s).map { $0.isPricedPooled || $0.isWorseThanChance || $0.isShownNotToRank }
        ?? false
      out.append(
        Finding(
          code: .classesNotOrdered, severity: .warning,
          message: "The classes did not separate outcomes last year: churn by class a year ago "
            + "was \(rates.joined(separator: ", ")). " + advice,
          weight: 2, yieldsTo: isSaidMoreStrongly ? .poorDiscrimination : nil))
    }
    if let weak = weakRiskScore(s) {
      out.append(poorDiscrimination(weak, s, f: f))
    }
    return out
  }

  /// An AUC with two decimals (session 35, render review 35, R35-8: Stripe's 0.599 beside the
  /// ledger's 0.62, the same 11 churners, read as if the third decimal decided something).
  /// Only where its 95% range (`range`, ``aucRange(_:churners:stayed:)``) excludes 0.5, so the
  /// words rest on the point and its side of ``Finding/poorDiscriminationAUC``, are as many more
  /// decimals (up to four) given as it takes not to print a value below the threshold as the
  /// threshold itself: 0.597 is "0.597", not "0.60" beside "at least 0.6 is expected"; without
  /// a range, the same.
  public static func aucText(
    _ auc: Double, _ f: NumberFormat, range: ClosedRange<Double>? = nil
  ) -> String {
    if let range, range.contains(0.5) { return f.number(auc, decimals: 2) }
    let threshold = Finding.poorDiscriminationAUC
    for (decimals, scale) in [(2, 100.0), (3, 1_000.0), (4, 10_000.0)] {
      let shown = (auc * scale).rounded() / scale
      if (auc < threshold) == (shown < threshold) { return f.number(auc, decimals: decimals) }
    }
    return f.number(auc, decimals: 4)
  }

  /// ``aucText(_:_:range:)`` with the range of `auc` on a backtest's churners and stayers.
  public static func aucText(_ auc: Double, _ f: NumberFormat, backtest bt: Backtest) -> String {
    let total = bt.total
    return aucText(
      auc, f, range: aucRange(auc, churners: total.churned, stayed: total.accounts - total.churned))
  }

  /// Pairs of classes (safer first) where the safer class churned more in the backtest, both
  /// with at least ``Finding/classOrderMinimumAccounts`` accounts.
  static func notOrderedPairs(_ bt: Backtest) -> [(RevenueClass, RevenueClass)] {
    let classes = RevenueClass.allCases
    var out: [(RevenueClass, RevenueClass)] = []
    for (k, safer) in classes.enumerated() {
      for riskier in classes[(k + 1)...] {
        let a = bt[safer]
        let b = bt[riskier]
        guard a.accounts >= Finding.classOrderMinimumAccounts,
          b.accounts >= Finding.classOrderMinimumAccounts, let ra = a.churnRate,
          let rb = b.churnRate, ra > rb
        else { continue }
        out.append((safer, riskier))
      }
    }
    return out
  }

  /// `revenue_gap`: months in which no account has MRR, between months with revenue. Every
  /// account churns into the gap and comes back after it, which is almost always a month
  /// missing from the export rather than the whole company pausing. Warning, weight
  /// ``Finding/revenueGapWeight``; the first gap is named, with how many others there are.
  ///
  /// The data's first month is the first bridge month's opening: a gap right after it counts
  /// (trial 30, T30-14: one stray `2000-01` row before a company of 2024 made 287 empty months
  /// that no finding named). A gap after a first month alone is said to be one, with the
  /// likelier cause: a mistyped year.
  ///
  /// With `revenue`, when every account paying before the named gap pays again in the month it
  /// ends, the message says the churn the bridge counts in its first month is the gap's, which
  /// is then no `churn_cliff` (trial 37, T37-7: "Churn cliff in 2025-09: 10 accounts left …
  /// A data cut-off or a real cliff?" beside this finding for the same months).
  static func revenueGap(
    _ bridge: [BridgeMonth], f: NumberFormat, asOf: Month? = nil, revenue: RevenueMatrix? = nil
  ) -> Finding? {
    var gaps: [(first: Month, last: Month, count: Int)] = []
    var run: (first: Month, count: Int)?
    var seenRevenue = (bridge.first?.opening ?? 0) > 0
    for m in bridge {
      if m.closing > 0 {
        if let r = run, seenRevenue {
          gaps.append((r.first, r.first.adding(months: r.count - 1), r.count))
        }
        run = nil
        seenRevenue = true
      } else if seenRevenue {
        run = run.map { ($0.first, $0.count + 1) } ?? (m.month, 1)
      }
    }
    guard let gap = gaps.first else { return nil }
    let months =
      gap.count == 1
      ? f.month(gap.first) : "\(f.month(gap.first)) to \(f.month(gap.last)) (\(gap.count) months)"
    let others = gaps.count > 1 ? " (\(count(gaps.count - 1, "other gap", f)) as well)" : ""
    // Only the data's first month before the gap: the window rests on that one month.
    let dataFirst = bridge[0].month.adding(months: -1)
    // Every gap's months empty in another year too: an off-season, not a missing month
    // (trial 37, T37-29: a business paying January to April read "A month missing?").
    let isSeasonal = gaps.allSatisfy {
      isSeasonalGap(first: $0.first, count: $0.count, in: bridge)
    }
    let cause =
      isSeasonal
      ? "The same months are empty in another year too: an off-season, not a month missing "
        + "from the data; compare like months."
      : gap.first == bridge[0].month
        ? "Only \(f.month(dataFirst)), the data's first month, has revenue before it: a mistyped "
          + "year? It adds \(count(gap.count + 1, "month", f)) to the window. Check the "
          + "source before relying on the bridge, churn and cohort figures."
        : "A month missing from the data? Check the source before relying on the bridge, churn "
          + "and cohort figures."
    // Its churn, when every leaver comes back as it ends: the gap, not a cliff.
    var churn = ""
    if let asOf, let revenue,
      let i = bridge.firstIndex(where: { $0.month == gap.first }),
      let back = gapChurn(at: i, bridge, asOf: asOf, revenue)?.back
    {
      let m = bridge[i]
      let all =
        m.churnedAccounts == 1 ? "The 1 account" : "All \(f.integer(m.churnedAccounts)) accounts"
      churn =
        " \(all) paying in \(f.month(m.month.adding(months: -1))) "
        + "pa\(m.churnedAccounts == 1 ? "ys" : "y") again from \(f.month(back)): the "
        + "\(f.compactMoney(cents: m.churn)) of MRR the bridge counts as churned in "
        + "\(f.month(m.month)) is this gap, not a churn cliff."
    }
    return Finding(
      code: .revenueGap, severity: isSeasonal ? .info : .warning,
      message:
        "No account has MRR in \(months), between months with revenue\(others): every account "
        + "churns and comes back in the bridge.\(churn) " + cause,
      weight: isSeasonal ? 0.5 : Finding.revenueGapWeight)
  }

  /// What an import's headline range rests on, for page one: the widest choice in words, its
  /// accounts, and how many other choices there are ("single payments spread over a term by
  /// their size on 3 accounts, and 2 other choices"); `nil` without priced choices (session
  /// 18, report, P3: the range was printed with no reason beside it). The words' closing
  /// parenthesis (the choice's other ends) is left out: page one has the budget of a printed
  /// page, and Data quality's table gives each choice whole.
  public static func ambiguousChoiceWords(_ s: ImportSummary, f: NumberFormat) -> String? {
    guard let top = s.ambiguousChoices.first else { return nil }
    var out = top.words
    if out.hasSuffix(")"), let open = out.lastIndex(of: "("), open > out.startIndex {
      out = String(out[..<open])
      while out.hasSuffix(" ") { out.removeLast() }
    }
    if top.accounts > 0 {
      out += " on \(f.integer(top.accounts)) account" + (top.accounts == 1 ? "" : "s")
    }
    let more = s.ambiguousChoices.count - 1
    if more > 0 { out += ", and \(f.integer(more)) other choice" + (more == 1 ? "" : "s") }
    return out
  }

  /// `degenerate_fit`: sBG curves whose fit ran to a bound (``RetentionCurve/Status/degenerateFit``).
  /// `ambiguous_import`: headline ARR of an imported company as read, against its range if
  /// every ambiguous import choice went the other way (``ImportSummary/ambiguousARRLow`` …
  /// ``ImportSummary/ambiguousARRHigh``). Info from ``Finding/ambiguousImportInfoShare`` of
  /// headline, warning from ``Finding/ambiguousImportWarningShare``, critical from
  /// ``Finding/ambiguousImportCriticalShare``; weight the larger move as a share of headline.
  /// - Parameters:
  ///   - company: The company (its import summary, when it was imported).
  ///   - headline: Headline ARR, cents.
  ///   - f: The company's number format.
  /// - Returns: The finding, or `nil` for a native folder or a move under the info share.
  static func ambiguousImport(_ company: Company, headline: Int64, f: NumberFormat) -> Finding? {
    guard let s = company.dataQuality.imported, headline > 0 else { return nil }
    let down = Double(headline - min(s.ambiguousARRLow, headline)) / Double(headline)
    let up = Double(max(s.ambiguousARRHigh, headline) - headline) / Double(headline)
    let move = max(down, up)
    guard move >= Finding.ambiguousImportInfoShare else { return nil }
    let severity: Finding.Severity =
      move >= Finding.ambiguousImportCriticalShare
      ? .critical : move >= Finding.ambiguousImportWarningShare ? .warning : .info
    // Only the sides that move as printed: a range whose low end is the headline read
    // "(−0.0% to +12.0%)".
    let zero = f.percent(0)
    let moves = [
      f.percent(down) == zero ? nil : "−\(f.percent(down))",
      f.percent(up) == zero ? nil : "+\(f.percent(up))",
    ].compactMap { $0 }.joined(separator: " to ")
    return Finding(
      code: .ambiguousImport, severity: severity,
      message: "Headline ARR of \(f.compactMoney(cents: headline)) rests on ambiguous import "
        + "choices: it would be \(f.compactMoney(cents: s.ambiguousARRLow)) to "
        + "\(f.compactMoney(cents: s.ambiguousARRHigh)) if each went the other way "
        + "(\(moves))" + (ambiguousChoiceWords(s, f: f).map { "; it rests most on " + $0 } ?? "")
        // The headline row says "quote the range" on the same page (session 41, render review
        // 40, R40-6: billings said it three times on page one).
        + ". The choices and their rules are under Data quality.",
      weight: move)
  }

  /// `projection_missed`: last year's projection (made at as-of − 12 with the data known then)
  /// missed realised NDR or GRR by ``Finding/projectionMissPoints`` or more, so this year's
  /// projection deserves that much doubt. When realised NDR or GRR also lay outside last year's
  /// own P10–P90 the message says so (``realisedOutsideRange(_:f:)``). Warning; weight 1 + the
  /// larger miss in points ÷ 20, at most 3.
  /// - Parameters:
  ///   - projection: The projection stage's result.
  ///   - company: The company, when given: an import whose incomplete first months hold the
  ///     projection's base month says the realised figures start there.
  ///   - scoring: Today's scoring, when given: where last year's projection was made another
  ///     way (default weights, class defaults) the message names it (``projectionMissModel(_:scoring:)``).
  ///   - usageAveragedNDR: Trailing NDR with usage at its 3-month average, when it is said.
  ///   - f: The company's number format.
  /// - Returns: The finding, or `nil` when there is no projection backtest or it missed by less.
  ///   Without a projection this year (no account pays recurring revenue) it says the miss and
  ///   no more: there is no projected NDR or GRR to read with it in mind (session 20, wording
  ///   lane; trial 18b, G18: a dead company was told to).
  static func projectionMiss(
    _ projection: ProjectionResult?, company: Company? = nil, scoring: ScoringResult? = nil,
    usageAveragedNDR: Double? = nil, f: NumberFormat
  ) -> Finding? {
    guard let b = projection?.backtest else { return nil }
    let ndrMiss = b.ndrErrorPoints
    let grrMiss = b.grrErrorPoints
    let worst = max(abs(ndrMiss), abs(grrMiss))
    guard worst >= Finding.projectionMissPoints else { return nil }
    // A base of few accounts in whole percents and points (session 19, ranges lane).
    let few = b.forecast.basePrecision.isFew
    func gap(_ projected: Double, _ realised: Double) -> String {
      let under = projected < realised ? "under" : "over"
      guard few else { return "\(displayedPoints(projected, realised, f)) points \(under)" }
      let whole = { (x: Double) in (x * 100).rounded(.toNearestOrAwayFromZero) }
      return "\(Int(abs(whole(projected) - whole(realised)))) points \(under)"
    }
    // The realised NDR is trailing NDR; where usage at its MRR moves it by enough that
    // `usage_basis_ndr` holds, the miss is given on both bases (render review 25, finding 2).
    func said(_ name: String, _ projected: Double, _ realised: Double, beside: Double?) -> String {
      let d = few ? 0 : 1
      let other = beside.map {
        "; \(gap(projected, $0)) \(f.percent($0, decimals: d)) \(usageAveragedWords)"
      }
      return "\(name) \(f.percent(projected, decimals: d)) against "
        + "\(f.percent(realised, decimals: d)) realised (\(gap(projected, realised))\(other ?? ""))"
    }
    let month = f.month(b.forecast.baseMonth)
    // Last year's model, where today's is made otherwise (render review 30, R30-13).
    let model = scoring.flatMap { projectionMissModel(b, scoring: $0) }
    let madeWith = model.map { " and \($0.then)" } ?? ""
    let closing =
      projection?.forecast == nil
      ? "."
      : ". "
        + (model?.closing
          ?? "Read this year's projected NDR and GRR with a miss of that size in mind.")
    // A base of under 10 accounts, or of 10 or more whose MRR sits in a few (under 10
    // effective), tests no method: its outcome is those accounts' (trial 51, T51-23: "made in
    // 2025-10 from 1 account … missed" ranked second on page one in four data rooms).
    // A concentrated base of 10 accounts or more is demoted only while its logos held to the
    // projection: then the money's miss is the few large accounts'; a logo miss as large is
    // the many accounts' and tests the method (review 52, R52-31: 150 of 200 small accounts
    // left beside one whale holding 60%, a 28-point miss, was called "the outcome of a few
    // accounts").
    let base = b.forecast.basePrecision
    let isLogoMiss = abs(b.logoErrorPoints) >= Finding.projectionMissPoints
    if base.isFewByCount || (base.isConcentrated && !isLogoMiss) {
      return Finding(
        code: .projectionMissed, severity: .info,
        message: "Last year's projection, made in \(month)"
          + Projection.fromAccounts(base) + " with only the data known then" + madeWith
          + ", rests on too few accounts to test the projection: "
          + said("NDR", b.forecast.ndr, b.realisedNDR, beside: usageAveragedNDR) + "; "
          + said("GRR", b.forecast.grr, b.realisedGRR, beside: nil)
          + ": the outcome of a few accounts, not a measure of the method.",
        weight: 0)
    }
    return Finding(
      code: .projectionMissed, severity: .warning,
      message: "Last year's projection, made in \(month)"
        + Projection.fromAccounts(b.forecast.basePrecision) + " with only the data known then"
        + madeWith + ", missed: "
        + said("NDR", b.forecast.ndr, b.realisedNDR, beside: usageAveragedNDR) + "; "
        + said("GRR", b.forecast.grr, b.realisedGRR, beside: nil)
        // One parenthetical per figure: the incomplete base is a sentence of its own.
        + (company.map { incompleteBase($0, b.forecast.baseMonth, f) }?.isEmpty == false
          ? ". Both realised figures are measured from \(month), a month the import marks "
            + "incomplete" : "")
        // The range too, when what was realised lay outside it (render review 28, R28-3).
        + (realisedOutsideRange(b, f: f).map { ". \($0) either" } ?? "")
        + closing,
      weight: min(1 + worst / 20, 3))
  }

  /// Most segments a degenerate-fit finding names; beyond, the last is "N other segments".
  static let maximumNamedSegments = 5

  static func curveFindings(_ projection: ProjectionResult?, f: NumberFormat) -> [Finding] {
    let bad = (projection?.curves ?? []).filter { $0.status == .degenerateFit }
    guard !bad.isEmpty else { return [] }
    // In words: the parameters at a bound (3.6e9) mean nothing to a reader and are in the
    // JSON report's curves; the group is named in words by its label ("the mid-market
    // segment", "multi-year contracts", "contracts of unknown type").
    let names = bad.map { curve -> String in
      if curve.grouping == .segment {
        return curve.key.isEmpty || curve.key == Account.noSegmentLabel
          ? "accounts without a segment" : "the \(curve.key) segment"
      }
      let label = ContractType.label(forKey: curve.key)
      return curve.key == ContractType.unknown.rawValue
        ? "contracts of unknown type" : "\(label) contracts"
    }
    // At most five segments by name (the curves' order), the rest counted, so a segment column
    // with hundreds of values does not make a finding hundreds of names long; contract types
    // (a handful, each a large part of the company) are always named.
    let segments = names.indices.filter { bad[$0].grouping == .segment }.map { names[$0] }
    let types = names.indices.filter { bad[$0].grouping != .segment }.map { names[$0] }
    let shown =
      (segments.count > maximumNamedSegments
        ? Array(segments.prefix(maximumNamedSegments - 1))
          + ["\(f.integer(segments.count - maximumNamedSegments + 1)) other segments"]
        : segments) + types
    let listed =
      shown.count > 1
      ? shown.dropLast().joined(separator: ", ") + " and " + shown.last! : shown[0]
    return [
      Finding(
        code: .degenerateFit, severity: .warning,
        message: "The sBG retention curve did not fit for \(listed): its "
          + "two parameters ran to the limits of the fit instead of settling on values, so the "
          + "curve is not a fitted model and gives no LTV; the observed retention and "
          + "Kaplan–Meier survival are shown instead.",
        weight: 0.05)
    ]
  }

  /// A positive number in short scientific notation (`1e-11`, `7.3e4`); plain below 1,000 and
  /// above 0.01.
  static func scientific(_ x: Double) -> String {
    guard x.isFinite, x > 0 else { return "\(x)" }
    if x >= 0.01 && x < 1000 { return NumberFormat.usd.number(x, decimals: 3) }
    var e = 0
    var m = x
    while m >= 10 {
      m /= 10
      e += 1
    }
    while m < 1 {
      m *= 10
      e -= 1
    }
    // Repeated scaling can leave 9.99…: it rounds to the next power of ten.
    if (m * 10).rounded() >= 100 {
      m /= 10
      e += 1
    }
    let digits = NumberFormat.usd.number(m, decimals: 1)
    return (digits.hasSuffix(".0") ? String(digits.dropLast(2)) : digits) + "e\(e)"
  }
}
