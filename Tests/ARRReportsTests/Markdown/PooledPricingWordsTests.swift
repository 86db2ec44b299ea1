import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Under pooled pricing the walk's class rows and the top-loss table say they are not a risk
/// reading (render review 38, R38-2).
@Suite struct PooledPricingWordsTests {
  /// data-room-movements prices every class at its pooled retention (11 churners, AUC 0.38):
  /// the walk says so under its table and the top-loss table's title says size orders it.
  @Test func movementsSaysItsClassRowsAreOneRate() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-movements")
    #expect(analysis.scoring.isPricedPooled)
    let rate = try #require(analysis.scoring.classRetention?.first)
    #expect(
      md.contains(
        "Every class is priced at the company's pooled retention "
          + "(\(NumberFormat(currency: "USD").percent(rate)) to stay): the loss rows split one "
          + "rate's loss by each class's share of recurring ARR, not by its risk."))
    #expect(
      md.contains(
        "(any class; every class is priced at the pooled retention, so size more than risk "
          + "orders this list)"))
  }

  /// plg-smb prices its classes apart: neither sentence.
  @Test func classesPricedApartSayNeither() throws {
    let (analysis, _, md) = try BoardReportTests.report("plg-smb")
    #expect(!analysis.scoring.isPricedPooled)
    #expect(!md.contains("the loss rows split one rate's loss"))
    #expect(md.contains("largest expected 12-month loss** (any class)\n"))
  }
}
