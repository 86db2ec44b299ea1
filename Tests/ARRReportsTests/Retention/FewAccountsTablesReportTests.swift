import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The rule of the Retention table applied to every table of rates (session 20, stay lane;
/// trial 18b G4 left a trial cohort of 3 printing "66.7%"): a rate resting on 1 to 9 accounts is
/// shown in whole percents, its points against a benchmark in whole points, with one sentence
/// under the table saying why.
@Suite struct FewAccountsTablesReportTests {
  /// 24 months, 2025-01 … 2026-12, all month-to-month in segment "smb": A0 and A1 pay $1,000
  /// every month; A2 pays $1,000 until 2026-06; T0, T1 and T2 started trials in 2026-03 that
  /// ended 2026-04-01, T0 and T1 converting ($1,000 a month from 2026-04), T2 expiring. With
  /// `steady`, that many more accounts in segment "mid" pay $1,000 every month.
  static func company(steady: Int = 0) throws -> Company {
    var accounts =
      "account_id,segment,contract_type,trial_status,start_date,trial_end_date\n"
    var monthly = "account_id,month,mrr\n"
    for k in 0..<3 { accounts += "A\(k),smb,monthly,none,2024-06-01,\n" }
    accounts += "T0,smb,monthly,converted,2026-03-01,2026-04-01\n"
    accounts += "T1,smb,monthly,converted,2026-03-01,2026-04-01\n"
    accounts += "T2,smb,monthly,expired,2026-03-01,2026-04-01\n"
    for k in 0..<steady { accounts += "B\(k),mid,monthly,none,2024-06-01,\n" }
    for year in [2025, 2026] {
      for month in 1...12 {
        let m = "\(year)-\(month < 10 ? "0" : "")\(month)"
        let paying =
          ["A0", "A1"] + (year == 2025 || month <= 6 ? ["A2"] : [])
          + (year == 2026 && month >= 4 ? ["T0", "T1"] : []) + (0..<steady).map { "B\($0)" }
        for id in paying { monthly += "\(id),\(m),1000\n" }
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// The row whose first cell is `label` in the table whose header contains `column`.
  static func row(_ markdown: String, table column: String, _ label: String) -> [String]? {
    MarkdownReportTests.tables(markdown).first { $0.first?.contains(column) == true }?
      .first { $0.first == label }
  }

  static let note =
    "**Few accounts**: a rate resting on fewer than 10 accounts is shown in whole percents"

  /// The small company by hand. Trends, 2026-07: 5 logos paid in 2026-06 (A0, A1, A2, T0, T1)
  /// and A2 left: logo churn 1 ÷ 5 = "20%", net MRR churn $1,000 ÷ $5,000 = "20%". Trial
  /// conversion, 2026-03: 2 converted of 3 resolved, "67%" (was "66.7%"). Backtest: the 3
  /// accounts paying in 2025-12 are scored alike and A2 left: churn rate "33%", gross, net and
  /// logo retention "67%". Benchmarks: segment smb's trailing base is the same 3, NDR and GRR
  /// 2 ÷ 3 = "67%", in whole points against the band's median.
  @Test func smallBasesPrintWholePercents() throws {
    let report = MarkdownReport.render(Analysis.run(try Self.company()))
    let trend = try #require(Self.row(report, table: "Logo churn", "2026-07"))
    #expect(trend[5] == "20%" && trend[6] == "20%", "\(trend)")
    let trial = try #require(Self.row(report, table: "Trial start", "2026-03"))
    #expect(trial.dropFirst().map { $0 } == ["3", "2", "1", "0", "67%"], "\(trial)")
    let classes = MarkdownReportTests.tables(report).first {
      $0.first?.first == "Class a year ago"
    }
    let scored = try #require(classes?.first { $0.count > 1 && $0[1] == "3" })
    #expect(Array(scored[2...]) == ["1", "33%", scored[4], "67%", "67%", "67%"], "\(scored)")
    let smb = try #require(Self.row(report, table: "ACV band", "smb"))
    #expect(smb[4].hasPrefix("67% (") && smb[6].hasPrefix("67% ("), "\(smb)")
    #expect(smb[4].hasSuffix(" pts)") && !smb[4].contains("."), "\(smb)")
    #expect(report.components(separatedBy: Self.note).count - 1 == 4)
  }

  /// With 12 more steady accounts, the same rows from 10 or more accounts keep their tenths:
  /// trends 2026-07 from 17 logos, 1 ÷ 17 = "5.9%"; the backtest's 15 accounts, 1 churned,
  /// "6.7%"; segment mid's 12, "100.0%". The trial cohort and segment smb still rest on 3.
  @Test func basesOfTenOrMoreKeepTheirTenths() throws {
    let report = MarkdownReport.render(Analysis.run(try Self.company(steady: 12)))
    let trend = try #require(Self.row(report, table: "Logo churn", "2026-07"))
    #expect(trend[5] == "5.9%", "\(trend)")
    let classes = MarkdownReportTests.tables(report).first {
      $0.first?.first == "Class a year ago"
    }
    let scored = try #require(classes?.first { $0.count > 1 && $0[1] == "15" })
    #expect(scored[3] == "6.7%", "\(scored)")
    let mid = try #require(Self.row(report, table: "ACV band", "mid"))
    #expect(mid[4].hasPrefix("100.0% ("), "\(mid)")
    let trial = try #require(Self.row(report, table: "Trial start", "2026-03"))
    #expect(trial.last == "67%")
    // Trial conversion and benchmarks have a row of few accounts; trends and the backtest none.
    #expect(report.components(separatedBy: Self.note).count - 1 == 2)
  }
}
