import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions export alone carries each subscription's current price and interval back
/// over its life; its annual term is known over the same span, from the subscription's start,
/// not from its current period's (session 15, report). From the current period, every running
/// annual subscription's term was unknown a year back while one that ended in the year kept
/// its own: the year-ago base read as "not annual", and the backtest saw only churners as
/// annual.
@Suite struct SubscriptionTermHistoryTests {
  static let rows = [
    // Running since 2023-04, current period 2026-04 to 2027-04.
    "s1,cus_run,Run,active,1200.00,usd,year,1,1,2023-04-01 00:00,2026-04-01 00:00,"
      + "2027-04-01 00:00,,,false,,,p",
    // Since 2023-02, its last period 2025-02 to 2026-02, cancelled at that period's end.
    "s2,cus_gone,Gone,canceled,1200.00,usd,year,1,1,2023-02-01 00:00,2025-02-01 00:00,"
      + "2026-02-01 00:00,,2025-06-10 00:00,true,2026-02-01 00:00,,p",
    // Monthly since 2024-01; its current period, 2026-10, makes the as-of month.
    "s3,cus_m,M,active,100.00,usd,month,1,1,2024-01-01 00:00,2026-10-01 00:00,"
      + "2026-11-01 00:00,,,false,,,p",
  ]

  @Test func anAnnualTermIsKnownFromTheSubscriptionsStart() throws {
    let text = StripeImportTests.header + Self.rows.joined(separator: "\n")
    let c = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2026, month: 10))
    let run = try #require(c.accounts.first { $0.id == "cus_run" })
    let gone = try #require(c.accounts.first { $0.id == "cus_gone" })
    #expect(run.contractType == .annual && run.inferredFrom == Month(year: 2023, month: 4))
    #expect(gone.contractType == .annual && gone.inferredFrom == Month(year: 2023, month: 2))
    // A year before the as-of month both read annual, the running one as the ended one.
    let company = try c.company(name: "Subs").company
    let past = company.pointInTime(Month(year: 2025, month: 10))
    let types = Dictionary(uniqueKeysWithValues: past.accounts.map { ($0.id, $0.contractType) })
    #expect(types["cus_run"] == .annual)
    #expect(types["cus_gone"] == .annual)
    #expect(types["cus_m"] == .unknown)
  }
}
