import ARRCore
import ARRInput
import ARRScoring
import Foundation
import Testing

@testable import ARRAnalysis

/// `risk_signals_missing` (render review 28, R28-13): no account can reach the at-risk class on
/// the signals the data holds. Four annual accounts billed annually, started in 2020 (no
/// `new_account`), $100 a month over 2024-01…03 (no contraction; three months: no backtest, the
/// default weights). Every score is σ(−3.0) = 4.7%, and the reach, by hand, under the default
/// weights:
/// - no evidence column: −3.0, 4.7%: none can reach 40, the finding is raised;
/// - seats (unused seats, +1.5 at its riskiest): −1.5, σ = 18.2%: still none;
/// - seats and `past_due` (+1.2): −0.3, σ = 42.6% ≥ 40: reachable, no finding;
/// - `cancel_date` (notice +4.0; a blank date is no notice yet, 0, a road): +1.0: reachable;
/// - seats and `past_due` with every `past_due` cell blank: no value, no road: −1.5, raised.
@Suite struct RiskSignalsMissingTests {
  static func company(columns: [String] = [], values: [String] = []) throws -> Company {
    var a =
      (["account_id", "contract_type", "billing_cadence", "start_date"] + columns)
      .joined(separator: ",") + "\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<4 {
      a += (["A\(i)", "annual", "annual", "2020-01-01"] + values).joined(separator: ",") + "\n"
      for k in 1...3 { m += "A\(i),2024-0\(k),100\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  @Test func noEvidenceColumnMeansNoRoadToAtRisk() throws {
    let analysis = Analysis.run(try Self.company())
    let s = analysis.scoring
    #expect(s.scores.allSatisfy { abs($0.riskScore - 100 / (1 + exp(3.0))) < 1e-9 })
    #expect(!s.canReachAtRisk)
    #expect(
      s.missingEvidenceSignals == [
        .usageDecline, .zeroUsageMonths, .renewalDue, .cancellationNotice, .cancelled,
        .seatUnderuse, .fewIntegrations, .pastDue, .belowCommitment,
      ])
    let finding = try #require(analysis.findings.first { $0.code == .riskSignalsMissing })
    #expect(finding.severity == .warning && finding.weight == 1)
    // `cancelled` is named once, as the notice; the heaviest three by name; the quality-adjusted
    // ARR is 4 × $1,200 × 0.95 (the retained class's default retention).
    #expect(
      finding.message
        == "No account can reach the at-risk class on the signals the data holds (it has no "
        + "cancellation notice, usage decline, months with zero usage or 5 other signals): the "
        + "class is empty for want of evidence, not by it, so quality-adjusted ARR ($4.56K) is "
        + "likely overstated.")
  }

  @Test(arguments: [
    (["seats_purchased", "seats_active"], ["10", "10"], false),
    (["seats_purchased", "seats_active", "past_due"], ["10", "10", "false"], true),
    (["cancel_date"], [""], true),
    // Blank `past_due` cells: the column is there, but no account's value is, so no road.
    (["seats_purchased", "seats_active", "past_due"], ["10", "10", ""], false),
  ])
  func reachIsWhatTheDataHoldsForTheAccount(
    columns: [String], values: [String], isReachable: Bool
  ) throws {
    let analysis = Analysis.run(try Self.company(columns: columns, values: values))
    // Every account is retained as measured: the reach is the columns', not the cells'.
    #expect(analysis.scoring.classMix[.atRisk].accounts == 0)
    #expect(analysis.scoring.canReachAtRisk == isReachable)
    #expect(analysis.findings.contains { $0.code == .riskSignalsMissing } == !isReachable)
    if !isReachable {
      let message = try #require(
        analysis.findings.first { $0.code == .riskSignalsMissing }?.message)
      #expect(!message.contains("unused seats") && message.contains(" other signals)"))
    }
  }

  /// An account already at risk can always reach it: a month-to-month account billed monthly
  /// whose MRR fell from $100 to $40 (contraction 0.6): −3.0 + 1.5 + 0.3 + 0.9 = −0.3, 42.6%.
  @Test func anAtRiskAccountReachesIt() throws {
    let a = "account_id,contract_type,billing_cadence,start_date\nA0,monthly,monthly,2020-01-01\n"
    let m = "account_id,month,mrr\nA0,2024-01,100\nA0,2024-02,100\nA0,2024-03,40\n"
    let analysis = Analysis.run(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    let score = try #require(analysis.scoring.scores.first)
    #expect(abs(score.riskScore - 100 / (1 + exp(0.3))) < 1e-9)
    #expect(score.revenueClass == .atRisk)
    #expect(analysis.scoring.canReachAtRisk)
    #expect(!analysis.findings.contains { $0.code == .riskSignalsMissing })
  }
}
