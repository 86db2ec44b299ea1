import ARRCore
import Testing

@testable import ARRInput

/// ``BillingRhythm/windowMaxima(_:radius:)`` (the walk's fast path) against the naive scan of
/// each month's window it replaces.
@Suite struct WindowMaximaTests {
  /// The largest of each clamped window, read one month at a time.
  static func naive(_ x: [Int64], radius: Int) -> [Int64] {
    x.indices.map { m in
      x[max(0, m - radius)...min(x.count - 1, m + radius)].max()!
    }
  }

  @Test func handComputedCases() {
    let x: [Int64] = [0, 5, 0, 0, 9, 1, 0, 0, 0, 2]
    #expect(
      x.withUnsafeBufferPointer { BillingRhythm.windowMaxima($0, radius: 1) }
        == [5, 5, 5, 9, 9, 9, 1, 0, 2, 2])
    #expect(x.withUnsafeBufferPointer { BillingRhythm.windowMaxima($0, radius: 0) } == x)
    #expect(
      x.withUnsafeBufferPointer { BillingRhythm.windowMaxima($0, radius: 40) }
        == Array(repeating: 9, count: 10))
    #expect([Int64]().withUnsafeBufferPointer { BillingRhythm.windowMaxima($0, radius: 3) } == [])
  }

  /// Random months (lengths 1–60, radii 0–40, amounts up to `Int64.max`, many zeros), seeded:
  /// equal to the naive scan on every one.
  @Test func agreesWithTheNaiveScan() {
    var random = SeededGenerator(seed: 45)
    for _ in 0..<3_000 {
      let n = Int.random(in: 1...60, using: &random)
      let radius = Int.random(in: 0...40, using: &random)
      let x = (0..<n).map { _ -> Int64 in
        Bool.random(using: &random) ? 0 : Int64.random(in: 1...Int64.max, using: &random)
      }
      let fast = x.withUnsafeBufferPointer { BillingRhythm.windowMaxima($0, radius: radius) }
      #expect(fast == Self.naive(x, radius: radius), "n \(n) radius \(radius)")
    }
  }
}
