import ARRCore
import ARRInput
import Testing

@testable import ARRAnalysis

/// `billings_in_mrr`: quarterly invoices typed into `mrr` ($0 the two months between) read as
/// churn and reactivation every month; the finding names the rhythm (trial 18b, G17).
@Suite struct BillingsInMRRTests {
  /// 12 months, 2024-01..2024-12. Q0–Q5: annual terms to 2025-06-30, billed quarterly, each
  /// quarterly invoice of 300.00 typed in its month: Q0, Q1 in months 0, 3, 6, 9; Q2, Q3 in
  /// 1, 4, 7, 10; Q4, Q5 in 2, 5, 8, 11. M0: month-to-month at 100.00 every month. `rhythm`
  /// limits how many of Q0–Q5 are written; `copies` repeats them (ids suffixed by the copy).
  static func company(rhythm: Int = 6, cadence: String = "quarterly", copies: Int = 1) throws
    -> Company
  {
    var a = "account_id,contract_type,billing_cadence,start_date,contract_end_date\n"
    var m = "account_id,month,mrr\n"
    for c in 0..<copies {
      let tag = copies == 1 ? "" : "-\(c)"
      for q in 0..<rhythm {
        a += "Q\(q)\(tag),annual,\(cadence),2023-10-01,2025-06-30\n"
        for k in stride(from: q / 2, to: 12, by: 3) {
          m += "Q\(q)\(tag),\(Month(year: 2024, month: 1).adding(months: k)),300.00\n"
        }
      }
    }
    a += "M0,monthly,monthly,2023-01-01,\n"
    for k in 0..<12 { m += "M0,\(Month(year: 2024, month: 1).adding(months: k)),100.00\n" }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  @Test func invoicesEveryThirdMonthAreFoundWithTheirFigures() throws {
    let r = try #require(Analysis.billingsRhythm(try Self.company()))
    #expect(r.accounts == 6)
    #expect(r.periods == [3])
    #expect(r.cadenceAgrees == 6)
    // Q4, Q5 invoiced in December: 12 × 600.00.
    #expect(r.headlineARR == 720_000)
    // Each last invoice 300.00 ÷ 3 × 12 = 1,200.00, six accounts.
    #expect(r.spreadARR == 720_000)
    // Churned months 2024-02..2024-12: Q0, Q1 at 1, 4, 7, 10 (4 × 300); Q2, Q3 at 2, 5, 8,
    // 11 (4 × 300); Q4, Q5 at 3, 6, 9 (3 × 300): 2 × (1,200 + 1,200 + 900) = 6,600.00.
    #expect(r.churnLast12 == 660_000)
    // Back at the next invoice: each pair 3 × 300 after its first invoice: 3 × 2 × 900.
    #expect(r.reactivationLast12 == 540_000)
    // Q0–Q3 at $0 in December, terms to 2025-06-30, no cancel date.
    #expect(r.zeroUnderRunningTerm == 4)
  }

  /// Beside the finding, the concentration finding says it rests on `mrr` as typed (trial 37,
  /// T37-17): in December Q4 and Q5 pay 300.00 each and M0 100.00, so the largest account is
  /// 300 ÷ 700 = 42.9% of recurring ARR as typed.
  @Test func concentrationBesideItSaysWhatItRestsOn() throws {
    let findings = Analysis.run(try Self.company()).findings
    #expect(findings.contains { $0.code == .billingsInMRR })
    let f = try #require(findings.first { $0.code == .concentration })
    #expect(f.message.contains("42.9% of recurring ARR"))
    #expect(
      f.message.hasSuffix(
        " This rests on `mrr` as typed, which looks like invoices (see the billings finding): "
          + "spread over the months each payment covers, the shares would differ."))
  }

  /// 1,000 copies of Q0–Q5 (6,001 accounts × 12 months, past the cells from which the pass
  /// splits its accounts across cores): every figure is 1,000 × the hand figures above.
  @Test func figuresSplitAcrossCoresAddUpToTheHandFigures() throws {
    let company = try Self.company(copies: 1_000)
    #expect(company.accountCount * company.monthCount >= Concurrent.minimumParallelCells)
    let r = try #require(Analysis.billingsRhythm(company))
    #expect(r.accounts == 6_000)
    #expect(r.periods == [3])
    #expect(r.cadenceAgrees == 6_000)
    #expect(r.headlineARR == 720_000_000)
    #expect(r.spreadARR == 720_000_000)
    #expect(r.churnLast12 == 660_000_000)
    #expect(r.reactivationLast12 == 540_000_000)
    #expect(r.zeroUnderRunningTerm == 4_000)
  }

  @Test func theFindingIsCriticalWhenTheRhythmHoldsMostOfTheHeadline() throws {
    let company = try Self.company()
    let finding = try #require(Analysis.billingsInMRR(company, f: .usd))
    #expect(finding.code == .billingsInMRR)
    // At stake 7,200 of a headline of 8,400 (7,200 + M0's 1,200): 6/7.
    #expect(finding.severity == .critical)
    #expect(abs(finding.weight - 6.0 / 7.0) < 1e-12)
    #expect(finding.message.hasPrefix("6 accounts pay only one month in 3, with $0 between"))
    #expect(finding.message.contains("`mrr` looks like invoices (billings)"))
    #expect(finding.message.contains("4 accounts at $0 in 2024-12 have a contract term running"))
    let analysis = Analysis.run(company)
    #expect(analysis.findings.contains(finding))
  }

  /// Fewer than three accounts on a rhythm is no finding, and accounts paying every month have
  /// no rhythm.
  @Test func aFewIrregularOrUnconfirmedPayersAreNoFinding() throws {
    #expect(Analysis.billingsRhythm(try Self.company(rhythm: 2)) == nil)
    // Every account pays every month: no rhythm at all.
    #expect(Analysis.billingsRhythm(try FindingFixtures.company(accounts: 10, months: 12)) == nil)
  }

  /// Two account ranges' rhythms add up: counts and sums added, periods joined ascending once.
  @Test func rangesAddUp() {
    var a = Analysis.BillingsRhythm.none
    a.add(
      Analysis.BillingsRhythm(
        accounts: 2, periods: [12, 3], cadenceAgrees: 1, headlineARR: 3_600, spreadARR: 1_200,
        churnLast12: 300, reactivationLast12: 300, zeroUnderRunningTerm: 1))
    a.add(
      Analysis.BillingsRhythm(
        accounts: 3, periods: [6, 3], cadenceAgrees: 3, headlineARR: 400, spreadARR: 800,
        churnLast12: 0, reactivationLast12: 100, zeroUnderRunningTerm: 0))
    #expect(
      a
        == Analysis.BillingsRhythm(
          accounts: 5, periods: [3, 6, 12], cadenceAgrees: 4, headlineARR: 4_000,
          spreadARR: 2_000, churnLast12: 300, reactivationLast12: 400, zeroUnderRunningTerm: 1))
  }
}
