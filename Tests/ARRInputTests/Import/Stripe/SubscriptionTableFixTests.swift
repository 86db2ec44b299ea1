import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Regressions from the review of the subscriptions table reader (`docs/import.md`,
/// "Subscriptions table"), each built from the reviewer's reproduction.
@Suite struct SubscriptionTableFixTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: options)
  }

  /// A plan change mid-month bills that month once, at the new price. The months are
  /// 2024-01 … 2024-03 (the latest start or end is in March).
  /// c1: basic 100 ends Mar 15th, pro 200 starts Mar 15th: 100, 100, 200 (was 300 in March).
  /// c2: basic ends Mar 14th, pro starts Mar 15th: the same, 100, 100, 200.
  /// c3: basic ends Mar 15th and nothing takes over (a cancellation): March billed, 100 × 3.
  /// d: X (10) runs Jan 1st – Mar 20th beside Y (5) from Feb 1st: Y starts in February, not
  /// in X's end month, so both bill March: 10, 15, 15.
  @Test func aPlanChangeBillsItsMonthOnce() throws {
    let text = """
      customer_id,plan,start_date,end_date,monthly_fee
      c1,basic,2024-01-01,2024-03-15,100
      c1,pro,2024-03-15,,200
      c2,basic,2024-01-01,2024-03-14,100
      c2,pro,2024-03-15,,200
      c3,basic,2024-01-01,2024-03-15,100
      d,x,2024-01-01,2024-03-20,10
      d,y,2024-02-01,,5
      """
    let c = try read(text)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("c1") == [10_000, 10_000, 20_000])
    #expect(c.mrrRow("c2") == [10_000, 10_000, 20_000])
    #expect(c.mrrRow("c3") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("d") == [1_000, 1_500, 1_500])
    #expect(
      c.log.notes.contains {
        $0.contains("2 spells end in the month another spell of the customer starts")
      })
  }

  /// A running trial row priced above a paid row does not make a paying customer "in trial":
  /// a7 pays 50 from January and trials another plan at 80 from May (as-of 2024-05, the latest
  /// start; months 2024-01 … 2024-05). a7 is no trial (was trial active, its 50 left out of
  /// recurring ARR) and bills 50 a month; the trial row bills nothing.
  @Test func aTrialBesideAPaidRowIsNoTrial() throws {
    let text = """
      account_id,start_date,end_date,mrr_amount,is_trial
      a7,2024-01-01,,50,False
      a7,2024-05-01,,80,True
      b1,2024-01-01,,100,False
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: 5))
    #expect(c.mrrRow("a7") == [5_000, 5_000, 5_000, 5_000, 5_000])
    #expect(c.mrrRow("b1") == [10_000, 10_000, 10_000, 10_000, 10_000])
    let a7 = try #require(c.accounts.first { $0.id == "a7" })
    #expect(a7.trialStatus == .none)
  }

  /// An end after the as-of month's 1st is a cancellation received (notice given): with
  /// `--as-of 2024-03`, n1 (ends 2024-05-20) and q (ends 2024-03-31, inside March) have that
  /// cancel date; p ended 2024-02-10, before March (its churn is in its revenue: 50, 50, 0);
  /// k1 runs on.
  @Test func anEndAfterTheAsOfMonthsFirstIsACancellation() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      n1,2024-01-01,2024-05-20,200
      q,2024-01-01,2024-03-31,70
      p,2024-01-01,2024-02-10,50
      k1,2024-01-01,,10
      """
    let c = try read(text, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    func cancel(_ id: String) -> CivilDate? { c.accounts.first { $0.id == id }?.cancelDate }
    #expect(cancel("n1") == CivilDate(year: 2024, month: 5, day: 20))
    #expect(cancel("q") == CivilDate(year: 2024, month: 3, day: 31))
    #expect(cancel("p") == nil)
    #expect(cancel("k1") == nil)
    #expect(c.mrrRow("n1") == [20_000, 20_000, 20_000])
    #expect(c.mrrRow("p") == [5_000, 5_000, 0])
  }

  /// Two exports appended into one file (the reviewer's cat.csv): a and b, the header again, a,
  /// b and c. The second a and b repeat the first export's rows: skipped as overlap, so a bills
  /// 10 and b 20 in March (were 20 and 40; headline 12 × 60 = 720, was 1,080). Rows read =
  /// used + skipped: 6 = 3 + 3 (the repeated header and the two overlapping rows).
  @Test func appendedExportsAreCountedOnce() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      a,2024-01-01,,10
      b,2024-02-01,,20
      customer_id,start_date,end_date,monthly_fee
      a,2024-01-01,,10
      b,2024-02-01,,20
      c,2024-03-01,,30
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("a") == [1_000, 1_000, 1_000])
    #expect(c.mrrRow("b") == [0, 2_000, 2_000])
    #expect(c.mrrRow("c") == [0, 0, 3_000])
    #expect(c.log.files[0].rowsRead == 6)
    #expect(c.log.files[0].rowsUsed == 3)
    #expect(
      c.log.findings.contains {
        $0.contains("2 rows below a repeated header repeat a row of an earlier export exactly")
      })
    #expect(!c.log.findings.contains { $0.contains("cell for cell (line") })
  }

  /// An end giving a month only is that month's last day: a ends `2024-03`, so it bills
  /// January to March (was read as March 1st: March left out, silently); b runs on. As-of
  /// 2024-03 (given: an end after every start no longer decides it, session 16, import2 lane).
  /// a: 10, 10, 10; b: 10, 10, 10. A note counts the month-only end.
  @Test func aMonthOnlyEndBillsItsMonth() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      a,2024-01,2024-03,10
      b,2024-01,,10
      """
    let c = try read(text, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("a") == [1_000, 1_000, 1_000])
    #expect(c.mrrRow("b") == [1_000, 1_000, 1_000])
    #expect(
      c.log.notes.contains {
        $0.contains("1 end cell gives a month only (\"2024-03\" on line 2)")
      })
  }

  /// With `--as-of 2024-03`, a trial ending 2024-04-15 is still running: t1 is `active` with
  /// that end (was `converted`, with a future trial end), though a paid row follows it.
  @Test func aTrialEndingAfterTheAsOfMonthIsActive() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,is_trial
      t1,2024-01-01,2024-04-15,0,true
      t1,2024-04-15,,100,false
      k1,2024-01-01,,10,false
      """
    let c = try read(text, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    let t1 = try #require(c.accounts.first { $0.id == "t1" })
    #expect(t1.trialStatus == .active)
    #expect(t1.trialEndDate == CivilDate(year: 2024, month: 4, day: 15))
    // Without --as-of (as-of 2024-04, the month the trial ends): converted.
    let later = try read(text)
    #expect(later.accounts.first { $0.id == "t1" }?.trialStatus == .converted)
  }

  /// The as-of note names the start on line 3 (the pro spell starts in March), not the end on
  /// line 2, which ends the same day.
  @Test func theAsOfNoteNamesAStartBeforeAnEnd() throws {
    let text = """
      customer_id,plan,start_date,end_date,monthly_fee
      c1,basic,2024-01-01,2024-03-15,100
      c1,pro,2024-03-15,,200
      """
    let c = try read(text)
    #expect(
      c.log.notes.contains { $0.contains("latest start or end, 2024-03 (the start on line 3)") })
  }

  /// The NULL-end note counts rows read only: with `--lenient`, d (`NULL`, a negative price)
  /// is skipped as a bad row and e (`NaN`) read: 1 end cell, on line 3.
  @Test func theNullEndNoteCountsRowsRead() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      d,2024-01-01,NULL,-5
      e,2024-01-01,NaN,10
      """
    let c = try read(text, options: ImportOptions(isLenient: true))
    #expect(c.log.notes.contains { $0.contains("1 end cell says no value (\"NaN\" on line 3") })
  }

  /// A start written as a spreadsheet's day number (45292 is 2024-01-01 in Excel) among
  /// written dates gets the hint a ledger's date gets (a column of day numbers alone is read:
  /// ``LedgerSerialDatesTests``); a header with no rows below it says so.
  @Test func dayNumbersAndEmptyTablesAreNamed() throws {
    let serial = try #require(throws: ARRQualityError.self) {
      try read("customer_id,start_date,end_date,monthly_fee\ne,2024-01-01,,10\nf,45292,,10\n")
    }
    #expect(serial.problems.contains { $0.message.contains("a spreadsheet's day number?") })
    let empty = try #require(throws: ARRQualityError.self) {
      try read("customer_id,start_date,end_date,monthly_fee\n")
    }
    #expect(empty.message.contains("a subscriptions table with no rows below its header"))
  }

  /// The reviewer's s6.csv with `--as-of 2024-03`: b starts 2024-05-01, after the as-of month,
  /// so it is no customer yet: left out with a note (it was listed with no revenue). a bills
  /// 100 a month. Rows read = used: 2 = 2.
  @Test func aCustomerStartingAfterTheAsOfMonthIsLeftOut() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      a,2024-01-01,,100
      b,2024-05-01,,300
      """
    let c = try read(text, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    #expect(c.accounts.map(\.id) == ["a"])
    #expect(c.mrrRow("a") == [10_000, 10_000, 10_000])
    #expect(c.log.files[0].rowsRead == 2)
    #expect(c.log.files[0].rowsUsed == 2)
    #expect(
      c.log.notes.contains {
        $0.contains("1 customer starts after the as-of month 2024-03 (\"b\" on line 3)")
      })
  }

  /// `--shape subscriptions` with a customer list holding a start and an MRR column (the
  /// reviewer's list.csv): the list has no end column, so it is the table's customer list (was
  /// "a second subscriptions file"): c1's segment is enterprise, its revenue the table's.
  @Test func aCustomerListWithStartAndMRRJoinsTheTable() throws {
    let table = """
      customer_id,plan,start_date,end_date,monthly_fee
      c1,basic,2024-01-01,2024-03-15,100
      c1,pro,2024-03-15,,200
      c2,basic,2024-02-10,,50
      """
    let list = """
      customer_id,segment,start_date,mrr
      c1,enterprise,2024-01-01,200
      c2,smb,2024-02-10,50
      """
    let c = try ImportFixtures.read(
      [("s1.csv", table), ("list.csv", list)], options: ImportOptions(shape: .subscriptions))
    #expect(c.log.files[1].valuesReason == "customer list (facts only)")
    #expect(c.accounts.first { $0.id == "c1" }?.segment == "enterprise")
    #expect(c.mrrRow("c1") == [10_000, 10_000, 20_000])
  }
}
