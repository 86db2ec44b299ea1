import ARRCore
import ARRInput
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `tenure_mix` (session 27, t27b lane; trial 25, T25-4: a company doubling its MRR monthly had
/// 58% of its ARR from accounts paying three months or less, and no word of it). Paying since is
/// an account's first month with MRR > 0; under 3 months is paying since as-of − 2 or later.
@Suite struct TenureMixTests {
  /// A cube of `months` months from 2024-01; each row is a name and its first and last paying
  /// month offsets (inclusive) at `mrr`.
  static func analysis(months: Int, _ rows: [(String, Int, Int, Int)]) throws -> Analysis {
    let first = Month(year: 2024, month: 1)
    var cube =
      "Customer," + (0..<months).map { "\(first.adding(months: $0))" }.joined(separator: ",")
    for (name, from, to, mrr) in rows {
      cube +=
        "\n" + name + ","
        + (0..<months).map { (from...to).contains($0) ? "\(mrr)" : "0" }
        .joined(separator: ",")
    }
    let company = try ImportFixtures.read(
      [("tenure.csv", cube)], options: ImportOptions(values: .mrr)
    )
    .company(name: "T").company
    return Analysis.run(company, paths: 200)
  }

  /// 14 months, 2024-01 to 2025-02 (as-of, offset 13). By hand, MRR paying at as-of:
  /// Long 1,000 (since 2024-01, 13 months before as-of), Mid 200 (since 2024-06: 8),
  /// Ripe 1,000 (since 2024-11: 3, not under 3), Young 500 (since 2024-12: 2), New 300 (since
  /// 2025-02: 0); Gone paid 2024-03…05 and is not counted. Total 3,000; under 3 months
  /// 500 + 300 = 800, 26.7% (2 accounts), an information finding (≥ 20%, < 40%); under 12
  /// 800 + 200 + 1,000 = 2,000, 66.7% (4 accounts).
  @Test func sharesByPayingSinceMonth() throws {
    let a = try Self.analysis(
      months: 14,
      [
        ("Long", 0, 13, 1_000), ("Mid", 5, 13, 200), ("Ripe", 10, 13, 1_000),
        ("Young", 11, 13, 500), ("New", 13, 13, 300), ("Gone", 2, 4, 700),
      ])
    let mix = TenureMix(a.metrics.cohorts, company: a.company)
    #expect(mix.total == 300_000)
    #expect(mix.underThree == 80_000 && mix.underThreeAccounts == 2)
    #expect(mix.underTwelve == 200_000 && mix.underTwelveAccounts == 4)
    #expect(mix.unknown == 0)
    let finding = try #require(a.findings.first { $0.code == .tenureMix })
    #expect(finding.severity == .info)
    #expect(
      finding.message.hasPrefix(
        "26.7% of headline ARR ($9.60K, 2 accounts) is from accounts that first paid in the "
          + "last 3 months (2024-12 or later) and 66.7% ($24.0K, 4 accounts) from accounts "
          + "that first paid in the last 12 months"))
    #expect(!finding.message.contains("first month of data"))
  }

  /// 8 months, 2024-01 to 2024-08: Base 1,000 already paying in 2024-01 (start unknown, in
  /// neither share), Fresh 2,000 since 2024-07 (age 1): 2,000 of 3,000 = 66.7% under 3 months,
  /// a warning; Base is 33.3% of headline ARR.
  @Test func youngRevenueIsAWarningAndUnknownStartsAreSaid() throws {
    let a = try Self.analysis(months: 8, [("Base", 0, 7, 1_000), ("Fresh", 6, 7, 2_000)])
    let finding = try #require(a.findings.first { $0.code == .tenureMix })
    #expect(finding.severity == .warning)
    #expect(finding.message.hasPrefix("66.7% of headline ARR ($24.0K, 1 account)"))
    #expect(
      finding.message.hasSuffix(
        "Accounts already paying in 2024-01, the first month of data, with no start date "
          + "given are in neither share (33.3% of headline ARR): they may have started before "
          + "the data."))
  }

  /// A first-month account with a start date given is dated by it (render review 28, R28-2).
  /// 8 months, 2024-01 to 2024-08 (as-of, offset 7), MRR at as-of in dollars:
  /// Here 1,000 started 2024-01-15, in the first month of data: paying since 2024-01, 7
  /// months, under 12 only; Before 2,000 started 2023-03-01, before the data: since 2023-03,
  /// 17 months, in neither share; Unknown 500, its start inferred: unknown; Fresh 1,500 first
  /// paid 2024-06 (age 2): under 3 and under 12. Total 5,000; under 3: 1,500 (1 account);
  /// under 12: 1,000 + 1,500 = 2,500 (2 accounts); unknown 500.
  @Test func givenStartDatesDateTheFirstMonthsAccounts() {
    let accounts = [
      Self.account("Here", start: "2024-01-15"), Self.account("Before", start: "2023-03-01"),
      Self.account("Unknown", start: "2024-01-01", isInferred: true),
      Self.account("Fresh", start: "2024-06-01"),
    ]
    let dollars: [[Int64]] = [
      Array(repeating: 1_000, count: 8), Array(repeating: 2_000, count: 8),
      Array(repeating: 500, count: 8), [0, 0, 0, 0, 0, 1_500, 1_500, 1_500],
    ]
    let company = Fixture.company(accounts, mrr: dollars.map { $0.map { $0 * 100 } })
    let mix = TenureMix(Cohorts.compute(company), company: company)
    #expect(mix.total == 500_000)
    #expect(mix.underThree == 150_000 && mix.underThreeAccounts == 1)
    #expect(mix.underTwelve == 250_000 && mix.underTwelveAccounts == 2)
    #expect(mix.unknown == 50_000)
    #expect(Cohorts.compute(company).cohorts.first?.isLeftCensored == true)
  }

  /// The first month's cohort is a cohort like any other when every account in it started in
  /// that month by a given date; one inferred start, or one before the data, keeps it
  /// left-censored. Accounts paying in 2024-01 only: First (start 2024-01-01) and Second (the
  /// start named by the argument); Later first pays in 2024-02.
  @Test(arguments: [
    ("2024-01-31", false, false), ("2023-12-31", false, true), ("2024-01-10", true, true),
  ])
  func firstCohortIsCensoredUnlessEveryStartIsGivenInIt(
    second: String, isInferred: Bool, isCensored: Bool
  ) throws {
    let company = Fixture.company(
      [
        Self.account("First", start: "2024-01-01"),
        Self.account("Second", start: second, isInferred: isInferred),
        Self.account("Later", start: "2024-02-01"),
      ],
      mrr: [[100, 100, 100], [100, 100, 0], [0, 100, 100]])
    let cohorts = Cohorts.compute(company).cohorts
    #expect(cohorts.count == 2)
    #expect(cohorts[0].isLeftCensored == isCensored)
    #expect(!cohorts[1].isLeftCensored)
    #expect(company.isFirstMonthStartKnown == !isCensored)
  }

  static func account(_ id: String, start: String, isInferred: Bool = false) -> Account {
    Account(
      id: id, contractType: .monthly, billingCadence: .monthly, startDate: Fixture.date(start),
      inferred: isInferred ? [.startDate] : [])
  }

  /// Half the MRR under 12 months is information on its own, with nothing under 3 (a mutant
  /// joining the two conditions with "and" survived, session 28). 14 months, as-of 2025-02:
  /// Old 1,000 since 2024-01 (13 months), Mid 1,200 since 2024-07 (7 months): 0% under 3
  /// months, 1,200 of 2,200 = 54.5% under 12.
  @Test func halfUnderAYearIsInformationOnItsOwn() throws {
    let a = try Self.analysis(months: 14, [("Old", 0, 13, 1_000), ("Mid", 6, 13, 1_200)])
    let finding = try #require(a.findings.first { $0.code == .tenureMix })
    #expect(finding.severity == .info)
    #expect(
      finding.message.hasPrefix(
        "54.5% of headline ARR ($14.4K, 1 account) is from accounts that first paid in the last "
          + "12 months and 0.0% ($0, 0 accounts) from accounts that first paid in the last 3 "
          + "months (2024-12 or later): revenue that has not yet met a renewal"))
  }

  /// Under 20% under 3 months and under 50% under 12: no finding. 14 months; Old 1,000 since
  /// 2024-01, Late 200 since 2025-01 (age 1): 16.7% under 3 and under 12.
  @Test func anOldBaseHasNoFinding() throws {
    let a = try Self.analysis(months: 14, [("Old", 0, 13, 1_000), ("Late", 12, 13, 200)])
    #expect(!a.findings.contains { $0.code == .tenureMix })
  }
}
