import Testing

@testable import ARRCore

/// ``ActivityColumn/encode(_:scale:)`` rounds without calling `round`: it must give, for every
/// value, the cell of the rule as first written (the product `rounded()`, within ±32,767,
/// decoded back to the value's exact bits).
@Suite struct RoundedEncodeTests {
  /// The rule with `rounded()`, the reference.
  static func reference(_ value: Float, scale: Float) -> Int16? {
    if value.isNaN { return ActivityColumn.missingCell }
    let scaled = (Double(value) * Double(scale)).rounded()
    guard abs(scaled) <= Double(Int16.max) else { return nil }
    let n = Int16(scaled)
    return ActivityColumn.decode(n, scale: scale).bitPattern == value.bitPattern ? n : nil
  }

  /// Values at the edges: halves, the ±32,767 limits and just past them, −0, infinities, the
  /// smallest numbers, values a hair either side of a cell.
  static let edges: [Float] = {
    var v: [Float] = [
      0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 32_767, -32_767, 32_767.5, -32_767.5, 32_768, -32_768,
      327.67, -327.67, 327.675, 3_276.7, 3_276.75, .infinity, -.infinity, .nan,
      .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1, 0.01,
      0.05, 0.005, 49.9, 78.5, 1e9, -1e9,
    ]
    for x in v where x.isFinite { v += [x.nextUp, x.nextDown] }
    return v
  }()

  @Test(arguments: ActivityColumn.scales)
  func edgesAreEncodedAsTheReferenceDoes(scale: Float) {
    for v in Self.edges {
      #expect(ActivityColumn.encode(v, scale: scale) == Self.reference(v, scale: scale), "\(v)")
    }
  }

  /// Every cell of every scale, its neighbours, and values from random bits.
  @Test(arguments: ActivityColumn.scales)
  func cellsTheirNeighboursAndRandomBitsAreEncodedAsTheReferenceDoes(scale: Float) {
    for n in Int(Int16.min)...Int(Int16.max) {
      let v = Float(n) / scale
      for x in [v, v.nextUp, v.nextDown, (Float(n) + 0.5) / scale] {
        #expect(ActivityColumn.encode(x, scale: scale) == Self.reference(x, scale: scale))
      }
    }
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<200_000 {
      let x = Float(bitPattern: UInt32.random(in: .min ... .max, using: &generator))
      #expect(ActivityColumn.encode(x, scale: scale) == Self.reference(x, scale: scale))
    }
  }
}
