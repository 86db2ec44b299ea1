import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// A class priced today that the backtest barely saw is said to be untested (render review 28,
/// R28-14; render review 30, R30-13).
@Suite struct UntestedClassesTests {
  /// ai-hypergrowth: the retained class had 6 accounts a year ago, 2 churned (the Appendix's
  /// backtest table; render review 30's reading: 6 and 2 before session 33's committed-usage
  /// signal, 7 and 3 since); today it holds $7.63M of recurring ARR.
  @Test func aiHypergrowthsRetainedClass() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    let untested = Analysis.untestedClasses(analysis.scoring)
    #expect(untested.map(\.0) == [.retained])
    let retained = try #require(untested.first)
    #expect(retained.1.accounts == 7 && retained.1.churned == 3)
    let gap = try #require(analysis.findings.first { $0.code == .qualityGap })
    #expect(
      gap.message.hasSuffix(
        " The retained class ($7.63M of recurring ARR) was too small a year ago to test its "
          + "pricing: 7 accounts, 3 of them churned."))
  }

  /// A class with no account a year ago is said so; one with 10 or more is not named
  /// (hand-made scoring outcomes: retained 0, wavering 12, at-risk 9 accounts a year ago).
  @Test func theBarIsTenAccounts() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    var s = analysis.scoring
    var bt = try #require(s.backtest)
    bt.classes[RevenueClass.retained.index].accounts = 0
    bt.classes[RevenueClass.retained.index].churned = 0
    bt.classes[RevenueClass.wavering.index].accounts = 12
    bt.classes[RevenueClass.atRisk.index].accounts = 9
    bt.classes[RevenueClass.atRisk.index].churned = 4
    s.backtest = bt
    #expect(Analysis.untestedClasses(s).map(\.0) == [.retained, .atRisk])
    #expect(
      Analysis.untestedClassWords(s, f: .usd)
        == " The retained class ($7.63M of recurring ARR) had no account a year ago to test its "
        + "pricing; the at-risk class ($4.49M of recurring ARR) was too small a year ago to test "
        + "its pricing: 9 accounts, 4 of them churned.")
  }

  /// Every class with ARR had at least 10 accounts a year ago in the workbook (no at-risk ARR
  /// today): nothing is said.
  @Test func testedClassesAddNothing() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("workbook")
    #expect(Analysis.untestedClasses(analysis.scoring).isEmpty)
    #expect(Analysis.untestedClassWords(analysis.scoring, f: .usd) == "")
  }

  /// Enterprise-saas' at-risk class, $3.52M today, was 3 accounts a year ago, 1 churned.
  @Test func enterpriseSaasAtRiskClass() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("enterprise-saas")
    let untested = Analysis.untestedClasses(analysis.scoring)
    #expect(untested.map(\.0) == [.atRisk])
    #expect(untested.first.map { ($0.1.accounts, $0.1.churned) } ?? (0, 0) == (3, 1))
  }
}
