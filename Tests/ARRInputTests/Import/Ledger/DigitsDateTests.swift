import ARRCore
import Testing

@testable import ARRInput

/// Date cells of digits alone: a compact `YYYYMMDD` date key and Unix time (Stripe's API and
/// Sigma write `created` as seconds since 1970). Each is read and said in a note.
@Suite struct DigitsDateTests {
  /// 1704067200 is 2024-01-01 00:00:00 UTC (19,723 days × 86,400 s); a day later adds 86,400.
  @Test(arguments: [
    ("20240131", "2024-01-31", LedgerDate.DigitsForm.compact),
    ("19991231", "1999-12-31", .compact),
    ("1704067200", "2024-01-01", .unixSeconds),
    // 1704067200 + 30 × 86,400 + 86,399: the last second of 2024-01-31.
    ("1706745599", "2024-01-31", .unixSeconds),
    ("1704153600000", "2024-01-02", .unixMilliseconds),
  ])
  func digitsAreADate(text: String, day: String, form: LedgerDate.DigitsForm) throws {
    let read = try #require(LedgerDate.digitsDate(text))
    #expect(read.date == CivilDate(day))
    #expect(read.form == form)
    #expect(LedgerDate.parse(text, order: nil) == CivilDate(day))
  }

  /// Month 13, day 32, year 9999, a 9-digit number, Unix time before 2000 or after 2099, and
  /// a 20-digit run (the importer's fuzz target once crashed on one) are no dates.
  @Test(arguments: [
    "20241301", "20240132", "99991231", "123456789", "0946684799", "4102444800",
    "12345678901234567890", "2024013a",
  ])
  func otherDigitsAreNoDate(text: String) {
    #expect(LedgerDate.digitsDate(text) == nil)
  }

  /// A ledger dated three ways: 2024-01-15, 1707955200 (2024-02-15: 1704067200 + 45 days ×
  /// 86,400) and 1710460800000 ms (2024-03-15: 74 days). 100.00 a month: MRR 100.00 in each.
  @Test func aLedgerOfCompactAndUnixDatesIsReadAndSaidSo() throws {
    let text = """
      customer,date,amount
      A,20240115,100.00
      A,1707955200,100.00
      A,1710460800000,100.00
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.mrr == [10_000, 10_000, 10_000])
    let note = try #require(c.log.notes.first { $0.contains("date cells of digits alone") })
    #expect(note.contains("1 written as YYYYMMDD (e.g. \"20240115\" on line 2, 2024-01-15)"))
    #expect(note.contains("1 written as Unix time (seconds since 1970"))
    #expect(note.contains("\"1707955200\" on line 3, 2024-02-15"))
    #expect(note.contains("in milliseconds"))
  }

  /// Stripe's subscriptions as the API writes them: `created` and the periods in seconds.
  /// 1704067200 is 2024-01-01 and 1706745600 2024-02-01: 49.00 a month in 2024-01 and 2024-02.
  @Test func stripeSubscriptionsInUnixTimeAreRead() throws {
    let text = """
      id,customer,status,amount,interval,created,current_period_start,current_period_end
      sub_1,cus_1,active,49.00,month,1704067200,1706745600,1709251200
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.mrr == [4_900, 4_900])
    #expect(c.log.notes.contains { $0.contains("3 written as Unix time") })
  }
}
