import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// `churn_cliff` explained by its leavers (trial 18b, G5 and G6): a drop that recurs in the same
/// month every year with the accounts coming back is seasonal; leavers on their contract's end
/// date are non-renewals; an old, small cliff is context, not page one.
@Suite struct ChurnCliffExplainedTests {
  /// 10 month-to-month accounts at 100.00 from 2023-01 to `last`; A0–A3 pay nothing every
  /// June, July and August and pay again each September.
  static func seasonal(last: Month) throws -> Company {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    let first = Month(year: 2023, month: 1)
    for i in 0..<10 {
      a += "A\(i),monthly,monthly,2023-01-01\n"
      for k in 0...last.months(since: first) {
        let month = first.adding(months: k)
        if i < 4 && (6...8).contains(month.month) { continue }
        m += "A\(i),\(month),100.00\n"
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  static func cliff(_ company: Company) throws -> Finding {
    let analysis = Analysis.run(company)
    return try #require(analysis.findings.first { $0.code == .churnCliff })
  }

  /// As of 2025-12: 2023-06, 2024-06 and 2025-06 each lose 4 of 10 accounts (40% of opening
  /// MRR after months of no churn) and all 4 pay again in September: seasonal, info.
  @Test func aDropEveryJuneWithReturnsIsSeasonal() throws {
    let f = try Self.cliff(try Self.seasonal(last: Month(year: 2025, month: 12)))
    #expect(f.severity == .info)
    #expect(f.message.hasPrefix("Seasonal churn: in 2023-06 4 accounts left with "))
    #expect(f.message.contains("40.0% of opening MRR; 4 of the 4 paid again within 12 months"))
    #expect(f.message.contains("3 times (2023-06, 2024-06, 2025-06)"))
    #expect(!f.message.contains("data cut-off or a real cliff"))
  }

  /// As of 2025-06, the trough itself: its own leavers have not come back yet, but last year's
  /// did; the headline is called a seasonal low, a warning.
  @Test func asOfTheTroughTheHeadlineIsASeasonalLow() throws {
    let f = try Self.cliff(try Self.seasonal(last: Month(year: 2025, month: 6)))
    #expect(f.severity == .warning)
    #expect(f.message.contains("2025-06 is one of those months: its headline ARR is likely a "))
  }

  /// 10 annual accounts at 100.00, 2024-01 to 2025-03; A0–A2's terms end 2024-12-31 and they
  /// pay nothing from 2025-01 (30% of opening MRR): non-renewals on their end date, info.
  @Test func leaversOnTheirContractEndAreNonRenewals() throws {
    var a = "account_id,contract_type,billing_cadence,start_date,contract_end_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<10 {
      a += "A\(i),annual,annual,2024-01-01,\(i < 3 ? "2024-12-31" : "2025-12-31")\n"
      for k in 0..<(i < 3 ? 12 : 15) {
        m += "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),100.00\n"
      }
    }
    let f = try Self.cliff(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(f.severity == .info)
    #expect(f.message.hasPrefix("Churn in 2025-01: 3 accounts left with "))
    #expect(f.message.contains("every one of them at the end of a contract term"))
    #expect(!f.message.contains("data cut-off or a real cliff"))
  }

  /// 10 month-to-month accounts at 100.00, 2024-01 to 2025-03; A0–A2 have a cancel_date of
  /// 2024-12-15 and pay nothing from 2025-01 (30% of opening MRR): departures the data records,
  /// info, not "a data cut-off or a real cliff?" (trial 37, T37-8); only the cause found is
  /// named (review 37, R37-17).
  @Test func leaversWithANoticeOnFileAreRecordedDepartures() throws {
    var a = "account_id,contract_type,billing_cadence,start_date,cancel_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<10 {
      a += "A\(i),monthly,monthly,2024-01-01,\(i < 3 ? "2024-12-15" : "")\n"
      for k in 0..<(i < 3 ? 12 : 15) {
        m += "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),100.00\n"
      }
    }
    let f = try Self.cliff(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(f.severity == .info)
    #expect(
      f.message.hasPrefix(
        "Churn in 2025-01: 3 accounts left with $300 of MRR, 30.0% of opening MRR; every one of "
          + "them with a cancellation on file (a cancel_date by then): departures the data "
          + "records, not a data cut-off."))
  }

  /// W, annual at 9,000.00 to 2027-10-31 with no cancel_date, and 10 month-to-month accounts
  /// at 100.00, 2025-11 to 2026-10; W has no row in 2026-10, 90% of opening MRR. Its term runs
  /// on: a missing row as likely as a departure, critical in the as-of month (trial 37,
  /// T37-25: "left … not a data cut-off").
  @Test func aStopMidTermIsAskedAbout() throws {
    var a = "account_id,name,contract_type,billing_cadence,start_date,contract_end_date\n"
    var m = "account_id,month,mrr\n"
    a += "W,Whale,annual,annual,2025-11-01,2027-10-31\n"
    for k in 0..<11 { m += "W,\(Month(year: 2025, month: 11).adding(months: k)),9000.00\n" }
    for i in 0..<10 {
      a += "A\(i),,monthly,monthly,2025-11-01,\n"
      for k in 0..<12 { m += "A\(i),\(Month(year: 2025, month: 11).adding(months: k)),100.00\n" }
    }
    let f = try Self.cliff(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(f.severity == .critical)
    #expect(
      f.message.hasPrefix(
        "Churn in 2026-10 against the terms: \"Whale\" (W) left with $9.00K of MRR, 90.0% of "
          + "opening MRR, after months with no churn at all, though its contract term runs past "
          + "that month with no cancellation on file. A missing row or an unpaid invoice, or a "
          + "departure? Check the source before relying on any figure as of this month."))
    #expect(!f.message.contains("not a data cut-off"))
  }

  /// The same stop by a month-to-month account whose contract_end_date is its next renewal
  /// (2026-11-30) is ordinary churn, not "against the terms" (review 37, R37-5).
  @Test func aMonthToMonthStopBeforeItsRenewalIsChurn() throws {
    var a = "account_id,name,contract_type,billing_cadence,start_date,contract_end_date\n"
    var m = "account_id,month,mrr\n"
    a += "W,Whale,monthly,monthly,2025-11-01,2026-11-30\n"
    for k in 0..<11 { m += "W,\(Month(year: 2025, month: 11).adding(months: k)),9000.00\n" }
    for i in 0..<10 {
      a += "A\(i),,monthly,monthly,2025-11-01,\n"
      for k in 0..<12 { m += "A\(i),\(Month(year: 2025, month: 11).adding(months: k)),100.00\n" }
    }
    let f = try Self.cliff(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(f.message.hasPrefix("Concentrated churn in 2026-10: \"Whale\" (W) left"))
    #expect(!f.message.contains("against the terms"))
  }

  /// Alpha (A) and Beta (B) paying 2,000.00 and 1,000.00 a month, 2025-11 to 2026-10, loaded
  /// leniently: Alpha's 2026-10 row holds `alphaAsOf` (no row when `nil`), and `extraRows`
  /// follow the monthly rows.
  static func alphaAndBeta(alphaAsOf: String?, extraRows: String = "") throws -> Company {
    let a =
      "account_id,name,contract_type,billing_cadence,start_date\n"
      + "A,Alpha,monthly,monthly,2025-11-01\nB,Beta,monthly,monthly,2025-11-01\n"
    var m = "account_id,month,mrr\n"
    for k in 0..<12 {
      let month = Month(year: 2025, month: 11).adding(months: k)
      if let alpha = k == 11 ? alphaAsOf : "2000.00" { m += "A,\(month),\(alpha)\n" }
      m += "B,\(month),1000.00\n"
    }
    m += extraRows
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil,
      options: LoadOptions(isLenient: true))
  }

  /// Alpha (A) and Beta (B) pay 2,000.00 and 1,000.00 a month, 2025-11 to 2026-10; Alpha's
  /// 2026-10 row reads "2000.5O" and is skipped under `--lenient`: its absence is a skipped
  /// row, so the finding says so rather than "not a data cut-off" (trial 37, T37-22).
  @Test func aLeaverMayBeASkippedRow() throws {
    let f = try Self.cliff(try Self.alphaAndBeta(alphaAsOf: "2000.5O"))
    #expect(f.message.hasPrefix("Concentrated churn in 2026-10: \"Alpha\" (A) left"))
    #expect(
      f.message.contains(
        "1 input row was skipped (`--lenient`) and is in no month: a leaver may be an account "
          + "whose row was skipped, not a departure (Data quality lists them)."))
    #expect(!f.message.contains("not a data cut-off"))
  }

  /// Alpha leaves for real (no 2026-10 row) and the one skipped row, in 2025-11, carried
  /// 5.00 of MRR ("5.00" beside an unreadable month): less than Alpha's 2,000.00, so it cannot
  /// be Alpha's row: no caveat, and "not a data cut-off" stands (review 37, R37-17).
  @Test func aSkippedRowTooSmallToBeALeaverIsNoCaveat() throws {
    let company = try Self.alphaAndBeta(alphaAsOf: nil, extraRows: "B,2025-13,5.00\n")
    #expect(company.dataQuality.skippedCount == 1)
    #expect(company.dataQuality.skippedMRRCents == 500)
    let f = try Self.cliff(company)
    #expect(f.message.hasPrefix("Concentrated churn in 2026-10: \"Alpha\" (A) left"))
    #expect(!f.message.contains("was skipped"))
    #expect(f.message.contains("One account leaving is not a data cut-off"))
  }

  /// 10 accounts from 2020-01; A0, A1 leave in 2020-06 (20% of opening MRR, no churn before);
  /// 100 more join in 2021-01; as of 2023-12 MRR is 108 × 100.00. The cliff is 42 months old and
  /// its 200.00 is 1.9% of today's MRR: info, with both said.
  @Test func anOldSmallCliffIsContext() throws {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    let first = Month(year: 2020, month: 1)
    for i in 0..<110 {
      let start = i < 10 ? 0 : 12
      let end = i < 2 ? 5 : 48
      a += "A\(i),monthly,monthly,\(first.adding(months: start))-01\n"
      for k in start..<end { m += "A\(i),\(first.adding(months: k)),100.00\n" }
    }
    let f = try Self.cliff(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(f.severity == .info)
    // Two leavers: concentrated churn, named (session 22, T22-26).
    #expect(f.message.hasPrefix("Concentrated churn in 2020-06: \"A0\" and \"A1\" left"))
    #expect(
      f.message.contains("It is 42 months before 2023-12, and its churn is 1.9% of today's MRR."))
    // Weight: its churn as a share of today's MRR, 200 / 10,800.
    #expect(abs(f.weight - 200.0 / 10_800.0) < 1e-12)
  }

  /// The leavers are named as the accounts table names them: the name the data gives with
  /// the id, the id alone when there is no name or the name is the id (hostile trial 35,
  /// H35-16).
  @Test func theLeaversAreNamedByTheirNames() throws {
    var a = "account_id,name,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    let first = Month(year: 2020, month: 1)
    for i in 0..<10 {
      let name = i == 0 ? "Alpha Co" : i == 2 ? "A2" : ""
      a += "A\(i),\(name),monthly,monthly,2020-01-01\n"
      for k in 0..<(i < 2 ? 5 : 12) { m += "A\(i),\(first.adding(months: k)),100.00\n" }
    }
    let f = try Self.cliff(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(f.message.hasPrefix("Concentrated churn in 2020-06: \"Alpha Co\" (A0) and \"A1\" left"))
  }
}

/// One or two leavers are concentrated churn, not a cliff to doubt the data by (session 22,
/// lead; trial 22, T22-26).
@Suite struct ConcentratedChurnTests {
  @Test(arguments: [(1, true), (2, true), (3, false)])
  func fewLeaversAreNotACutOff(leavers: Int, isConcentrated: Bool) throws {
    let start = Month(year: 2024, month: 1)
    var bridge = (0..<6).map { k in
      BridgeMonth(
        month: start.adding(months: k), opening: 1_000, new: 100, expansion: 0, contraction: 0,
        churn: 100, reactivation: 0, closing: 1_000, churnedAccounts: 1)
    }
    // 400 of 1,000 in the as-of month: 4× the norm of 100 and 40% of opening.
    bridge.append(
      BridgeMonth(
        month: start.adding(months: 6), opening: 1_000, new: 0, expansion: 0, contraction: 0,
        churn: 400, reactivation: 0, closing: 600, churnedAccounts: leavers))
    let cliff = try #require(Analysis.churnCliff(bridge, asOf: start.adding(months: 6), f: .usd))
    #expect(cliff.message.hasPrefix("Concentrated churn") == isConcentrated)
    #expect(cliff.severity == (isConcentrated ? .warning : .critical))
    #expect(cliff.message.contains("A data cut-off or a real cliff?") == !isConcentrated)
  }
}
