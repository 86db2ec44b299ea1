import ARRProjection
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The two example data sets of Fader & Hardie, "How to Project Customer Retention", Journal of
/// Interactive Marketing 21(1), 2007: customers of a cohort of 1,000 still active at the start
/// of years 1 (= 1,000) to 13, for "regular" and "high end" subscribers. The paper
/// fits years 1–7 (survivors at t = 0…7) and projects years 8–12.
enum PaperData {
  static let regular: [Double] = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173]
  static let highEnd: [Double] = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394]
}

@Suite("sBG maximum-likelihood fit")
struct ShiftedBetaGeometricFitTests {
  @Test func regularCustomersReproduceThePaper() throws {
    let fit = try ShiftedBetaGeometric.fit(survivalCounts: Array(PaperData.regular.prefix(8)))
    // Fader & Hardie (2007), worked example: regular customers α̂ = 0.704, β̂ = 1.182.
    #expect(abs(fit.model.alpha - 0.704) < 0.0005)
    #expect(abs(fit.model.beta - 1.182) < 0.0005)
  }

  @Test func highEndCustomersReproduceThePaper() throws {
    let fit = try ShiftedBetaGeometric.fit(survivalCounts: Array(PaperData.highEnd.prefix(8)))
    // Fader & Hardie (2007), worked example: high-end customers α̂ = 0.668, β̂ = 3.806.
    #expect(abs(fit.model.alpha - 0.668) < 0.0005)
    #expect(abs(fit.model.beta - 3.806) < 0.0005)
  }
}

@Suite("sBG fit: projections, percentages, cohorts")
struct ShiftedBetaGeometricFitMoreTests {
  @Test func highEndProjectionForYears8To12() throws {
    let fit = try ShiftedBetaGeometric.fit(survivalCounts: Array(PaperData.highEnd.prefix(8)))
    // Projected survival for years 8–12 from the fit on years 1–7: 0.460, 0.436, 0.414, 0.395,
    // 0.378 (jdmaturen/shifted_beta_geometric_py README, reproducing Fader & Hardie 2007's
    // high-end projection); the actual survivors were 468, 445, 427, 409, 394.
    let published = [0.460, 0.436, 0.414, 0.395, 0.378]
    for (t, value) in zip(8...12, published) {
      #expect(abs(fit.model.survival(t) - value) < 0.0005)
    }
  }

  @Test func regularProjectionTracksTheActuals() throws {
    let fit = try ShiftedBetaGeometric.fit(survivalCounts: Array(PaperData.regular.prefix(8)))
    // Fader & Hardie (2007) show the sBG projection of years 8–12 from years 1–7 tracking the
    // actual survivors (223, 207, 194, 183, 173 of 1,000). Model values S(8…12)·1000 = 220.1,
    // 204.4, 191.2, 179.9, 170.0, computed by hand from α̂ = 0.70408, β̂ = 1.18204: each is
    // below the actual figure by less than 4 customers in 1,000.
    let model = [220.1, 204.4, 191.2, 179.9, 170.0]
    for (t, expected) in zip(8...12, model) {
      let projected = fit.model.survival(t) * 1000
      #expect(abs(projected - expected) < 0.05)
      #expect(projected < PaperData.regular[t])
      #expect(PaperData.regular[t] - projected < 4)
    }
  }

  @Test func convergesToTheMaximum() throws {
    let data = Array(PaperData.regular.prefix(8))
    let fit = try ShiftedBetaGeometric.fit(survivalCounts: data)
    let likelihood = try SBGLikelihood(cohorts: [data])
    let g = likelihood.valueAndGradient(
      logAlpha: log(fit.model.alpha), logBeta: log(fit.model.beta))
    #expect(abs(g.value - fit.logLikelihood) < 1e-9)
    #expect(abs(g.gradient.0) < 1e-3 && abs(g.gradient.1) < 1e-3)
    // Any nearby point is worse.
    for (da, db) in [(1e-3, 0.0), (-1e-3, 0.0), (0.0, 1e-3), (0.0, -1e-3)] {
      let m = ShiftedBetaGeometric(
        alpha: fit.model.alpha * (1 + da), beta: fit.model.beta * (1 + db))
      #expect(likelihood.logLikelihood(m) < fit.logLikelihood)
    }
    #expect(fit.observedSurvival == data.map { $0 / 1000 })
    #expect(fit.fittedSurvival.count == 8)
    #expect(fit.fittedSurvival[7] == fit.model.survival(7))
  }

