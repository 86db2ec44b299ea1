import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Concentration")
struct ConcentrationTests {
  @Test func sharesAndHHIOnAHandCase() {
    // Positive accounts $1, $3, $6 (shares 10%, 30%, 60%): HHI = 100 + 900 + 3,600.
    let c = Concentration.compute(recurringMRR: [100, 300, 0, -5, 600])
    #expect(c.accounts == 3)
    #expect(c.top1 == 0.6)
    #expect(c.top5 == 1)
    #expect(c.top10 == 1)
    #expect(abs(c.hhi - 4_600) < 1e-9)
    #expect(c.top1ARR == 7_200)
    #expect(c.totalARR == 12_000)
  }

  @Test func twelveEqualAccounts() {
    let c = Concentration.compute(recurringMRR: Array(repeating: 100, count: 12))
    #expect(abs(c.top1 - 1.0 / 12) < 1e-12)
    #expect(abs(c.top5 - 5.0 / 12) < 1e-12)
    #expect(abs(c.top10 - 10.0 / 12) < 1e-12)
    #expect(abs(c.hhi - 10_000.0 / 12) < 1e-9)
  }

  @Test func singleAccountIsAMonopoly() {
    let c = Concentration.compute(recurringMRR: [0, 4_200])
    #expect(c.top1 == 1 && c.hhi == 10_000)
  }

  @Test func nothingRecurringGivesZeros() {
    let c = Concentration.compute(recurringMRR: [0, -3])
    #expect(c.accounts == 0 && c.top1 == 0 && c.top10 == 0 && c.hhi == 0 && c.totalARR == 0)
  }

  @Test(arguments: [41 as UInt64, 42, 43])
  func topTenMatchesAFullSort(seed: UInt64) {
    var g = SeededGenerator(seed: seed)
    let values = (0..<2_000).map { _ in Int64(g.next() % 1_000_000) - 100_000 }
    let c = Concentration.compute(recurringMRR: values)
    let sorted = values.filter { $0 > 0 }.sorted(by: >)
    #expect(c.top1ARR == 12 * sorted[0])
    #expect(c.top5ARR == 12 * sorted.prefix(5).reduce(0, +))
    #expect(c.top10ARR == 12 * sorted.prefix(10).reduce(0, +))
    #expect(c.accounts == sorted.count)
  }
}
