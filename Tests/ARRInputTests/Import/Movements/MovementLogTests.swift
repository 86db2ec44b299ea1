import ARRCore
import Testing

@testable import ARRInput

/// An MRR movements log is read: each customer's month-end MRR is rebuilt from its movements in
/// date order (`docs/import.md`, "MRR movements log"). Every expectation is worked by hand from
/// the rows above it.
@Suite struct MovementLogTests {
  func failure(
    _ text: String, options: ImportOptions = ImportOptions(), name: String = "movements.csv"
  ) -> ARRQualityError? {
    do {
      _ = try importCube(text, options: options, name: name)
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      Issue.record("\(error)")
      return nil
    }
  }

  /// ChartMogul's MRR movements export (its columns, a few of them): signed amounts, one
  /// movement per customer and month. A: 100 from January, +50 in March, churned in May. B:
  /// 200, −50 in April. C: 300 in June, the last month.
  static let chartMogul = """
    date,customer_uuid,customer_name,movement_type,mrr_movement,currency_code,description
    2024-01-05T10:00:00Z,A,Alpha,new_biz,100,USD,purchased Silver
    2024-01-20T10:00:00Z,B,Beta,new_biz,200,USD,purchased Gold
    2024-03-10T10:00:00Z,A,Alpha,expansion,50,USD,upgraded
    2024-04-02T10:00:00Z,B,Beta,contraction,-50,USD,downgraded
    2024-05-15T10:00:00Z,A,Alpha,churn,-150,USD,cancelled
    2024-06-01T10:00:00Z,C,Gamma,new_biz,300,USD,purchased Gold
    """