  @Test func percentagesGiveTheSameParameters() throws {
    let counts = try ShiftedBetaGeometric.fit(survivalCounts: Array(PaperData.highEnd.prefix(8)))
    let percent = try ShiftedBetaGeometric.fit(
      survivalCounts: [100, 86.9, 74.3, 65.3, 59.3, 55.1, 51.7, 49.1])
    #expect(abs(percent.model.alpha - counts.model.alpha) < 1e-6)
    #expect(abs(percent.model.beta - counts.model.beta) < 1e-6)
    // The log-likelihood scales with the cohort size: 100 instead of 1,000.
    #expect(abs(percent.logLikelihood * 10 - counts.logLikelihood) < 1e-6)
  }

  @Test func oneCohortTriangleEqualsTheSingleFit() throws {
    let data = Array(PaperData.regular.prefix(8))
    let single = try ShiftedBetaGeometric.fit(survivalCounts: data)
    let triangle = try ShiftedBetaGeometric.fit(cohorts: [data])
    #expect(single.model == triangle.model)
  }

  @Test func multiCohortFitRecoversSimulatedParameters() throws {
    // Eight cohorts of 3,000 customers, cohort i observed for 10 − i periods; each customer's
    // churn probability θ ~ Beta(0.7, 2.5), then geometric lifetimes. With ~24,000 customers
    // the maximum-likelihood estimates' standard errors are a few percent.
    let alpha = 0.7
    let beta = 2.5
    var rng = SeededGenerator(seed: 20_070_101)
    var cohorts: [[Double]] = []
    for i in 0..<8 {
      let periods = 10 - i
      var alive = Array(repeating: 0.0, count: periods + 1)
      for _ in 0..<3_000 {
        let theta = BetaSampler.draw(alpha, beta, &rng)
        var t = 0
        alive[0] += 1
        while t < periods, rng.nextUnit() >= theta {
          t += 1
          alive[t] += 1
        }
      }
      cohorts.append(alive)
    }
    let fit = try ShiftedBetaGeometric.fit(cohorts: cohorts)
    #expect(abs(fit.model.alpha - alpha) / alpha < 0.1)
    #expect(abs(fit.model.beta - beta) / beta < 0.1)
    #expect(fit.cohortCount == 8)
    #expect(fit.observedSurvival.count == 11)
    // Pooled observed survival at t = 1 is total alive at 1 over total started.
    let started = cohorts.map { $0[0] }.reduce(0, +)
    let atOne = cohorts.map { $0[1] }.reduce(0, +)
    #expect(abs(fit.observedSurvival[1] - atOne / started) < 1e-15)
  }
}

/// Beta(a, b) draws from two gamma draws (Marsaglia & Tsang 2000, with the a < 1 boost).
enum BetaSampler {
  static func draw(_ a: Double, _ b: Double, _ rng: inout SeededGenerator) -> Double {
    let x = gamma(a, &rng)
    let y = gamma(b, &rng)
    return x / (x + y)
  }

  static func gamma(_ shape: Double, _ rng: inout SeededGenerator) -> Double {
    if shape < 1 {
      let u = max(rng.nextUnit(), 1e-300)
      return gamma(shape + 1, &rng) * pow(u, 1 / shape)
    }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      var x = 0.0
      var v = 0.0
      repeat {
        // Box–Muller standard normal.
        let u1 = max(rng.nextUnit(), 1e-300)
        let u2 = rng.nextUnit()
        x = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = rng.nextUnit()
      if u < 1 - 0.0331 * x * x * x * x { return d * v }
      if log(max(u, 1e-300)) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
    }
  }
}
