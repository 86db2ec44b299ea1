import ARRCore
import Testing

@testable import ARRProjection

@Suite("Projection result: backtest errors")
struct ProjectionResultTests {
  /// Error = projected − realised, in percentage points: 0.875 − 0.75 = +12.5; 0.5 − 0.625 =
  /// −12.5; 0.75 − 0.75 = 0 (dyadic values, so exact).
  @Test func errorPointsByHand() {
    let range = PercentileRange(p10: 0, p50: 0, p90: 0)
    let forecast = RetentionForecast(
      baseMonth: Month(year: 2024, month: 1), accounts: 1, baseMRR: 100, ndr: 0.875, grr: 0.5,
      logoRetention: 0.75, ndrRange: range, grrRange: range, logoRetentionRange: range,
      retentionSource: "class_defaults", movementWindowMonths: 0, movements: [], paths: 1, seed: 0)
    let b = ProjectionBacktest(
      forecast: forecast, realisedNDR: 0.75, realisedGRR: 0.625, realisedLogoRetention: 0.75,
      methodUsed: "class_defaults", modelUsed: "default_weights")
    #expect(b.ndrErrorPoints == 12.5)
    #expect(b.grrErrorPoints == -12.5)
    #expect(b.logoErrorPoints == 0)
  }
}
