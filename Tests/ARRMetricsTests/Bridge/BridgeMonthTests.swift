import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Bridge month")
struct BridgeMonthTests {
  static func month(
    opening: Int64, new: Int64, expansion: Int64, contraction: Int64, churn: Int64,
    reactivation: Int64, closing: Int64
  ) -> BridgeMonth {
    BridgeMonth(
      month: Month(year: 2025, month: 6), opening: opening, new: new, expansion: expansion,
      contraction: contraction, churn: churn, reactivation: reactivation, closing: closing)
  }

  @Test func netNewQuickRatioAndBalance() throws {
    let m = Self.month(
      opening: 1_000, new: 300, expansion: 100, contraction: 50, churn: 150, reactivation: 100,
      closing: 1_300)
    #expect(m.netNew == 300)
    #expect(m.isBalanced)
    #expect(try #require(m.quickRatio) == 2.5)  // (300 + 100 + 100) / (50 + 150)
  }

  @Test func quickRatioIsAbsentWhenNothingWasLost() {
    let m = Self.month(
      opening: 0, new: 500, expansion: 0, contraction: 0, churn: 0, reactivation: 0,
      closing: 500)
    #expect(m.quickRatio == nil)
  }

  @Test func anUnbalancedRowIsDetected() {
    let m = Self.month(
      opening: 1_000, new: 0, expansion: 0, contraction: 0, churn: 1, reactivation: 0,
      closing: 1_000)
    #expect(!m.isBalanced)
    #expect(m.quickRatio == 0)
  }
}
