import ARRAnalysis
import ARRCore
import ARRProjection
import ARRStress

/// The board-ready Markdown report (`report.md` in a bundle, `--format markdown` alone).
///
/// Page one is what a board member reads: the title block, the summary table, at most
/// `Finding.pageOneLimit` findings (critical first, with how many more follow) and the ARR walk
/// chart, about one printed page. The body follows (the walk, the account count, revenue
/// quality, growth and trends, retention, unit economics, concentration, benchmarks, stress,
/// every finding, data quality), then an appendix with everything technical (backtest mechanics, sBG
/// parameters, full stress tables, methodology, the codes of report.json) and a glossary of
/// every term and abbreviation used. The body names things in words, never by code. GitHub-flavoured: pipe tables of at most eight columns, no HTML; every number goes
/// through ``NumberFormat``, and every table with a total row foots as displayed (``Footing``).
public enum MarkdownReport {
  /// Renders the report.
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - stress: Stress scenarios run on the same company, for the stress section.
  ///   - charts: Charts written beside the report under `charts/` (linked where they belong);
  ///     empty when the report is printed alone.
  /// - Returns: Markdown text ending with a newline.
  /// - Complexity: O(accounts log accounts) (the most-at-risk list) + O(months²) (cohorts).
  public static func render(
    _ analysis: Analysis, stress: StressResult? = nil, charts: [ReportChart] = []
  ) -> String {
    let c = ReportContext(
      analysis, stress: stress, chartNames: Set(charts.map(\.name.fileName)))
    var out = header(c)
    out += summary(c)
    out += walk(c)
    out += accountCount(c)
    out += revenueQuality(c)
    out += growth(c)
    out += trends(c)
    out += retention(c)
    out += unitEconomics(c)
    out += concentration(c)
    out += benchmarks(c)
    out += stressSection(c)
    out += findingsSection(c)
    out += dataQuality(c)
    out += appendix(c)
    out += glossary(c, body: out)
    return escapingRawHTML(out)
  }

  static func header(_ c: ReportContext) -> String {
    let company = c.company
    let f = c.format
    // The name is data: literal text (docs/report-style.md, "Data as literal text").
    // A name the data does not give (the input's file or folder name) stays out of the title:
    // the title is the first line pasted into a board deck (render review 25, finding 5). The
    // line below says where it came from.
    let name = c.company.profile.name.map(MarkdownText.escaped) ?? "company"
    var out =
      company.profile.nameSource == nil
      ? "# ARR quality report: \(name)\n\n" : "# ARR quality report\n\n"
    let currency = f.currencyCode.isEmpty ? "no currency given" : f.currencyCode
    out += "**Company:** \(c.companyName)"
    switch company.profile.nameSource {
    case .fileName?: out += " (named after the input file)"
    case .folderName?: out += " (named after the input folder)"
    case .titleLine?: out += " (from the file's title line)"
    case nil: break
    }
    out += " · **As of:** \(f.longMonth(company.asOf)) "
    out += "(\(f.month(company.asOf))) · **Currency:** \(currency)"
    // Session 19, lead (trial 18a, K2): a currency no input named is the USD default.
    if company.profile.isCurrencyAssumed {
      out += " (assumed: the data names none)"
    }
    out += "\n\n"
    let monthly = company.dataQuality.files.first { $0.file.hasSuffix("monthly.csv") }
    out += "Rests on \(MarkdownText.count(company.accounts.count, "account", format: f))"
    let notStarted = c.scoring.scores.count { $0.status == .notStarted }
    if notStarted > 0 {
      // In an earlier view (`--as-of`, later rows left out) the account list is today's: an
      // account first in the data after the as-of month was no customer then, signed or not
      // (trial 37, T37-16: a view of 2021-06 called 64 later customers a signed backlog).
      if company.dataQuality.rowsAfterAsOf > 0 {
        out += " (\(f.integer(notStarted)) of them first appear after \(f.month(company.asOf)), "
        out += "the as-of month: not yet in the data as of then, so no figure counts them)"
      } else {
        out += " (\(f.integer(notStarted)) of them start after \(f.month(company.asOf)), the as-of "
        out += "month: signed but not yet started, so no figure counts them)"
      }
    }
    if let monthly {
      // One counting helper for every count (trial 37, T37-10: "1 monthly revenue rows").
      out += " and \(MarkdownText.count(monthly.rowsAccepted, "monthly revenue row", format: f))"
    }
    out += " covering \(f.longMonth(company.firstMonth)) to \(f.longMonth(company.asOf)) "
    out += "(\(MarkdownText.count(company.monthCount, "month", format: f)))"
    // The history that counts is the months with revenue (session 19, usage lane; trial 18b,
    // G13): rows of $0 before any account paid are not history.
    if let first = c.metrics.cohorts.cohorts.first?.startMonth, first > company.firstMonth {
      let months = company.asOf.months(since: first) + 1
      out += ", revenue from \(f.longMonth(first)) "
      out += "(\(MarkdownText.count(months, "month", format: f)))"
    }
    out += company.profile.reportedARR != nil ? ", plus the company's claimed ARR" : ""
    out += ". Money is annualised (12 × monthly) unless a table says MRR.\n\n"
    return out
  }

