import ARRCore
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `unknown_terms` (docs/findings.md) on a company large enough to be read in account ranges on
/// every core (``Concurrent/ranges(accounts:cellsPerAccount:)``: from 4,096 accounts), summed in
/// range order.
@Suite struct UnknownTermsFindingTests {
  /// 4,100 accounts paying 1,000 cents in January; in February account k pays nothing when
  /// k ≡ 0 (mod 10), else 1,000. Contract types are unknown for k ≡ 0 (mod 5). So February's
  /// headline is 3,690 × 1,000 × 12 = 44,280,000 cents; the unknown-terms accounts still paying
  /// are those with k ≡ 5 (mod 10), 410 of them: 410 × 1,000 × 12 = 4,920,000 cents ($49.2K),
  /// 4,920,000 / 44,280,000 = 11.1% of headline, above the 10% warning share.
  @Test func sumsEveryAccountRange() throws {
    let n = 4_100
    #expect(Concurrent.ranges(accounts: n, cellsPerAccount: 1 << 4).count > 1)
    let accounts = (0..<n).map { k in
      Account(
        id: "A\(k)", contractType: k % 5 == 0 ? .unknown : .annual, billingCadence: .annual,
        startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
    }
    let mrr: [[Int64]] = (0..<n).map { k in [1_000, k % 10 == 0 ? 0 : 1_000] }
    let company = Fixture.company(accounts, mrr: mrr)
    let finding = try #require(
      Analysis.unknownTerms(
        UnknownTermsSplit(company, committedMRR: [Int64](repeating: 0, count: n)),
        headline: 44_280_000, recurring: 4_920_000, f: NumberFormat(currency: "USD")))
    #expect(finding.severity == .warning)
    #expect(
      finding.message.hasPrefix(
        "11.1% of headline ARR ($49.2K, 410 accounts) has terms the data does not give: the "
          + "contract type is not given for all of it, so"))
    #expect(abs(finding.weight - 4_920_000.0 / 44_280_000.0) < 1e-12)
  }
}
