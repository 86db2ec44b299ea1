import ARRCore
import Testing

@testable import ARRStress

@Suite("Trial conversion")
struct TrialConversionTests {
  @Test(arguments: [
    // k·p / (1 − p + k·p), by hand: 0.5·0.4 / (0.6 + 0.2) = 0.25; 2·0.25/(0.75+0.5) = 0.4.
    (0.4, 0.5, 0.25), (0.25, 2.0, 0.4), (0.3, 0.0, 0.0), (0.0, 3.0, 0.0), (1.0, 0.5, 1.0),
    (0.37, 1.0, 0.37),
  ])
  func oddsScale(p: Double, k: Double, expected: Double) {
    #expect(abs(TrialConversion.scaleOdds(p, by: k) - expected) < 1e-15)
  }

  @Test func oddsScalingIsMonotone() {
    var previous = -1.0
    for k in stride(from: 0.0, through: 5, by: 0.25) {
      let q = TrialConversion.scaleOdds(0.3, by: k)
      #expect(q >= previous)
      previous = q
    }
  }

  func company(converted: Int, expired: Int) -> Company {
    let statuses =
      Array(repeating: TrialStatus.converted, count: converted)
      + Array(repeating: .expired, count: expired) + [.active, .none]
    let accounts = statuses.enumerated().map { i, s in
      Account(
        id: "T\(i)", contractType: .monthly, billingCadence: .monthly,
        startDate: CivilDate("2024-01-01")!, trialStatus: s)
    }
    let month = Month(year: 2024, month: 6)
    return Company(
      profile: CompanyProfile(), accounts: accounts, firstMonth: month, asOf: month,
      revenue: RevenueMatrix(accountCount: accounts.count, monthCount: 1, hasUsage: false))
  }

  @Test func ownHistoryWhenEnoughTrialsResolved() {
    let t = TrialConversion(company(converted: 3, expired: 9))
    #expect(t.converted == 3 && t.expired == 9)
    #expect(!t.isDefault)
    #expect(t.probability == 0.25)
  }

  @Test func defaultWhenTooFewResolved() {
    let t = TrialConversion(company(converted: 8, expired: 1))
    #expect(t.isDefault)
    #expect(t.probability == TrialConversion.defaultProbability)
  }
}
