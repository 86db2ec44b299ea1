import ARRProjection
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("DEL and DERL")
struct ShiftedBetaGeometricLifetimeTests {
  /// Fader & Hardie (2007) high-end estimates, as fitted by our own fit to full precision.
  let highEnd = ShiftedBetaGeometric(alpha: 0.668088, beta: 3.806095)
  let regular = ShiftedBetaGeometric(alpha: 0.704077, beta: 1.182043)

  /// Σ_{t≥n} S(t)/S(n−1)/(1+d)^{t−n} summed directly until the terms vanish: the definition in
  /// Fader & Hardie (2010) define DERL as this sum; DEL is the same sum from t = 0.
  private func directDERL(_ m: ShiftedBetaGeometric, d: Double, renewals: Int) -> Double {
    let n = renewals + 1
    var sum = 0.0
    var ratio = 1.0  // S(t)/S(n−1)
    var discount = 1.0
    var t = n
    while t < n + 20_000 {
      ratio *= m.retentionRate(t)
      sum += ratio * discount
      discount /= 1 + d
      t += 1
    }
    return sum
  }

  @Test(arguments: 0...10)
  func derlEqualsItsDefiningSeries(renewals: Int) {
    for m in [highEnd, regular] {
      let closed = m.discountedExpectedResidualLifetime(discountRate: 0.1, renewals: renewals)
      #expect(abs(closed - directDERL(m, d: 0.1, renewals: renewals)) < 1e-12 * closed)
    }
  }

  @Test(arguments: [0.01, 0.05, 0.1, 0.25])
  func delIsOnePlusDiscountedDERLAtZeroRenewals(d: Double) {
    // DEL = S(0) + Σ_{t≥1} S(t)/(1+d)ᵗ = 1 + DERL(d, 0 renewals)/(1+d).
    for m in [highEnd, regular] {
      let del = m.discountedExpectedLifetime(discountRate: d)
      let derl0 = m.discountedExpectedResidualLifetime(discountRate: d, renewals: 0)
      #expect(abs(del - (1 + derl0 / (1 + d))) < 1e-13 * del)
    }
  }

  @Test func thirdPartyHighEndDERL() {
    // Third-party cross-check, not a published value: jdmaturen/shifted_beta_geometric_py
    // README prints derl(α, β, d = 0.10, t = 7) = 7.530 for the high-end fit on years 1–7. Its
    // `derl(n)` = (β+n)/(α+β+n)·₂F₁(1, β+n+1; α+β+n+1; 1/(1+d)) (sbg.py) is the 2010 paper's
    // DERL with n − 1 = 7 renewals made.
    let derl = highEnd.discountedExpectedResidualLifetime(discountRate: 0.1, renewals: 7)
    #expect(abs(derl - 7.530) < 0.0005)
  }

  @Test func derlRisesWithRenewals() {
    // Survivors are better customers, so each renewal raises the residual lifetime.
    let values = (0...12).map {
      regular.discountedExpectedResidualLifetime(discountRate: 0.1, renewals: $0)
    }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test func nearlyHomogeneousModelMatchesTheGeometricClosedForm() {
    // With θ concentrated at p (α = p·k, β = (1−p)·k, k huge), DEL → (1+d)/(d+p).
    let p = 0.2
    let d = 0.1
    let m = ShiftedBetaGeometric(alpha: p * 1e8, beta: (1 - p) * 1e8)
    #expect(abs(m.discountedExpectedLifetime(discountRate: d) - (1 + d) / (d + p)) < 1e-6)
  }

  @Test func invalidArgumentsGiveNaN() {
    #expect(regular.discountedExpectedLifetime(discountRate: -0.1).isNaN)
    #expect(regular.discountedExpectedLifetime(discountRate: .nan).isNaN)
    #expect(regular.discountedExpectedResidualLifetime(discountRate: -0.1, renewals: 0).isNaN)
    #expect(regular.discountedExpectedResidualLifetime(discountRate: 0.1, renewals: -1).isNaN)
  }
}

/// d = 0: the undiscounted expected lifetime, finite only when α > 1.
@Suite("DEL and DERL without discounting")
struct UndiscountedLifetimeTests {
  /// Σ_{t≥t0} S(t)/S(t0−1) summed directly over `terms` terms (no discounting).
  private func directSum(_ m: ShiftedBetaGeometric, from n: Int, terms: Int) -> Double {
    var sum = 0.0
    var ratio = 1.0
    for t in n..<(n + terms) {
      ratio *= m.retentionRate(t)
      sum += ratio
    }
    return sum
  }

  @Test func finiteWhenAlphaAboveOneAndEqualToTheDirectSum() {
    // α = 3.8: S(t) falls like t^−3.8, so 200,000 terms leave a tail below 1e-12.
    let m = ShiftedBetaGeometric(alpha: 3.80, beta: 15.20)
    let del = m.discountedExpectedLifetime(discountRate: 0)
    // (α+β−1)/(α−1) = 18/2.8.
    #expect(abs(del - 18 / 2.8) < 1e-12)
    #expect(abs(del - (1 + directSum(m, from: 1, terms: 200_000))) < 1e-9)
    for renewals in 0..<5 {
      let derl = m.discountedExpectedResidualLifetime(discountRate: 0, renewals: renewals)
      #expect(abs(derl - directSum(m, from: renewals + 1, terms: 200_000)) < 1e-9)
      // The limit of the discounted figure as d → 0.
      let nearZero = m.discountedExpectedResidualLifetime(discountRate: 1e-4, renewals: renewals)
      #expect(nearZero < derl && derl - nearZero < 0.01)
    }
    #expect(m.lifetimeDivergenceNote(discountRate: 0) == nil)
  }

  @Test func infiniteWhenAlphaAtMostOneAndSaidInWords() throws {
    // The regular customers of Fader & Hardie (2007): α̂ = 0.704 ≤ 1.
    let m = ShiftedBetaGeometric(alpha: 0.704, beta: 1.182)
    #expect(m.discountedExpectedLifetime(discountRate: 0) == .infinity)
    #expect(m.discountedExpectedResidualLifetime(discountRate: 0, renewals: 3) == .infinity)
    // The partial sums keep growing (like N^(1−α)): no finite limit to report.
    let short = directSum(m, from: 1, terms: 10_000)
    let long = directSum(m, from: 1, terms: 1_000_000)
    #expect(long - short > 20)
    let note = try #require(m.lifetimeDivergenceNote(discountRate: 0))
    #expect(note.contains("infinite"))
    #expect(note.contains("α = 0.70"))
    // With any discounting the figures are finite and there is nothing to explain.
    #expect(m.lifetimeDivergenceNote(discountRate: 0.1) == nil)
    #expect(m.discountedExpectedLifetime(discountRate: 0.1).isFinite)
  }
}
