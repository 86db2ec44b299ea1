import Testing

@testable import ARRReports

@Suite struct ChartPaletteTests {
  @Test func seriesColoursAreDistinctOkabeItoColours() {
    #expect(Set(ChartPalette.series).count == ChartPalette.series.count)
    #expect(!ChartPalette.series.contains("#F0E442"))  // yellow vanishes on the white card
    #expect(ChartPalette.series.allSatisfy { $0.count == 7 && $0.hasPrefix("#") })
  }

  @Test func seriesColourCyclesForAnyIndex() {
    let n = ChartPalette.series.count
    #expect(ChartPalette.seriesColor(0) == ChartPalette.blue)
    #expect(ChartPalette.seriesColor(n) == ChartPalette.seriesColor(0))
    #expect(ChartPalette.seriesColor(-1) == ChartPalette.seriesColor(n - 1))
  }

  @Test func classesAndDirectionsHaveTheirOwnColours() {
    #expect(Set([ChartPalette.retained, ChartPalette.wavering, ChartPalette.atRisk]).count == 3)
    #expect(ChartPalette.increase != ChartPalette.decrease)
    let bridge = [
      ChartPalette.newBusiness, ChartPalette.expansion, ChartPalette.reactivation,
      ChartPalette.contraction, ChartPalette.churn,
    ]
    #expect(Set(bridge).count == 5)
  }
}
