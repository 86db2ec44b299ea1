import Testing

@testable import ARRScoring

@Suite struct CalibrationTests {
  /// 20 accounts at score 10 and 20 at score 50; `lowChurners` of the first and 10 of the
  /// second churn. 40 accounts give two bands of 20.
  static func histogram(lowChurners: Int) -> AUCHistogram {
    var h = AUCHistogram()
    for k in 0..<20 { h.add(score: 10, churned: k < lowChurners) }
    for k in 0..<20 { h.add(score: 50, churned: k < 10) }
    return h
  }

  @Test func aCalibratedScoreHasNoCalibrationError() throws {
    let cal = try #require(Self.histogram(lowChurners: 2).calibration)
    #expect(cal.bands.count == 2)
    #expect(cal.bands.map(\.accounts) == [20, 20])
    #expect(cal.bands.map(\.lowScore) == [10, 50])
    #expect(cal.bands.map(\.observedChurn) == [0.1, 0.5])
    #expect(abs(cal.bands[0].predictedChurn - 0.1) < 1e-12)
    #expect(abs(cal.bands[1].predictedChurn - 0.5) < 1e-12)
    // (2 × 0.9² + 18 × 0.1² + 10 × 0.5² + 10 × 0.5²) ÷ 40 = 6.8 ÷ 40.
    #expect(abs(cal.brier - 0.17) < 1e-12)
    // 12 of 40 churned: 0.3 × 0.7.
    #expect(abs(cal.baseRateBrier - 0.21) < 1e-12)
    #expect(abs(cal.calibrationError) < 1e-12)
  }

  /// 6 of the low band churn (30% against a predicted 10%): error 20 × 0.2 ÷ 40 = 0.1.
  @Test func aMiscalibratedBandShowsItsGap() throws {
    let cal = try #require(Self.histogram(lowChurners: 6).calibration)
    #expect(cal.bands.map(\.observedChurn) == [0.3, 0.5])
    #expect(abs(cal.calibrationError - 0.1) < 1e-12)
  }

  /// Fewer than 20 accounts: one band; none: no calibration.
  @Test func fewAccountsGiveOneBand() throws {
    var h = AUCHistogram()
    for k in 0..<15 { h.add(score: Double(k) * 5, churned: k % 3 == 0) }
    #expect(try #require(h.calibration).bands.count == 1)
    #expect(try #require(h.calibration).bands[0].accounts == 15)
    #expect(AUCHistogram().calibration == nil)
  }
}
