import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's trial end column (Chargebee's `trial_end`; `docs/import.md`,
/// "Subscriptions table"): the trial's last day. A row pays from the day after it; a row ended
/// by then is an expired trial and bills nothing (review 11, F15: the column was ignored, an
/// unpaid trial was billed and a converted trial's trial month too).
@Suite struct SubscriptionTrialEndTests {
  /// The reviewer's table, as of 2024-04. Acme is in trial (status `in_trial`) until
  /// 2024-04-15: no revenue, trial active, ending then. Beta's trial ended 2024-02-15 and so did
  /// the subscription, the same day: an expired trial, no revenue. Gamma's trial ran through
  /// 2024-01-31: 100 from February (converted, trial end 2024-01-31). Delta has no trial: 200
  /// from January.
  @Test func aTrialEndColumnStartsThePaidService() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "cb.csv",
          bytes: Array(
            """
            customer_id,status,started_at,trial_start,trial_end,cancelled_at,mrr
            acme,in_trial,2024-03-01,2024-03-01,2024-04-15,,100
            beta,cancelled,2024-01-01,2024-01-01,2024-02-15,2024-02-15,100
            gamma,active,2024-01-01,2024-01-01,2024-01-31,,100
            delta,active,2024-01-01,,,,200
            """.utf8))
      ], options: ImportOptions(asOf: Month(year: 2024, month: 4)))
    #expect(c.mrrRow("acme") == [0, 0, 0, 0])
    #expect(c.mrrRow("beta") == [0, 0, 0, 0])
    #expect(c.mrrRow("gamma") == [0, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("delta") == [20_000, 20_000, 20_000, 20_000])
    let acme = try #require(c.account("acme"))
    #expect(acme.trialStatus == .active)
    #expect(acme.trialEndDate == CivilDate(year: 2024, month: 4, day: 15))
    let beta = try #require(c.account("beta"))
    #expect(beta.trialStatus == .expired)
    let gamma = try #require(c.account("gamma"))
    #expect(gamma.trialStatus == .converted)
    #expect(gamma.trialEndDate == CivilDate(year: 2024, month: 1, day: 31))
    #expect(c.account("delta")?.trialStatus == TrialStatus.none)
    #expect(c.log.files[0].ignoredColumns == ["trial_start"])
    #expect(
      c.log.notes.contains {
        $0.contains("2 rows give trial ends after their starts (\"trial_end\")")
          && $0.contains("1 ended by then")
      })
  }

  /// A trial ending mid-month bills that month from the day after (the month's revenue, as a
  /// spell starting mid-month bills its first month): Zeta's trial ends 2024-02-14, so 50 from
  /// February.
  @Test func aTrialEndingMidMonthBillsThatMonth() throws {
    let c = try Importer.read([
      Importer.SourceFile(
        name: "subs.csv",
        bytes: Array(
          """
          customer_id,start_date,end_date,trial_end_date,monthly_fee
          zeta,2024-01-01,,2024-02-14,50
          eta,2024-01-01,,,70
          eta,2024-03-01,,,0
          """.utf8))
    ])
    #expect(c.mrrRow("zeta") == [0, 5_000, 5_000])
  }
}
