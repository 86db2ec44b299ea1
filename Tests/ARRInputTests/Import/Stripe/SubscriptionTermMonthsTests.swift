import ARRCore
import Testing

@testable import ARRInput

/// A total contract value is divided by its term's length in whole months, not by the calendar
/// months its spell touches (review 11, F12): a term from the 15th to the 14th is 12 months.
@Suite struct SubscriptionTermMonthsTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "tcv.csv", bytes: Array(text.utf8))])
  }

  /// A: 12,000 from 2024-01-15 through 2025-01-14 is 12 months: 1,000 a month (12,000 ÷ 13 =
  /// 923.08 before). B: 6,000 from 2024-03-10 through 2025-03-09: 500. C: 24,000 for 2024: 2,000.
  /// As-of 2024-03, the latest start. A's spell still bills from January (its start's month).
  @Test func aMidMonthTermIsTwelveMonths() throws {
    let c = try read(
      """
      customer,contract start date,contract end date,tcv
      A,2024-01-15,2025-01-14,12000
      B,2024-03-10,2025-03-09,6000
      C,2024-01-01,2024-12-31,24000
      """)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("A") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("B") == [0, 0, 50_000])
    #expect(c.mrrRow("C") == [200_000, 200_000, 200_000])
  }

  /// Review 13, F35 (`k8.csv`): a total contract value whose end is its start has no term to
  /// spread over (A's 1,000 was read nowhere, the row counted as used): a problem at its end
  /// cell, as an end before its start is. A term of under a month (B: 31 January to 1 February,
  /// 2 days) bills its whole value as one month's MRR: a finding names it. C's year is no such
  /// term.
  @Test func aTermOfNoDayIsAProblemAndUnderAMonthAFinding() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        "customer_id,start_date,end_date,tcv\nA,2024-01-01,2024-01-01,1000\n"
          + "B,2024-01-31,2024-02-01,1000\n")
    }
    #expect(error.problems.map(\.line) == [2])
    #expect(error.problems.map(\.column) == [3])
    #expect(
      error.problems.first?.message
        == "ends \"2024-01-01\" on the day it starts: a total contract value needs a term to "
        + "spread over (expected an end after the start)")
    let c = try read(
      "customer_id,start_date,end_date,tcv\nB,2024-01-31,2024-02-01,1000\n"
        + "C,2024-01-01,2024-12-31,12000\n")
    #expect(c.mrrRow("B") == [100_000])
    let f = try #require(c.log.findings.first { $0.contains("less than a month") })
    #expect(
      f == "tcv.csv: 1 total contract value runs less than a month (line 2, \"B\": 2024-01-31 "
        + "to 2024-02-01, 2 days): each is read as one month of revenue, its whole value that "
        + "month's MRR")
  }

  /// Whole months from the start to the day after the end, rounded to the nearest, at least 1.
  @Test(arguments: [
    ("2024-01-15", "2025-01-14", 12), ("2024-01-01", "2024-12-31", 12),
    ("2024-01-01", "2025-01-01", 12), ("2024-01-31", "2024-02-29", 1),
    ("2024-01-01", "2024-01-10", 1), ("2024-02-01", "2026-01-31", 24),
    ("2024-01-01", "2024-06-20", 6),
  ])
  func termMonths(start: String, end: String, months: Int) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(SubscriptionTableReader.termMonths(from: s, through: e) == months)
  }
}
