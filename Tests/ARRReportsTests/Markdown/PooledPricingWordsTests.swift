import ARRAnalysis
import ARRCore
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection
@testable import ARRReports

/// How far the classes are priced apart follows last year's ranking (``Backtest/classPricing``),
/// and the report's words say which pricing was used (render review 32, R32-2: movements priced
/// both classes at the pooled 89.5% while its caution said "the defaults' order outweighs last
/// year's reversal" and its top-10 table "priced at the retained class's retention").
@Suite struct PooledPricingWordsTests {
  /// Over every bundled company: a trust of 0 prices every class at one rate and the report
  /// says "pooled"; a trust of 1 never says so.
  @Test(arguments: SampleCompanies.names)
  func theWordsFollowTheRankingTrust(name: String) throws {
    let (analysis, _, md) = try BoardReportTests.report(name)
    let s = analysis.scoring
    guard s.retentionSource == .backtestClassDepartures, let bt = s.backtest else { return }
    let prices = try #require(s.classRetention)
    if bt.classPricing == .pooled {
      #expect(prices[0] == prices[1] && prices[1] == prices[2])
      #expect(!md.contains("the defaults' order outweighs"))
      if md.contains("no reason listed: priced at") {
        #expect(md.contains("priced at the company's pooled retention"))
      }
    }
    if bt.classPricing == .byClass {
      #expect(!md.contains("pooled retention") && !md.contains("with the company's pooled rate"))
    }
  }

  /// The projection's explanation names the pooled rate by the pricing: pooled says "pooled
  /// over the classes", blended "blended with the company's pooled rate", by class neither.
  @Test func theProjectionsWordsFollowTheTrust() {
    let code = RetentionSource.backtestClassDepartures.rawValue
    #expect(
      Projection.retentionSourceWords(code, pricing: .pooled).hasPrefix(
        "the company's departures observed last year, pooled over the classes"))
    #expect(
      Projection.retentionSourceWords(code, pricing: .blended).contains(
        "blended with the company's pooled rate"))
    #expect(
      Projection.retentionSourceWords(code, pricing: .byClass)
        == "each class's departures observed last year and the dollars its stayers kept")
  }
}
