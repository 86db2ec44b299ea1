import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A contract's term read from its start and end dates when no column gives its type (trial
/// 22, T22-3: a customer list's `Contract start` and `Contract end` 12 or 24 months apart
/// read as unknown terms, and committed ARR was $0).
@Suite struct TermFromDatesTests {
  /// A cube as of 2024-12 beside a customer list with `Contract start`, `Contract end` and
  /// `Billing`, no contract type:
  /// - A: 2024-03-01 to 2025-02-28, the day after is 12 months on: annual;
  /// - B: 2023-07-15 to 2025-07-14: 24 months, multi-year;
  /// - C: 2024-06-01 to 2024-11-30, 6 months: too short to say;
  /// - D: 2023-01-01 to 2023-12-31, ended before 2024-12 (and still billing, a renewal the
  ///   list did not record): not read;
  /// - E: 2024-10-01 to 2025-09-15, 11½ months: no whole number of months, not read;
  /// - F: 2024-04 to 2025-03 written as months (read 2024-04-01 and 2025-03-01): the end's
  ///   month ends 12 months on, annual.
  static let cube = """
    Customer,2024-10,2024-11,2024-12
    A,100,100,100
    B,200,200,200
    C,50,50,50
    D,70,70,70
    E,30,30,30
    F,40,40,40
    """
  static let list = """
    Customer,Contract start,Contract end,Billing
    A,2024-03-01,2025-02-28,Annual
    B,2023-07-15,2025-07-14,Monthly
    C,2024-06-01,2024-11-30,Monthly
    D,2023-01-01,2023-12-31,Monthly
    E,2024-10-01,2025-09-15,Monthly
    F,2024-04,2025-03,Monthly
    """

  static func read() throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("customers.csv", Self.list)], options: ImportOptions(values: .mrr))
  }

  /// Trial 54, T54-11 in small: six accounts billing at 2024-12 whose list rows all end
  /// 2024-12-31 (the export's cut-off), starts a year or two before, and G, whose own annual
  /// term (2023-12-11 to 2024-12-10) ends earlier in the month: no term is read from the
  /// cut-off (all six were annual or multi-year), G's is, and a note says why. The twin: with
  /// F's end in 2025 the latest end is past the as-of month, and the terms are read as before.
  @Test(arguments: [false, true])
  func theLatestEndSharedInTheAsOfMonthIsTheCutOff(hasLaterEnd: Bool) throws {
    let ids = ["A", "B", "C", "D", "E", "F", "G"]
    let cube =
      "Customer,2024-10,2024-11,2024-12\n"
      + ids.map { "\($0),100,100,100" }.joined(separator: "\n")
    let rows = [
      "A,2024-01-01,2024-12-31", "B,2023-01-01,2024-12-31", "C,2022-01-01,2024-12-31",
      "D,2023-06-01,2024-12-31", "E,2024-01-01,2024-12-31",
      "F,2023-01-01,\(hasLaterEnd ? "2025-12-31" : "2024-12-31")", "G,2023-12-11,2024-12-10",
    ]
    let list = "Customer,Contract start,Contract end\n" + rows.joined(separator: "\n")
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("customers.csv", list)], options: ImportOptions(values: .mrr))
    let typed = ids.filter { (c.account($0)?.contractType ?? .unknown) != .unknown }
    let isCutOff = c.log.notes.contains {
      $0.hasPrefix("6 accounts billing at 2024-12 end on 2024-12-31, the latest end, in the as-of")
    }
    #expect(isCutOff == !hasLaterEnd)
    #expect(typed.contains("G"))
    #expect((typed == ["G"]) == !hasLaterEnd)
  }

  @Test func aYearOrMoreBetweenTheDatesIsACommittedTerm() throws {
    let c = try Self.read()
    func type(_ id: String) -> ContractType? { c.account(id)?.contractType }
    #expect(type("A") == .annual)
    #expect(type("B") == .multiYear)
    #expect(type("F") == .annual)
    for id in ["C", "D", "E"] { #expect((type(id) ?? .unknown) == .unknown) }
    let a = try #require(c.account("A"))
    #expect(a.inferred.contains(.contractType))
    #expect(a.rules.contains(.termFromDates))
    #expect(
      c.log.notes.contains(
        "3 accounts with no contract type have a start and an end date a year or more apart, "
          + "the end not before 2024-12: the term was read from the dates, 2 annual and 1 "
          + "multi-year (24 months or more) (e.g. \"A\", 2024-03-01 to 2025-02-28, 12 months), "
          + "so they are committed ARR to their end; a contract type column would decide "
          + "instead"))
    // Committed ARR: A, B and F, (100 + 200 + 40) × 12 = 4,080.00.
    let company = try c.company().company
    let committed = company.accounts.filter { $0.terms.contractType.isCommitted }.map(\.id)
    #expect(committed.sorted() == ["A", "B", "F"])
  }

  /// A contract type the list gives is kept, whatever the dates say.
  @Test func aGivenContractTypeDecides() throws {
    let c = try ImportFixtures.read(
      [
        ("cube.csv", Self.cube),
        (
          "customers.csv",
          """
          Customer,Contract start,Contract end,Contract type
          A,2024-03-01,2025-02-28,monthly
          """
        ),
      ], options: ImportOptions(values: .mrr))
    #expect(c.account("A")?.contractType == .monthly)
    #expect(!c.log.notes.contains { $0.contains("the term was read from the dates") })
  }

  @Test(arguments: [
    ("2024-03-01", "2025-02-28", 12), ("2024-03-01", "2025-03-01", 12),
    ("2024-01-31", "2025-01-30", 12), ("2023-07-15", "2025-07-14", 24),
    ("2024-02-29", "2025-02-28", 12),
  ])
  func wholeMonths(start: String, end: String, months: Int) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(TermFromDates.wholeMonths(from: s, through: e) == months)
  }

  @Test func elevenAndAHalfMonthsIsNoWholeNumber() throws {
    let s = try #require(CivilDate("2024-10-01"))
    let e = try #require(CivilDate("2025-09-15"))
    #expect(TermFromDates.wholeMonths(from: s, through: e) == nil)
  }
}
