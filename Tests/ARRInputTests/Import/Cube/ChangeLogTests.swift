import ARRCore
import Testing

@testable import ARRInput

/// A plan change log (an event column, rows that skip months): each row's level carried until
/// its customer's (or subscription's) next row. Read as a table of months it gave revenue only
/// in the months of events: the first test's file imported with ARR 0 at its last month.
@Suite struct ChangeLogTests {
  static func importLog(_ text: String, options: ImportOptions = ImportOptions()) throws
    -> ImportedCompany
  {
    try importCube(text, options: options, name: "changes.csv")
  }

  static func note(_ c: ImportedCompany) -> String? {
    c.log.notes.first { $0.contains("a plan change log") }
  }

  /// A: new 100 (Jan), upgrade 150 (Apr); B: new 200 (Feb), cancel (May); C: new 50 (Mar).
  /// By hand: A 100, 100, 100, 150, 150; B 0, 200, 200, 200, 0; C 0, 0, 50, 50, 50. May's MRR is
  /// 200 (it was 0: no row in May but B's cancel). Carried: A Feb, Mar, May; B Mar, Apr; C Apr,
  /// May = 7 months, 100 + 100 + 150 + 200 + 200 + 50 + 50 = 850.00 added to the source.
  @Test func levelsAreCarriedUntilTheNextRow() throws {
    let c = try Self.importLog(
      """
      customer_id,date,event,mrr
      A,2024-01-15,new,100
      A,2024-04-10,upgrade,150
      B,2024-02-01,new,200
      B,2024-05-01,cancel,0
      C,2024-03-01,new,50
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 15_000, 15_000])
    #expect(c.mrrRow("B") == [0, 20_000, 20_000, 20_000, 0])
    #expect(c.mrrRow("C") == [0, 0, 5_000, 5_000, 5_000])
    let note = try #require(Self.note(c))
    #expect(note.contains("7 months carried, 850.00 counted"))
    #expect(c.log.tieOut.sourceCents == 50_000 + 85_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// An end label ends the level whatever the amount: B's `cancelled` row carries its plan's
  /// price, 200, and B's MRR is 0 from that month (March).
  @Test func anEndEndsTheLevelWhateverItsAmount() throws {
    let c = try Self.importLog(
      """
      customer_id,month,status,mrr
      A,2024-01,new,100
      B,2024-01,new,200
      B,2024-03,cancelled,200
      A,2024-06,upgraded,120
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 10_000, 10_000, 12_000])
    #expect(c.mrrRow("B") == [20_000, 20_000, 0, 0, 0, 0])
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// With a subscription column each subscription is carried apart and the customer's MRR is
  /// their sum: A's s1 100 from January, 120 from August; s2 50 from March. By hand: 100, 100,
  /// then 150 to July, 170 in August. Without the column the same rows read as one level
  /// replaced (100, 100, then 50 to July, 120), and a finding says a start came while paying.
  @Test func aSubscriptionColumnCarriesEachApart() throws {
    let rows = [
      ("A", "s1", "2024-01", "new", "100"), ("A", "s2", "2024-03", "new", "50"),
      ("A", "s1", "2024-08", "upgrade", "120"), ("B", "s3", "2024-01", "new", "10"),
      ("B", "s3", "2024-02", "cancelled", "0"),
    ]
    let with = try Self.importLog(
      "customer_id,subscription_id,month,event,mrr\n"
        + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3),\($0.4)" }.joined(separator: "\n"))
    #expect(
      with.mrrRow("A") == [10_000, 10_000, 15_000, 15_000, 15_000, 15_000, 15_000, 17_000])
    #expect(!with.log.findings.contains { $0.contains("still paying") })
    #expect(Self.note(with)?.contains("subscription (\"subscription_id\")") == true)
    let without = try Self.importLog(
      "customer_id,month,event,mrr\n"
        + rows.map { "\($0.0),\($0.2),\($0.3),\($0.4)" }.joined(separator: "\n"))
    #expect(without.mrrRow("A") == [10_000, 10_000, 5_000, 5_000, 5_000, 5_000, 5_000, 12_000])
    let f = try #require(without.log.findings.first { $0.contains("still paying") })
    #expect(f.contains("first \"A\" on line 3") && f.contains("export a subscription id column"))
  }

  /// A customer whose first row is a change (`upgrade`) after the first month paid before it at a
  /// level the log does not give: its earlier months read 0, with a finding.
  @Test func aFirstRowThatIsAChangeIsSaid() throws {
    let c = try Self.importLog(
      """
      customer_id,month,event,mrr
      A,2024-01,new,100
      B,2024-03,upgrade,300
      A,2024-04,downgrade,80
      C,2024-06,new,10
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 8_000, 8_000, 8_000])
    #expect(c.mrrRow("B") == [0, 0, 30_000, 30_000, 30_000, 30_000])
    let f = try #require(c.log.findings.first { $0.contains("with a change or an end") })
    #expect(f.contains("1 customer first appears") && f.contains("\"B\" on line 3"))
  }

  /// A table of levels with a status column (a row every month, `new`, `active`, `churned` at
  /// 0) is not a change log: nothing is carried (D leaves without a row and stays at 0).
  @Test func aTableOfMonthlyLevelsIsNotAChangeLog() throws {
    let c = try Self.importLog(
      """
      customer_id,month,status,mrr
      A,2024-01,new,100
      A,2024-02,active,100
      A,2024-03,active,100
      A,2024-04,active,100
      B,2024-01,new,200
      B,2024-02,active,200
      B,2024-03,churned,0
      D,2024-01,new,70
      D,2024-02,active,70
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("D") == [7_000, 7_000, 0, 0])
    #expect(Self.note(c) == nil)
  }

  /// Sparse rows without an event column are not read as a change log (nothing says the rows
  /// are events), nor is a log read with `--values billings`.
  @Test func withoutEventsOrAsBillingsNothingIsCarried() throws {
    let plain = try Self.importLog(
      """
      customer_id,month,mrr
      A,2024-01,100
      A,2024-04,150
      B,2024-02,200
      """, options: ImportOptions(values: .mrr))
    #expect(plain.mrrRow("A") == [10_000, 0, 0, 15_000])
    #expect(Self.note(plain) == nil)
    let billed = try Self.importLog(
      """
      customer_id,month,event,mrr
      A,2024-01,new,100
      A,2024-06,upgrade,150
      B,2024-02,new,200
      B,2024-05,cancel,0
      """, options: ImportOptions(values: .billings))
    #expect(Self.note(billed) == nil)
  }

  /// The rule on events alone (``ChangeLog/reading(_:accounts:span:)``): repeats of the month
  /// before's level make a table of levels, however many months carrying would fill.
  @Test func repeatedLevelsAreATableNotALog() {
    func e(_ key: Int, _ month: Int, _ cents: Int64, _ kind: ChangeLog.Kind = .unlabelled)
      -> ChangeLog.Event
    {
      ChangeLog.Event(
        key: key, account: key, month: month, day: nil, line: 2 + month, cents: cents, kind: kind)
    }
    // Two months each, the same level, then gone for ten: carrying would fill 10 a key.
    let table = (0..<3).flatMap { k in [e(k, 0, 100, .start), e(k, 1, 100)] }
    #expect(ChangeLog.reading(table, accounts: 0, span: 12) == nil)
    // Events that change the level: a log.
    let log = (0..<3).flatMap { k in [e(k, 0, 100, .start), e(k, 5, 150, .change)] }
    #expect(ChangeLog.reading(log, accounts: 0, span: 12) != nil)
    // One row a key: no pair, no evidence of a log (a list of starts).
    #expect(ChangeLog.reading((0..<3).map { e($0, 0, 100, .start) }, accounts: 0, span: 12) == nil)
  }

  /// The boundary of the rule: carrying must fill more months than the rows with a level give.
  /// Start 100 in January, change to 150 in March, four months: February and April carried (2)
  /// against 2 rows with a level: a table. A fifth month carries a third: a log. (Found by
  /// mutation testing: no test told rows with a level from ends.)
  @Test func carryingMustFillMoreMonthsThanTheRowsGive() {
    let events = [
      ChangeLog.Event(key: 0, account: 0, month: 0, day: nil, line: 2, cents: 100, kind: .start),
      ChangeLog.Event(key: 0, account: 0, month: 2, day: nil, line: 3, cents: 150, kind: .change),
    ]
    #expect(ChangeLog.reading(events, accounts: 0, span: 4) == nil)
    #expect(ChangeLog.reading(events, accounts: 0, span: 5) != nil)
  }

  /// Only a subscription id column keys the carry: another column (a plan) does not. A: basic
  /// 100 from January, pro 150 from June (an upgrade): 150 in June, not 250 (basic carried
  /// beside pro).
  @Test func aPlanColumnIsNoSubscription() throws {
    let c = try Self.importLog(
      """
      customer_id,plan,month,event,mrr
      A,basic,2024-01,new,100
      A,pro,2024-06,upgrade,150
      B,basic,2024-01,new,40
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 10_000, 10_000, 15_000])
  }

  /// Levels whose sum passes `Int64.max` are flagged, not wrapped.
  @Test func anOverflowingSumIsFlagged() {
    let half = Int64.max / 2 + 1
    let events = (0..<2).map {
      ChangeLog.Event(
        key: $0, account: 0, month: 0, day: nil, line: 2 + $0, cents: half, kind: .start)
    }
    let r = ChangeLog.read(events, accounts: 1, span: 1)
    #expect(r.hasOverflowed)
    #expect(r.cells == [half])
  }
}
