import ARRAnalysis
import ARRCore
import ARRMetrics

extension MarkdownReport {
  static func growth(_ c: ReportContext) -> String {
    let f = c.format
    let months = Array(c.metrics.bridge.suffix(12))
    var out = "## Growth: the MRR bridge\n\n"
    guard let first = months.first, let last = months.last else {
      return out + "No month of revenue to bridge.\n\n"
    }
    let inflow = months.reduce(Int64(0)) { $0 + $1.new + $1.expansion + $1.reactivation }
    let outflow = months.reduce(Int64(0)) { $0 + $1.contraction + $1.churn }
    // Net new is the difference of the two amounts as displayed.
    let netNew = Footing.roundedUnits(last.closing) - Footing.roundedUnits(first.opening)
    let span =
      months.count == 1 ? "month" : MarkdownText.count(months.count, "month", format: f)
    out += "Over the last \(span) MRR went from "
    out += "\(f.money(cents: first.opening)) to \(f.money(cents: last.closing)) "
    out += "(net new \(f.signedMoney(units: netNew)) MRR); quick ratio "
    out += outflow > 0 ? f.ratio(Double(inflow) / Double(outflow)) : "n/a (no MRR lost)"
    out += " (new + expansion + reactivation over contraction + churn; above 4× is strong, "
    out += "below 1× shrinks).\n\n"
    if let span = c.incompleteOpeningSpan(among: months.map(\.month)) {
      out += "**\(span) start from the import's incomplete first months** (Data quality): an "
      out += "account on a longer term invoiced before \(f.month(c.company.firstMonth)) first "
      out += "appears at its renewal, counted as new MRR, so new MRR and growth there may be "
      out += "overstated.\n\n"
    }
    if c.isPriceHistoryUnmeasured {
      out += "**Expansion and contraction are not in this data** (see Findings): the zeros in "
      out += "their columns are not measurements, and the quick ratio counts churn only.\n\n"
    }
    // Eight columns at most, so the table fits a laptop-width column; net new MRR and the
    // quick ratio per month are in the trends table and the chart.
    var bridge = MarkdownTable([
      "Month", "Opening", "New", "Expansion", "Reactivation", "Contraction", "Churn", "Closing",
    ])
    for b in months {
      let units = bridgeRow(b)
      bridge.append(
        [f.month(b.month), f.money(units: units[0])] + units[1..<6].map { f.signedMoney(units: $0) }
          + [f.money(units: units[6])])
    }
    out += bridge.markdown + "\n"
    out += "Every row ties out as displayed: opening + new + expansion + reactivation − "
    out += "contraction − churn = closing (the exact amounts tie out to the cent; opening and "
    out += "closing are rounded on their own, so each closing is the next month's opening, and "
    out += "the movements are rounded so that they sum to the difference).\n\n"
    out += c.chartLink(
      .mrrBridge, alt: "Stacked bar chart of the monthly MRR bridge with net new MRR as a line")
    return out
  }

  /// One month of the bridge in whole currency units as the table shows it: opening, new,
  /// expansion, reactivation, −contraction, −churn, closing. Opening and closing are rounded
  /// half away from zero on their own; the five movements are rounded by largest remainder so
  /// that they sum to closing − opening as displayed (``Footing/moneyWalk(_:isSubtotal:)``).
  static func bridgeRow(_ b: BridgeMonth) -> [Int64] {
    let cents = [
      b.opening, b.new, b.expansion, b.reactivation, -b.contraction, -b.churn, b.closing,
    ]
    return Footing.moneyWalk(cents, isSubtotal: [true, false, false, false, false, false, true])
  }

  /// Months the trends table shows (the chart shows every month).
  static let trendMonths = 12

  static func trends(_ c: ReportContext) -> String {
    let f = c.format
    let all = MonthlyTrend.compute(c.company, bridge: c.metrics.bridge)
    guard !all.isEmpty else { return "" }
    let shown = Array(all.suffix(trendMonths))
    let bridge = Array(c.metrics.bridge.suffix(trendMonths))
    var out = "## Trends\n\n"
    out += "Month by month: headline ARR, paying logos (accounts with MRR in the month), new "
    out += "logos, ARPA (MRR per paying logo, per month), the monthly logo churn rate (logos lost "
    out += "÷ logos paying the month before), the net MRR churn rate (churn + contraction − "
    out += "expansion − reactivation, ÷ opening MRR; negative when the base grew on its own) and "
    out += "the quick ratio. Recurring ARR has no monthly history here: trial and pilot status are "
    out += "known only at \(f.month(c.company.asOf)), so the trend is of headline ARR.\n\n"
    // The chart draws up to its last 24 months, the first month of data included.
    let drawn = (0..<c.company.monthCount).suffix(ReportChart.trendChartMonths).map {
      c.company.month(at: $0)
    }
    if let span = c.incompleteSpan(among: drawn) {
      out += "**\(span) among the import's incomplete first months** (Data quality): their "
      out += "headline ARR may miss accounts on longer terms invoiced before "
      out += "\(f.month(c.company.firstMonth)), which appear only at their renewal, so the rise "
      out += "over those months"
      if let next = c.firstCompleteMonth(among: drawn) { out += " and into \(f.month(next))" }
      out += " may be overstated.\n\n"
    }
    if c.isPriceHistoryUnmeasured {
      // Render review: the trend read as history where it is prices carried back.
      out += "**No price history** (see Findings): each month's headline ARR counts the accounts "
      out += "paying then at the prices the data gives, which may be today's carried back, and "
      out += "the net MRR churn rate and quick ratio count no price change.\n\n"
    }
    var table = MarkdownTable([
      "Month", "Headline ARR", "Paying logos", "New logos", "ARPA / month", "Logo churn",
      "Net MRR churn", "Quick ratio",
    ])
    for (t, b) in zip(shown, bridge) {
      table.append([
        f.month(t.month), f.compactMoney(cents: t.headlineARR), f.integer(t.payingLogos),
        f.integer(t.newLogos), t.arpa.map { f.money(cents: $0) } ?? "n/a",
        c.retentionPercent(t.logoChurnRate, accounts: t.openingLogos),
        c.retentionPercent(t.netMRRChurnRate, accounts: t.openingLogos),
        b.quickRatio.map { f.ratio($0) } ?? "n/a",
      ])
    }
    out += table.markdown + "\n"
    out += c.fewAccountsRowsNote(shown.map(\.openingLogos))
    out += c.chartLink(
      .trends, alt: "Bar chart of headline ARR per month")
    out += trialConversion(c)
    return out
  }