  /// A projected figure with its mean, median and P10–P90 range in words, after what it rests
  /// on when the history is too short to calibrate its churn (``ReportContext/projectionBasis``),
  /// and first, under `short_history`, that it is unproven (``ReportContext/unprovenProjection``).
  /// A base of few accounts prints whole percents and says its count (session 19, ranges lane).
  static func projected(
    _ c: ReportContext, _ mean: Double, _ range: PercentileRange, base n: PrecisionBase
  ) -> String {
    var text =
      "median \(c.retentionPercent(range.p50, base: n)), P10–P90 "
      + "\(c.retentionPercent(range.p10, base: n))–\(c.retentionPercent(range.p90, base: n))"
      + Projection.fromAccounts(n)
    if let basis = c.projectionBasis { text = basis + "; " + text }
    if let unproven = c.unprovenProjection { text = unproven + "; " + text }
    return text
  }

  static func summary(_ c: ReportContext) -> String {
    let f = c.format
    let m = c.metrics
    let s = c.scoring
    let headline = m.ladder.headline
    var out = "## Executive summary\n\n"
    var table = MarkdownTable(["Figure", "Value", "Context"], rightAligned: [false, true, false])
    // Never empty, so the caveats each row appends after "; " never lead with it: with no
    // headline there is no share to give, and the reason is the context (trial 30, T30-8: an
    // all-trial company's row read "; priors only — …").
    func ofHeadline(_ x: Int64) -> String {
      ReportContext.share(x, of: headline).map { f.percent($0) + " of headline" }
        ?? "no paying account in \(f.month(c.company.asOf))"
    }
    table.append([
      "Headline ARR (run-rate)", f.compactMoney(cents: headline),
      "12 × all MRR in \(f.month(c.company.asOf))"
        + (c.headlineIncompleteCaveat.map { "; " + $0 } ?? "") + ambiguousRange(c),
    ])
    if let claim = m.reconciliation.reportedARR {
      var note = "gap to headline " + f.signedCompactMoney(cents: claim - headline)
      if m.reconciliation.isOneTimeInClaim { note += "; counts one-time fees" }
      table.append(["Claimed ARR", f.compactMoney(cents: claim), note])
    }
    table.append([
      "Recurring ARR", f.compactMoney(cents: m.ladder.recurring), ofHeadline(m.ladder.recurring),
    ])
    let renewals = c.committedRenewals
    let withinYear = renewals.renewingWithinYear
    let noEndDate = renewals.buckets.first { $0.period == "no_end_date" }?.arr ?? 0
    let singlePayment = min(
      c.company.dataQuality.imported?.singlePaymentCommittedARR ?? 0, m.ladder.committed)
    // Committed ARR and ARR with unknown terms are different accounts; two amounts that print
    // alike ("$16.4M" twice, billings) get a fourth figure so they do not read as one figure
    // with two shares (render review 28, R28-8).
    let (committedText, unknownText) = distinctCompact(
      m.ladder.committed, m.ladder.unknownTerms, f)
    let unknownCommitment =
      m.ladder.committed == 0 && m.ladder.unknownTerms > 0 ? c.analysis.unknownCommitmentARR : 0
    table.append([
      "Committed ARR", committedText,
      ofHeadline(m.ladder.committed)
        // The window by its last month, which the renewal calendar's quarters need not end on
        // (render review 30, R30-11: "within 12 months" could not be added up from them).
        + (withinYear > 0
          ? "; \(withinYear == m.ladder.committed ? "all of it" : f.compactMoney(cents: withinYear)) renews by "
            + f.month(c.company.asOf.adding(months: 12)) : "")
        // Terms with no end date in the data are not locked beyond the year: the annual ones
        // among them renew within it too (render review 28, R28-10: billings' "$7.83M renews"
        // read as if the other $8.57M, 52% of committed, were safe past next year).
        + (noEndDate > 0
          ? "; \(f.compactMoney(cents: noEndDate)) has no end date in the data (annual terms "
            + "among it renew within the year too)" : "")
        // A commitment only one import reading makes carries that reading's other end (render
        // review 38, R38-3: billings' $9.18M of $19.3M committed rested on single payments
        // read as 12-month terms; read as one month's revenue, committed is about $10.2M).
        + (singlePayment > 0
          // The other end names its subject (render review 40, R40-4: "about $10.2M" read as
          // the $9.18M's, and "read as terms by size" was import jargon).
          ? "; \(f.compactMoney(cents: singlePayment)) of it on single payments taken as terms "
            + "by their size (committed ARR about "
            + "\(f.compactMoney(cents: m.ladder.committed - singlePayment)) if each were a "
            + "month's revenue)" : "")
        // A bare $0 beside ARR whose terms are unknown reads as known to be none (render
        // review 25, finding 7): its commitment is unknown, said so, citing only the ARR that
        // could be committed, of unknown contract type (render review 35, R35-6: movements
        // cited its $48.1M of unknown terms, $16.4M of it usage known uncommitted).
        + (m.ladder.committed == 0 && unknownCommitment > 0
          ? "; \(f.compactMoney(cents: unknownCommitment)) of unknown contract type may be "
            + "committed" : ""),
    ])
    if m.ladder.unknownTerms != 0 {
      // Only when some terms are unknown: the figure committed ARR could not judge.
      table.append([
        "ARR with unknown terms", unknownText,
        // Contract type or cadence unknown: an annual contract billed at an unknown cadence is
        // committed, so "not counted as committed" was false for it (session 17, lead); and
        // an unknown contract type's rows billed a year ahead count (session 18, import5 lane).
        // How such ARR counts as committed is the `unknown_terms` finding's, said once
        // (render review 25: page one said it twice).
        ofHeadline(m.ladder.unknownTerms)
          + "; contract type or billing cadence not given (see Findings)",
      ])
    }
    table.append([
      // An unsupported figure (the score ranks churners worse than chance) is not the bold key
      // figure a deck copies: plain, with the word beside its value (render review 28, R28-12).
      c.isQualityUnsupported ? "Quality-adjusted ARR" : "**Quality-adjusted ARR**",
      c.isQualityUnsupported
        ? f.compactMoney(cents: s.qualityAdjustedARR) + " (unsupported)"
        : "**\(f.compactMoney(cents: s.qualityAdjustedARR))**",
      ofHeadline(s.qualityAdjustedARR) + (c.qualityCaveat.map { "; " + $0 } ?? "")
        + (c.atObservedChurn(\.qualityAdjustedARR).map { "; " + $0 } ?? "")
        + (c.survivorsCaveat(isLoss: false).map { "; " + $0 } ?? ""),
    ])
    // The loss is the same sum over retention probabilities, so it carries the same caveat
    // (session 16, report: the row read as measured beside a finding calling it weak).
    // No recurring ARR: said in words, not "n/a of recurring ARR" (session 20, wording lane;
    // trial 18b, G18).
    table.append([
      "Expected 12-month loss", f.compactMoney(cents: s.arrAtRisk),
      (ReportContext.share(s.arrAtRisk, of: m.ladder.recurring).map {
        f.percent($0) + " of recurring ARR"
      } ?? "no recurring ARR to lose") + (c.lossCaveat.map { "; " + $0 } ?? "")
        + (c.atObservedChurn(\.expectedLoss).map { "; " + $0 } ?? "")
        + (c.survivorsCaveat(isLoss: true).map { "; " + $0 } ?? ""),
    ])
    let t = m.trailingRetention
    // A trailing figure whose base month the import marks incomplete says so where it is quoted,
    // as a clause of its own: beside the usage-averaged figure's brackets a second pair read
    // "126.0% (120.8% …) (base month …)" (render review 30, R30-16).
    let incomplete =
      c.incompleteTrailingBase == nil
      ? "" : "; base month \(f.month(t.baseMonth)) incomplete in the import (see Retention)"
    // Without a price history NDR's expansion is the priors' and GRR counts churn only.
    let ndrCaveat =
      c.isPriceHistoryUnmeasured
      ? "; expansion and contraction not in this data: projected from priors" : ""
    let grrCaveat =
      c.isPriceHistoryUnmeasured
      ? "; contraction not in this data: counts churn only, an upper bound" : ""
    // A projection fitted on an ambiguous import's chosen readings carries their doubt
    // where it is quoted (session 19, lead; trial 18a, R3: a projected NDR of 275.9% with a
    // P10–P90 of 220–335% rested on an add-on reading the headline row called ambiguous).
    let importCaveat =
      ambiguousRangeWords(c) == nil
      ? "" : "; fitted on the import's chosen readings only"
    // The projection sums the loss's retention probabilities: the loss's caveat, said short
    // (render review 28, R28-6).
    // Each row's direction word agrees with its own backtest, and a range that failed last
    // year says so (session 35, render review 35, R35-2 and R35-3).
    let survivors = c.survivorsCaveat(isLoss: false).map { "; " + $0 } ?? ""
    let ndrScoreCaveat = (c.projectionCaveat(net: true).map { "; " + $0 } ?? "") + survivors
    let grrScoreCaveat = (c.projectionCaveat(net: false).map { "; " + $0 } ?? "") + survivors
    if let fc = c.forecast {
      let n = fc.precision
      let m = t.baseAccounts
      table.append([
        "Projected NDR, next 12 months (mean)", c.retentionPercent(fc.ndr, base: n),
        projected(c, fc.ndr, fc.ndrRange, base: n)
          + (tailWords(c, net: true).map { "; " + $0 } ?? "")
          + (c.projectedAtObservedChurn(\.projectedNDR, base: n, range: fc.ndrRange).map {
            "; " + $0
          } ?? "")
          + "; trailing \(c.trailingNDRFigure)" + incomplete + importCaveat + ndrCaveat
          + ndrScoreCaveat,
      ])
      table.append([
        "Projected GRR, next 12 months (mean)", c.retentionPercent(fc.grr, base: n),
        projected(c, fc.grr, fc.grrRange, base: n)
          + (tailWords(c, net: false).map { "; " + $0 } ?? "")
          + (c.projectedAtObservedChurn(\.projectedGRR, base: n, range: fc.grrRange).map {
            "; " + $0
          } ?? "")
          + "; trailing \(c.retentionFigure(t.grr, accounts: m))" + incomplete + importCaveat
          + grrCaveat + grrScoreCaveat,
      ])
    } else {
      let m = t.baseAccounts
      // A trailing n/a has its own cause, said before the projection's (trial 37, T37-10: "n/a
      // | no projection available" read as if the projection's absence made the figure n/a).
      let base = f.month(t.baseMonth)
      let missing =
        t.ndr != nil
        ? ""
        : t.baseMonth < c.company.firstMonth
          ? "the data starts after \(base), 12 months before; " : "no account paid in \(base); "
      table.append([
        "Trailing NDR", c.retentionPercent(t.ndr, accounts: m),
        missing + "no projection available" + Projection.fromAccounts(m)
          + (c.analysis.usageAveragedTrailingNDR.map {
            "; \(c.retentionPercent($0, accounts: m)) \(Analysis.usageAveragedWords)"
          } ?? "") + incomplete + ndrCaveat,
      ])
      table.append([
        "Trailing GRR", c.retentionPercent(t.grr, accounts: m),
        (t.grr == nil ? missing : "") + "no projection available" + Projection.fromAccounts(m)
          + incomplete + grrCaveat,
      ])
    }
    let loss = c.forecast.flatMap { fc in
      (m.ladder.recurring > 0 ? lossAndGRRShort(c, fc) : projectionWithoutRecurring(c))
        .map { $0 + "\n\n" }
    }
    let findings = pageOneFindings(c)
    out += table.markdown + "\n"
    out += pageOneAbbreviations(in: table.markdown + (loss ?? "") + findings)
    out += (loss ?? "") + findings
    out += c.chartLink(
      .arrWalk,
      alt: "Waterfall chart of the ARR walk from headline "
        + "\(f.compactMoney(cents: headline)) to quality-adjusted "
        + "\(f.compactMoney(cents: s.qualityAdjustedARR))"
        + (c.isQualityUnsupported ? " (unsupported)" : ""))
    return out
  }

