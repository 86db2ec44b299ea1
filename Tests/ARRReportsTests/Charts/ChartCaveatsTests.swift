import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Charts carry the caveats their figures carry in the text (session 15, report: the ARR walk
/// drew a point where the summary quotes a range, and the bridge's legend named a measured
/// expansion where the data has no price history).
@Suite struct ChartCaveatsTests {
  static func svg(_ analysis: Analysis, _ name: ReportChart.Name) throws -> String {
    try #require(ReportChart.all(for: analysis).first { $0.name == name }).svg
  }

  /// Headline $12,000 (SummaryCaveatsTests' company) imported with ambiguous choices of
  /// $9,000 to $15,000: the walk's subtitle gives the range the summary row gives; without the
  /// finding it has none.
  @Test func theWalkSaysTheHeadlineIsARange() throws {
    var company = try SummaryCaveatsTests.company()
    let plain = try Self.svg(Analysis.run(company), .arrWalk)
    #expect(!plain.contains("import readings"))
    company.dataQuality.imported = ImportSummary(
      shape: "cube", values: "billings", ambiguousARRLow: 900_000, ambiguousARRHigh: 1_500_000)
    let walk = try Self.svg(Analysis.run(company), .arrWalk)
    #expect(
      walk.contains(
        "Headline ARR is $9.00K–$15.0K under the other import readings (Data quality); the walk "))
  }

  /// Three accounts at $100 a month for three months from a Stripe subscriptions export alone
  /// (`no_price_history`): the bridge's legend says expansion and contraction are not
  /// measured, and a subtitle says why; the same company read natively names them plainly.
  @Test func theBridgeSaysExpansionIsNotMeasured() throws {
    var company = try FindingCodesReportTests.company(accounts: 3, months: 3)
    let plain = try Self.svg(Analysis.run(company), .mrrBridge)
    #expect(plain.contains(">Expansion<"))
    #expect(!plain.contains("not measured"))
    company.dataQuality.imported = ImportSummary(shape: "stripe-subscriptions", values: "mrr")
    let bridge = try Self.svg(Analysis.run(company), .mrrBridge)
    #expect(bridge.contains(">Expansion (not measured)<"))
    #expect(bridge.contains(">Contraction (not measured)<"))
    #expect(!bridge.contains(">Expansion<"))
    #expect(bridge.contains("Expansion and contraction are not in this data (no price history)"))
  }
}