  /// An `--as-of` that carries a log of months past 50 years is the option's mistake (exit 64),
  /// naming the latest `--as-of` allowed: 2024-01 + 599 months = 2073-12 (trial 30, T30-19:
  /// `--as-of 2080-12` was "is a date mistyped?", exit 65). 2073-12 itself is read.
  @Test func anAsOfPastFiftyYearsIsAUsageError() throws {
    let late = try #require(
      failure(Self.chartMogul, options: ImportOptions(asOf: Month(year: 2080, month: 12))))
    #expect(late.kind == .invalidArgument)
    #expect(
      late.message
        == "--as-of 2080-12 would span 684 months from 2024-01, the first month of "
        + "movements.csv; a company spans at most 600 months, 50 years (expected --as-of "
        + "2073-12 or earlier)")
    #expect(
      failure(Self.chartMogul, options: ImportOptions(asOf: Month(year: 2073, month: 12)))
        == nil)
  }

  /// A year mistyped makes a window of centuries: refused with the span, as a monthly table's
  /// is, in the words of each (`CubeReader.months`): 1924-01 to 2025-01 is 1213 months.
  @Test func aSpanOfCenturiesIsRefused() throws {
    let log = Self.chartMogul.replacingOccurrences(of: "2024-01-05", with: "1924-01-05")
      .replacingOccurrences(of: "2024-06-01", with: "2025-01-01")
    #expect(
      failure(log)?.message
        == "movements.csv: movements run from 1924-01 to 2025-01, 1213 months (expected at most "
        + "600, 50 years: is a date mistyped?)")
    let table = "customer_id,month,mrr\na,1924-01,100\na,2025-01,100\n"
    #expect(
      failure(table, name: "rev.csv")?.message
        == "rev.csv: months run from 1924-01 to 2025-01, 1213 months (expected at most 600, 50 "
        + "years: is a month mistyped?)")
  }

  @Test func aChartMogulLogRebuildsMonthEndLevels() throws {
    let c = try importCube(Self.chartMogul)
    #expect(c.log.files[0].shape == .movements)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("A") == [10_000, 10_000, 15_000, 15_000, 0, 0])
    #expect(c.mrrRow("B") == [20_000, 20_000, 20_000, 15_000, 15_000, 15_000])
    #expect(c.mrrRow("C") == [0, 0, 0, 0, 0, 30_000])
    #expect(c.account("A")?.name == "Alpha")
    #expect(c.log.currency == "USD")
    #expect(c.log.files[0].rowsRead == 6 && c.log.files[0].rowsUsed == 6)
    #expect(c.log.files[0].ignoredColumns == ["description"])
    // One movement per customer-month, each label going its amount's way: the bridge ties out.
    #expect(!c.log.findings.contains { $0.contains("does not tie out") })
    #expect(try c.company().log.tieOut.isBalanced)
  }

  /// Trial 20, L1: a tracker's log with ProfitWell's and Baremetrics' labels, losses written as
  /// positive sizes, under a ledger's `amount` header (read as invoices before). A: 100, +50 in
  /// February, −30 in March, gone in April. B: 80 from February.
  @Test func labelsOfOtherTrackersAndLossesAsSizes() throws {
    let text = """
      date,customer,type,amount
      2024-01-10,A,new_subscription,100
      2024-02-10,A,upgrade,50
      2024-03-10,A,Downgrade,30
      2024-04-10,A,churn,120
      2024-02-03,B,New Subscription,80
      """
    let c = try importCube(text)
    #expect(c.log.files[0].shape == .movements)
    #expect(c.mrrRow("A") == [10_000, 15_000, 12_000, 0])
    #expect(c.mrrRow("B") == [0, 8_000, 8_000, 8_000])
    #expect(c.log.notes.contains { $0.contains("written as positive sizes and subtracted") })
  }

  /// Labels in their spellings: case, `_`, `-` and spaces alike.
  @Test func labelSpellings() {
    for (label, kind) in [
      ("new_biz", MovementKind.new), ("New Business", .new), ("new-subscription", .new),
      ("EXPANSION", .expansion), ("upgrade", .expansion), ("contraction", .contraction),
      ("downgrade", .contraction), ("churn", .churn), ("Cancellation", .churn),
      ("churn_delinquent", .churn), ("reactivation", .reactivation),
      ("resubscription", .reactivation), ("reactivated", .reactivation),
      ("new_cancelled", .newCancelled),
    ] {
      #expect(MovementKind.of(label) == kind, "\(label)")
    }
    #expect(MovementKind.of("renewal") == nil)
    #expect(MovementKind.of("") == nil)
  }

  /// A customer whose first movement is not a new one began before the log: left out, its rows
  /// skipped and reported. A: 100, +20 in March. B: +40, −10 (net 30), level before unknown.
  @Test func aCustomerStartingMidLifeIsLeftOut() throws {
    let text = """
      date,customer,type,mrr_change
      2024-01-15,A,new,100
      2024-02-15,B,expansion,40
      2024-03-15,B,contraction,-10
      2024-03-20,A,expansion,20
      """
    let c = try importCube(text)
    #expect(c.accounts.map(\.id) == ["A"])
    #expect(c.mrrRow("A") == [10_000, 10_000, 12_000])
    let file = c.log.files[0]
    #expect(file.rowsRead == 4 && file.rowsUsed == 2 && file.skipped[.midLife] == 2)
    let finding = try #require(c.log.findings.first { $0.contains("mid-life") })
    #expect(finding.contains("1 customer starts mid-life"))
    #expect(finding.contains("first \"B\" on line 3"))
    #expect(finding.contains("30.00"))
  }

  /// A level column beside the change (ChartMogul's `MRR`, the level after each movement) gives
  /// a mid-life customer's MRR before the log, and checks every rebuilt level. B: 240 after
  /// +40, so 200 from January; A's last row says 130 where its movements rebuild 120.
  @Test func aLevelColumnOpensMidLifeCustomersAndChecksLevels() throws {
    let text = """
      date,customer,type,mrr_change,mrr_after
      2024-01-15,A,new,100,100
      2024-02-15,B,expansion,40,240
      2024-03-15,B,contraction,-10,230
      2024-03-20,A,expansion,20,130
      """
    let c = try importCube(text)
    #expect(c.accounts.map(\.id) == ["A", "B"])
    #expect(c.mrrRow("A") == [10_000, 10_000, 12_000])
    #expect(c.mrrRow("B") == [20_000, 24_000, 23_000])
    #expect(c.log.files[0].rowsUsed == 4)
    #expect(c.log.notes.contains { $0.contains("1 customer starts mid-life") })
    let level = try #require(c.log.findings.first { $0.contains("\"mrr_after\" is not") })
    #expect(level.contains("1 row whose"))
    #expect(level.contains("first \"A\" on line 5"))
    // B's opening level is its month-0 level before the log: no month differs.
    #expect(!c.log.findings.contains { $0.contains("does not tie out") })
  }

  /// A loss below 0 stops the file at its amount's cell; with `--lenient` the customer is left
  /// out. A: 100, then −150. B: 10 in March.
  @Test func aLevelBelowZeroIsRefused() throws {
    let text = """
      date,customer,type,mrr_change
      2024-01-15,A,new,100
      2024-02-15,A,contraction,-150
      2024-03-15,B,new,10
      """
    let error = try #require(failure(text))
    let problem = try #require(error.problems.first)
    #expect(problem.line == 3 && problem.column == 4)
    #expect(problem.message.contains("customer \"A\""))
    #expect(problem.message.contains("below 0"))
    let c = try importCube(text, options: ImportOptions(isLenient: true))
    #expect(c.accounts.map(\.id) == ["B"])
    #expect(c.mrrRow("B") == [0, 0, 1_000])
    #expect(c.log.files[0].skipped[.badRow] == 2)
  }

  /// A gain written negative is a problem at its cell.
  @Test func aNegativeGainIsRefused() throws {
    let text =
      "date,customer,type,mrr_change\n2024-01-15,A,new,100\n2024-02-15,A,expansion,-5\n"
      + "2024-03-15,A,churn,-95\n"
    let problem = try #require(failure(text)?.problems.first)
    #expect(problem.line == 3 && problem.column == 4)
    #expect(problem.message.contains("cannot be negative"))
  }

  /// A churn sets the level to 0 whatever its amount; an amount that is not the level it ends
  /// is reported, and the month's bridge differs from the log's churn by the difference.
  @Test func aChurnWhoseAmountDisagreesIsReported() throws {
    let text = """
      date,customer,type,mrr_change
      2024-01-15,A,new,100
      2024-02-15,A,churn,-80
      2024-02-15,B,new,50
      """
    let c = try importCube(text)
    #expect(c.mrrRow("A") == [10_000, 0])
    #expect(c.mrrRow("B") == [0, 5_000])
    let finding = try #require(c.log.findings.first { $0.contains("churn whose amount") })
    #expect(finding.contains("first \"A\" on line 3"))
    let tie = try #require(c.log.findings.first { $0.contains("does not tie out") })
    #expect(
      tie.contains(
        "2024-02: the log says new 50.00, churn 80.00, the month-end levels give new 50.00, "
          + "churn 100.00"))
  }

  /// Two movements of one account in a month net out at its end: the log's sums by type and
  /// the month-end bridge differ, and the import log says so. A reactivation starts from 0.
  @Test func theTieOutReportsMonthsThatDiffer() throws {
    let text = """
      date,customer,type,mrr_change
      2024-01-05,A,new,100
      2024-01-20,A,expansion,50
      2024-02-10,A,churn,
      2024-02-10,B,reactivation,40
      2024-03-10,A,reactivation,60
      """
    let c = try importCube(text)
    #expect(c.mrrRow("A") == [15_000, 0, 6_000])
    #expect(c.mrrRow("B") == [0, 4_000, 4_000])
    let tie = try #require(c.log.findings.first { $0.contains("does not tie out") })
    #expect(tie.contains("in 2 months (first 2024-01)"))
    #expect(
      tie.contains(
        "2024-01: the log says new 100.00, expansion 50.00, the month-end levels give new "
          + "150.00"))
    #expect(
      tie.contains(
        "2024-02: the log says churn 150.00, reactivation 40.00, the month-end levels give new "
          + "40.00, churn 150.00"))
    #expect(!tie.contains("2024-03"))
  }

  /// The identity itself: for every month, the bridge of the rebuilt levels equals the log's
  /// sums by type when each account moves at most once a month and each label goes its
  /// amount's way (the ChartMogul log above, month by month).
  @Test func theBridgeOfRebuiltLevelsEqualsTheLogsSums() {
    func e(_ a: Int, _ m: Int, _ k: MovementKind, _ c: Int64?) -> MovementLog.Event {
      MovementLog.Event(account: a, month: m, day: nil, line: 2 + a * 10 + m, kind: k, cents: c)
    }
    let events = [
      e(0, 0, .new, 10_000), e(1, 0, .new, 20_000), e(0, 2, .expansion, 5_000),
      e(1, 3, .contraction, -5_000), e(0, 4, .churn, -15_000), e(2, 5, .new, 30_000),
    ]
    let reading = MovementLog.read(events, accounts: 3, span: 6, signs: .signed)
    let bridge = MovementBridge.of(reading.cells, accounts: 3, span: 6)
    let expected: [[MovementKind: Int64]] = [
      [.new: 30_000], [:], [.expansion: 5_000], [.contraction: 5_000], [.churn: 15_000],
      [.new: 30_000],
    ]
    #expect(reading.sums == expected)
    #expect(bridge == expected)
    #expect(MovementBridge.differences(reading.sums, bridge).isEmpty)
  }

  /// Deal types beside invoice amounts (`New Business`, `Upgrade`, `Downgrade`, all positive)
  /// show no change: the file is a ledger, read as before.
  @Test func dealTypesBesideInvoicesAreALedger() throws {
    let text = """
      date,customer,type,amount
      2024-01-15,A,New Business,1200
      2024-02-15,B,Upgrade,600
      2024-03-15,C,Downgrade,300
      """
    let c = try importCube(text, name: "deals.csv")
    #expect(c.log.files[0].shape == .ledger)
  }

  /// `--values billings` does not apply to a movements log.
  @Test func valuesOtherThanMRRAreRefused() throws {
    let error = try #require(failure(Self.chartMogul, options: ImportOptions(values: .billings)))
    #expect(error.message.contains("an MRR movements log"))
  }
}
