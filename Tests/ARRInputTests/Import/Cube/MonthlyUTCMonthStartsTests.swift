import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A monthly table whose month cells are month starts converted to UTC from a zone east of
/// Greenwich (`2024-12-31T23:00:00Z` is Berlin's 1 January) reads each as the month starting
/// nearest, with a note naming the times (``MonthlyTableReader/utcMonthStarts(_:file:)``;
/// session 36, imp; hostile trial 35, H35-7: every month was read one early, silently).
@Suite struct MonthlyUTCMonthStartsTests {
  /// Acme 100 a month Jan–Apr 2025; Beta 50 in March, 60 in April (summer time from the end
  /// of March: 22:00 UTC).
  static let table = """
    customer_id,month,mrr
    Acme,2024-12-31T23:00:00Z,100.00
    Acme,2025-01-31T23:00:00Z,100.00
    Acme,2025-02-28T23:00:00Z,100.00
    Acme,2025-03-31T22:00:00Z,100.00
    Beta,2025-02-28T23:00:00Z,50.00
    Beta,2025-03-31T22:00:00Z,60.00
    """

  @Test func monthStartsInUTCReadAsTheirMonths() throws {
    let c = try ImportFixtures.read([("mrr.csv", Self.table)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 4))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("Beta") == [0, 0, 5_000, 6_000])
    #expect(
      c.log.notes.contains(
        "mrr.csv: the month column's cells are timestamps at 22:00 UTC, 23:00 UTC on a month's "
          + "last day or first: month starts converted to UTC from a zone east of Greenwich, "
          + "each read as the month starting nearest (\"2024-12-31T23:00:00Z\" is 2025-01); "
          + "write the month's own date (2025-01-01) to read it as written"))
  }

  /// Midnight, a written offset, or one cell away from a month's edge: read as written, no
  /// note.
  @Test(arguments: [
    ("2024-12-31T00:00:00Z", "2025-01-31T00:00:00Z", Month(year: 2024, month: 12)),
    ("2024-12-31T23:00:00+01:00", "2025-01-31T23:00:00+01:00", Month(year: 2024, month: 12)),
    ("2024-12-31T23:00:00Z", "2025-01-15T23:00:00Z", Month(year: 2024, month: 12)),
    ("2025-01-01T05:00:00Z", "2025-02-01T05:00:00Z", Month(year: 2025, month: 1)),
  ])
  func otherTimesReadAsWritten(first: String, second: String, month: Month) throws {
    let text = "customer_id,month,mrr\nAcme,\(first),100.00\nAcme,\(second),100.00\n"
    let c = try ImportFixtures.read([("mrr.csv", text)])
    #expect(c.firstMonth == month)
    #expect(!c.log.notes.contains { $0.contains("converted to UTC") })
  }
}
