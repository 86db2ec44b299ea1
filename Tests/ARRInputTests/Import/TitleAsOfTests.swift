import ARRCore
import Testing

@testable import ARRInput

/// A report's date in a title line (`As of 6/30/2025`) is the as-of month when the data runs
/// past it, and its digits decide the lines' day/month order when nothing else does
/// (``TitleAsOf``; session 32, lead, trial 28's T28-13: Salesforce's revenue-schedule report
/// was read as of its schedules' end, a year after its title's date, and asked for
/// `--date-order` though its title wrote 6/30/2025).
@Suite struct TitleAsOfTests {
  /// A schedule: A 1,000 a month Jan–Sep 2025, B 500 Mar–Sep, C 300 Jan–Apr; every date reads
  /// two ways but 1/1 (month first, as the title writes 6/30/2025).
  /// `isISO`: dates written `2025-0m-01` instead.
  static func schedule(title: String, isISO: Bool = false) -> String {
    var lines = ["Revenue Schedule Report", title, "", "Customer,Schedule Date,Amount"]
    for m in 1...9 {
      let date = isISO ? "2025-0\(m)-01" : "\(m)/1/2025"
      lines.append("A,\(date),1000.00")
      if m >= 3 { lines.append("B,\(date),500.00") }
      if m <= 4 { lines.append("C,\(date),300.00") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func read(_ text: String, options: ImportOptions = ImportOptions()) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: "schedule.csv", bytes: Array(text.utf8))], options: options)
  }

  static func asOfMRR(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  /// By hand at 2025-06: A 1,000 + B 500 = 1,500 (C ended in April); the data's last month,
  /// 2025-09, is three months later.
  @Test func theTitlesDateIsTheAsOfMonthAndDecidesTheOrder() throws {
    let c = try Self.read(Self.schedule(title: "As of 6/30/2025"))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(Self.asOfMRR(c) == 150_000)
    #expect(
      c.log.notes.contains(
        "schedule.csv:2: the title's \"As of 6/30/2025\" gives the report's date: measured as of "
          + "2025-06; the data's 3 later months (to 2025-09) are read as scheduled, not yet "
          + "billed, and left out of every figure; pass --as-of to measure at another month"))
    #expect(
      c.log.notes.contains(
        "schedule.csv: dates such as \"2/1/2025\" (line 7) read month first, as the title's "
          + "\"As of 6/30/2025\" (line 2) writes its date; pass --date-order if the lines are "
          + "written otherwise"))
  }

  /// `--as-of` is the user's: the title is not read for the month (its digits still decide
  /// the order). At 2025-08: A 1,000 + B 500.
  @Test func asOfGivenWins() throws {
    let c = try Self.read(
      Self.schedule(title: "As of 6/30/2025"),
      options: ImportOptions(asOf: Month(year: 2025, month: 8)))
    #expect(c.asOf == Month(year: 2025, month: 8))
    #expect(Self.asOfMRR(c) == 150_000)
    #expect(!c.log.notes.contains { $0.contains("gives the report's date") })
  }

  /// A title later than the data's last month: measured at the last month with lines
  /// (2025-09: A 1,000 + B 500), with a note; a month with no lines would show every customer
  /// gone.
  @Test func aLaterTitleKeepsTheLastMonth() throws {
    let c = try Self.read(
      Self.schedule(title: "as at 31 December 2025"), options: ImportOptions(dateOrder: .mdy))
    #expect(c.asOf == Month(year: 2025, month: 9))
    #expect(Self.asOfMRR(c) == 150_000)
    #expect(
      c.log.notes.contains(
        "schedule.csv:2: the title's \"as at 31 December 2025\" is later than the data's last "
          + "month, 2025-09: measured at 2025-09, the last month with lines (the months after it "
          + "hold none yet, and every customer would look gone there)"))
  }

  /// A title date that reads two ways is read only in the order `--date-order` gives: the
  /// lines here are ISO and decide none. `6/5/2025` is 5 June month first, 6 May day first;
  /// by hand at 2025-05 and at 2025-06 alike: A 1,000 + B 500.
  @Test func aTwoWayTitleNeedsTheOrder() throws {
    let text = Self.schedule(title: "As of 6/5/2025", isISO: true)
    let unread = try Self.read(text)
    #expect(unread.asOf == Month(year: 2025, month: 9))
    #expect(
      unread.log.notes.contains(
        "schedule.csv:2: the title's \"As of 6/5/2025\" reads as month/day or day/month, so it "
          + "was not read as the report's date: the as-of month is the data's last, 2025-09; "
          + "pass --date-order, or --as-of to measure at the report's date"))
    let dayFirst = try Self.read(text, options: ImportOptions(dateOrder: .dmy))
    #expect(dayFirst.asOf == Month(year: 2025, month: 5))
    #expect(Self.asOfMRR(dayFirst) == 150_000)
    let monthFirst = try Self.read(text, options: ImportOptions(dateOrder: .mdy))
    #expect(monthFirst.asOf == Month(year: 2025, month: 6))
    #expect(Self.asOfMRR(monthFirst) == 150_000)
  }

  /// An ISO title date before the data's first month is not this data's report date.
  @Test func aTitleBeforeTheDataIsOnlyMentioned() throws {
    let c = try Self.read(Self.schedule(title: "As of 2024-12-31", isISO: true))
    #expect(c.asOf == Month(year: 2025, month: 9))
    #expect(
      c.log.notes.contains(
        "schedule.csv:2: the title's \"As of 2024-12-31\" is before the data's first month, "
          + "2025-01, so it is not the report's date for these lines: measured at the data's last "
          + "month, 2025-09"))
  }

  /// A cube titled with its date: months after it (a plan filled in ahead) are left out. By
  /// hand at 2024-03: Acme 100 + Beta 50.
  @Test func aCubesTitle() throws {
    let c = try Self.read(
      """
      MRR by customer (USD), as of Mar 2024
      Customer,2024-01,2024-02,2024-03,2024-04,2024-05
      Acme,100,100,100,120,120
      Beta,0,50,50,50,50
      """)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(Self.asOfMRR(c) == 15_000)
  }

  @Test(arguments: [
    ("As of 6/30/2025", "6/30/2025"),
    ("Revenue — as at 31 March 2025 (USD)", "31 March 2025"),
    ("Data as of: 2025-06-30.", "2025-06-30"),
    ("Schedule as-of Jun 2025", "Jun 2025"),
    ("AS OF June 30, 2025", "June 30, 2025"),
  ])
  func readsTheDateAfterThePhrase(cell: String, date: String) {
    #expect(TitleAsOf.dateText(in: cell) == date)
  }

  @Test(arguments: ["Alias of 2025-06-30", "Assets", "As of today", "Hazmat as ofX 2025-01"])
  func readsNoDateWithoutThePhraseAndADate(cell: String) {
    #expect(TitleAsOf.dateText(in: cell) == nil)
  }
}
