import ARRCore
import ARRInput
import Testing

@testable import ARRAnalysis

/// `ended_still_paying`: trials and pilots the ladder leaves out of recurring ARR that have paid
/// in each of the last 3 months, all after their trial or term ended (trial 37, T37-28).
@Suite struct EndedStillPayingTests {
  /// 2026-06 to 2026-10, every account paying 500.00 a month in every month listed. M0–M4:
  /// month-to-month. E: trial expired 2026-07-31, paying 2026-08 to 2026-10 (3 months, all after
  /// July: counted). F: trial expired 2026-08-31, paying 2026-08 to 2026-10 (August is its end's
  /// month: not counted). P: pilot, term ended 2026-05-31, paying every month (counted). T:
  /// active trial ending 2026-12-31 (not ended: not counted).
  static func company() throws -> Company {
    let accounts = """
      account_id,contract_type,billing_cadence,start_date,trial_status,trial_end_date,contract_end_date
      M0,monthly,monthly,2026-06-01,none,,
      M1,monthly,monthly,2026-06-01,none,,
      M2,monthly,monthly,2026-06-01,none,,
      M3,monthly,monthly,2026-06-01,none,,
      M4,monthly,monthly,2026-06-01,none,,
      E,monthly,monthly,2026-06-01,expired,2026-07-31,
      F,monthly,monthly,2026-06-01,expired,2026-08-31,
      P,pilot,monthly,2026-01-01,none,,2026-05-31
      T,monthly,monthly,2026-06-01,active,2026-12-31,

      """
    var monthly = "account_id,month,mrr\n"
    for id in ["M0", "M1", "M2", "M3", "M4", "P", "T"] {
      for m in 6...10 { monthly += "\(id),2026-\(m < 10 ? "0" : "")\(m),500.00\n" }
    }
    for id in ["E", "F"] {
      for m in 8...10 { monthly += "\(id),2026-\(m < 10 ? "0" : "")\(m),500.00\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil)
  }

  /// By hand: E and P, 2 × 12 × 500 = $12,000 of ARR; headline 9 × 6,000 = $54,000, 22.2%
  /// (a warning from 10%); recurring ARR is the five monthly accounts' $30,000, and $42,000
  /// (77.8% of headline) were E and P recurring.
  @Test func trialsAndPilotsPayingLongAfterTheirEndAreSaid() throws {
    let analysis = Analysis.run(try Self.company())
    #expect(analysis.metrics.ladder.headline == 5_400_000)
    #expect(analysis.metrics.ladder.recurring == 3_000_000)
    let finding = try #require(analysis.findings.first { $0.code == .endedStillPaying })
    #expect(finding.severity == .warning)
    #expect(
      finding.message
        == "2 accounts left out of recurring ARR as a trial or pilot ($12.0K of ARR, 22.2% of "
        + "headline) have paid in each of the last 3 months, every one after their trial or term "
        + "ended (first: \"E\", trial expired 2026-07-31). Either the status is stale (converted "
        + "or renewed: recurring ARR would be $42.0K, 77.8% of headline, not $30.0K), or it is "
        + "right and these payments do not recur. Update trial_status, trial_end_date or "
        + "contract_type to settle it.")
  }

  /// Without an end date, or with the payments starting in the end's month, nothing is said.
  @Test func aTrialPayingSinceItsEndMonthIsNotYetStale() throws {
    let analysis = Analysis.run(try Self.company().pointInTime(Month(year: 2026, month: 9)))
    // As of 2026-09 E has paid 2 months after July and P 4 after May: P alone.
    let finding = try #require(analysis.findings.first { $0.code == .endedStillPaying })
    #expect(finding.message.hasPrefix("1 account left out of recurring ARR as a trial or pilot"))
    #expect(finding.message.contains("(first: \"P\", pilot term ended 2026-05-31)"))
  }
}
