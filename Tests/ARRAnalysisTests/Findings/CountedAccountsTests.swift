import ARRCore
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// The accounts a finding counts, found in account ranges (``CountedAccounts``).
@Suite struct CountedAccountsTests {
  /// 40 accounts, account k paying k × $10 in the as-of month (account 0 nothing); counted:
  /// every third from account 1 that pays, noted with its index. In one range and in eight:
  /// 13 accounts (1, 4, …, 37), ARR 12 × $10 × (1 + 4 + … + 37) = 12 × $10 × 247 = $29,640,
  /// the first account 1 with its note.
  @Test func eightRangesCountAsOne() throws {
    let accounts = (0..<40).map {
      Account(
        id: "A\($0)", contractType: .annual, billingCadence: .monthly,
        startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
    }
    let company = Fixture.company(
      accounts, mrr: (0..<40).map { [Int64($0) * 1_000, Int64($0) * 1_000] })
    for threshold in [1, Int.max] {
      let found = CountedAccounts<String>.of(company, parallelFrom: threshold) { _, i in
        let mrr = company.revenue.mrr(account: i, month: 1)
        return i % 3 == 1 && mrr > 0 ? (mrr, "n\(i)") : nil
      }
      #expect(found.count == 13)
      #expect(found.arr == 12 * 1_000 * 247)
      let first = try #require(found.first)
      #expect(first.account == 1)
      #expect(first.note == "n1")
    }
  }
}
