import Testing

@testable import ARRReports

@Suite struct AxisScaleTests {
  @Test(
    arguments: [
      (0.7, 1.0), (1.0, 1.0), (1.3, 2.0), (2.0, 2.0), (3.0, 5.0), (7.5, 10.0), (0.03, 0.05),
      (420.0, 500.0), (0.0, 1.0), (-1.0, 1.0), (Double.nan, 1.0),
    ] as [(Double, Double)])
  func niceStepsAreOneTwoOrFiveTimesAPowerOfTen(rough: Double, expected: Double) {
    #expect(abs(AxisScale.niceStep(rough) - expected) < expected * 1e-12)
  }

  @Test func coversTheDataWithNiceBounds() {
    let scale = AxisScale(covering: [120, 455], targetTicks: 5)
    #expect(scale.step == 200)  // 455 / 4 = 113.75 → 200
    #expect(scale.lower == 0)
    #expect(scale.upper == 600)
    #expect(scale.ticks == [0, 200, 400, 600])
  }

  @Test func negativeValuesExtendBelowZero() {
    let scale = AxisScale(covering: [-30, 80])
    #expect(scale.lower <= -30 && scale.upper >= 80)
    #expect(scale.ticks.contains(0))
    #expect(scale.ticks.first == scale.lower && scale.ticks.last == scale.upper)
  }

  @Test func degenerateInputsGiveAFiniteAxis() {
    for values in [[], [0], [5, 5], [.nan, .infinity], [-2.0]] as [[Double]] {
      let scale = AxisScale(covering: values)
      #expect(scale.lower.isFinite && scale.upper.isFinite && scale.step > 0)
      #expect(scale.upper > scale.lower)
      #expect(scale.ticks.count >= 2)
    }
    let single = AxisScale(covering: [0.9], includesZero: false)
    #expect(single.lower < 0.9 && single.upper > 0.9)
  }

  @Test func ticksAreExactMultiplesOfTheStep() {
    let scale = AxisScale(covering: [0.31, 1.08], includesZero: false)
    #expect(scale.step == 0.2)
    for tick in scale.ticks {
      let k = tick / scale.step
      #expect(abs(k - k.rounded()) < 1e-9)
    }
  }

  @Test func positionMapsLinearly() {
    let scale = AxisScale(covering: [0, 100])
    #expect(scale.position(0, from: 300, to: 100) == 300)
    #expect(scale.position(100, from: 300, to: 100) == 100)
    #expect(scale.position(50, from: 300, to: 100) == 200)
    #expect(scale.position(.nan, from: 300, to: 100) == 300)
  }
}
