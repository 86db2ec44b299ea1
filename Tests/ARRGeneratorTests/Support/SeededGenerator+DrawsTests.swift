import ARRCore
import Testing

@testable import ARRGenerator

@Suite struct SeededGeneratorDrawsTests {
  @Test func intStaysInRangeAndHitsBothEnds() {
    var rng = SeededGenerator(seed: 1)
    var seen = Set<Int>()
    for _ in 0..<2_000 {
      let v = rng.int(3...7)
      #expect((3...7).contains(v))
      seen.insert(v)
    }
    #expect(seen == [3, 4, 5, 6, 7])
  }

  @Test func normalHasMeanZeroAndUnitVariance() {
    var rng = SeededGenerator(seed: 2)
    let n = 50_000
    var sum = 0.0
    var squares = 0.0
    for _ in 0..<n {
      let x = rng.normal()
      sum += x
      squares += x * x
    }
    let mean = sum / Double(n)
    // Standard error of the mean is 1/√50,000 ≈ 0.0045; of the variance about 0.0063.
    #expect(abs(mean) < 0.025)
    #expect(abs(squares / Double(n) - mean * mean - 1) < 0.035)
  }

  @Test func pickFollowsWeights() {
    var rng = SeededGenerator(seed: 3)
    var counts = [0, 0]
    for _ in 0..<20_000 { counts[rng.pick([(0, 1.0), (1, 3.0)])] += 1 }
    // Expected 5,000 and 15,000; a binomial's sd here is about 61.
    #expect(abs(counts[0] - 5_000) < 350)
  }

  @Test func sameSeedSameStream() {
    var a = SeededGenerator(seed: 9)
    var b = SeededGenerator(seed: 9)
    for _ in 0..<100 {
      #expect(a.logNormal(median: 5, sigma: 1) == b.logNormal(median: 5, sigma: 1))
    }
  }
}
