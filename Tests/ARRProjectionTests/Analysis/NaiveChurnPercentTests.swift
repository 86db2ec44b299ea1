import ARRTestSupport
import Testing

@testable import ARRProjection

/// The naive figure's observed churn is printed with one decimal, as the report's other rates
/// (render review 28, R28-24: "39.29% a year", "5.56% a month").
@Suite struct NaiveChurnPercentTests {
  @Test(arguments: [
    (0.3929, "39.3%"), (0.0556, "5.6%"), (0.05, "5.0%"), (0.00391, "0.4%"), (0.0004, "0.0%"),
  ])
  func oneDecimal(x: Double, text: String) {
    #expect(Projection.oneDecimalPercent(x) == text)
  }

  /// ai-hypergrowth's enterprise segment has no curve; its naive churn, 39.29% a year before,
  /// reads 39.3%.
  @Test func aiHypergrowthsEnterpriseNaiveChurn() throws {
    let analysis = try SampleCompanies.analysis("ai-hypergrowth")
    let enterprise = try #require(
      analysis.projection?.lifetimeValues.first { $0.segment == "enterprise" })
    #expect(
      enterprise.explanation.hasSuffix(
        "The naive figure divides margin-adjusted ARPA by the observed churn (39.3% a year), "
          + "undiscounted."))
  }
}