  /// The headline's range under the other reading of the importer's ambiguous choices, for
  /// the summary table's context cell (`; $37.6M–$68.0M under the other import readings`), or
  /// "" unless the analysis has the `ambiguous_import` finding: the row then carries the range
  /// page one tells the reader to quote.
  /// Two amounts in compact money, each with a fourth significant figure when they differ but
  /// print alike with three: 1_640_016_000 and 1_641_728_100 cents read "$16.40M" and
  /// "$16.42M", not "$16.4M" twice (render review 28, R28-8).
  static func distinctCompact(_ a: Int64, _ b: Int64, _ f: NumberFormat) -> (String, String) {
    let (x, y) = (f.compactMoney(cents: a), f.compactMoney(cents: b))
    guard x == y, a != b else { return (x, y) }
    return (
      f.compactMoney(cents: a, significantDigits: 4), f.compactMoney(cents: b, significantDigits: 4)
    )
  }

  static func ambiguousRange(_ c: ReportContext) -> String {
    guard let range = ambiguousRangeWords(c), let s = c.company.dataQuality.imported else {
      return ""
    }
    // A headline at an end of its range says which (render review: a headline at the top of
    // $30.0K–$156K read as a figure inside it), and that the report's figures use its reading.
    let headline = c.metrics.ladder.headline
    let end =
      headline == s.ambiguousARRHigh
      ? "top" : headline == s.ambiguousARRLow ? "bottom" : nil
    // Every rung below rests on the same readings, so the row says so whether or not the
    // headline is at an end (render review 35, R35-7: a reader told to quote the headline's
    // range still quoted quality-adjusted ARR as a point). The reason stands beside the range
    // unless page one's first findings already give it (the `ambiguous_import` finding names
    // the same choices; a pasted page one keeps it either way, session 18, P3).
    let isReasonOnPageOne = Finding.pageOne(c.analysis.findings).shown.contains {
      $0.code == .ambiguousImport
    }
    return
      "; \(range) under the other import readings"
      + (isReasonOnPageOne ? "" : ambiguousReason(c)) + " (Data quality): quote the range"
      + (end.map { "; the headline is its \($0), and every figure below uses its reading" }
        ?? "; every figure below uses the chosen readings")
  }

