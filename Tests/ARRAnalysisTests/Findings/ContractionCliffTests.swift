import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// `contraction_cliff`: most accounts stepping down in one month after months with little
/// contraction (trial 37, T37-14), and `shrinking_mrr` naming the month that holds the fall.
@Suite struct ContractionCliffTests {
  /// `accounts` monthly accounts A0… from 2024-01, `amounts[k]` a month in month k for all of
  /// them, except that the first `steady` accounts keep paying `amounts[0]`.
  static func company(accounts: Int, amounts: [Int], steady: Int = 0) throws -> Company {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<accounts {
      a += "A\(i),monthly,monthly,2024-01-01\n"
      for (k, amount) in amounts.enumerated() {
        m +=
          "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),"
          + "\(i < steady ? amounts[0] : amount)\n"
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  static func finding(_ company: Company) -> Finding? {
    Analysis.run(company).findings.first { $0.code == .contractionCliff }
  }

  /// 4 accounts at 1,000 for six months (2024-01..06), all at 500 in 2024-07, the as-of month.
  /// By hand: contraction 4 × 500 = 2,000.00 of an opening 4,000.00 (50.0%), the norm of the
  /// six months before is 0; all 4 stayers pay less. Critical in the as-of month.
  @Test func everyAccountHalvingInTheAsOfMonthIsCritical() throws {
    let f = try #require(
      Self.finding(
        try Self.company(accounts: 4, amounts: [1000, 1000, 1000, 1000, 1000, 1000, 500])))
    #expect(f.severity == .critical)
    #expect(
      f.message
        == "Contraction step in 2024-07: all 4 accounts paying in 2024-06 and 2024-07 pay less "
        + "in 2024-07, by $2.00K of MRR in all, 50.0% of opening MRR, after months with no "
        + "contraction at all. A month loaded only in part, a price cut across the book, or a "
        + "real fall? Check the source before relying on any figure as of this month: the "
        + "headline, the classes and the projection (its survivors' contraction is learned from "
        + "the history, this month included) rest on it.")
    #expect(abs(f.weight - 2.5) < 1e-12)
  }

  /// The step in 2024-07 and back to 1,000 in 2024-08 (as of): a warning that says all 4 pay
  /// their earlier amount again.
  @Test func aStepThatComesBackIsAWarningThatSaysSo() throws {
    let f = try #require(
      Self.finding(
        try Self.company(accounts: 4, amounts: [1000, 1000, 1000, 1000, 1000, 1000, 500, 1000])))
    #expect(f.severity == .warning)
    #expect(
      f.message.hasPrefix(
        "Contraction step in 2024-07: all 4 accounts paying in 2024-06 and 2024-07 pay less in "
          + "2024-07, by $2.00K of MRR in all, 50.0% of opening MRR, after months with no "
          + "contraction at all; all of them pay their earlier amount again by 2024-08. "))
    #expect(f.message.hasSuffix("this month included."))
  }

  /// 10 accounts, 3 of them from 1,000 to 100 in the as-of month: 2,700 of 10,000 (27%) and 3
  /// accounts, but 3 of 10 stayers is under half: a few accounts' cut, not the month's.
  @Test func aFewAccountsCuttingIsNoStep() throws {
    let company = try Self.company(
      accounts: 10, amounts: [1000, 1000, 1000, 1000, 1000, 1000, 100], steady: 7)
    #expect(Self.finding(company) == nil)
    // 7 of 10 cutting: 6,300 of 10,000 and 7 of 10 stayers, at least half: a step.
    let most = try Self.company(
      accounts: 10, amounts: [1000, 1000, 1000, 1000, 1000, 1000, 100], steady: 3)
    let f = try #require(Self.finding(most))
    #expect(f.message.hasPrefix("Contraction step in 2024-07: 7 of the 10 accounts paying in "))
  }

  /// Usage that swings: each account alternates 1,000 and 800 (contraction 800 on every second
  /// month, a norm of 400); a month at 700 after 1,000 is 1,200 of contraction, exactly 3× the
  /// norm of the six months before: not above it, no step.
  @Test func aStepWithinTheUsualSwingIsNoStep() throws {
    let company = try Self.company(
      accounts: 4, amounts: [1000, 800, 1000, 800, 1000, 800, 1000, 700])
    #expect(Self.finding(company) == nil)
  }

  /// The same month two years running, back the month after: a seasonal dip, info.
  @Test func theSameMonthEveryYearIsSeasonal() throws {
    var amounts = Array(repeating: 1000, count: 20)
    amounts[6] = 500  // 2024-07
    amounts[18] = 500  // 2025-07
    let f = try #require(Self.finding(try Self.company(accounts: 4, amounts: amounts)))
    #expect(f.severity == .info)
    #expect(
      f.message.hasSuffix(
        "and the same month of the year shows such a step 2 times (2024-07, 2025-07): a "
          + "seasonal dip, not a data cut-off. Compare like months."))
  }

  /// 12 bridge months from 2024-01 with 1,200.00 of opening MRR: 10.00 churned in each of the
  /// first eleven, 490.00 in the twelfth. Fall 600.00 (50%); the last month's 490.00 is 81.7%
  /// of it, above two thirds: named.
  @Test func shrinkingNamesTheMonthHoldingMostOfTheFall() throws {
    var opening: Int64 = 120_000
    var bridge: [BridgeMonth] = []
    for k in 0..<12 {
      let churn: Int64 = k == 11 ? 49_000 : 1_000
      bridge.append(
        BridgeMonth(
          month: Month(year: 2024, month: 1).adding(months: k), opening: opening, new: 0,
          expansion: 0, contraction: 0, churn: churn, reactivation: 0, closing: opening - churn,
          churnedAccounts: 1))
      opening -= churn
    }
    let f = try #require(Analysis.shrinkingMRR(bridge, f: .usd))
    #expect(f.message.contains(" 81.7% of the fall came in 2024-12 alone. "))
    // Spread evenly (50.00 a month), no month holds two thirds: not named.
    let even = try #require(Analysis.shrinkingMRR(TrendFindingsTests.shrinking(), f: .usd))
    #expect(!even.message.contains("alone"))
  }

  /// The step must be MORE than a tenth of its opening MRR: 4 accounts at 1,000 for six months,
  /// all at 900 in 2024-07 (the as-of month), contract by 4 × 100 = 400 of 4,000, exactly 10%:
  /// no step. At 899: 4 × 101 = 404 of 4,000, 10.1%: a step, critical in the as-of month.
  @Test func aTenthOfOpeningIsNoStepJustOverItIs() throws {
    let at = try Self.company(accounts: 4, amounts: [1000, 1000, 1000, 1000, 1000, 1000, 900])
    #expect(Self.finding(at) == nil)
    let over = try Self.company(accounts: 4, amounts: [1000, 1000, 1000, 1000, 1000, 1000, 899])
    let f = try #require(Self.finding(over))
    #expect(f.severity == .critical)
    #expect(f.message.contains("by $404 of MRR in all, 10.1% of opening MRR"), "\(f.message)")
  }

  /// A step 12 months before the as-of month is still recent, 13 is not: 4 accounts at 1,000,
  /// at 500 in 2024-07 (index 6) and back at 1,000 from 2024-08. As of 2025-07 (19 months,
  /// 2025-07 − 2024-07 = 12 months): a warning, all 4 paying their earlier amount again; as of
  /// 2025-08 (13 months): no finding.
  @Test func aStepTwelveMonthsBackIsRecentThirteenIsNot() throws {
    var amounts = Array(repeating: 1000, count: 19)
    amounts[6] = 500
    let f = try #require(Self.finding(try Self.company(accounts: 4, amounts: amounts)))
    #expect(f.severity == .warning)
    #expect(f.message.contains("all of them pay their earlier amount again by 2025-07"))
    #expect(Self.finding(try Self.company(accounts: 4, amounts: amounts + [1000])) == nil)
  }

  /// The stayers are the accounts paying in both months: one that leaves in the step month
  /// (A4, 1,000 then 0) and one that joins in it (N, 1,000 from 2024-07) are neither. A0–A3 at
  /// 1,000, 500 in 2024-07: by hand all 4 stayers pay less, 2,000 of an opening 5,000 (40.0%).
  @Test func leaversAndJoinersAreNotStayers() throws {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<5 {
      a += "A\(i),monthly,monthly,2024-01-01\n"
      for k in 0..<7 {
        let amount = i == 4 ? (k < 6 ? 1000 : 0) : (k < 6 ? 1000 : 500)
        if amount > 0 { m += "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),\(amount)\n" }
      }
    }
    a += "N,monthly,monthly,2024-07-01\n"
    m += "N,2024-07,1000\n"
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let f = try #require(Self.finding(company))
    #expect(
      f.message.hasPrefix(
        "Contraction step in 2024-07: all 4 accounts paying in 2024-06 and 2024-07 pay less in "
          + "2024-07, by $2.00K of MRR in all, 40.0% of opening MRR"), "\(f.message)")
  }
}
