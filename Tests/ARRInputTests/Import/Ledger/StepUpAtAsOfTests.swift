import ARRCore
import Testing

@testable import ARRInput

/// A charge in the as-of month more than twice its account's steady monthly charge keeps the
/// steady level, the rest one-time, its other readings priced (`docs/import.md`, "What a line
/// is", rule 5; ``LedgerImporter/MonthlyRuns/steppedUp``; trial 28, T28-3).
@Suite struct StepUpAtAsOfTests {
  /// novasaas' `payments.csv` in small: A pays 49 a month from February, then 149 in June (the
  /// as-of month: an upgrade to Growth); B pays 100 a month. A keeps 49 (it was one-time 149
  /// and A churned), the other 100 is one-time. Headline MRR 49 + 100 = 149.00, ARR 1,788.00;
  /// A's range 0 … 149 gives ARR from 12 × 100 = 1,200.00 (a last fee) to 12 × (149 + 100) =
  /// 2,988.00 (an upgrade).
  @Test func anUpgradeInTheAsOfMonthKeepsTheSteadyLevel() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2023-02-01,49
      A,2023-03-01,49
      A,2023-04-01,49
      A,2023-05-01,49
      A,2023-06-01,149
      B,2023-02-01,100
      B,2023-03-01,100
      B,2023-04-01,100
      B,2023-05-01,100
      B,2023-06-01,100
      """, name: "payments.csv")
    #expect(c.mrrRow("A") == [4_900, 4_900, 4_900, 4_900, 4_900])
    #expect(c.oneTimeRow("A") == [0, 0, 0, 0, 10_000])
    #expect(c.account("A")?.ambiguousMRR?.low == 0)
    #expect(c.account("A")?.ambiguousMRR?.high == 14_900)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 120_000)
    #expect(s.ambiguousARRHigh == 298_800)
    #expect(try c.checkedTieOut().isBalanced)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("payments.csv: 1 account (\"A\") steps up in the as-of month, 2023-06")
          && $0.contains("$49.00, then $149.00 on line 6") && $0.contains("$100.00 more")
      })
  }

  /// A step up in the as-of month after a gap has no steady run to keep: A pays 100 in January
  /// and February, nothing in March, 400 in April (as-of): one-time, A churned in March.
  @Test func onlyTheAsOfMonthAfterASteadyRun() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2024-01-10,100
      A,2024-02-10,100
      A,2024-04-10,400
      B,2024-01-10,100
      B,2024-02-10,100
      B,2024-03-10,100
      B,2024-04-10,100
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 0, 0])
    #expect(c.oneTimeRow("A") == [0, 0, 0, 40_000])
    #expect(c.mrrRow("B") == [10_000, 10_000, 10_000, 10_000])
    #expect(!c.log.findings.contains { $0.contains("steps up in the as-of month") })
  }

  /// Trial 54, T54-14 in small: A pays 499 a month, then 199 in June (the as-of month: a
  /// downgrade); B pays 100 a month. By hand: A's June is 199 of MRR (it was one-time and A
  /// churned), its range from 0 (a last fee) to 199; no one-time. The twins: C steps down after
  /// a gap (no steady run: one-time, C churned in April), and D's small charge beside its
  /// monthly 499 is a fee (one-time), the 499 kept.
  @Test func aStepDownIsADowngrade() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2023-02-01,499
      A,2023-03-01,499
      A,2023-04-01,499
      A,2023-05-01,499
      A,2023-06-01,199
      B,2023-02-01,100
      B,2023-03-01,100
      B,2023-04-01,100
      B,2023-05-01,100
      B,2023-06-01,100
      C,2023-02-01,499
      C,2023-03-01,499
      C,2023-06-01,199
      D,2023-02-01,499
      D,2023-03-01,499
      D,2023-04-01,499
      D,2023-05-01,499
      D,2023-06-01,499
      D,2023-06-02,199
      """, name: "payments.csv")
    #expect(c.mrrRow("A") == [49_900, 49_900, 49_900, 49_900, 19_900])
    #expect(c.oneTimeRow("A") == [0, 0, 0, 0, 0])
    #expect(c.account("A")?.ambiguousMRR?.low == 0)
    #expect(c.account("A")?.ambiguousMRR?.high == 19_900)
    #expect(c.mrrRow("C").last == 0)
    #expect(c.oneTimeRow("C").last == 19_900)
    #expect(c.mrrRow("D").last == 49_900)
    #expect(c.oneTimeRow("D").last == 19_900)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Three accounts step up (from 50 to 200 a month in April, the as-of month): the finding
  /// names all three and adds no "and 0 more"; with a fourth it names three "and 1 more". Each
  /// upgrade is 150 more a month: 450 and 600 in all (Scripts/mutate survivor, session 30).
  @Test(arguments: [3, 4])
  func theFindingNamesThreeAndCountsTheRest(accounts: Int) throws {
    var rows = ["customer_id,date,amount"]
    for a in 1...accounts {
      for m in 1...3 { rows.append("S\(a),2024-0\(m)-05,50") }
      rows.append("S\(a),2024-04-05,200")
    }
    let c = try importLedger(rows.joined(separator: "\n"), name: "payments.csv")
    let finding = try #require(c.log.findings.first { $0.contains("step up in the as-of month") })
    #expect(
      finding.hasPrefix(
        "payments.csv: \(accounts) accounts (\"S1\", \"S2\", \"S3\""
          + (accounts > 3 ? " and \(accounts - 3) more" : "") + ") step up in the as-of month"))
    #expect(finding.contains("to $\(accounts * 150).00 more (the new charge kept, an upgrade)"))
  }
}
