import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRProjection

extension MarkdownReport {
  /// Median retention of private B2B SaaS companies by annual contract value (ACV): SaaS Capital,
  /// "2023 B2B SaaS Retention Benchmarks" (Research Brief 28), Figure 1 — companies above $1M
  /// ARR, surveyed in Q1 2023. Bands are in US dollars of ACV.
  struct RetentionBenchmark: Sendable {
    var band: String
    /// Upper bound of the band in cents of ACV (exclusive); `nil` for the open top band.
    var upperCents: Int64?
    var medianNDR: Double
    var medianGRR: Double
  }

  static let benchmarkSource =
    "SaaS Capital, *2023 B2B SaaS Retention Benchmarks* (Research Brief 28), Figure 1: "
    + "medians of more than 1,500 private B2B SaaS companies with over $1M ARR"

  static let retentionBenchmarks: [RetentionBenchmark] = [
    .init(band: "under $12K", upperCents: 1_200_000, medianNDR: 1.00, medianGRR: 0.90),
    .init(band: "$12K–$25K", upperCents: 2_500_000, medianNDR: 1.02, medianGRR: 0.90),
    .init(band: "$25K–$50K", upperCents: 5_000_000, medianNDR: 1.03, medianGRR: 0.92),
    .init(band: "$50K–$100K", upperCents: 10_000_000, medianNDR: 1.05, medianGRR: 0.93),
    .init(band: "$100K–$250K", upperCents: 25_000_000, medianNDR: 1.07, medianGRR: 0.93),
    .init(band: "over $250K", upperCents: nil, medianNDR: 1.10, medianGRR: 0.93),
  ]

  /// The band holding an average contract of `acvCents` (recurring ARR per account with
  /// recurring ARR).
  static func benchmark(forACV acvCents: Int64) -> RetentionBenchmark {
    retentionBenchmarks.first { $0.upperCents.map { acvCents < $0 } ?? true }!
  }

  /// One row of the benchmark table: a segment (or all accounts when there is no segment).
  struct BenchmarkRow {
    var name: String
    var acv: Int64
    var trailing: TrailingRetention
    /// The account left out of ``acv`` because it dominates the row's mean recurring ARR
    /// (`Projection.isDominant`), and its share of the row's recurring ARR (trial 22, T22-18:
    /// one account's size put 29 accounts under $12K in the $12K–$25K band).
    var dominant: (label: String, share: Double)? = nil
    /// The segment's trailing NDR with usage at its 3-month average, when it differs enough
    /// from the run-rate figure (``Analysis/usageAveragedNDR(_:raw:months:accounts:)``).
    var usageAveragedNDR: Double? = nil
  }

  /// Each listed segment's average contract and trailing retention, for its own benchmark band,
  /// then the folded segments' accounts measured together (``ListedSegments``): their pooled
  /// ACV and trailing retention, in one row.
  static func benchmarkRows(_ c: ReportContext) -> [BenchmarkRow] {
    // By label, as every other segment table: a missing and an empty segment are one group.
    var members: [String: [Int]] = [:]
    let segments = c.segments
    var folded: [Int] = []
    for i in c.scoring.scores.indices {
      let label = c.company.accounts[i].segmentLabel
      if segments.isListed(label) {
        members[label, default: []].append(i)
      } else {
        folded.append(i)
      }
    }
    func row(_ name: String, _ indices: [Int]) -> BenchmarkRow? {
      var arr: Int64 = 0
      var paying = 0
      var largest: (account: Int, arr: Int64)?
      for i in indices where c.scoring.scores[i].recurringARR > 0 {
        let a = c.scoring.scores[i].recurringARR
        arr += a
        paying += 1
        if a > largest?.arr ?? 0 { largest = (i, a) }
      }
      guard paying > 0 else { return nil }
      let trailing = TrailingRetention.compute(c.company, accounts: indices)
      var result = BenchmarkRow(
        name: name, acv: arr / Int64(paying), trailing: trailing,
        usageAveragedNDR: Analysis.usageAveragedNDR(
          c.company, raw: trailing.ndr, months: trailing.months, accounts: indices))
      // The band follows a typical account: one that dominates the mean is left out of it, as
      // Unit economics shows ARPA without it.
      if let largest, Projection.isDominant(largest: largest.arr, total: arr, count: paying) {
        result.acv = (arr - largest.arr) / Int64(paying - 1)
        result.dominant = (
          c.company.accounts[largest.account].quotedLabel, Double(largest.arr) / Double(arr)
        )
      }
      return result
    }
    var rows = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.compactMap {
      row($0, members[$0]!)
    }
    if segments.isFolding, let pooled = row(segments.foldedLabel + ", together", folded) {
      rows.append(pooled)
    }
    return rows
  }

