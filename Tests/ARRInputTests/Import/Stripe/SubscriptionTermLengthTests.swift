import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's term in months with no end column (session 28, t28c lane; trial 28,
/// T28-2: `DurationMonths` was ignored and every subscription ran for ever, $118K for $45.5K).
@Suite struct SubscriptionTermLengthTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 12)))
  }

  /// The tester's probe under each term header. By hand at 2024-12: A 100 for 3 months from
  /// 2024-01-15 bills January to March; B 200 for 12 from 2024-06-01 runs to 2025-05; C 50 for
  /// 24 to 2026-05 → MRR 250, ARR 3,000 (was 4,200 with A live).
  @Test(
    arguments: [
      "DurationMonths", "term_months", "contract_length", "duration", "Term (months)", "months",
      "commitment_months",
    ])
  func aTermEndsARowWithNoEnd(header: String) throws {
    let c = try read(
      """
      customer_id,start_date,mrr,\(header)
      A,2024-01-15,100,3
      B,2024-06-01,200,12
      C,2024-06-01,50,24
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000] + Array(repeating: 0, count: 9))
    #expect(c.mrrRow("B").last == 20_000)
    #expect(c.mrrRow("C").last == 5_000)
    #expect(
      c.log.notes.contains(
        "subs.csv: 3 rows have no end but a term under \"\(header)\": each runs that many months "
          + "from its start's month, its end the 1st of the month after (line 2, \"A\": 3 months, "
          + "ends 2024-04-01); an end date, where given, wins"))
    #expect(!c.log.files[0].ignoredColumns.contains(header))
  }

  /// An end date wins over the term; a blank term leaves the row open. A ends 2024-02-10 (bills
  /// January and February) though its term says 12; B has no term and runs.
  @Test func anEndDateWins() throws {
    let c = try read(
      """
      customer_id,start_date,end_date,monthly_price,duration_months
      A,2024-01-01,2024-02-10,100,12
      B,2024-01-01,,200,
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000] + Array(repeating: 0, count: 10))
    #expect(c.mrrRow("B").last == 20_000)
    #expect(!c.log.notes.contains { $0.contains("no end but a term") })
  }

  /// A term column holding anything but whole months is not read, with a note; every row runs.
  @Test func aColumnOfOtherTextIsNotRead() throws {
    let c = try read(
      """
      customer_id,start_date,mrr,duration
      A,2024-01-01,100,3
      B,2024-01-01,200,1 year
      """)
    #expect(c.mrrRow("A").last == 10_000)
    #expect(
      c.log.notes.contains(
        "subs.csv: column \"duration\" is not read as a term in months: \"1 year\" on line 3 is "
          + "not a whole number of months from 1 to 600"))
    #expect(c.log.files[0].ignoredColumns.contains("duration"))
  }

  @Test(
    arguments: [
      ("12", 12), ("12.0", 12), (" 3 ", 3), ("0", nil), ("", nil), ("1.5", nil), ("601", nil),
    ] as [(String, Int?)])
  func months(cell: String, expected: Int?) {
    #expect(SubscriptionTermLength.months(cell) == expected)
  }
}
