import ARRQuality
import ARRTestSupport
import Testing

/// `segments_like_ids` (docs/findings.md): more than 20 distinct segment values, at least half
/// as many as accounts.
@Suite struct SegmentsLikeIDsTests {
  /// `accounts` annual accounts paying 1,000 cents a month for two months, account k in segment
  /// `S<k mod segments>`.
  static func findings(accounts: Int, segments: Int) -> [Finding] {
    let list = (0..<accounts).map { k in
      Account(
        id: "A\(k)", segment: "S\(k % segments)", contractType: .annual, billingCadence: .annual,
        startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
    }
    let company = Fixture.company(list, mrr: Array(repeating: [1_000, 1_000], count: accounts))
    return Analysis.run(company, paths: 100).findings.filter { $0.code == .segmentsLikeIDs }
  }

  /// 21 segments for 42 accounts (21 ≥ 0.5 × 42) fire; 21 for 43 (21 < 21.5) and 20 for 40
  /// (not more than 20) do not.
  @Test func firesWithMoreThanTwentySegmentsForAtMostTwiceAsManyAccounts() throws {
    let found = Self.findings(accounts: 42, segments: 21)
    let finding = try #require(found.first)
    #expect(found.count == 1 && finding.severity == .warning)
    #expect(finding.message.hasPrefix("The segment column has 21 distinct values for 42 accounts"))
    #expect(Self.findings(accounts: 43, segments: 21).isEmpty)
    #expect(Self.findings(accounts: 40, segments: 20).isEmpty)
  }
}
