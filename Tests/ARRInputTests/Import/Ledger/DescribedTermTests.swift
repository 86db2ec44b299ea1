import ARRCore
import Testing

@testable import ARRInput

/// A term stated in a line's description is the period it pays for (trial 34, T34-3: pilots
/// invoiced once for three months were spread as annual terms by their size).
@Suite struct DescribedTermTests {
  /// One duration, months, years or days: read; payment terms, two durations or none: not.
  @Test(arguments: [
    ("Paid pilot - 3 months", 3, 0), ("Paid pilot fee - 3 month pilot", 3, 0),
    ("Proof of concept - 90 days", 0, 90), ("Platform - 2-year term", 24, 0),
    ("Enterprise annual subscription (12 months)", 12, 0),
    // Trial 51, T51-45: numbers in words; T51-46: a multi-year term paid a year at a time.
    ("Two year subscription", 24, 0), ("Three-year licence, prepaid", 36, 0),
    ("Biennial support plan", 24, 0), ("Six months pilot", 6, 0),
    ("3-year agreement, billed annually - Year 1 of 3", 12, 0),
    ("Year 2 of 3 - annual instalment (3-year agreement)", 12, 0),
    ("3-year licence, prepaid", 36, 0),
  ])
  func aDurationIsRead(text: String, months: Int, days: Int) throws {
    let d = try #require(DescribedTerm.duration(text))
    #expect(d.months == months && d.days == days)
  }

  @Test(arguments: [
    "Invoice - net 30 days", "Payment due in 60 days", "12 months, billed every 3 months",
    "Pro plan", "Seats x 10", "Onboarding - 14 days", "Year two of three - platform fee",
    "Pro plan - one month free",
  ])
  func noTermIsRead(text: String) {
    #expect(DescribedTerm.duration(text) == nil)
  }

  /// From its date to the day before the same day later: 2026-08-15 + 3 months ends
  /// 2026-11-14; 2026-01-31 + 1 month ends 2026-02-27 (February has no 31st: its last day, the
  /// 28th, less one); 90 days from 2026-09-01 end 2026-11-29.
  @Test func periodsEndTheDayBefore() throws {
    let (_, a) = DescribedTerm.period(
      from: try #require(CivilDate(year: 2026, month: 8, day: 15)), months: 3, days: 0)
    #expect(a == CivilDate(year: 2026, month: 11, day: 14))
    let (_, b) = DescribedTerm.period(
      from: try #require(CivilDate(year: 2026, month: 1, day: 31)), months: 1, days: 0)
    #expect(b == CivilDate(year: 2026, month: 2, day: 27))
    let (_, c) = DescribedTerm.period(
      from: try #require(CivilDate(year: 2026, month: 9, day: 1)), months: 0, days: 90)
    #expect(c == CivilDate(year: 2026, month: 11, day: 29))
  }

  /// By hand at 2024-03: a pilot of 9,000 for 3 months from 2024-01-01 serves January to March,
  /// 3,000 a month (was one annual term by its size, 750 a month); a monthly plan of 1,000
  /// beside it reads as before.
  @Test func aStatedTermIsServed() throws {
    let text = """
      customer_id,invoice_date,description,amount
      P,2024-01-01,Paid pilot - 3 months,9000.00
      M,2024-01-01,Pro plan,1000.00
      M,2024-02-01,Pro plan,1000.00
      M,2024-03-01,Pro plan,1000.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("P") == [300_000, 300_000, 300_000])
    #expect(c.mrrRow("M") == [100_000, 100_000, 100_000])
    #expect(c.log.notes.contains { $0.contains("1 line states the term it pays for") })
  }

  /// An account whose latest line names a pilot is a pilot (inferred); one that converted (a
  /// plan billed after its pilot) is not, nor is an "Autopilot" plan (whole words).
  @Test func aPilotNamedInItsLatestLineIsAPilot() throws {
    let text = """
      customer_id,invoice_date,description,amount
      P,2024-03-01,Paid pilot - 3 months,9000.00
      C,2024-01-01,POC fee - 1 month,1000.00
      C,2024-02-01,Pro plan,1000.00
      C,2024-03-01,Pro plan,1000.00
      A,2024-01-01,Autopilot plan,500.00
      A,2024-02-01,Autopilot plan,500.00
      A,2024-03-01,Autopilot plan,500.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    func type(_ id: String) -> ContractType? {
      c.accounts.first { $0.id == id }?.contractType
    }
    #expect(type("P") == .pilot)
    #expect(c.accounts.first { $0.id == "P" }?.inferred.contains(.contractType) == true)
    #expect(type("C") != .pilot)
    #expect(type("A") != .pilot)
  }
}
