import ARRCore
import Testing

@testable import ARRInput

/// A live subscription whose `Cancel At (UTC)` passed before the data's last month (session 16,
/// import lane): Stripe would have ended it, so the export contradicts itself. Read as ended at
/// `Cancel At`, with a finding, and the still-running reading the high end of the range.
@Suite struct StripeCancelAtCheckTests {
  static let header =
    "id,Customer ID,Status,Amount,Currency,Interval,Start Date (UTC),"
    + "Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),"
    + "Cancel At Period End,Cancel At (UTC),Ended At (UTC)\n"

  func read(_ rows: [String], asOf: Month? = nil) throws -> ImportedCompany {
    let text = Self.header + rows.joined(separator: "\n")
    var options = ImportOptions()
    options.asOf = asOf
    return try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: options)
  }

  /// As of 2025-03 (the latest Current Period Start). A: 100.00 running. K: 250.00, `active`,
  /// Cancel At 2025-02-10: billed January and February (February whole), not March. P: 40.00,
  /// `past_due`, Cancel At 2025-02-01 00:00: January only. L: 300.00, Cancel At 2025-03-20,
  /// inside the last month: notice given, no contradiction. By hand: MRR at 2025-03 is 100 +
  /// 300 = 400.00, ARR $4,800; if K and P still ran, 400 + 250 + 40 = 690.00, ARR $8,280: the
  /// range's high end; the ARR at stake is 290 × 12 = $3,480.
  static let rows = [
    "s1,cus_a,active,100.00,usd,month,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,false,,",
    "s2,cus_k,active,250.00,usd,month,2025-01-01 00:00,2025-02-01 00:00,2025-03-01 00:00,"
      + "2025-01-20 10:00,false,2025-02-10 00:00,",
    "s3,cus_p,past_due,40.00,usd,month,2025-01-01 00:00,2025-01-01 00:00,2025-02-01 00:00,,false,"
      + "2025-02-01 00:00,",
    "s4,cus_l,active,300.00,usd,month,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,"
      + "2025-03-02 10:00,false,2025-03-20 00:00,",
  ]

  @Test func aLiveRowWhoseCancelAtPassedEndsThenWithARange() throws {
    let c = try read(Self.rows)
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("cus_a") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_k") == [25_000, 25_000, 0])
    #expect(c.mrrRow("cus_p") == [4_000, 0, 0])
    #expect(c.mrrRow("cus_l") == [30_000, 30_000, 30_000])
    #expect(c.account("cus_k")?.cancelDate == CivilDate("2025-02-10"))
    #expect(c.account("cus_p")?.cancelDate == CivilDate("2025-02-01"))
    #expect(c.account("cus_k")?.ambiguousMRR?.high == 25_000)
    #expect(c.account("cus_l")?.ambiguousMRR == nil)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 480_000)
    #expect(s.ambiguousARRHigh == 828_000)
    let f = try #require(c.log.findings.first { $0.contains("Cancel At") })
    #expect(
      f
        == "subs.csv: 2 live subscriptions are set to end before 2025-03 (\"cus_k\" on line 3: "
        + "active, Cancel At 2025-02-10): Stripe ends a subscription at its Cancel At, so the "
        + "export contradicts itself; read as ended then (their churn counted); if they still "
        + "run, $3,480.00 of ARR more (priced in ambiguous_arr)")
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// A Cancel At after the export's own latest month is a scheduled end, even when `--as-of`
  /// measures a later month: no contradiction (K's 2025-04-10 with `--as-of 2025-05`: billed
  /// through April, no finding, no range).
  @Test func aCancelAtAfterTheExportIsAScheduledEnd() throws {
    let c = try read(
      [
        Self.rows[0],
        "s2,cus_k,active,250.00,usd,month,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,"
          + "false,2025-04-10 00:00,",
      ], asOf: Month(year: 2025, month: 5))
    #expect(c.mrrRow("cus_k") == [25_000, 25_000, 25_000, 25_000, 0])
    #expect(!c.log.findings.contains { $0.contains("Cancel At") })
    #expect(c.account("cus_k")?.ambiguousMRR == nil)
  }
}
