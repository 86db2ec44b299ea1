import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `partial_months`: new accounts' prorated first months and leavers' prorated last months
/// counted as expansion and contraction are said (trial 21, P1).
@Suite struct PartialMonthsTests {
  /// Six months, 2024-01 to 2024-06 (the bridge's 5 months, 2024-02 to 2024-06, are its
  /// window). N0–N4 start in 2024-03 at
  /// $50, then $100 flat; N5 starts at $100 flat. L0–L4 pay $100 from 2024-01, $40 in 2024-04,
  /// then nothing. O pays $200 throughout (L and O pay in the data's first month: not new).
  /// New: 6 accounts, 5 partial, steps 5 × $50 = $250,
  /// all of 2024-04's expansion; leavers: 5, all partial, steps 5 × $60 = $300, all of
  /// 2024-04's contraction.
  static func account(_ id: String) -> Account {
    Account(
      id: id, contractType: .monthly, billingCadence: .monthly,
      startDate: CivilDate.firstDay(of: Month(year: 2023, month: 1)))
  }

  /// `copies` repeats the twelve accounts (ids suffixed by the copy), so a large company's
  /// counts are `copies` times the hand figures.
  static func company(isLastPartial: Bool = true, copies: Int = 1) -> Company {
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for c in 0..<copies {
      let tag = copies == 1 ? "" : "-\(c)"
      for i in 0..<6 {
        accounts.append(Self.account("N\(i)\(tag)"))
        rows.append([0, 0, i < 5 ? 5_000 : 10_000, 10_000, 10_000, 10_000])
      }
      for i in 0..<5 {
        accounts.append(Self.account("L\(i)\(tag)"))
        rows.append([10_000, 10_000, 10_000, isLastPartial ? 4_000 : 10_000, 0, 0])
      }
      accounts.append(Self.account("O\(tag)"))
      rows.append(Array(repeating: 20_000, count: 6))
    }
    return Fixture.company(accounts, mrr: rows)
  }

  @Test func countsByHand() {
    let c = Self.company()
    let counts = Analysis.partialMonthCounts(c, window: 1..<6)
    #expect(
      counts
        == Analysis.PartialMonths(
          newAccounts: 6, partialFirst: 5, firstSteps: 25_000, leavers: 5, partialLast: 5,
          lastSteps: 30_000))
  }

  /// 1,000 copies (12,000 accounts × 6 months, past the cells from which the pass splits its
  /// accounts across cores): each range's counts add up to 1,000 × the hand figures.
  @Test func countsSplitAcrossCoresAddUpToTheHandFigures() {
    let c = Self.company(copies: 1_000)
    #expect(c.accountCount * c.monthCount >= Concurrent.minimumParallelCells)
    #expect(
      Analysis.partialMonthCounts(c, window: 1..<6)
        == Analysis.PartialMonths(
          newAccounts: 6_000, partialFirst: 5_000, firstSteps: 25_000_000, leavers: 5_000,
          partialLast: 5_000, lastSteps: 30_000_000))
  }

  @Test func theFindingSaysHowMuchOfTheBridgeIsTheStep() throws {
    let analysis = Analysis.run(Self.company())
    let expansion = analysis.metrics.bridge.reduce(Int64(0)) { $0 + $1.expansion }
    let contraction = analysis.metrics.bridge.reduce(Int64(0)) { $0 + $1.contraction }
    #expect(expansion == 25_000 && contraction == 30_000)
    let finding = try #require(analysis.findings.first { $0.code == .partialMonths })
    #expect(finding.severity == .warning)
    // One literal, not a chain of `+`, which took the type checker seconds.
    let expected = """
      Partial months in the last 5 months of the bridge: 5 of the 6 accounts new in them \
      start with a month below the flat price that follows, so $250 of MRR counted as \
      expansion (of $250 in all) is their step to the full price, and new MRR is that \
      much low; 5 of the 5 accounts that left end with a month below the flat price \
      before it, so $300 of MRR counted as contraction (of $300 in all) is that step
      """
    #expect(finding.message.hasPrefix(expected))
  }

  /// Leavers paying flat to the end, and new accounts under half partial, say nothing: here
  /// 5 of 6 new accounts are partial but only 1 of them would be with N0–N3 flat.
  @Test func aFewPartialMonthsSayNothing() {
    let c = Self.company(isLastPartial: false)
    #expect(Analysis.partialMonthCounts(c, window: 1..<6).partialLast == 0)
    var rows = (0..<c.accountCount).map { a in
      (0..<6).map { c.revenue.mrr(account: a, month: $0) }
    }
    for i in 0..<4 { rows[i][2] = 10_000 }
    let few = Fixture.company((0..<c.accountCount).map { c.accounts[$0] }, mrr: rows)
    #expect(!Analysis.run(few).findings.contains { $0.code == .partialMonths })
  }
}
