import ARRQuality
import Testing

@testable import ARRReports

/// Issue #15 item 5: one account-count story, from the accounts in the data to the classed
/// ones, every step on a hand-built company with one account of each kind.
@Suite struct AccountCountTableTests {
  /// As of 2024-03: A1 and A2 pay; P1 is a pilot (live, no recurring ARR); C1 paid in January
  /// and left; X1's trial expired unpaid; N1 only ever paid a one-time fee; L1 starts in May
  /// (after the as-of month, its revenue cut off by `--as-of`).
  static func company() throws -> Company {
    let accounts = Array(
      """
      account_id,contract_type,trial_status,trial_end_date,start_date
      A1,annual,,,2024-01-01
      A2,monthly,,,2024-01-01
      P1,pilot,,,2024-01-01
      C1,monthly,,,2024-01-01
      X1,monthly,expired,2024-02-15,2024-01-15
      N1,monthly,,,2024-01-01
      L1,monthly,,,2024-05-01

      """.utf8)
    var monthly = "account_id,month,mrr,one_time\n"
    for m in ["2024-01", "2024-02", "2024-03"] {
      monthly += "A1,\(m),1000,\nA2,\(m),500,\nP1,\(m),300,\nX1,\(m),0,\n"
    }
    monthly += "C1,2024-01,100,\nC1,2024-02,0,\nN1,2024-02,0,750\nL1,2024-05,400,\n"
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions(asOf: Month(year: 2024, month: 3)))
  }

  @Test func everyStepIsCountedAndTheStepsReconcile() throws {
    let analysis = Analysis.run(try Self.company())
    let report = MarkdownReport.render(analysis)
    func cell(_ label: String) -> String? { MarkdownReportTests.row(report, label)?[1] }
    #expect(cell("**Accounts in the data**") == "**7**")
    // An earlier view (L1's row of 2024-05 left out): L1 was no customer then (T37-16).
    #expect(cell("− first appear after 2024-03 (not yet in the data then)") == "-1")
    #expect(cell("− churned before 2024-03") == "-1")
    #expect(cell("− trial expired unpaid") == "-1")
    #expect(cell("− never paid recurring revenue") == "-1")
    #expect(cell("**Live (scored for risk)**") == "**3**")
    #expect(cell("− pilots, no recurring ARR") == "-1")
    #expect(cell("**With recurring ARR (classed)**") == "**2**")
    // The same counts as the scoring and the ladder hold: 7 − 4 = 3 live, 3 − 1 = 2 classed.
    let s = analysis.scoring
    #expect(s.scores.count == 7)
    #expect(s.scores.filter { $0.status == .live }.count == 3)
    #expect(s.classMix.accounts == 2)
    #expect(report.contains("3 accounts paid MRR in 2024-03"))
    #expect(
      report.contains("the 1 live account without recurring ARR ($3.60K of headline ARR) is scored")
    )
  }
}
