import ARRQuality
import Testing

@testable import ARRReports
@testable import ARRScoring

/// Activity columns of `monthly.csv` are described by class, as snapshot columns are, and the
/// accounts whose activity fell to 0 for 3 months or more while they paid are listed (trial 37,
/// T37-30: a company too small to fit a column never said one of two customers had stopped).
@Suite struct ActivityReportTests {
  /// 12 months, 2024-01 … 2024-12, every account paying every month it has a row. `logins`:
  /// A1 (annual) 300 throughout; A2 300, then 0 from 2024-09 (4 months); A3 0 throughout
  /// (never above 0: not a fall); A4 300, then 0 from 2024-09 and no row in 2024-12 (it
  /// left: not paying); A5 300, then 0 in 2024-11 and 2024-12 (2 months: under 3).
  static func company() throws -> Company {
    let accounts = """
      account_id,contract_type,start_date
      A1,annual,2020-01-01
      A2,monthly,2020-01-01
      A3,monthly,2020-01-01
      A4,monthly,2020-01-01
      A5,monthly,2020-01-01

      """
    var monthly = "account_id,month,mrr,logins\n"
    for k in 1...12 {
      let m = "2024-\(k < 10 ? "0" : "")\(k)"
      monthly += "A1,\(m),1000,300\n"
      monthly += "A2,\(m),1000,\(k >= 9 ? 0 : 300)\n"
      monthly += "A3,\(m),1000,0\n"
      if k < 12 { monthly += "A4,\(m),1000,\(k >= 9 ? 0 : 300)\n" }
      monthly += "A5,\(m),1000,\(k >= 11 ? 0 : 300)\n"
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil)
  }

  /// By hand, over the 4 classed accounts (A4 left): the last 3 months' means are A1 300, A2 0,
  /// A3 0, A5 (300 + 0 + 0) ÷ 3 = 100, so 400 ÷ 4 = 100; the 3 before (2024-07 … 2024-09) A1
  /// 300, A2 (300 + 300 + 0) ÷ 3 = 200, A3 0, A5 300, so 800 ÷ 4 = 200. Only A2 is listed.
  @Test func describedByClassAndFallsListed() throws {
    let analysis = Analysis.run(try Self.company())
    let summaries = ActivitySummary.compute(analysis.company, scoring: analysis.scoring)
    #expect(summaries.map(\.name) == ["logins"])
    let s = try #require(summaries.first)
    #expect(s.all == ActivitySummary.Group(accounts: 4, recent: 100, prior: 200))
    #expect(s.byClass.reduce(0) { $0 + $1.accounts } == 4)
    #expect(s.stopCount == 1)
    #expect(s.stops == [ActivitySummary.Stop(account: 1, since: 8, months: 4)])
    let report = MarkdownReport.render(analysis)
    let row = try #require(MarkdownReportTests.row(report, "`logins`"))
    #expect(row.last == "100 from 200 (4)")
    #expect(
      report.contains(
        "Activity at 0 for 3 months or more while paying: A2: `logins` 0 since 2024-09, 4 "
          + "months.\n"))
    let json = JSONReport.render(analysis)
    guard case .array(let items) = try #require(json["activity_columns"]) else {
      Issue.record("activity_columns is not an array")
      return
    }
    #expect(items.count == 1)
    #expect(items[0]["all_classed"]?["recent_mean"] == .double(100))
    #expect(items[0]["all_classed"]?["prior_mean"] == .double(200))
    let zero = items[0]["at_zero_while_paying"]
    #expect(zero?["count"] == .int(1))
    guard case .array(let listed) = try #require(zero?["listed"]) else {
      Issue.record("listed is not an array")
      return
    }
    #expect(listed.count == 1)
    #expect(listed.first?["account_id"]?.stringValue == "A2")
    #expect(listed.first?["since"]?.stringValue == "2024-09")
    #expect(listed.first?["months"] == .int(4))
  }

  /// The run's edges, on one row: 3 months at 0 after a month above 0, each paid, is listed;
  /// 2 months is not; a run from the row's start (never above 0) is not; a month at 0 not paid
  /// ends the run; a missing month (`nan`) before the run is not a month above 0.
  @Test(arguments: [
    ([5, 0, 0, 0] as [Float], [true, true, true, true], 3 as Int?),
    ([5, 5, 0, 0], [true, true, true, true], nil),
    ([0, 0, 0, 0], [true, true, true, true], nil),
    ([5, 0, 0, 0], [true, true, false, true], nil),
    ([.nan, 0, 0, 0], [true, true, true, true], nil),
    ([1, 0, 0, 0, 0, 0], [true, true, true, true, true, true], 5),
  ])
  func theRunsEdges(row: [Float], paid: [Bool], months: Int?) {
    let stop = row.withUnsafeBufferPointer {
      ActivitySummary.stop($0, account: 7) { paid[$0] }
    }
    #expect(stop?.months == months)
    if let months { #expect(stop?.since == row.count - months && stop?.account == 7) }
  }

  /// 12 accounts all at 0 for their last 3 months: 10 are listed, in file order, and all 12
  /// counted; the Markdown says "10 of 12".
  @Test func theListStopsAtTen() throws {
    let accounts =
      "account_id,contract_type,start_date\n"
      + (0..<12).map { "B\($0),monthly,2020-01-01\n" }.joined()
    var monthly = "account_id,month,mrr,logins\n"
    for k in 1...6 {
      for i in 0..<12 { monthly += "B\(i),2024-0\(k),1000,\(k >= 4 ? 0 : 10)\n" }
    }
    let analysis = Analysis.run(
      try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil))
    let s = try #require(
      ActivitySummary.compute(analysis.company, scoring: analysis.scoring).first)
    #expect(s.stopCount == 12)
    #expect(s.stops.map(\.account) == Array(0..<10))
    #expect(
      MarkdownReport.render(analysis).contains(
        "while paying (10 of 12, first in file order): B0: `logins` 0 since 2024-04, 3 months;"))
  }

  /// The stops found in eight account ranges beside the class means on one thread
  /// (``ActivitySummary/compute(_:scoring:parallelFrom:)``) are the one-thread pass's: 40
  /// accounts, every third at 0 from its 9th month (14 stops, so the ten listed come from
  /// several ranges), the others' activity varied so that the class means are sums of many
  /// terms. Equal summaries, to the bit.
  @Test func stopsFoundInRangesEqualOnePass() throws {
    let accounts =
      "account_id,contract_type,start_date\n"
      + (0..<40).map { "C\($0),\($0 % 4 == 0 ? "annual" : "monthly"),2020-01-01\n" }.joined()
    var monthly = "account_id,month,mrr,logins\n"
    for k in 1...12 {
      let m = "2024-\(k < 10 ? "0" : "")\(k)"
      for i in 0..<40 {
        let logins = i % 3 == 0 && k >= 9 ? 0 : 7 + (i * 13 + k * 5) % 29
        monthly += "C\(i),\(m),\(1000 + 37 * i),\(logins)\n"
      }
    }
    let analysis = Analysis.run(
      try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil))
    let one = ActivitySummary.compute(
      analysis.company, scoring: analysis.scoring, parallelFrom: .max)
    let ranges = ActivitySummary.compute(
      analysis.company, scoring: analysis.scoring, parallelFrom: 0)
    #expect(ranges == one)
    #expect(ActivitySummary.compute(analysis.company, scoring: analysis.scoring) == one)
    let s = try #require(one.first)
    #expect(s.stopCount == 14)
    #expect(s.stops.map(\.account) == Array(stride(from: 0, to: 30, by: 3)))
    #expect(s.all.accounts > 0)
  }
}
