import ARRCore
import Testing

@testable import ARRStress

/// The stress rules for `unknown` contract types.
@Suite struct UnknownTermsStressTests {
  static let horizon = CivilDate(year: 2025, month: 6, day: 30)!

  static func account(_ type: ContractType, end: CivilDate? = nil) -> Account {
    Account(
      id: "A", contractType: type, billingCadence: .unknown,
      startDate: CivilDate(year: 2024, month: 1, day: 1)!, contractEndDate: end)
  }

  @Test func unknownRepricesWithinTheYearUnlessItsTermEndsLater() {
    #expect(StressTest.renews(Self.account(.unknown), by: Self.horizon))
    #expect(
      !StressTest.renews(
        Self.account(.unknown, end: CivilDate(year: 2026, month: 1, day: 31)), by: Self.horizon))
    #expect(
      StressTest.renews(
        Self.account(.unknown, end: CivilDate(year: 2025, month: 3, day: 31)), by: Self.horizon))
    // An annual term without a date keeps the rule it had: no known renewal, no reprice.
    #expect(!StressTest.renews(Self.account(.annual), by: Self.horizon))
  }

  /// An account that has given notice (a cancel date on file, before or after the horizon)
  /// leaves at its date: no price change reaches it, whatever its contract type.
  @Test func aNoticeMeansNoRenewal() {
    for type in [ContractType.monthly, .usage, .unknown, .annual] {
      for day in [
        CivilDate(year: 2025, month: 2, day: 28)!, CivilDate(year: 2026, month: 2, day: 28)!,
      ] {
        var a = Self.account(type, end: CivilDate(year: 2025, month: 3, day: 31))
        a.cancelDate = day
        #expect(!StressTest.renews(a, by: Self.horizon), "\(type) cancelling \(day)")
      }
    }
  }

  @Test func unknownIsNotUsageBilledAndHasItsOwnChurnKey() throws {
    #expect(!CompanyShock.isUsageBilled(Self.account(.unknown)))
    let s = try StressScenario.load(
      Array(#"{"name": "u", "churn_multiplier": {"unknown": 2}}"#.utf8), file: "s.json")
    let m = try #require(s.churnMultiplier)
    #expect(m.factor(.unknown, .retained) == 2)
    #expect(m.factor(.monthly, .retained) == 1)
  }
}
