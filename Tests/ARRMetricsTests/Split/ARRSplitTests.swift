import ARRCore
import Testing

@testable import ARRMetrics

@Suite("ARR split")
struct ARRSplitTests {
  typealias T = TestCompanies

  @Test func bySegmentAndContractTypeOnAHandCase() {
    let c = T.company([
      (T.account("A", segment: "smb"), [1_000]),
      (T.account("B", .annual, segment: "enterprise"), [5_000]),
      (T.account("C", .usage), [3_000]),  // one month of data: recurring $30 / 1
      (T.account("D", trial: .active, segment: ""), [700]),  // blank segment, trial: recurring 0
      (T.account("E", segment: "smb"), [0]),
    ])
    let s = ARRSplit.compute(c)
    typealias G = ARRSplit.Group
    let none = G(name: Account.noSegmentLabel, headline: 44_400, recurring: 36_000, accounts: 2)
    let enterprise = G(name: "enterprise", headline: 60_000, recurring: 60_000, accounts: 1)
    let smb = G(name: "smb", headline: 12_000, recurring: 12_000, accounts: 1)
    #expect(s.bySegment == [none, enterprise, smb])
    let annual = G(name: "annual", headline: 60_000, recurring: 60_000, accounts: 1)
    let monthly = G(name: "monthly", headline: 20_400, recurring: 12_000, accounts: 2)
    let usage = G(name: "usage", headline: 36_000, recurring: 36_000, accounts: 1)
    #expect(s.byContractType == [annual, monthly, usage])
  }

  /// A group's `accounts` are those paying anything in the as-of month: one cent counts, zero
  /// does not (the ladder's paying accounts). Found by Scripts/mutate: `> 0` could become `> 1`.
  @Test func oneCentIsPayingAndZeroIsNot() {
    let s = ARRSplit.compute(
      T.company([(T.account("A", segment: "x"), [1]), (T.account("B", segment: "x"), [0])]))
    #expect(s.bySegment == [ARRSplit.Group(name: "x", headline: 12, recurring: 12, accounts: 1)])
  }

  @Test(arguments: [51 as UInt64, 52, 53])
  func splitsSumToTheLadderTotals(seed: UInt64) {
    let c = T.random(seed: seed, accounts: 500, months: 5)
    let s = ARRSplit.compute(c)
    let ladder = ARRLadder.compute(c)
    for groups in [s.bySegment, s.byContractType] {
      #expect(groups.map(\.headline).reduce(0, +) == ladder.headline)
      #expect(groups.map(\.recurring).reduce(0, +) == ladder.recurring)
      #expect(groups.map(\.accounts).reduce(0, +) == ladder.payingAccounts)
    }
    #expect(s.bySegment.map(\.name) == [Account.noSegmentLabel, "enterprise", "mid-market", "smb"])
    #expect(s.byContractType.map(\.name) == ContractType.allCases.map(\.rawValue))
  }

  @Test func manySegmentsStaySortedAndComplete() {
    // More names than the linear-scan index holds, in reverse order.
    let rows = (0..<40).reversed().map {
      (T.account("A\($0)", segment: "seg\(100 + $0)"), [Int64(100 + $0)])
    }
    let s = ARRSplit.compute(T.company(rows + rows.map { ($0.0, $0.1) }))
    #expect(s.bySegment.count == 40)
    #expect(s.bySegment.map(\.name) == (0..<40).map { "seg\(100 + $0)" })
    #expect(s.bySegment[3].headline == 2 * 12 * 103)
    #expect(s.bySegment.allSatisfy { $0.accounts == 2 })
  }
}
