import ARRCore
import Testing

@testable import ARRInput

/// Subscriptions tables with two dates for a cancellation (session 16's trial, R1, M1, M2):
/// Recurly's `canceled_at` (notice) beside `expires_at` (the end), Maxio's `delayed_cancel_at`
/// (scheduled) beside `canceled_at` (ended), and a status column both call `state`.
@Suite struct SubscriptionEndColumnsTests {
  /// Recurly's subscriptions export (a subset of its columns; `mrr` in dollars a month, as a
  /// user converts `unit_amount_in_cents`). zeta cancelled on 2025-05-20, paid to 2025-08-01;
  /// gamma cancelled 2025-02-05 and expired 2025-03-10.
  static let recurly = """
    uuid,account_code,email,state,mrr,currency,activated_at,canceled_at,expires_at
    a1,acme,ap@acme.io,active,500.00,USD,2024-07-03 10:14:22 UTC,,
    a3,gamma,f@gamma.co,expired,300.00,USD,2024-08-10 08:00:00 UTC,2025-02-05 14:30:00 UTC,2025-03-10 08:00:00 UTC
    a5,epsilon,hi@eps.ai,in_trial,400.00,USD,2025-06-10 12:00:00 UTC,,
    a6,zeta,ar@zeta.org,canceled,500.00,USD,2024-08-01 00:00:00 UTC,2025-05-20 16:45:00 UTC,2025-08-01 00:00:00 UTC
    """

  static func read(_ text: String, name: String = "subscriptions.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// As of June 2025 (epsilon's start; zeta's end is notice given, not evidence of the export's
  /// date). By hand, from July 2024 (acme's start): acme 500 every month; gamma 300 from August
  /// 2024 through March 2025 (its end, the 10th, bills March); zeta 500 from August 2024 on,
  /// still billed in June (it ends 2025-08-01); epsilon in trial, 0. Headline MRR 1,000.00.
  @Test func recurlysNoticeRunsToItsEnd() throws {
    let c = try Self.read(Self.recurly)
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.firstMonth == Month(year: 2024, month: 7))
    #expect(c.mrrRow("acme") == Array(repeating: 50_000, count: 12))
    #expect(c.mrrRow("gamma") == [0] + Array(repeating: 30_000, count: 8) + [0, 0, 0])
    #expect(c.mrrRow("zeta") == [0] + Array(repeating: 50_000, count: 11))
    #expect(c.mrrRow("epsilon") == Array(repeating: 0, count: 12))
    let ids = ["acme", "gamma", "epsilon", "zeta"]
    #expect(ids.map { c.mrrRow($0).last ?? -1 }.reduce(0, +) == 100_000)
    let zeta = try #require(c.accounts.first { $0.id == "zeta" })
    #expect(zeta.cancelDate == CivilDate(year: 2025, month: 8, day: 1))
    #expect(zeta.contractEndDate == nil)
    // `account_code` names the customer, and `state` is read (no unread status).
    #expect(c.log.files[0].recognisedColumns.contains("customer_id: account_code"))
    #expect(c.log.files[0].recognisedColumns.contains("status: state"))
    #expect(!c.log.notes.contains { $0.contains("a status the reader does not read") })
  }

  /// Maxio's export: `delayed_cancel_at` (a cancellation scheduled ahead) is the end and notice
  /// given; a row without one ended at `canceled_at`, read with a note; `state` = `trialing`
  /// with no trial end is a trial, billing nothing. By hand as of June 2025: acme 500, zeta 500
  /// (ends 2025-08-01, notice), gamma ended 2025-03-10, epsilon in trial: MRR 1,000.00.
  @Test func maxiosScheduledCancellationIsNotice() throws {
    let c = try Self.read(
      """
      id,state,customer_id,mrr,currency,activated_at,trial_ended_at,canceled_at,delayed_cancel_at
      1,active,acme,500.00,USD,2024-07-03 10:14:22 -0400,,,
      3,canceled,gamma,300.00,USD,2024-08-10 08:00:00 -0400,,2025-03-10 08:00:00 -0400,
      5,trialing,epsilon,400.00,USD,2025-06-10 12:00:00 -0400,,,
      6,active,zeta,500.00,USD,2024-08-01 00:00:00 -0400,,,2025-08-01 00:00:00 -0400
      """)
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("gamma") == [0] + Array(repeating: 30_000, count: 8) + [0, 0, 0])
    #expect(c.mrrRow("zeta").last == 50_000)
    #expect(c.mrrRow("epsilon") == Array(repeating: 0, count: 12))
    let zeta = try #require(c.accounts.first { $0.id == "zeta" })
    #expect(zeta.cancelDate == CivilDate(year: 2025, month: 8, day: 1))
    let note = try #require(c.log.notes.first { $0.contains("no end under") })
    #expect(
      note.contains(
        "1 row has no end under \"delayed_cancel_at\": read from \"canceled_at\" (line 3 first)"))
    #expect(!c.log.files[0].ignoredColumns.contains("canceled_at"))
  }

  /// A cancellation written on the day of the end is the churn written twice, not notice: a
  /// one-year contract (2024-03-15 to 2025-03-15) read as of December 2024 (the last start: an end
  /// after every start no longer decides, session 16, import2 lane) ends a term, up for renewal. Cancelled on 2025-01-10, before
  /// its end, notice was given: the export is no earlier than that day, its end scheduled, so
  /// as of January 2025 its cancellation date is the end.
  @Test(arguments: [("2025-03-15", false), ("2025-01-10", true)])
  func aCancellationOnTheEndsDayIsNoNotice(cancelled: String, isNotice: Bool) throws {
    let c = try Self.read(
      """
      customer_id,start_date,end_date,cancellation_date,mrr
      a,2024-10-01,,,100
      b,2024-03-15,2025-03-15,\(cancelled),200
      c,2024-12-01,,,100
      """)
    #expect(c.asOf == (isNotice ? Month(year: 2025, month: 1) : Month(year: 2024, month: 12)))
    let b = try #require(c.accounts.first { $0.id == "b" })
    #expect(b.cancelDate == (isNotice ? CivilDate(year: 2025, month: 3, day: 15) : nil))
    #expect(
      c.log.notes.contains { $0.contains("the cancellation on line 3, after every start") }
        == isNotice)
    #expect((b.contractEndDate != nil) == !isNotice)
    #expect(c.mrrRow("b").last == 20_000)
  }

  /// A `state` column of addresses (`CA`, `NY`) is no status: not read, and no note of unread
  /// statuses; the table reads as without it.
  @Test func anAddressStateIsNoStatus() throws {
    let c = try Self.read(
      """
      customer_id,state,start_date,end_date,mrr
      a,CA,2025-01-01,,100
      b,NY,2025-02-01,2025-04-10,200
      """)
    #expect(!c.log.files[0].recognisedColumns.contains("status: state"))
    #expect(c.log.files[0].ignoredColumns.contains("state"))
    #expect(!c.log.notes.contains { $0.contains("a status the reader does not read") })
    // As of the latest start, 2025-02 (b's end after it is read as scheduled: session 16,
    // import2 lane).
    #expect(c.mrrRow("b") == [0, 20_000])
  }
}
