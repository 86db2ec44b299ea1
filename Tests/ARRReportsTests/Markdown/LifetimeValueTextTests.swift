import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The unit economics table names the period of the naive LTV's ARPA and churn, and the
/// paragraph on why DEL-based and naive LTV differ says which is higher, on hand-computed
/// valuations.
@Suite struct LifetimeValueTextTests {
  /// A segment valued with sBG α = 3, β = 6 (undiscounted lifetime (α+β−1)/(α−1) = 4 periods),
  /// ARPA $100 a period, margin 100%, discounted at 1% a period, against a naive churn rate.
  static func segment(naiveChurn: Double) throws -> SegmentLifetimeValue {
    let analysis = try SampleCompanies.analysis("plg-smb")
    var v = try #require(analysis.projection?.lifetimeValues.first)
    v.value = LifetimeValue(
      model: ShiftedBetaGeometric(alpha: 3, beta: 6), discountRate: 0.01, arpa: 100,
      naiveChurnRate: naiveChurn)
    v.naive = v.value?.naive
    v.naiveChurnRate = naiveChurn
    return v
  }

  @Test func theComparisonFollowsTheSign() throws {
    let f = NumberFormat(currency: "USD")
    // Naive $100 ÷ 50% = $200, below DEL (just under 4 periods, $39x): the sorting wins.
    let above = try #require(
      MarkdownReport.ltvComparison(try Self.segment(naiveChurn: 0.5), format: f))
    #expect(above.hasPrefix("Here DEL-based LTV ($3"))
    #expect(
      above.hasSuffix("is above the naive figure ($200): the sorting outweighs the discount."))
    // Naive $100 ÷ 25% = $400, the undiscounted lifetime exactly: only the discount puts DEL
    // below it.
    let discounted = try #require(
      MarkdownReport.ltvComparison(try Self.segment(naiveChurn: 0.25), format: f))
    #expect(
      discounted.hasSuffix("is below the naive figure ($400): the discount outweighs the sorting."))
    // Naive $100 ÷ 10% = $1,000, above even the undiscounted $400.
    let shorter = try #require(
      MarkdownReport.ltvComparison(try Self.segment(naiveChurn: 0.1), format: f))
    #expect(
      shorter.hasSuffix(
        "is below the naive figure ($1,000): the fitted curve keeps accounts for less time than "
          + "the single churn rate implies, and the discount lowers it further."))
  }

  @Test func theNaiveColumnNamesItsPeriod() throws {
    var v = try Self.segment(naiveChurn: 0.5)
    v.periodMonths = 1
    #expect(MarkdownReport.naiveLabel([v]) == "Naive LTV (monthly ARPA ÷ monthly churn)")
    var annual = v
    annual.periodMonths = 12
    #expect(MarkdownReport.naiveLabel([annual]) == "Naive LTV (annual ARPA ÷ annual churn)")
    #expect(MarkdownReport.naiveLabel([v, annual]) == "Naive LTV (ARPA ÷ churn, both per period)")
    // A segment without a naive figure (n/a: no churn observed) does not count: the label
    // names the period of the rows that have one.
    var unvalued = annual
    unvalued.value = nil
    unvalued.naive = nil
    #expect(MarkdownReport.naiveLabel([unvalued, v]) == "Naive LTV (monthly ARPA ÷ monthly churn)")
  }
}
