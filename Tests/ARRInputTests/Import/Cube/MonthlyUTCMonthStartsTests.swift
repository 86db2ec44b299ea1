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
    // It moves the as-of month: an information finding (stake 0) naming it as written and as
    // read (review 36 #7).
    let finding =
      "mrr.csv: the month column's cells are timestamps at 22:00 UTC, 23:00 UTC on a month's "
      + "last day or first, read as the months they start in a zone east of Greenwich, so the "
      + "file runs to 2025-04 (to 2025-03 as written; \"2024-12-31T23:00:00Z\" is 2025-01); "
      + "write the month's own date (2025-01-01) to read it as written"
    #expect(c.log.findings.contains(finding))
    #expect(c.log.stakes[finding]?.isDecision == true)
  }

  /// Retest 36, N1: month starts from UTC+13 and +12 (Auckland: 11:00 UTC on the last day in
  /// summer, 12:00 from April) and from UTC+14 beside +13 (10:00 in summer, 11:00 in winter, as
  /// Samoa's were: 10:00 moves only beside 11:00, review 37, R37-7). Acme 100 a month Jan–Jun
  /// 2025: by hand as of 2025-06, months 2025-01 to 2025-06 (read 2024-12 to 2025-05 before).
  @Test(arguments: [
    [
      "2024-12-31T11:00:00Z", "2025-01-31T11:00:00Z", "2025-02-28T11:00:00Z",
      "2025-03-31T11:00:00Z", "2025-04-30T12:00:00Z", "2025-05-31T12:00:00Z",
    ],
    [
      "2024-12-31T10:00:00Z", "2025-01-31T10:00:00Z", "2025-02-28T10:00:00Z",
      "2025-03-31T10:00:00Z", "2025-04-30T11:00:00Z", "2025-05-31T11:00:00Z",
    ],
  ])
  func farEastZonesToo(cells: [String]) throws {
    let text = "customer_id,month,mrr\n" + cells.map { "Acme,\($0),100.00\n" }.joined()
    let c = try ImportFixtures.read([("mrr.csv", text)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(
      c.log.findings.contains {
        $0.contains(
          "so the file runs to 2025-06 (to 2025-05 as written; \"\(cells[0])\" is 2025-01)")
      })
  }

  /// Midnight, a written offset, one cell away from a month's edge, an end-of-day stamp or a
  /// last day's time with no zone: read as written, no note.
  @Test(arguments: [
    ("2024-12-31T00:00:00Z", "2025-01-31T00:00:00Z", Month(year: 2024, month: 12)),
    ("2024-12-31T23:00:00+01:00", "2025-01-31T23:00:00+01:00", Month(year: 2024, month: 12)),
    ("2024-12-31T23:00:00Z", "2025-01-15T23:00:00Z", Month(year: 2024, month: 12)),
    ("2025-01-01T05:00:00Z", "2025-02-01T05:00:00Z", Month(year: 2025, month: 1)),
    // A month's last moment, and a last day's time with no zone, stay in their month
    // (review 36: both read as the next month).
    ("2025-01-31 23:59:59", "2025-02-28 23:59:59", Month(year: 2025, month: 1)),
    ("2025-01-31T23:59:59Z", "2025-02-28T23:59:59Z", Month(year: 2025, month: 1)),
    ("2025-01-31 23:00:00", "2025-02-28 23:00:00", Month(year: 2025, month: 1)),
    // Before 10:00 on a last day no zone's midnight (UTC+14 is the furthest east).
    ("2025-01-31T09:00:00Z", "2025-02-28T09:00:00Z", Month(year: 2025, month: 1)),
    // A first day's last second after noon is no zone's month end (UTC−12 is the furthest
    // west): as written.
    ("2025-02-01T13:59:59Z", "2025-03-01T13:59:59Z", Month(year: 2025, month: 2)),
    // 10:00 with no 11:00 beside it: a month end's midnight in Hawaii (UTC−10), in its month
    // (review 37, R37-7: read as the next month).
    ("2025-01-31T10:00:00Z", "2025-02-28T10:00:00Z", Month(year: 2025, month: 1)),
    // A time no zone's offset makes (a quarter past, or half a minute past, the hour): as
    // written, not the next month.
    ("2024-12-31T23:15:00Z", "2025-01-31T23:15:00Z", Month(year: 2024, month: 12)),
    ("2024-12-31T23:00:30Z", "2025-01-31T23:00:30Z", Month(year: 2024, month: 12)),
    // A cell mid-month, even before noon, is no month start: the column reads as written.
    ("2024-12-31T23:00:00Z", "2025-01-15T05:00:00Z", Month(year: 2024, month: 12)),
    // 10:00 beside 11:00 only on a last day moves: 11:59:59 on a last day is a month's last
    // second east of Greenwich (UTC+12), not a month start, so Hawaii's 10:00 stays put.
    ("2025-01-31T11:59:59Z", "2025-02-28T10:00:00Z", Month(year: 2025, month: 1)),
  ])
  func otherTimesReadAsWritten(first: String, second: String, month: Month) throws {
    let text = "customer_id,month,mrr\nAcme,\(first),100.00\nAcme,\(second),100.00\n"
    let c = try ImportFixtures.read([("mrr.csv", text)])
    #expect(c.firstMonth == month)
    #expect(!c.log.findings.contains { $0.contains("in a zone east of Greenwich") })
  }

  /// Review 37, R37-7 (hawaii-monthend.csv): A 1,000 and B 500 a month, each month's last day
  /// at 10:00 UTC (Hawaii's midnight, month-end dates converted to UTC), Jan–Jun 2025: read as
  /// written, by hand as of 2025-06, 12 × 1,500 = $18,000 (read 2025-02 to 2025-07 before).
  @Test func hawaiiMonthEndsStayInTheirMonths() throws {
    var text = "customer_id,month,mrr\n"
    for end in ["01-31", "02-28", "03-31", "04-30", "05-31", "06-30"] {
      text += "A,2025-\(end)T10:00:00Z,1000\nB,2025-\(end)T10:00:00Z,500\n"
    }
    let c = try ImportFixtures.read([("hawaii-monthend.csv", text)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("A") == [100_000, 100_000, 100_000, 100_000, 100_000, 100_000])
    #expect(c.mrrRow("B") == [50_000, 50_000, 50_000, 50_000, 50_000, 50_000])
    #expect(!c.log.findings.contains { $0.contains("in a zone east of Greenwich") })
  }

  /// Retest 36, v5e: each month's last local second in New York converted to UTC, the 1st of
  /// the next month at 04:59:59Z (03:59:59Z in summer time, from April's cell). Acme 100 a month
  /// Jan–Jun 2025: by hand as of 2025-06, months 2025-01 to 2025-06 (read 2025-02 to 2025-07
  /// before, silently), said in a decision naming the times.
  @Test func monthEndsFromTheWestReadAsTheirMonths() throws {
    let cells = [
      "2025-02-01T04:59:59Z", "2025-03-01T04:59:59Z", "2025-04-01T03:59:59Z",
      "2025-05-01T03:59:59Z", "2025-06-01T03:59:59Z", "2025-07-01T03:59:59Z",
    ]
    let text = "customer_id,month,mrr\n" + cells.map { "Acme,\($0),100.00\n" }.joined()
    let c = try ImportFixtures.read([("mrr.csv", text)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000, 10_000, 10_000])
    let finding =
      "mrr.csv: the month column's cells are timestamps at 03:59:59 UTC, 04:59:59 UTC on a "
      + "month's first day, read as the last second of the month before in a zone west of "
      + "Greenwich (a month's end converted to UTC), so the file runs to 2025-06 (to 2025-07 as "
      + "written; \"2025-02-01T04:59:59Z\" is 2025-01); write the month's own date (2025-01-01) "
      + "to read it as written"
    #expect(c.log.findings.contains(finding))
    #expect(c.log.stakes[finding]?.isDecision == true)
  }

  /// A zero offset written `+00:00` or `-00:00` marks UTC as `Z` does: Berlin's month starts
  /// (23:00 UTC on the last day before) read as their months, by hand Acme's cells for January
  /// and February 2025 (written 2024-12-31 and 2025-01-31).
  @Test(arguments: ["+00:00", "-00:00"])
  func aZeroOffsetIsUTCToo(zone: String) throws {
    let text =
      "customer_id,month,mrr\nAcme,2024-12-31T23:00:00\(zone),100.00\n"
      + "Acme,2025-01-31T23:00:00\(zone),100.00\n"
    let c = try ImportFixtures.read([("mrr.csv", text)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("Acme") == [10_000, 10_000])
  }

  /// A half-hour zone west of Greenwich: Newfoundland (UTC−3:30) ends January at 23:59:59 on
  /// the 31st, 03:29:59 UTC on 1 February (and February on 1 March, summer time starting 9
  /// March). By hand the cells are January and February 2025, not February and March.
  @Test func halfHourZonesMonthEndsReadAsTheirMonths() throws {
    let text =
      "customer_id,month,mrr\nAcme,2025-02-01T03:29:59Z,100.00\nAcme,2025-03-01T03:29:59Z,100.00\n"
    let c = try ImportFixtures.read([("mrr.csv", text)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 2))
  }
}
