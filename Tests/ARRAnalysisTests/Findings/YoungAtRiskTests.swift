import ARRCore
import ARRInput
import ARRScoring
import Foundation
import Testing

@testable import ARRAnalysis

/// Under priors only, an at-risk account that is there for being new is said to be the data's
/// youth, not a failing account (render review 28, R28-16: seed-example's 37 at-risk accounts,
/// two months of data). Three months, 2024-01…03, default weights, by hand:
/// - Y, monthly billed monthly, started 2024-02-01 (1 month of tenure: new 11/12 × 0.6 = 0.55),
///   1 integration (2/3 × 0.6 = 0.4): −3.0 + 1.5 + 0.3 + 0.55 + 0.4 = −0.25, 43.8%, at risk;
///   without being new −0.8, 31.0%, wavering: young.
/// - O, the same terms, started 2020, no integration (+0.6), payment past due (+1.2):
///   −3.0 + 1.5 + 0.3 + 0.6 + 1.2 = +0.6, 64.6%, at risk, and not new: not young.
@Suite struct YoungAtRiskTests {
  static func company(old: Bool) throws -> Company {
    var a = "account_id,contract_type,billing_cadence,start_date,integrations,past_due\n"
    a += "Y,monthly,monthly,2024-02-01,1,false\n"
    var m = "account_id,month,mrr\nY,2024-02,100\nY,2024-03,100\n"
    if old {
      a += "O,monthly,monthly,2020-01-01,0,true\n"
      m += "O,2024-01,100\nO,2024-02,100\nO,2024-03,100\n"
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  static func atRiskMessage(_ analysis: Analysis) throws -> String {
    try #require(analysis.findings.first { $0.code == .atRiskARR }).message
  }

  @Test func anAccountAtRiskForBeingNewIsTheDataYouth() throws {
    let analysis = Analysis.run(try Self.company(old: false))
    let y = try #require(analysis.scoring.scores.first)
    #expect(abs(y.riskScore - 100 / (1 + exp(0.25))) < 1e-9)
    #expect(y.revenueClass == .atRisk)
    #expect(Analysis.youngAtRisk(analysis.scoring) == (1, 120_000))
    #expect(
      try Self.atRiskMessage(analysis)
        == "The at-risk class holds 1 account with $1.20K of recurring ARR (100.0%); it would be "
        + "wavering or retained but for being new (under 12 months of tenure): with no history "
        + "to check the weights, that says the data is young, not that this account is failing. "
        + "The accounts with the largest expected loss and their reasons are listed under "
        + "Revenue quality.")
  }

  @Test func anOldAccountAtRiskIsNotYoung() throws {
    let analysis = Analysis.run(try Self.company(old: true))
    let scores = analysis.scoring.scores
    #expect(scores.allSatisfy { $0.revenueClass == .atRisk })
    #expect(abs(scores[1].riskScore - 100 / (1 + exp(-0.6))) < 1e-9)
    #expect(Analysis.youngAtRisk(analysis.scoring) == (1, 120_000))
    #expect(
      try Self.atRiskMessage(analysis).hasPrefix(
        "The at-risk class holds 2 accounts with $2.40K of recurring ARR (100.0%); 1 of them "
          + "($1.20K) would be wavering or retained but for being new"))
  }
}
