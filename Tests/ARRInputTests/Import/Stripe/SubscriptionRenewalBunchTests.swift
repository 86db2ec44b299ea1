import ARRCore
import Testing

@testable import ARRInput

/// Running rows' ends bunched within one month, each on its start's day: the next monthly
/// renewals, which date the export (`docs/import.md`, "Subscriptions table";
/// ``SubscriptionRenewalBunch``; trial 32, T32-29).
@Suite struct SubscriptionRenewalBunchTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))],
      options: ImportOptions())
  }

  func account(_ c: ImportedCompany, _ id: String) throws -> ImportedAccount {
    try #require(c.accounts.first { $0.id == id })
  }

  func asOfMRR(_ c: ImportedCompany, _ id: String) -> Int64 {
    let a = c.accounts.firstIndex { $0.id == id }!
    return c.mrr[c.cell(a, c.monthCount - 1)]
  }

  /// Four active monthly plans whose ends fall 2025-07-03 to 2025-07-28, each on its start's day
  /// (c4 started on the 29th: its 28th is a short month's anchoring), after the latest start
  /// (2025-04-14), and one cancelled row ending 2025-10-07. The latest end less a month is
  /// 2025-06-28: the as-of month is 2025-06, not 2025-04. Running then: 49 + 99 + 199 + 99 =
  /// 446 a month; none has given notice (each end is its next renewal, within the month after
  /// the as-of month); c5 has (cancelled, ending after the as-of month), billed at 99.
  static let renewals = """
    Customer ID,Plan,Status,Start Date,End Date,MRR
    c1,Pro Monthly,active,2023-08-27,2025-07-27,49
    c2,Pro Monthly,active,2024-12-03,2025-07-03,99
    c3,Pro Monthly,active,2025-04-14,2025-07-14,199
    c4,Pro Monthly,active,2023-12-29,2025-07-28,99
    c5,Pro Monthly,canceled,2024-12-19,2025-10-07,99
    """

  @Test func monthlyRenewalsDateTheExport() throws {
    let c = try read(Self.renewals)
    #expect(c.asOf == Month(year: 2025, month: 6))
    for id in ["c1", "c2", "c3", "c4"] {
      #expect(try account(c, id).cancelDate == nil)
    }
    #expect(try account(c, "c5").cancelDate == CivilDate(year: 2025, month: 10, day: 7))
    #expect(
      ["c1", "c2", "c3", "c4", "c5"].map { asOfMRR(c, $0) } == [4900, 9900, 19900, 9900, 9900])
    let note = try #require(c.log.notes.first { $0.contains("next monthly renewal") })
    #expect(note.contains("the ends of its 4 rows whose status says they run"))
    #expect(note.contains("2025-07-03 to 2025-07-28"))
    #expect(note.contains("the month before the latest of them, 2025-06 (line 5)"))
    // Rows read = used + skipped: 5 = 5 + 0.
    #expect(c.log.files[0].rowsRead == 5)
    #expect(c.log.files[0].rowsUsed == 5)
  }

  /// What is no bunch, each read as of its latest start: a one-year cohort signed in one month
  /// ends in one month, but each end closes whole years (contract terms, not renewals; as of
  /// 2024-12); co-termed contracts end on one day whatever their starts' days (2025-02); ends
  /// spread over more than a month, 2025-07-03 to 2025-08-04 (2025-02).
  @Test(arguments: [
    (["2024-12-02,2025-12-01", "2024-12-10,2025-12-09", "2024-12-20,2025-12-19"], 2024, 12),
    (["2024-03-14,2025-12-31", "2024-06-09,2025-12-31", "2025-02-20,2025-12-31"], 2025, 2),
    (["2024-12-03,2025-07-03", "2025-01-14,2025-07-14", "2025-02-04,2025-08-04"], 2025, 2),
  ])
  func noBunch(spells: [String], year: Int, month: Int) throws {
    var text = "Customer ID,Status,Start Date,End Date,MRR\n"
    for (k, spell) in spells.enumerated() { text += "a\(k + 1),active,\(spell),100\n" }
    let c = try read(text)
    #expect(c.asOf == Month(year: year, month: month))
    #expect(!c.log.notes.contains { $0.contains("next monthly renewal") })
  }

  /// An end whose status says it ended, later than the bunch's month, has happened: the bunch
  /// does not decide (the export is no earlier than 2025-08).
  @Test func aLaterHappenedEndOverrulesTheBunch() throws {
    let c = try read(Self.renewals + "\nc6,Pro Monthly,expired,2024-01-05,2025-08-05,99")
    #expect(c.asOf == Month(year: 2025, month: 8))
    #expect(!c.log.notes.contains { $0.contains("next monthly renewal") })
  }

  @Test(arguments: [
    ("2025-01-31", "2025-04-30", true),  // a short month bills on its last day
    ("2025-01-15", "2025-05-15", true),
    ("2025-01-15", "2025-05-14", true),  // the last day served
    ("2025-03-01", "2025-06-30", true),  // the day before the 1st
    ("2024-12-29", "2025-07-28", true),  // a start on the 29th anchored on the 28th
    ("2025-01-15", "2025-05-20", false),
    ("2025-01-10", "2025-05-31", false),
  ])
  func onTheStartsDay(start: String, end: String, isOnDay: Bool) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(SubscriptionRenewalBunch.isOnStartsDay(e, start: s) == isOnDay)
  }
}
