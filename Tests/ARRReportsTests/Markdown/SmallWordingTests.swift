import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Render review 30, R30-16's wording items, on the bundled reports.
@Suite struct SmallWordingTests {
  /// The ledger's summary rows: no second pair of brackets after the usage-averaged figure
  /// (trailing 126.0%, 120.8% with usage at its 3-month average; base month 2025-09).
  @Test func theIncompleteBaseIsAClauseNotASecondBracket() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-ledger")
    let ndr = try #require(MarkdownReportTests.row(md, "Projected NDR, next 12 months (mean)"))
    #expect(
      ndr[2].contains(
        "trailing 126.0% (120.8% with usage at its 3-month average); base month 2025-09 "
          + "incomplete in the import (see Retention)"))
    #expect(!ndr[2].contains(") ("))
  }

  /// Billings' stress tables: the trailing rows move under a forward-looking shock, and say why
  /// in their label; the Benchmarks claim no direction.
  @Test func stressTrailingRowsSayTheAsOfMonthIsShocked() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    #expect(MarkdownReportTests.row(md, "Trailing NDR (as-of month shocked)") != nil)
    #expect(MarkdownReportTests.row(md, "Trailing GRR (as-of month shocked)") != nil)
    #expect(!md.contains("usually sits below them"))
    #expect(md.contains("a young or fast-growing base may sit well above or below them"))
  }

  /// The class-mix chart names accounts without a segment in the tables' words, where a
  /// split by segment is drawn: the ledger's accounts all lack one, so none is (render review
  /// 38, R38-12), and movements' neither.
  @Test func theClassMixChartSaysNoSegment() throws {
    for sample in ["data-room-movements", "data-room-ledger"] {
      let (_, _, bundle) = try SampleCompanies.bundle(sample)
      let chart = try #require(SampleCompanies.text(bundle, "charts/class-mix.svg"))
      #expect(!chart.contains("No segment, by ARR") && !chart.contains("No segment given"))
    }
    let c = ReportChart.classMixRowLabel(segment: Account.noSegmentLabel)
    #expect(c == "No segment, by ARR")
  }
}