  /// Why the headline is a range, to stand beside it (", resting most on single payments …"),
  /// or "" without priced choices: a deck pasting page one or the walk chart carries the reason
  /// (session 18, report, P3).
  static func ambiguousReason(_ c: ReportContext) -> String {
    c.company.dataQuality.imported.flatMap { Analysis.ambiguousChoiceWords($0, f: c.format) }
      .map { ", resting most on " + $0 } ?? ""
  }

  /// The headline's range under the other reading of the importer's ambiguous choices
  /// ("$37.6M–$68.0M"), or `nil` unless the analysis has the `ambiguous_import` finding: the
  /// summary row and the walk chart quote it.
  static func ambiguousRangeWords(_ c: ReportContext) -> String? {
    guard c.analysis.findings.contains(where: { $0.code == .ambiguousImport }),
      let s = c.company.dataQuality.imported
    else { return nil }
    let f = c.format
    return
      "\(f.compactMoney(cents: s.ambiguousARRLow))–\(f.compactMoney(cents: s.ambiguousARRHigh))"
  }

  /// Page one's short word on the expected 12-month loss against 1 − projected GRR, which a
  /// reader may expect to be equal: "The expected 12-month loss (26.0% of recurring ARR) and
  /// 1 − mean projected GRR (29.5%) are 3.5 points apart: they differ in base and in how they
  /// count contraction (see Retention).", or `nil` when they are less than a point apart as
  /// shown (nothing a reader would stop at: 15.4% beside 16.0% reads as the same figure, and
  /// the sentence cost a data room's page one its room; session 35). The whole reconciliation, ``lossAndGRR(_:_:)``, is in
  /// Retention, under the table that shows GRR (render review 32, R32-11: page one's most
  /// prominent paragraph was a reconciliation of two figures nobody on page one asked to
  /// compare, and the data rooms' page ones had no room left for a caveat).
  /// The smallest gap, in tenths of a point as shown, that page one reconciles.
  static let minimumLossGRRGapTenths: Int64 = 10

