import ARRCore
import Testing

@testable import ARRInput

/// Review 51 on trial 50's notice rules (``SubscriptionStatusCheck/saysNotice(_:)``,
/// ``SubscriptionEndColumns/dropDeadlines(_:isBlank:parse:)``): a `Notice Date` column of
/// deadlines made every contract "notice given" (R51-8, committed $0 for $120,000); `Notice not
/// given` and `Renewed - notice withdrawn` read as notice (R51-9); `Will not renew` and
/// `Declined renewal` did not (R51-25). Every file: a contracts register read at 2026-10.
@Suite struct NoticeDeadlineTests {
  static let header =
    "Contract ID,Customer,Start Date,End Date,ACV,Billing Frequency,Auto-Renew,Status,Notice Date"

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "Contracts_Register.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  static func register(_ atlas: (String, String), beryl: (String, String) = ("Active", ""))
    -> String
  {
    """
    \(header)
    C-1,Atlas Robotics,2026-01-01,2026-12-31,"24,000",Annual,Yes,\(atlas.0),\(atlas.1)
    C-2,Beryl Bank,2026-03-01,2027-02-28,"36,000",Annual,Yes,\(beryl.0),\(beryl.1)
    C-3,Cobalt Care,2025-11-01,2027-10-31,"60,000",Annual,Yes,Active,

    """
  }

  func cancels(_ c: ImportedCompany, _ id: String) -> Bool {
    c.accounts.first { $0.id == id }?.cancelDate != nil
  }

  /// R51-8 (`r20`): each `Notice Date` 90 days before its row's end, on every row, is the last
  /// day to give notice: nobody gave notice, and a note says the column is not read.
  @Test func aColumnOfDeadlinesIsNoNotice() throws {
    let c = try read(
      """
      \(Self.header)
      C-1,Atlas Robotics,2026-01-01,2026-12-31,"24,000",Annual,Yes,Active,2026-10-02
      C-2,Beryl Bank,2026-03-01,2027-02-28,"36,000",Annual,Yes,Active,2026-11-30
      C-3,Cobalt Care,2025-11-01,2027-10-31,"60,000",Annual,Yes,Active,2027-08-02

      """)
    #expect(!c.accounts.contains { $0.cancelDate != nil })
    #expect(c.log.notes.contains { $0.contains("the last day to give notice (a deadline)") })
    #expect(c.log.files[0].ignoredColumns.contains("Notice Date"))
  }

  /// Hostile twins: notices on two rows only (the third blank), and notices on every row at
  /// spans of their own, are notices given.
  @Test(arguments: [
    ["2026-09-20", "2026-08-15", ""], ["2026-09-20", "2026-06-01", "2026-10-05"],
  ])
  func noticesOnDaysOfTheirOwnAreNotice(_ days: [String]) throws {
    let c = try read(
      """
      \(Self.header)
      C-1,Atlas Robotics,2026-01-01,2026-12-31,"24,000",Annual,Yes,Active,\(days[0])
      C-2,Beryl Bank,2026-03-01,2027-02-28,"36,000",Annual,Yes,Active,\(days[1])
      C-3,Cobalt Care,2025-11-01,2027-10-31,"60,000",Annual,Yes,Active,\(days[2])

      """)
    #expect(cancels(c, "Atlas Robotics"))
    #expect(cancels(c, "Beryl Bank"))
    #expect(cancels(c, "Cobalt Care") == !days[2].isEmpty)
    #expect(!c.log.notes.contains { $0.contains("a deadline") })
  }

  /// R51-8 (1): a notice day after the as-of month has not come: no notice, with a note; one in
  /// the as-of month or before is notice.
  @Test(arguments: [("2026-11-15", false), ("2026-10-15", true)])
  func aNoticeDayAfterTheAsOfMonthIsNone(_ day: String, _ isNotice: Bool) throws {
    let c = try read(Self.register(("Active", day)))
    #expect(cancels(c, "Atlas Robotics") == isNotice)
    #expect(c.log.notes.contains { $0.contains("notice not given yet at as-of") } == !isNotice)
  }

