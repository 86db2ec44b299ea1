import ARRCore
import ARRInput
import Testing

@testable import ARRStress

/// A scenario that grows amounts must keep every total within ``Money/maximumMRRCents``.
@Suite struct StressTestBoundsTests {
  /// One annual account whose June MRR is `mrr`.
  static func company(mrr: String) throws -> Company {
    try CompanyLoader.load(
      accountsCSV: Array(
        "account_id,contract_type,billing_cadence,start_date\nA1,annual,annual,2024-01-15\n".utf8),
      monthlyCSV: Array("account_id,month,mrr\nA1,2025-06,\(mrr)\n".utf8), companyJSON: nil)
  }

  @Test func growthPastTheBoundIsADataErrorNamingTheScenario() throws {
    let c = try Self.company(mrr: "7686143364045646.50")
    #expect(throws: Never.self) {
      try StressTest.checkScale(of: c, for: StressScenario(name: "cut", priceChange: -0.5))
    }
    do {
      try StressTest.checkScale(of: c, for: StressScenario(name: "up", priceChange: 0.1))
      Issue.record("expected a data error")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(
        error.message.hasPrefix(
          "scenario \"up\": growing amounts 1.1× would take the total MRR of 2025-06 past 7686143364045646.50"
        ))
    }
  }

  @Test func growthWithinTheBoundPasses() throws {
    // Below an eleventh of the bound (698,740,305,822,331.50), elevenfold (usage_change 10, the
    // largest allowed) still fits.
    let c = try Self.company(mrr: "600000000000000.00")
    #expect(throws: Never.self) {
      try StressTest.checkScale(of: c, for: StressScenario(name: "u", usageChange: 10))
    }
  }
}
