import ARRProjection
import Testing

@Suite("sBG model functions")
struct ShiftedBetaGeometricTests {
  let model = ShiftedBetaGeometric(alpha: 0.704, beta: 1.182)

  @Test func handComputedValues() {
    // P(T=1) = α/(α+β); P(T=2) = P(T=1)·β/(α+β+1); r(1) = β/(α+β); r(3) = (β+2)/(α+β+2).
    let a = 0.704
    let b = 1.182
    #expect(abs(model.churnProbability(at: 1) - a / (a + b)) < 1e-15)
    #expect(abs(model.churnProbability(at: 2) - a / (a + b) * b / (a + b + 1)) < 1e-15)
    #expect(abs(model.retentionRate(1) - b / (a + b)) < 1e-15)
    #expect(abs(model.retentionRate(3) - (b + 2) / (a + b + 2)) < 1e-15)
    #expect(model.survival(0) == 1)
    #expect(model.churnProbability(at: 0) == 0)
    #expect(abs(model.meanChurn - a / (a + b)) < 1e-15)
  }

  @Test(arguments: 1...15)
  func survivalIdentities(t: Int) {
    // S(t) = S(t−1) − P(T=t) and S(t) = S(t−1)·r(t) (the definitions of S and r in Fader & Hardie 2007).
    #expect(
      abs(model.survival(t) - (model.survival(t - 1) - model.churnProbability(at: t))) < 1e-15)
    #expect(abs(model.survival(t) - model.survival(t - 1) * model.retentionRate(t)) < 1e-15)
    // Probabilities of every outcome up to t add up to one.
    let total = (1...t).map { model.churnProbability(at: $0) }.reduce(0, +) + model.survival(t)
    #expect(abs(total - 1) < 1e-14)
    #expect(model.survivalCurve(through: t)[t] == model.survival(t))
  }

  @Test func retentionRisesWithTenure() {
    // Heterogeneity sorts customers: r(t) increases towards 1.
    let rates = (1...20).map { model.retentionRate($0) }
    #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 < $1 })
    #expect(rates.last! < 1)
  }
}