  static func lossAndGRRShort(_ c: ReportContext, _ fc: RetentionForecast) -> String? {
    let f = c.format
    let lossShare = Double(c.scoring.arrAtRisk) / Double(c.metrics.ladder.recurring)
    let lost = 1 - fc.grr
    let gap = Footing.tenths(lost) - Footing.tenths(lossShare)
    guard abs(gap) >= minimumLossGRRGapTenths else { return nil }
    let points = f.number(Double(abs(gap)) / 10, decimals: 1)
    return "The expected 12-month loss (\(f.percent(lossShare)) of recurring ARR) and 1 − mean "
      + "projected GRR (\(f.percent(lost))) are \(points) points apart: they differ in base and in "
      + "how they count contraction (see Retention)."
  }

  /// Page one's sentence when a projection runs over MRR none of which is recurring ARR: the
  /// loss row says "no recurring ARR to lose" while projected GRR counts the trials and pilots
  /// leaving, so the two are reconciled in words (trial 37, T37-2: "$0 to lose" beside a
  /// projected GRR of 39.2% with no word of the base); `nil` without headline ARR.
  static func projectionWithoutRecurring(_ c: ReportContext) -> String? {
    guard c.metrics.ladder.headline > 0 else { return nil }
    return "Recurring ARR is $0: the projected NDR and GRR are over all MRR paying now"
      + outsideRecurringIncluded(c) + ", so they read how much of it stays (trials converting, "
      + "pilots renewing), not how recurring revenue is kept."
  }

