import ARRCore
import Testing

@testable import ARRReports

/// ``Leaders`` against the reference it replaces: filter, sort, prefix.
@Suite struct LeadersTests {
  @Test(arguments: [0, 1, 3, 10, 500])
  func leadersAreTheSortedPrefix(count: Int) {
    var rng = SeededGenerator(seed: 41)
    // Many ties in the value (0..<20), broken by index: a strict total order.
    let values = (0..<400).map { _ in Int(rng.next() % 20) }
    let isIncluded = { (i: Int) in values[i] % 7 != 0 }
    let isBefore = { (i: Int, j: Int) in (values[i], j) > (values[j], i) }
    let reference = Array(
      (0..<values.count).filter(isIncluded).sorted(by: isBefore).prefix(count))
    #expect(
      Leaders.indices(count: count, of: values.count, where: isIncluded, by: isBefore)
        == reference)
  }

  @Test func nothingIncludedGivesNoLeaders() {
    #expect(Leaders.indices(count: 5, of: 10, where: { _ in false }, by: { $0 < $1 }).isEmpty)
  }
}
