import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Bridge")
struct BridgeTests {
  typealias T = TestCompanies

  /// The second source article's example month, in cents: 20 new accounts at $10; 10 from $10
  /// to $20; 2 from $20 to $10; one $30 account leaving.
  static func seedExample() -> Company {
    T.company(
      T.many(20, "N", [0, 1_000]) + T.many(10, "E", [1_000, 2_000])
        + T.many(2, "C", [2_000, 1_000]) + T.many(1, "L", [3_000, 0]))
  }

  @Test func seedExampleMonth() throws {
    let bridge = Bridge.monthly(Self.seedExample())
    let month = try #require(bridge.first)
    #expect(bridge.count == 1)
    #expect(month.month == Month(year: 2025, month: 2))
    #expect(month.new == 20_000)
    #expect(month.expansion == 10_000)
    #expect(month.contraction == 2_000)
    #expect(month.churn == 3_000)
    #expect(month.reactivation == 0)
    #expect(month.netNew == 25_000)
    // Opening: 10 × $10 + 2 × $20 + $30 = $170; closing: $200 + $200 + $20 = $420.
    #expect(month.opening == 17_000)
    #expect(month.closing == 42_000)
    #expect(month.newAccounts == 20)
    #expect(month.expandedAccounts == 10)
    #expect(month.contractedAccounts == 2)
    #expect(month.churnedAccounts == 1)
    #expect(month.quickRatio == 300.0 / 50.0)
  }

  @Test func firstMonthIsTheOpeningBaseNotNew() {
    let c = T.company([(T.account("A"), [5_000, 5_000, 6_000])])
    let bridge = Bridge.monthly(c)
    #expect(bridge.count == 2)
    #expect(bridge.map(\.new) == [0, 0])
    #expect(bridge.map(\.opening) == [5_000, 5_000])
    #expect(bridge.map(\.expansion) == [0, 1_000])
  }

  @Test func reactivationAfterAGapAndNewOnlyOnce() {
    // Starts in month 1 (new), leaves in month 3 (churn), returns in month 5 (reactivation).
    let c = T.company([(T.account("A"), [0, 1_000, 1_000, 0, 0, 4_000, 4_000])])
    let b = Bridge.monthly(c)
    #expect(b.map(\.new) == [1_000, 0, 0, 0, 0, 0])
    #expect(b.map(\.churn) == [0, 0, 1_000, 0, 0, 0])
    #expect(b.map(\.reactivation) == [0, 0, 0, 0, 4_000, 0])
    #expect(b.map(\.reactivatedAccounts) == [0, 0, 0, 0, 1, 0])
    #expect(b.map(\.closing) == [1_000, 1_000, 0, 0, 4_000, 4_000])
  }

  @Test func paidInFirstColumnThenBackIsReactivation() {
    let c = T.company([(T.account("A"), [2_000, 0, 3_000])])
    let b = Bridge.monthly(c)
    #expect(b.map(\.churn) == [2_000, 0])
    #expect(b.map(\.reactivation) == [0, 3_000])
    #expect(b.map(\.new) == [0, 0])
  }

  @Test func negativeCellsCountAsZero() {
    let c = T.company([(T.account("A"), [1_000, -500, 700])])
    let b = Bridge.monthly(c)
    #expect(b.map(\.churn) == [1_000, 0])
    #expect(b.map(\.reactivation) == [0, 700])
    #expect(b.map(\.closing) == [0, 700])
  }

  @Test func singleMonthOrNoAccountsGivesEmptyOrZeroBridge() {
    #expect(Bridge.monthly(T.company([(T.account("A"), [1_000])])).isEmpty)
    let empty = T.company([], oneTime: [0, 0, 0])
    let b = Bridge.monthly(empty)
    #expect(b.count == 2)
    #expect(b.allSatisfy { $0.opening == 0 && $0.closing == 0 && $0.isBalanced })
  }

  /// The DuckDB reference's formulation: new and reactivation split by each account's first
  /// positive month, computed independently of the implementation's running flag.
  static func reference(_ c: Company) -> [BridgeMonth] {
    let n = c.monthCount
    var rows = (1..<n).map {
      BridgeMonth(
        month: c.month(at: $0), opening: 0, new: 0, expansion: 0, contraction: 0, churn: 0,
        reactivation: 0, closing: 0)
    }
    for a in 0..<c.accounts.count {
      let v = (0..<n).map { max(c.revenue.mrr(account: a, month: $0), 0) }
      let firstPositive = v.firstIndex { $0 > 0 } ?? n
      for m in 1..<n {
        let (prev, cur) = (v[m - 1], v[m])
        rows[m - 1].opening += prev
        rows[m - 1].closing += cur
        if prev == 0 && cur > 0 && m == firstPositive { rows[m - 1].new += cur }
        if prev == 0 && cur > 0 && m > firstPositive { rows[m - 1].reactivation += cur }
        if prev > 0 && cur > prev { rows[m - 1].expansion += cur - prev }
        if prev > 0 && cur > 0 && cur < prev { rows[m - 1].contraction += prev - cur }
        if prev > 0 && cur == 0 { rows[m - 1].churn += prev }
      }
    }
    return rows
  }

  @Test(arguments: [
    (1 as UInt64, 1, 2), (2, 37, 13), (3, 200, 24), (4, 5_000, 24), (5, 3_001, 36),
  ])
  func identityAndReferenceOnRandomCompanies(seed: UInt64, accounts: Int, months: Int) {
    let c = T.random(seed: seed, accounts: accounts, months: months, negatives: seed % 2 == 1)
    let bridge = Bridge.monthly(c)
    #expect(bridge.count == months - 1)
    let reference = Self.reference(c)
    for (i, b) in bridge.enumerated() {
      #expect(b.isBalanced)
      if i > 0 { #expect(b.opening == bridge[i - 1].closing) }
      let r = reference[i]
      #expect(
        [b.opening, b.new, b.expansion, b.contraction, b.churn, b.reactivation, b.closing]
          == [r.opening, r.new, r.expansion, r.contraction, r.churn, r.reactivation, r.closing])
    }
  }

  @Test func parallelChunksAgreeWithOneChunk() {
    // 5,000 × 24 cells is above the parallel threshold, so `monthly` splits the accounts.
    let c = T.random(seed: 99, accounts: 5_000, months: 24)
    #expect(Concurrent.ranges(accounts: 5_000, cellsPerAccount: 24).count > 1)
    let whole = c.revenue.mrr.withUnsafeBufferPointer {
      Bridge.accumulate($0, months: 24, rowStride: 24, accounts: 0..<5_000, cohorts: false).bridge
    }
    let bridge = Bridge.monthly(c)
    #expect(bridge.map(\.closing) == Array(whole.closing[1...]))
    #expect(bridge.map(\.new) == Array(whole.new[1...]))
    #expect(bridge.map(\.churnedAccounts) == Array(whole.churnedCount[1...]))
    #expect(Bridge.monthly(c) == bridge)
    // The shared pass with cohorts on gives the same bridge.
    #expect(Bridge.rows(Bridge.pass(c, cohorts: true).bridge, c) == bridge)
  }
}
