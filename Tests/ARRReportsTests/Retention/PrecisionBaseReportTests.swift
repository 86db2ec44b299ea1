import ARRQuality
import ARRStress
import ARRTestSupport
import Testing

@testable import ARRReports

/// One precision decision for every projected figure, by count, by the base's concentration
/// and by the outcomes its churn was calibrated on (session 39, trial 37, T37-3, T37-4 and
/// T37-13).
@Suite struct PrecisionBaseReportTests {
  /// Trial 37's f05: a whale on an annual term at $9,000 a month beside ten monthly accounts of
  /// $100, 2024-11 … 2026-10, nobody leaving. n_eff of the base = 10⁸ ÷ (9,000² + 10 × 100²)
  /// = 1.2330 by hand.
  static func whale() throws -> Company {
    var accounts = "account_id,name,contract_type,start_date,contract_end_date\n"
    accounts += "W,Whale,annual,2024-11-01,2027-10-31\n"
    for k in 0..<10 { accounts += "S\(k),Small \(k),monthly,2024-11-01,\n" }
    var monthly = "account_id,month,mrr\n"
    for k in 0..<24 {
      let m = Month(year: 2024, month: 11).adding(months: k)
      monthly += "W,\(m),9000\n"
      for s in 0..<10 { monthly += "S\(s),\(m),100\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// `count` monthly accounts of $100 with one month of data (trial 37's f04): priors only.
  static func oneMonth(accounts count: Int) throws -> Company {
    var accounts = "account_id,name,contract_type\n"
    var monthly = "account_id,month,mrr\n"
    for k in 0..<count {
      accounts += "A\(k),Account \(k),monthly\n"
      monthly += "A\(k),2026-10,100\n"
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  @Test func whaleIsWholePercentsByItsEffectiveNumber() throws {
    let a = Analysis.run(try Self.whale())
    let fc = try #require(a.projection?.forecast)
    #expect(fc.accounts == 11)
    #expect(abs(try #require(fc.effectiveAccounts) - 1.233_045_6) < 1e-6)
    // Calibrated on last year's eleven accounts: not few by calibration, few by concentration.
    #expect(fc.calibrationAccounts == 11)
    #expect(fc.precision.isConcentrated && !fc.precision.isThinlyCalibrated)
    let report = MarkdownReport.render(a)
    let ndr = try #require(MarkdownReportTests.row(report, "Projected NDR, next 12 months (mean)"))
    #expect(FewAccountsReportTests.isWhole(ndr[1]), "\(ndr)")
    #expect(ndr[2].contains(" from 11 accounts (1.2 effective)"), "\(ndr)")
    #expect(
      report.contains(
        "**Few accounts**: the projected figures rest on 11 accounts whose MRR is as concentrated as "
          + "1.2 equal accounts' (the effective number, (Σ MRR)² ÷ Σ MRR²), so these figures are shown in "
          + "whole percents: one account more or less moves NDR by more than 10 points"))
    for label in ["Net dollar retention (NDR)", "Gross dollar retention (GRR)", "Logo retention"] {
      let row = try #require(MarkdownReportTests.row(report, label))
      // Trailing (eleven equal-count accounts, measured) keeps its tenth; projected are whole.
      #expect(row[1] == "100.0%")
      #expect(row.dropFirst(2).allSatisfy(FewAccountsReportTests.isWhole), "\(row)")
    }
  }

  /// The whale leaves on fewer than one path in ten, so the mean lies below the P10: the
  /// explanation and `projection_vs_trailing` compare the median, which is within 3 points of
  /// the trailing 100%: no finding (was "96.7% …, 3.3 points below the trailing 100.0%").
  @Test func meanOutsideItsRangeComparesTheMedian() throws {
    let a = Analysis.run(try Self.whale())
    let fc = try #require(a.projection?.forecast)
    try #require(fc.ndr < fc.ndrRange.p10)
    #expect(abs(fc.ndrRange.p50 - 1) * 100 < 3)
    #expect(!a.findings.contains { $0.code == .projectionVersusTrailing })
    let median = Int((fc.ndrRange.p50 * 100).rounded(.toNearestOrAwayFromZero))
    let explanation = try #require(a.projection?.explanation)
    #expect(
      explanation.contains(
        "The mean lies below its own P10–P90, pulled by an outcome rarer than one year in ten; "
          + "the median projected NDR, \(median)%, is "), "\(explanation)")
  }

  /// Twenty accounts and one month: every digit is the class defaults', so whole percents,
  /// and the note says why (was "77.3% … P10–P90 56.7%–92.8%").
  @Test func priorsOnlyIsWholePercentsOnAnyCount() throws {
    let a = Analysis.run(try Self.oneMonth(accounts: 20))
    let fc = try #require(a.projection?.forecast)
    #expect(fc.calibrationAccounts == 0 && fc.precision.isFew && !fc.precision.isFewByCount)
    let report = MarkdownReport.render(a)
    let ndr = try #require(MarkdownReportTests.row(report, "Projected NDR, next 12 months (mean)"))
    #expect(FewAccountsReportTests.isWhole(ndr[1]), "\(ndr)")
    #expect(!ndr[2].contains(" from 20 accounts"))
    #expect(
      report.contains(
        "**Few accounts**: the projected churn rests on the documented class defaults alone (no year "
          + "of outcomes), so these figures are shown in whole percents: a projection from the defaults "
          + "alone holds no digit of the company's own"))
  }

  /// The stress table prints the projected rows as the report does, in every column, and their
  /// changes in whole points (T37-13: "77.3%" and "-18.6 pts" beside the report's "77%").
  @Test func stressTableFollowsThePrecision() throws {
    let a = Analysis.run(try Self.oneMonth(accounts: 20))
    let r = try StressTest.run(a, scenarios: [StressScenario(name: "Lose top", loseTopAccounts: 1)])
    let rows = StressMarkdown.rows(NumberFormat(currency: "USD"), base: r.base)
    let scenario = r.scenarios[0].figures
    for label in ["Projected NDR (mean)", "Projected GRR, P10", "Projected logo retention (mean)"] {
      let row = try #require(rows.first { $0.label == label })
      #expect(FewAccountsReportTests.isWhole(row.value(r.base)), "\(label)")
      #expect(FewAccountsReportTests.isWhole(row.value(scenario)), "\(label)")
      let change = row.change(scenario, r.base)
      #expect(change.hasSuffix(" pts") && !change.contains("."), "\(label): \(change)")
    }
    // Trailing has no base (one month): n/a, untouched by the projection's precision.
    let trailing = try #require(rows.first { $0.label == "Trailing NDR (as-of month shocked)" })
    #expect(trailing.value(r.base) == "n/a")
  }
}