  /// R51-9 and R51-25: statuses that deny or withdraw a notice, and refusals to renew.
  @Test(arguments: [
    ("Notice not given", false), ("Active - notice not given", false),
    ("Renewed - notice withdrawn", false), ("Notice: none", false),
    ("Notice was not received", false), ("Notice rescinded", false),
    ("Will not renew", true), ("Won't renew", true), ("Declined renewal", true),
    ("Renewal declined", true), ("Opted out of renewal", true),
    ("Notice given - not renewing", true), ("Notice received", true),
    // Twins: a renewal, an auto-renewal with its notice's term and a notice period are no
    // notice (`r22`).
    ("Renewed", false), ("Auto-renews (90 days notice)", false), ("Renewal due", false),
    ("Active, 60-day notice period", false), ("Notice period: 30 days", false),
    // Review 54, R54-6 (`k01`-`k03`): the vendor's notices to the customer; twins, the
    // customer's notice sent or received.
    ("Renewal notice sent", false), ("Price increase notice sent", false),
    ("Active - auto-renewal notice issued", false), ("Invoice notice mailed", false),
    ("Cancellation notice sent", true), ("Renewal - notice received", true),
    ("Notice given", true),
    // Review 55, R55-11 (`nt02`-`nt04`): a vendor word naming why the customer gave notice, or
    // a notice sent by the customer, is the customer's; the vendor's own notice named after it.
    ("Price increase - notice of termination", true), ("Notice emailed by customer", true),
    ("Invoice dispute - notice to terminate", true), ("Notice of price increase", false),
    ("Active - renewal reminder notice emailed", false),
  ])
  func statusesSayingOrDenyingNotice(_ status: String, _ isNotice: Bool) {
    #expect(SubscriptionStatusCheck.saysNotice(status) == isNotice)
  }

  /// `r21`, `r23`, `r65` by hand: committed follows the statuses.
  @Test func theRegisterLeavesOnlyTheRefusals() throws {
    let denied = try read(
      Self.register(("Notice not given", ""), beryl: ("Active - notice not given", "")))
    #expect(!denied.accounts.contains { $0.cancelDate != nil })
    let refused = try read(Self.register(("Will not renew", ""), beryl: ("Declined renewal", "")))
    #expect(cancels(refused, "Atlas Robotics"))
    #expect(cancels(refused, "Beryl Bank"))
    #expect(!cancels(refused, "Cobalt Care"))
  }

  /// R51b-2 (`c01`): a column whose name says the notice was given or received holds notices,
  /// even each exactly 90 days before its row's end (customers give notice on the last allowed
  /// day); the twin, plain `Notice Date` on the same days, is a column of deadlines.
  @Test(arguments: [
    ("Notice Received Date", true), ("Notice Given Date", true), ("Date of Notice", true),
    ("Cancellation Notice Date", true), ("Notice Date", false),
  ])
  func noticesGivenOnTheirDeadlineAreNotice(_ name: String, _ isNotice: Bool) throws {
    let c = try read(
      """
      Contract ID,Customer,Start Date,End Date,ACV,Billing Frequency,Auto-Renew,Status,\(name)
      C-1,Atlas Robotics,2025-01-01,2026-12-31,"24,000",Annual,Yes,Active,2026-10-02
      C-2,Beryl Bank,2025-03-01,2027-01-15,"36,000",Annual,Yes,Active,2026-10-17
      C-3,Cobalt Care,2024-11-01,2027-01-29,"60,000",Annual,Yes,Active,2026-10-31

      """)
    // Beryl's and Cobalt's ends, not a whole number of years after their starts, say a
    // cancellation by themselves: Atlas's two-year term tells the readings apart.
    #expect(cancels(c, "Atlas Robotics") == isNotice)
    #expect(cancels(c, "Beryl Bank"))
    #expect(cancels(c, "Cobalt Care"))
    #expect(c.log.notes.contains { $0.contains("a deadline") } == !isNotice)
  }

  static let periodHeader =
    "Contract ID,Customer,Start Date,End Date,ACV,Billing Frequency,Auto-Renew,Status,"

