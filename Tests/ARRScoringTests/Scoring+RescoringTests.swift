import ARRCore
import Testing

@testable import ARRScoring

/// Re-scoring some accounts under a model already made gives exactly the scores and liveness
/// the full scoring run gives them under that model (`Scoring.run` is the reference).
@Suite struct ScoringRescoringTests {
  @Test(arguments: [(120, 26, 7 as UInt64), (300, 18, 11), (60, 10, 3)])
  func riskScoresAndLivenessMatchTheRun(accounts: Int, months: Int, seed: UInt64) {
    let company = Synthetic.company(n: accounts, months: months, seed: seed)
    let result = Scoring.run(company)
    let all = Array(company.accounts.indices)
    let scores = Scoring.riskScores(of: all, in: company, model: result.weightsUsed)
    for (s, score) in zip(result.scores, scores) {
      #expect(abs(s.riskScore - score) < 1e-9, "account \(s.account)")
    }
    let recurring = result.scores.map(\.recurringMRR)
    #expect(Scoring.liveness(company, recurringMRR: recurring) == result.scores.map(\.isLive))
    // A subset, in any order, reads the same values.
    let some = [all.count - 1, 0, all.count / 2]
    #expect(
      Scoring.riskScores(of: some, in: company, model: result.weightsUsed)
        == some.map { scores[$0] })
  }
}
