import ARRQuality
import Testing

@testable import ARRReports

/// The cohort heatmap's caption states the ages actually drawn, and says so when older ages are
/// cut, on hand-built companies (review of issue #15: it said "ages 0 to 24 months" whatever the
/// data).
@Suite struct CohortCoverageTests {
  /// Monthly accounts: `S0` pays from the first month and started the month before the data
  /// (so the first month's cohort is left-censored); one account starts in each month of
  /// `starts` and pays every month to `last`.
  static func company(first: Month, last: Month, starts: [Month]) throws -> Company {
    var accounts =
      "account_id,contract_type,start_date\nS0,monthly,\(first.adding(months: -1))-01\n"
    var monthly = "account_id,month,mrr\n"
    var m = first
    while m <= last {
      monthly += "S0,\(m),100\n"
      m = m.adding(months: 1)
    }
    for (k, start) in starts.enumerated() {
      accounts += "A\(k),monthly,\(start)-01\n"
      var m = start
      while m <= last {
        monthly += "A\(k),\(m),200\n"
        m = m.adding(months: 1)
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  static func caption(_ company: Company) -> String? {
    let analysis = Analysis.run(company)
    let report = MarkdownReport.render(analysis, charts: ReportChart.all(for: analysis))
    return report.split(separator: "\n").first { $0.hasPrefix("The heatmap shows") }
      .map(String.init)
  }

  @Test func aCohortInItsFirstMonthIsDrawnAtAgeZeroOnly() throws {
    let c = try Self.company(
      first: Month(year: 2025, month: 5), last: Month(year: 2025, month: 6),
      starts: [Month(year: 2025, month: 6)])
    let text = try #require(Self.caption(c))
    #expect(text.contains("every start cohort (1), at age 0 only"))
    #expect(!text.contains("to 24"))
    #expect(!text.contains("cut"))
  }

  @Test func aShortHistoryNamesItsOldestAgeAndCutsNothing() throws {
    // Starts in 2024-02 and 2024-05, data to 2024-08: the older cohort is 6 months old.
    let c = try Self.company(
      first: Month(year: 2024, month: 1), last: Month(year: 2024, month: 8),
      starts: [Month(year: 2024, month: 2), Month(year: 2024, month: 5)])
    let text = try #require(Self.caption(c))
    #expect(text.contains("every start cohort (2), at ages 0 to 6 months since start"))
    #expect(!text.contains("cut"))
    let chart = try #require(ReportChart.cohorts(ReportContext(Analysis.run(c))))
    // Seven age columns (0–6): the last column label is 6, none beyond.
    #expect(chart.svg.contains(">6</text>"))
    #expect(!chart.svg.contains(">7</text>"))
  }

  @Test func agesBeyondTheDrawnRangeAreSaidToBeCut() throws {
    // Starts in 2022-02, data to 2024-12: observed to age 34, drawn to 24.
    let c = try Self.company(
      first: Month(year: 2022, month: 1), last: Month(year: 2024, month: 12),
      starts: [Month(year: 2022, month: 2), Month(year: 2024, month: 1)])
    let text = try #require(Self.caption(c))
    #expect(text.contains("at ages 0 to 24 months since start"))
    #expect(text.contains("ages after 24 months are cut (the oldest cohort is observed to 34"))
    #expect(ReportChart.heatmapAges == 25)
  }

  /// The first month's cohort is left out for what the data says of its accounts' starts, not
  /// "whose start is unknown" where accounts.csv dates them (render review 30, R30-6). Data
  /// 2024-01 to 2024-06: S0 started 2023-12 (before), B 2024-01-10 (in the first month), C and D
  /// undated (their start is inferred); A0 starts 2024-03, a cohort drawn.
  @Test func theFirstCohortIsLeftOutForWhatTheDataSays() throws {
    let first = Month(year: 2024, month: 1)
    let last = Month(year: 2024, month: 6)
    func caption(_ rows: [(String, String)]) throws -> String {
      var accounts = "account_id,contract_type,start_date\nA0,monthly,2024-03-01\n"
      var monthly = "account_id,month,mrr\n"
      var m = first
      while m <= last {
        for (id, _) in rows { monthly += "\(id),\(m),100\n" }
        if m >= Month(year: 2024, month: 3) { monthly += "A0,\(m),200\n" }
        m = m.adding(months: 1)
      }
      for (id, start) in rows { accounts += "\(id),monthly,\(start)\n" }
      let company = try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
        options: LoadOptions())
      return try #require(Self.caption(company))
    }
    let mixed = try caption([
      ("S0", "2023-12-01"), ("B", "2024-01-10"), ("C", ""), ("D", ""),
    ])
    #expect(
      mixed.contains(
        "; it leaves out the 4 accounts already paying in 2024-01, the first month of data: 1 "
          + "started before it, so its first months precede the data, 2 have no start date and 1 "
          + "started in 2024-01 itself but shares the cohort, which the data cannot split by "
          + "start. "))
    // Dated accounts only: no word of an unknown start.
    let dated = try caption([("S0", "2023-12-01"), ("S1", "2023-06-01")])
    #expect(
      dated.contains(
        "; it leaves out the 2 accounts already paying in 2024-01, the first month of data: 2 "
          + "started before it, so their first months precede the data. "))
    #expect(!dated.contains("unknown"))
    // No start date at all (an import's usual case): the start is unknown.
    let undated = try caption([("C", ""), ("D", "")])
    #expect(
      undated.contains(
        "; it leaves out the accounts already paying in 2024-01, the first month of data, whose "
          + "start is unknown. "))
  }
}
