import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRMetrics
@testable import ARRReports

/// The committed-renewals chart leaves out empty buckets past the calendar's last dated ARR and
/// empty undated buckets; the table keeps all eight (render review 40, R40-10).
@Suite struct RenewalChartBucketsTests {
  static func buckets(_ arr: [Int64]) -> [CommittedRenewals.Bucket] {
    let periods = [
      "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "later", "no_end_date",
      "usage_minimum",
    ]
    return zip(periods, arr).map { .init(period: $0, arr: $1, accounts: $1 > 0 ? 1 : 0) }
  }

  /// An empty quarter between two full ones stays (it is the calendar); the empty quarters after
  /// the last full one, `later` and `usage_minimum` go.
  @Test func emptyBucketsPastTheCalendarGo() {
    let charted = ReportChart.chartedRenewalBuckets(Self.buckets([5, 0, 4, 0, 0, 0, 3, 0]))
    #expect(charted.map(\.period) == ["2026-Q4", "2027-Q1", "2027-Q2", "no_end_date"])
  }

  /// Nothing dated: only the undated buckets that hold ARR.
  @Test func onlyUndatedARR() {
    let charted = ReportChart.chartedRenewalBuckets(Self.buckets([0, 0, 0, 0, 0, 0, 0, 7]))
    #expect(charted.map(\.period) == ["usage_minimum"])
  }

  /// Billings: its committed ARR ends within 2026-Q4..2027-Q3, so the chart draws four bars,
  /// while the table keeps its eight rows.
  @Test func billingsDrawsFourBars() throws {
    let (analysis, _, bundle) = try SampleCompanies.bundle("data-room-billings")
    let renewals = analysis.metrics.committedRenewals
    #expect(renewals.buckets.count == 8)
    #expect(
      ReportChart.chartedRenewalBuckets(renewals.buckets).map(\.period)
        == ["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"])
    let svg = try #require(SampleCompanies.text(bundle, "charts/committed-renewals.svg"))
    #expect(svg.contains("2027-Q3") && !svg.contains("usage minimum") && !svg.contains("2027-Q4"))
  }
}
