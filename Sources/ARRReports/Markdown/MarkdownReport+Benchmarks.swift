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

  /// The band holding an average contract of `acvCents` (recurring ARR per paying account).
  static func benchmark(forACV acvCents: Int64) -> RetentionBenchmark {
    retentionBenchmarks.first { $0.upperCents.map { acvCents < $0 } ?? true }!
  }

  static func benchmarks(_ c: ReportContext) -> String {
    let f = c.f
    var out = "## Benchmarks\n\n"
    let paying = c.recurringAccounts
    guard paying > 0 else { return out + "No paying account to compare.\n\n" }
    let acv = c.scoring.recurringARR / Int64(paying)
    let b = benchmark(forACV: acv)
    out += "Average contract: \(f.compactMoney(cents: acv)) of recurring ARR per paying account"
    if c.f.currencyCode != "USD" && !c.f.currencyCode.isEmpty {
      out += " (\(c.f.currencyCode), compared with US-dollar bands as is)"
    }
    out += ", so the \(b.band) ACV band.\n\n"
    var table = MarkdownTable([
      "Measure", "Benchmark median", "Trailing", "vs median", "Projected", "vs median",
    ])
    let t = c.metrics.trailingRetention
    let fc = c.forecast
    func diff(_ x: Double?, _ m: Double) -> String { x.map { f.signedPoints($0 - m) } ?? "n/a" }
    table.append([
      "NDR", f.percent(b.medianNDR), c.percent(t.ndr), diff(t.ndr, b.medianNDR),
      c.percent(fc?.ndr), diff(fc?.ndr, b.medianNDR),
    ])
    table.append([
      "GRR", f.percent(b.medianGRR), c.percent(t.grr), diff(t.grr, b.medianGRR),
      c.percent(fc?.grr), diff(fc?.grr, b.medianGRR),
    ])
    out += table.markdown + "\n"
    out += "Source: \(benchmarkSource). Their NDR and GRR are annual, by revenue, as here; "
    out += "they describe established companies, so a young, fast-growing base usually sits "
    out += "below them.\n\n"
    return out
  }

  static func stressSection(_ c: ReportContext) -> String {
    guard let s = c.stress, !s.scenarios.isEmpty else { return "" }
    let f = c.f
    var out = "## Stress scenarios\n\n"
    out += "Each scenario re-runs the same pipeline with one or more shocks; the calibration "
    out += "stays the base's.\n\n"
    out += StressMarkdown.scenarioList(s) + "\n"
    out += StressMarkdown.figuresTable(s, format: f).markdown + "\n"
    out += StressMarkdown.changeTable(s, format: f, label: "Change vs base").markdown + "\n"
    out += c.chartLink(
      .stress, alt: "Bar chart of recurring and quality-adjusted ARR for the base and each scenario"
    )
    out += c.chartLink(
      .stressRetention, alt: "Bar chart of projected NDR and GRR for the base and each scenario")
    return out
  }
}