  /// Months of trial cohorts the conversion table shows.
  static let trialCohortMonths = 12

  /// Trial-to-paid conversion by trial-start month, where the data has trials.
  static func trialConversion(_ c: ReportContext) -> String {
    let f = c.format
    let cohorts = TrialCohort.compute(c.company)
    guard !cohorts.isEmpty else {
      return "No account has a trial status, so there is no trial-to-paid conversion to show.\n\n"
    }
    var out = "**Trial-to-paid conversion by trial-start month** (converted ÷ resolved trials; "
    out += "trials still running are not counted as lost)\n\n"
    var table = MarkdownTable([
      "Trial start", "Trials", "Converted", "Expired", "Still in trial", "Conversion",
    ])
    let shown = cohorts.suffix(trialCohortMonths)
    var hasOpen = false
    for t in shown {
      let isOpen = t.isOpen
      hasOpen = hasOpen || isOpen
      table.append([
        f.month(t.month), f.integer(t.trials), f.integer(t.converted), f.integer(t.expired),
        f.integer(t.active),
        isOpen
          ? "open" : c.retentionPercent(t.conversionRate, accounts: t.converted + t.expired),
      ])
    }
    out += table.markdown + "\n"
    if hasOpen {
      out += "**Open**: half or more of the month's trials are still running, so the few that "
      out += "have resolved (the quickest to decide) are not its conversion; report.json keeps "
      out += "their rate.\n\n"
    }
    out += c.fewAccountsRowsNote(
      shown.filter { !$0.isOpen }
        .map { $0.converted + $0.expired })
    if cohorts.count > shown.count {
      out += "Earlier trial-start months (\(f.integer(cohorts.count - shown.count))) are in "
      out += "the data but not shown.\n\n"
    }
    return out
  }

  /// Concentration thresholds the report states (and the methodology repeats).
  static let topAccountWarning = 0.10
  static let topTenWarning = 0.50
  /// The HHI above which the 2023 U.S. Merger Guidelines call a market highly concentrated.
  static let highlyConcentratedHHI = 1800.0

  /// The classed accounts holding the largest recurring ARR (the concentration's largest
  /// account, whose recurring ARR the concentration's `top1ARR` is): 1 when one account is
  /// largest alone, or when the scores' largest is not the concentration's.
  /// - Complexity: O(accounts).
  static func tiedAtTheTop(_ c: ReportContext) -> Int {
    var largest: Int64 = 0
    var count = 0
    for s in c.scoring.scores where s.isClassed {
      if s.recurringMRR > largest {
        largest = s.recurringMRR
        count = 1
      } else if s.recurringMRR == largest {
        count += 1
      }
    }
    return 12 &* largest == c.metrics.concentration.top1ARR ? count : 1
  }

  static func concentration(_ c: ReportContext) -> String {
    let f = c.format
    let k = c.metrics.concentration
    var out = "## Concentration\n\n"
    var table = MarkdownTable(["Measure", "Value", "Reading"], rightAligned: [false, true, false])
    // Accounts tied at the top: none of them is "the" largest (render review 40, R40-8: seed's
    // 5 accounts at $600 read "Largest account … 7.5%").
    let tied = tiedAtTheTop(c)
    table.append([
      tied > 1
        ? "Largest account (\(f.integer(tied)) tied), share of recurring ARR"
        : "Largest account, share of recurring ARR",
      f.percent(k.top1) + (tied > 1 ? " each" : ""),
      k.top1 >= topAccountWarning ? "high (10% or more)" : "below 10%",
    ])
    table.append(["Top 5 accounts", f.percent(k.top5), "for context (no standard threshold)"])
    table.append([
      "Top 10 accounts", f.percent(k.top10),
      k.top10 >= topTenWarning ? "high (50% or more)" : "below 50%",
    ])
    let hhiReading: String
    // The 2023 U.S. Merger Guidelines (Department of Justice and Federal Trade Commission):
    // an HHI above 1,800 is highly concentrated. They name no lower band, and the 2010
    // guidelines' 1,500 and 2,500 are superseded, so the reading has two bands.
    hhiReading =
      k.hhi > highlyConcentratedHHI
      ? "highly concentrated (above 1,800)" : "not highly concentrated (1,800 or below)"
    table.append(["HHI (0–10,000)", f.number(k.hhi), hhiReading])
    out += table.markdown + "\n"
    out += "HHI is the sum of squared percentage shares of recurring ARR; the bands are the "
    out += "thresholds of the 2023 U.S. Merger Guidelines (highly concentrated above 1,800), a "
    out += "common yardstick for customer concentration."
    out += Analysis.readingSentences(c.company, "These shares rest")
    return out + "\n\n"
  }
}