  static func benchmarks(_ c: ReportContext) -> String {
    let f = c.format
    var out = "## Benchmarks\n\n"
    let rows = benchmarkRows(c)
    guard !rows.isEmpty else { return out + "No paying account to compare.\n\n" }
    // The bands are US dollars of ACV. A company in another currency is never placed in one by
    // its raw amount (¥1.78M read as "over $250K"), and no exchange rate is invented (session
    // 18, honesty lane; trial 18b, G3): its own figures are shown without a band.
    let compares = f.currencyCode == "USD" || f.currencyCode.isEmpty
    if compares {
      out += "Each segment is compared with the band of its own average contract (ACV: "
      out += "recurring ARR per account with recurring ARR), not one blended average"
    } else {
      out += "The bands are in US dollars and this company reports in \(f.currencyCode): with no "
      out += "exchange rate given, no band is compared (the tool never converts currencies). "
      out += "Each segment's average contract (ACV: recurring ARR per account with recurring "
      out += "ARR) and trailing retention are shown on their own"
    }
    out += ". Trailing retention is the segment's own, over the last 12 months"
    // Where the trailing figures are, the caveat their base month carries (session 15, report).
    if c.incompleteTrailingBase != nil {
      out += ", measured from \(f.month(c.metrics.trailingRetention.baseMonth)), a month the "
      out += "import marks incomplete (see Retention): a segment's trailing NDR and GRR, and so "
      out += "their points against the band, may be off in either direction"
    }
    out += ".\n\n"
    guard compares else {
      var table = MarkdownTable(["Segment", "ACV", "NDR trailing", "GRR trailing"])
      for r in rows {
        table.append([
          r.name, f.compactMoney(cents: r.acv),
          c.retentionPercent(r.trailing.ndr, accounts: r.trailing.baseAccounts),
          c.retentionPercent(r.trailing.grr, accounts: r.trailing.baseAccounts),
        ])
      }
      out += table.markdown + "\n"
      out += c.fewAccountsRowsNote(rows.map(\.trailing.baseAccounts))
      if c.segments.isFolding {
        out += "The last row measures the accounts of the \(c.segments.foldedLabel) together.\n\n"
      }
      return out + "Bands not used: \(benchmarkSource), in US dollars.\n\n"
    }
    var table = MarkdownTable([
      "Segment", "ACV", "ACV band", "NDR median", "NDR trailing", "GRR median", "GRR trailing",
    ])
    for r in rows {
      let b = benchmark(forACV: r.acv)
      // A segment of few accounts in whole percents and whole points (session 20, stay lane).
      let n = r.trailing.baseAccounts
      func versus(_ x: Double?, _ median: Double) -> String {
        guard let x else { return "n/a" }
        return c.retentionPercent(x, accounts: n) + " ("
          + c.retentionPoints(x, minus: median, accounts: n) + ")"
      }
      table.append([
        MarkdownText.escaped(r.name), f.compactMoney(cents: r.acv), b.band,
        f.percent(b.medianNDR),
        versus(r.trailing.ndr, b.medianNDR)
          + (r.usageAveragedNDR.map {
            "; \(versus($0, b.medianNDR)) \(Analysis.usageAveragedWords)"
          } ?? ""),
        f.percent(b.medianGRR),
        versus(r.trailing.grr, b.medianGRR),
      ])
    }
    out += table.markdown + "\n"
    out += c.fewAccountsRowsNote(rows.map(\.trailing.baseAccounts))
    out += dominantACVSentence(rows, format: f)
    if c.segments.isFolding {
      out += "The last row measures the accounts of the \(c.segments.foldedLabel) together: "
      out += "their recurring ARR per paying account and their trailing retention as one group.\n\n"
    }
    // Without a trailing figure in any row there are no brackets to explain (session 16,
    // report: a 4-month import's n/a columns sat under "In brackets: points above …").
    if rows.contains(where: { $0.trailing.ndr != nil || $0.trailing.grr != nil }) {
      out += "In brackets: points above (+) or below (−) the band's median. "
    } else {
      out += "No trailing figure to compare: no account paid 12 months before "
      out += "\(f.month(c.company.asOf)). "
    }
    out += "Source: \(benchmarkSource). Their NDR and GRR are annual, by revenue, as here; "
    // No direction is claimed: a young base can sit above the NDR median and below the GRR
    // one at once (render review 30, R30-16: "usually sits below them" under a table where
    // every segment's NDR sat 4–19 points above).
    out += "they describe established companies, so a young or fast-growing base may sit well "
    out += "above or below them. The projected NDR and GRR are company-wide (Retention).\n\n"
    return out
  }

  /// The rows whose ACV leaves out one account that dominates it (``BenchmarkRow/dominant``),
  /// named with its share; "" when none does.
  static func dominantACVSentence(_ rows: [BenchmarkRow], format f: NumberFormat) -> String {
    let parts = rows.compactMap { r in
      r.dominant.map {
        "\(MarkdownText.escaped(r.name)) leaves out \(MarkdownText.escaped($0.label)), "
          + "\(f.percent($0.share)) of its recurring ARR"
      }
    }
    guard !parts.isEmpty else { return "" }
    // Semicolons between segments: each part holds a comma of its own.
    return "The ACV of " + parts.joined(separator: "; ")
      + ": one account that large makes the mean describe it, not a typical account, so the "
      + "band is chosen by the mean of the others.\n\n"
  }

  static func stressSection(_ c: ReportContext) -> String {
    guard let s = c.stress, !s.scenarios.isEmpty else { return "" }
    let f = c.format
    var out = "## Stress scenarios\n\n"
    out += "Each scenario re-runs the same pipeline with one or more shocks; the calibration "
    out += "stays the base's. The Appendix has every figure of every scenario.\n\n"
    out += StressMarkdown.scenarioList(s) + "\n"
    out += StressMarkdown.movingChanges(s, format: f)
    out += c.chartLink(
      .stress,
      alt: "Bar chart of each scenario's change in recurring and quality-adjusted ARR against "
        + "the base")
    out += c.chartLink(
      .stressRetention,
      alt: "Chart of mean projected NDR and GRR with P10–P90 ranges for the base and each scenario")
    return out
  }
}