  /// R51b-13 (`c12`): each `Notice Date` its row's own notice period (90, 30, 60 days) before
  /// the end is a deadline, the period given in days, in words or in months.
  @Test(arguments: [
    ("Notice Period (days)", ["90", "30", "60"]),
    ("Notice Period", ["90 days", "30 days", "60 days"]),
    ("Notice Period (months)", ["3", "1", "2"]), ("Notice (days)", ["90", "30", "60"]),
  ])
  func deadlinesAtEachRowsOwnNoticePeriodAreNoNotice(_ name: String, _ periods: [String]) throws {
    let c = try read(
      """
      \(Self.periodHeader)\(name),Notice Date
      C-1,Atlas Robotics,2026-01-01,2026-12-31,"24,000",Annual,Yes,Active,\(periods[0]),2026-10-02
      C-2,Beryl Bank,2026-03-01,2027-02-28,"36,000",Annual,Yes,Active,\(periods[1]),2027-01-29
      C-3,Cobalt Care,2025-11-01,2027-10-31,"60,000",Annual,Yes,Active,\(periods[2]),2027-09-01

      """)
    #expect(!c.accounts.contains { $0.cancelDate != nil })
    #expect(c.log.notes.contains { $0.contains("its row's notice period before the end") })
  }

  /// Hostile twins: a notice period column beside notice days of their own (one row off its
  /// period by weeks), and beside a `Notice Received Date` on its deadlines, are notices given.
  @Test(arguments: [
    ("Notice Date", ["2026-09-15", "2026-10-20", "2026-08-01"]),
    ("Notice Received Date", ["2026-10-02", "2026-09-29", "2026-08-31"]),
  ])
  func noticesBesideANoticePeriodAreNotice(_ name: String, _ days: [String]) throws {
    let c = try read(
      """
      \(Self.periodHeader)Notice Period (days),\(name)
      C-1,Atlas Robotics,2026-01-01,2026-12-31,"24,000",Annual,Yes,Active,90,\(days[0])
      C-2,Beryl Bank,2025-11-01,2026-10-31,"36,000",Annual,Yes,Active,30,\(days[1])
      C-3,Cobalt Care,2025-12-01,2026-10-30,"60,000",Annual,Yes,Active,60,\(days[2])

      """)
    #expect(cancels(c, "Atlas Robotics"))
    #expect(cancels(c, "Cobalt Care"))
    #expect(!c.log.notes.contains { $0.contains("a deadline") })
  }

  /// Review 52b, R52b-19 (`n04`): a bare `Notice` column beside `Notice Period (days)` filled
  /// for Atlas and Delta only, each on its deadline (the last allowed day), records notices
  /// given: by hand at 2026-11, committed 132,000 − 24,000 − 12,000 = 96,000. Filled on every
  /// row on its deadline (the shape), it is a column of deadlines: nobody gave notice. A
  /// `Notice` column of words (`Yes`) holds no day: nothing read from it.
  @Test(arguments: [
    (["2026-10-02", "", "", "2026-11-15"], ["Atlas Robotics", "Delta Dental"]),
    (["2026-10-02", "2027-01-29", "2027-09-01", "2026-11-15"], []),
    (["Yes", "", "", "Yes"], []),
  ])
  func aBareNoticeColumn(_ days: [String], _ leaving: [String]) throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "contracts.csv",
          bytes: Array(
            """
            \(Self.periodHeader)Notice Period (days),Notice
            C-1,Atlas Robotics,2026-01-01,2026-12-31,"24,000",Annual,Yes,Active,90,\(days[0])
            C-2,Beryl Bank,2026-03-01,2027-02-28,"36,000",Annual,Yes,Active,30,\(days[1])
            C-3,Cobalt Care,2025-11-01,2027-10-31,"60,000",Annual,Yes,Active,60,\(days[2])
            C-4,Delta Dental,2025-12-16,2026-12-15,"12,000",Annual,Yes,Active,30,\(days[3])

            """.utf8))
      ], options: ImportOptions(asOf: Month(year: 2026, month: 11)))
    #expect(c.accounts.filter { $0.cancelDate != nil }.map(\.id).sorted() == leaving)
  }

  /// The notice period's cells and columns.
  @Test func noticePeriods() {
    #expect(SubscriptionEndColumns.periodDays("90", isMonths: false) == 90)
    #expect(SubscriptionEndColumns.periodDays("3 months", isMonths: false) == 90)
    #expect(SubscriptionEndColumns.periodDays("2", isMonths: true) == 60)
    #expect(SubscriptionEndColumns.periodDays("n/a", isMonths: false) == nil)
    #expect(SubscriptionEndColumns.periodDays("3 years", isMonths: false) == nil)
    #expect(SubscriptionEndColumns.periodColumn(["customer", "notice period days"])?.column == 1)
    #expect(SubscriptionEndColumns.periodColumn(["notice date", "notice given on"]) == nil)
  }
}
