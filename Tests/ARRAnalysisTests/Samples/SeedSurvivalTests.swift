import ARRAnalysis
import ARRTestSupport
import Testing

/// The sample's logo survival with the censored leaving before the churns of their duration
/// (render review 35, R35-4).
@Suite struct SeedSurvivalTests {
  /// seed-example (as-of 2026-06): 18 accounts paid in May, 1 of them left in June; the 20 that
  /// first paid in June cannot have left yet. Survival after one month: 17 of 18.
  @Test func seedExampleKeepsSeventeenOfEighteen() throws {
    let analysis = try SampleCompanies.analysis("seed-example")
    let km = try #require(analysis.projection?.kaplanMeier)
    let month1 = try #require(km.first { $0.time == 1 })
    #expect(month1.atRisk == 18 && month1.events == 1)
    #expect(abs(month1.survival - 17.0 / 18) < 1e-12)
  }
}
