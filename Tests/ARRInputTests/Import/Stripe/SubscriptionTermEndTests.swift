import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's end after the as-of month that closes whole years from its start
/// is a contract term's end, not notice given (`docs/import.md`, "Subscriptions table";
/// ``SubscriptionTermEnd``). bashiraziz/acctreconagents' public contracts table
/// (`data/mock/subscriptions/subscriptions_contracts.csv`, read as of 2025-10) scored its two
/// running contracts at-risk, 92 and 95, for "cancellation notice given".
@Suite struct SubscriptionTermEndTests {
  /// 2024-04-01 to 2026-03-31 is 2 years (the day after the end is the anniversary); to
  /// 2026-04-01, 2 years too (the end written as the first day not served); 2025-10-01 to
  /// 2027-09-30, 2 years; 2024-01-15 to 2025-01-14, 1 year; 2024-01-01 to 2024-05-20 and
  /// 2024-01-01 to 2024-12-30 close none; 2024-03-01 to 2024-02-29 closes none (no year).
  @Test(
    arguments: [
      ("2024-04-01", "2026-03-31", 2), ("2024-04-01", "2026-04-01", 2),
      ("2025-10-01", "2027-09-30", 2), ("2024-01-15", "2025-01-14", 1),
      ("2024-01-01", "2024-05-20", nil), ("2024-01-01", "2024-12-30", nil),
      ("2024-03-01", "2024-02-29", nil),
      // A leap day's anniversary in another year is 1 March: 2026-02-28 is the day before it,
      // 2026-03-01 the anniversary itself; in a leap year 2028-02-28 is the day before 02-29.
      ("2024-02-29", "2026-02-28", 2), ("2024-02-29", "2026-03-01", 2),
      ("2024-02-29", "2028-02-28", 4), ("2024-02-29", "2026-02-27", nil),
    ] as [(String, String, Int?)])
  func wholeYears(start: String, end: String, years: Int?) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(SubscriptionTermEnd.wholeYears(from: s, to: e) == years)
  }

  /// The public table's rows (its header kept): as of 2025-10 (the latest start), Apex
  /// (2024-04-01 to 2026-03-31, `Active`) and Evergreen (2025-10-01 to 2027-09-30, `New`) run,
  /// each ending two whole years from its start: contract ends, no cancel date, and a finding
  /// naming Apex (line 2). Their revenue is as before: 120,000 and 150,000 a month.
  @Test func theContractsTablesTermsAreNoNotice() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "subscriptions_contracts.csv",
          bytes: Array(SubscriptionTableAsOfTests.contracts.utf8))
      ], options: ImportOptions())
    #expect(c.asOf == Month(year: 2025, month: 10))
    let apex = try #require(c.accounts.first { $0.id == "Apex Retail" })
    let evergreen = try #require(c.accounts.first { $0.id == "Evergreen Labs" })
    #expect(apex.cancelDate == nil)
    #expect(evergreen.cancelDate == nil)
    #expect(apex.contractEndDate == CivilDate(year: 2026, month: 3, day: 31))
    #expect(evergreen.contractEndDate == CivilDate(year: 2027, month: 9, day: 30))
    #expect(apex.inferred.contains(.contractEndDate))
    #expect(c.mrrRow("Apex Retail").last == 12_000_000)
    #expect(c.mrrRow("Evergreen Labs").last == 15_000_000)
    let finding = try #require(c.log.findings.first { $0.contains("contract terms") })
    #expect(
      finding.contains(
        "2 customers' subscriptions end in or after 2025-10, each closing a whole number of years "
          + "from its start (\"Apex Retail\" on line 2, 2024-04-01 to 2026-03-31, 2 years)"))
  }

  /// With `--as-of 2024-06`: a ends 2025-05-31, a whole year from 2024-06-01 (a term's end);
  /// b ends 2024-09-15, no whole year (notice given); c ends 2026-05-31, two whole years, but
  /// its status says `cancelled` (notice given).
  @Test func onlyWholeYearsWithoutAnEndedStatusAreTerms() throws {
    let text = """
      customer_id,start_date,end_date,mrr,status
      a,2024-06-01,2025-05-31,100,active
      b,2024-01-01,2024-09-15,50,active
      c,2024-06-01,2026-05-31,70,cancelled
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 6)))
    #expect(c.account("a")?.contractEndDate == CivilDate(year: 2025, month: 5, day: 31))
    #expect(c.account("a")?.cancelDate == nil)
    #expect(c.account("b")?.cancelDate == CivilDate(year: 2024, month: 9, day: 15))
    #expect(c.account("b")?.contractEndDate == nil)
    #expect(c.account("c")?.cancelDate == CivilDate(year: 2026, month: 5, day: 31))
    #expect(
      c.log.findings.contains { $0.contains("1 customer's subscriptions end in or after 2024-06") })
  }
  /// The reviewer's `upg.csv` (review 8, finding 1): a and b hold the same contract, 2024-04-01
  /// to 2026-03-31; a upgraded mid-term, a new spell from 2025-01-15 (its first ending
  /// 2025-01-14, the day before). Counted from that spell's start, a's end closes no whole year,
  /// so a was scored "cancellation notice given". Counted from the start of the run of
  /// back-to-back spells, 2024-04-01, it closes 2: a term's end, as b's. g's second spell starts
  /// 2024-09-01 after a gap (its first ended 2024-06-30): no run, and 2024-09-01 to 2026-03-31
  /// closes no whole year, so g has given notice. As of 2025-10 (the latest start, c's; the
  /// ends after it are read as scheduled), a bills the new price, 150.00.
  @Test func aMidTermUpgradeKeepsTheContractsTermEnd() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,status
      a,2024-04-01,2025-01-14,100,active
      a,2025-01-15,2026-03-31,150,active
      b,2024-04-01,2026-03-31,100,active
      c,2025-10-01,,50,active
      g,2024-04-01,2024-06-30,100,active
      g,2024-09-01,2026-03-31,100,active
      """
    let c = try Importer.read([Importer.SourceFile(name: "upg.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 10))
    let end = CivilDate(year: 2026, month: 3, day: 31)
    #expect(c.account("a")?.contractEndDate == end)
    #expect(c.account("a")?.cancelDate == nil)
    #expect(c.account("b")?.contractEndDate == end)
    #expect(c.account("b")?.cancelDate == nil)
    #expect(c.account("g")?.cancelDate == end)
    #expect(c.account("g")?.contractEndDate == nil)
    #expect(c.mrrRow("a").last == 15_000)
    // a's term is found on line 3 (the spell that ends it), from its contract's start.
    #expect(
      c.log.findings.contains {
        $0.contains(
          "2 customers' subscriptions end in or after 2025-10, each closing a whole number of years "
            + "from its start (\"a\" on line 3, 2024-04-01 to 2026-03-31, 2 years)")
      })
  }
  /// The reviewer's `term.csv` (review 8, finding 10). As of 2025-10 (e's start; the ends after
  /// it are read as scheduled): a (2024-04-01 to 2026-03-31) and d (2025-01-15 to 2026-01-14)
  /// end terms; b's end is written as the anniversary itself (2026-04-01, the first day not
  /// served; it bills through March) and is stored as the last day served, 2026-03-31, as a's
  /// (it was stored 2026-04-01, a month later); c starts on a leap day (2024-02-29) and ends
  /// 2026-02-28, the day before its anniversary, 1 March: a term (it was read as notice given);
  /// f's status says it ended: notice given, 2026-03-31.
  @Test func leapDaysAndAnniversaryEnds() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,status
      a,2024-04-01,2026-03-31,100,active
      b,2024-04-01,2026-04-01,100,
      c,2024-02-29,2026-02-28,100,active
      d,2025-01-15,2026-01-14,100,active
      e,2025-10-01,,50,active
      f,2024-04-01,2026-03-31,100,cancelled
      """
    let c = try Importer.read([Importer.SourceFile(name: "term.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 10))
    #expect(c.account("a")?.contractEndDate == CivilDate(year: 2026, month: 3, day: 31))
    #expect(c.account("b")?.contractEndDate == CivilDate(year: 2026, month: 3, day: 31))
    #expect(c.account("c")?.contractEndDate == CivilDate(year: 2026, month: 2, day: 28))
    #expect(c.account("d")?.contractEndDate == CivilDate(year: 2026, month: 1, day: 14))
    for id in ["a", "b", "c", "d"] { #expect(c.account(id)?.cancelDate == nil) }
    #expect(c.account("f")?.cancelDate == CivilDate(year: 2026, month: 3, day: 31))
    #expect(c.account("f")?.contractEndDate == nil)
    #expect(
      c.log.findings.contains {
        $0.contains("4 customers' subscriptions end in or after 2025-10")
      })
  }
}