  /// ", trials and pilots included" when trials and pilots pay MRR in the as-of month (the
  /// ladder's steps take them out of recurring ARR, the projection's base keeps them), naming
  /// only the kinds that pay; "" when neither does (render review 32, R32-11: the words were
  /// said of companies with neither).
  static func outsideRecurringIncluded(_ c: ReportContext) -> String {
    var kinds: [String] = []
    if c.metrics.ladder.step(.trialRemoved).arr < 0 { kinds.append("trials") }
    if c.metrics.ladder.step(.pilotRemoved).arr < 0 { kinds.append("pilots") }
    return kinds.isEmpty ? "" : ", " + kinds.joined(separator: " and ") + " included"
  }

  /// One sentence reconciling the expected 12-month loss with 1 − projected GRR, which a
  /// reader may expect to be equal (in Retention; page one has ``lossAndGRRShort(_:_:)``).
  static func lossAndGRR(_ c: ReportContext, _ fc: RetentionForecast) -> String {
    let f = c.format
    let lossShare = Double(c.scoring.arrAtRisk) / Double(c.metrics.ladder.recurring)
    let lost = 1 - fc.grr
    let gap = Footing.tenths(lost) - Footing.tenths(lossShare)
    let points = f.number(Double(abs(gap)) / 10, decimals: 1)
    let recurring = Double(c.metrics.ladder.recurring)
    let leaving = c.scoring.expectedLossFromLeaving
    let contraction = c.scoring.arrAtRisk - leaving
    let included = outsideRecurringIncluded(c)
    if contraction > 0 {
      // Split into leaving and the stayers' contraction (session 19, usage lane): a usage
      // account whose bill swings has not left.
      // The two parts rounded to sum to the whole as shown.
      let parts = Footing.tenthsOfPercent(
        [Double(leaving) / recurring, Double(contraction) / recurring], total: lossShare
      ).map { f.percent(Double($0) / 1000) }
      var out = "The expected 12-month loss (\(f.percent(lossShare)) of recurring ARR) counts "
      out += "accounts expected to leave (\(parts[0])) and the contraction of accounts that stay "
      out += "(\(parts[1]));"
      out += " 1 − mean projected GRR (\(f.percent(lost))) counts both over all MRR paying "
      out += "now\(included), with the contraction the survivors showed"
      if gap == 0 { return out + "; here the two come out the same to a tenth of a point." }
      return out + "; the two bases and contraction measures put them \(points) points apart here."
    }
    var out = "The expected 12-month loss (\(f.percent(lossShare)) of recurring ARR) counts "
    out += "accounts expected to leave; 1 − mean projected GRR (\(f.percent(lost))) also counts "
    out += "the contraction of accounts that stay and is taken over all MRR paying now\(included)"
    if gap == 0 {
      out += "; here the two come out the same to a tenth of a point"
    } else if gap > 0 {
      out += ", hence the \(points)-point difference"
    } else if gap < 0 {
      // Contraction can only add to 1 − GRR, so a smaller figure comes from the bases: not
      // said as "hence", which would read as contraction explaining a fall.
      out += "; it is \(points) points lower here because the two rest on different bases "
      out += "(recurring ARR, usage at its 3-month average, against all MRR paying now) and the "
      out += "difference of bases outweighs the contraction"
    }
    return out + "."
  }
}
