import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// At-risk ARR under a term running past the 12 months ahead cannot leave within the year, and
/// `at_risk_arr` says how much of the class that is (render review 28, R28-17).
@Suite struct LockedAtRiskTests {
  /// ai-hypergrowth, as of 2026-10: A0682 ($247,618.80, multi-year to 2028-02-29) and A0815
  /// ($219,736.08, to 2028-03-31) are at-risk with a retention of 0.9753, the contraction alone
  /// (accounts.csv): $467,354.88, 2 accounts; `at_risk_arr` says so.
  @Test func aiHypergrowthsTwoMultiYearAccounts() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    let locked = Analysis.lockedAtRisk(analysis.company, analysis.scoring)
    #expect(locked.accounts == 2)
    #expect(locked.arr == 24_761_880 + 21_973_608)
    #expect(
      Analysis.lockedAtRiskWords(analysis.company, analysis.scoring, f: .usd)
        == "; $467K of it (2 accounts, no notice given, not past due) is under terms running "
        + "past 2027-10, so it cannot leave within the year")
    let finding = try #require(analysis.findings.first { $0.code == .atRiskARR })
    #expect(
      finding.message.contains(
        "(17.4%); $467K of it (2 accounts, no notice given, not past due) is under terms running"))
    // A0601 (at-risk, annual to 2027-12-31, $53,662 of recurring ARR) runs past 2027-10 too
    // but is past due: not locked, and the words name that condition (session 35, R35-13).
    let a0601 = try #require(analysis.company.accounts.firstIndex { $0.id == "A0601" })
    let terms = analysis.company.accounts[a0601].terms
    #expect(terms.isPastDue == true)
    #expect(terms.contractEndDate == CivilDate(year: 2027, month: 12, day: 31))
    #expect(!TermLock.holds(terms, asOf: analysis.company.asOf))
  }

  /// The workbook has no at-risk account: nothing locked, nothing said.
  @Test func noLockNoWords() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("workbook")
    #expect(Analysis.lockedAtRisk(analysis.company, analysis.scoring).accounts == 0)
    #expect(Analysis.lockedAtRiskWords(analysis.company, analysis.scoring, f: .usd) == "")
  }
}
