/// Elementary functions written with `+ − × ÷` only, so every platform computes the same bits.
///
/// The generator must give byte-identical files on Linux and macOS; their `libm`s may differ in
/// the last bit of `exp` or `log`, which could flip a rounded cent. These are accurate to a few
/// ulps over the ranges the generator uses, which is all it needs.
enum DeterministicMath {
  static let ln2 = 0.693_147_180_559_945_3

  /// e^x; 0 below −745 and +∞ above 709.
  static func exp(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x > 709 { return .infinity }
    if x < -745 { return 0 }
    let k = (x / ln2).rounded()
    let r = x - k * ln2
    var term = 1.0
    var sum = 1.0
    for i in 1...16 {
      term *= r / Double(i)
      sum += term
    }
    return sum * exp2(Int(k))
  }

  /// Natural logarithm for x > 0 (−∞ at 0, NaN below).
  static func log(_ x: Double) -> Double {
    if x.isNaN || x < 0 { return .nan }
    if x == 0 { return -.infinity }
    if x.isInfinite { return x }
    var m = x.significand
    var k = Double(x.exponent)
    if m > 1.414_213_562_373_095_1 {
      m /= 2
      k += 1
    }
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    var term = s
    var sum = s
    var n = 1.0
    for _ in 0..<12 {
      term *= s2
      n += 2
      sum += term / n
    }
    return 2 * sum + k * ln2
  }

  /// 1 / (1 + e^−x).
  static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

  /// 2^k exactly, for the exponents `exp` needs.
  static func exp2(_ k: Int) -> Double {
    if k < -1022 {
      return Double(sign: .plus, exponent: -1022, significand: 1)
        * Double(sign: .plus, exponent: k + 1022, significand: 1)
    }
    return Double(sign: .plus, exponent: k, significand: 1)
  }
}
