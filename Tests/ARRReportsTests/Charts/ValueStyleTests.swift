import ARRAnalysis
import Testing

@testable import ARRReports

@Suite struct ValueStyleTests {
  let f = NumberFormat.usd

  @Test func valuesUseTheNumberFormat() {
    #expect(ValueStyle.money.text(452_000_000, format: f) == "$4.52M")
    #expect(ValueStyle.percent.text(1.084, format: f) == "108.4%")
    #expect(ValueStyle.ratio.text(3.24, format: f) == "3.2×")
    #expect(ValueStyle.number(decimals: 1).text(1234.56, format: f) == "1,234.6")
    #expect(ValueStyle.money.text(.nan, format: f) == "n/a")
    #expect(ValueStyle.money.text(1e30, format: f) == "n/a")
  }

  @Test func ticksUseOnlyTheDecimalsTheStepNeeds() {
    #expect(ValueStyle.percent.tickText(0.2, step: 0.2, format: f) == "20%")
    #expect(ValueStyle.percent.tickText(0.025, step: 0.005, format: f) == "2.5%")
    #expect(ValueStyle.number(decimals: 3).tickText(12, step: 2, format: f) == "12")
    #expect(ValueStyle.number(decimals: 0).tickText(0.5, step: 0.5, format: f) == "0.5")
    #expect(ValueStyle.ratio.tickText(2, step: 1, format: f) == "2×")
    #expect(ValueStyle.money.tickText(150_000_000, step: 50_000_000, format: f) == "$1.50M")
  }

  @Test(
    arguments: [
      (1.0, 0), (20.0, 0), (0.5, 1), (0.2, 1), (0.05, 2), (0.001, 3), (0.0, 0), (Double.nan, 0),
    ] as [(Double, Int)])
  func decimalsForStep(step: Double, expected: Int) {
    #expect(ValueStyle.decimals(for: step) == expected)
  }
}
