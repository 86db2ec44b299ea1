import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Account facts")
struct AccountFactsTests {
  typealias T = TestCompanies

  @Test func packsTreatmentContractAndMinimum() {
    let c = LadderCompany.make()
    let facts = AccountFacts.compute(c, segments: false)
    let t = RecurringRevenue.Treatment.self
    #expect(
      facts.treatment
        == [
          t.unchanged, .unchanged, .trialRemoved, .trialRemoved, .pilotRemoved, .trialRemoved,
          .usageAveraged, .usageAveraged, .usageAveraged, .unchanged,
        ].map(\.rawValue))
    #expect(facts.contract == c.accounts.map { $0.contractType.code })
    #expect(facts.minimum == [-1, -1, -1, -1, -1, -1, -1, -1, 4_000, 20_000])
    #expect(facts.segment.isEmpty && facts.segmentNames.isEmpty)
    #expect(ContractType.allCases.map(\.code) == [0, 1, 2, 3, 4, 5])
  }

  @Test func segmentsNumberedByFirstAppearanceAcrossChunks() {
    // 10,000 accounts run in several chunks; "late" first appears in the last chunk, and the
    // blank segment is "(no segment)".
    let count = 10_000
    let rows = (0..<count).map { i -> (Account, [Int64]) in
      let segment = i == count - 1 ? "late" : (i % 3 == 0 ? "smb" : (i % 3 == 1 ? "" : "ent"))
      return (T.account("A\(i)", segment: segment), [100])
    }
    let c = T.company(rows)
    #expect(Concurrent.ranges(accounts: count, cellsPerAccount: 1 << 4).count > 1)
    let facts = AccountFacts.compute(c, segments: true)
    #expect(facts.segmentNames == ["smb", Account.noSegmentLabel, "ent", "late"])
    #expect(Array(facts.segment.prefix(4)) == [0, 1, 2, 0])
    #expect(facts.segment.last == 3)
    for i in stride(from: 0, to: count - 1, by: 997) {
      #expect(facts.segment[i] == UInt32(i % 3))
    }
  }
}
