import ARRCore
import Testing

@testable import ARRInput

/// Review 50's findings on session 49's subscription rules: a `non_renewing` row whose term end
/// is written as the current period's end (R50-28), Maxio's `automatically_resume_at` (R50-32),
/// and Recurly's `unit_amount` re-saved by a spreadsheet as whole numbers (R50-38).
@Suite struct ReviewFiftySubscriptionTests {
  func read(_ text: String, name: String = "subscriptions.csv") throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 11)))
  }

  /// R50-28, by hand at 2026-11: cust_b (`non_renewing`) pays 490.00 through November and
  /// leaves on its current period's end, 2026-12-01, notice given; cust_a runs on. Headline
  /// 12 × (245 + 490) = 8,820.00; no "gives no end" finding. The same with Recurly's
  /// `current_period_ends_at` and a CRM's `renewal date`.
  @Test(arguments: ["current_period_end", "current_period_ends_at", "Renewal Date"])
  func noticeLeavesOnTheCurrentPeriodsEnd(header: String) throws {
    let c = try read(
      """
      customer_id,status,started_at,current_period_start,\(header),mrr
      cust_a,active,2025-11-01,2026-11-01,2026-12-01,245.00
      cust_b,non_renewing,2026-04-01,2026-11-01,2026-12-01,490.00

      """)
    #expect(c.accounts.first { $0.id == "cust_b" }?.cancelDate == CivilDate("2026-12-01"))
    #expect(c.accounts.first { $0.id == "cust_a" }?.cancelDate == nil)
    #expect(c.mrrRow("cust_b").last == 49_000)
    #expect(!c.log.findings.contains { $0.contains("gives no end") || $0.contains("give no end") })
    #expect(
      c.log.notes.contains {
        $0.contains("1 row says the subscription cancels at its term's end (\"non_renewing\"")
          && $0.contains("(\"\(header)\"; \"cust_b\" on line 3, 2026-12-01)")
      }, "\(c.log.notes)")
  }

  /// Twins: an `active` row's current period end is its next renewal, never an end; a
  /// `non_renewing` row beside a period start column alone still gives no end (the finding).
  @Test func aPeriodEndIsNoEndWithoutNotice() throws {
    let c = try read(
      """
      customer_id,status,started_at,current_period_start,current_period_end,mrr
      cust_a,active,2025-11-01,2026-11-01,2026-12-01,245.00

      """)
    #expect(c.accounts.first { $0.id == "cust_a" }?.cancelDate == nil)
    let without = try read(
      """
      customer_id,status,started_at,current_period_start,mrr
      cust_a,active,2025-11-01,2026-11-01,245.00
      cust_b,non_renewing,2026-04-01,2026-11-01,490.00

      """)
    #expect(without.accounts.first { $0.id == "cust_b" }?.cancelDate == nil)
    #expect(without.log.findings.contains { $0.contains("notice was given") })
  }

  /// R50-32: Maxio's `on_hold` rows with `automatically_resume_at` resume on 2027-01-01, said as
  /// Chargebee's `resume_date` is; an active row's date is not read.
  @Test(arguments: ["automatically_resume_at", "paused_until", "Pause End Date"])
  func pausedRowsSayTheirResumeDate(header: String) throws {
    let c = try read(
      """
      customer_id,state,activated_at,mrr,\(header)
      cust_a,active,2025-11-01,245.00,2026-12-15
      cust_p,on_hold,2025-06-01,49.00,2027-01-01
      cust_q,on_hold,2025-10-01,29.00,2027-01-01

      """)
    #expect(
      c.log.findings.contains {
        $0.contains("all 2 give a date to resume (2027-01-01): pauses, not churn")
      }, "\(c.log.findings)")
  }

  /// R50-38, by hand at 2026-11: Recurly's export re-saved with whole numbers (`147`, `297`,
  /// `2988`): `unit_amount` beside Recurly's own columns is its price in major units: acme
  /// 3 × 147 = 441.00, beta 297 ÷ 3 = 99.00, gamma 2 × 2,988 ÷ 12 = 498.00, a note saying why.
  @Test func recurlysWholeNumbersAreMajorUnits() throws {
    let c = try read(
      RecurlyUnitAmountTests.export(["147", "297", "2988"]), name: "subscriptions_export.csv")
    #expect(c.mrrRow("acme").last == 44_100)
    #expect(c.mrrRow("beta").last == 9_900)
    #expect(c.mrrRow("gamma").last == 49_800)
    #expect(
      c.log.notes.contains {
        $0.contains("\"unit_amount\" beside Recurly's own columns")
          && $0.contains("e.g. \"147\" on line 2")
      }, "\(c.log.notes)")
    #expect(!c.log.notes.contains { $0.contains("because the header \"unit_amount\" says so") })
  }
}
