import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An account's size against the typical account's (`small_account`, `docs/scoring.md` §2;
/// session 29, trial 28 T28-10: on a real 61-month cube the smallest fifth of accounts kept 47%
/// of logos and the largest 74%, and a model blind to size projected GRR 53% against 65%
/// realised).
@Suite struct SmallAccountTests {
  /// 0.5 − ln(m ÷ typical) ÷ (2 ln 100), clamped: 0.5 at the typical MRR, 0.75 at a tenth,
  /// 1 at a hundredth, 0.25 at ten times, 0 at a hundred times; nothing for an account that
  /// does not pay, or when no account does.
  @Test func valuesByHand() throws {
    func value(_ m: Int64) throws -> Double {
      try #require(AccountFactSignals.smallAccount(mrr: m, typical: 10_000))
    }
    #expect(try value(10_000) == 0.5)
    #expect(abs(try value(1_000) - 0.75) < 1e-12)
    #expect(abs(try value(100) - 1) < 1e-12)
    #expect(try value(1) == 1)
    #expect(abs(try value(100_000) - 0.25) < 1e-12)
    #expect(try value(1_000_000) == 0)
    #expect(try value(50_000_000) == 0)
    #expect(AccountFactSignals.smallAccount(mrr: 0, typical: 10_000) == nil)
    #expect(AccountFactSignals.smallAccount(mrr: 500, typical: 0) == nil)
    // The reasons' words invert it: 0.75 is a tenth of the typical MRR.
    #expect(abs(AccountFactSignals.shareOfTypical(smallAccount: 0.75) - 0.1) < 1e-12)
    // Weight 0 under the defaults: the documented scores do not move.
    #expect(RiskWeights.defaults[.smallAccount] == 0)
  }

  /// The typical MRR is the geometric mean over the accounts paying at the month measured:
  /// $1, $4 and $16 (100, 400 and 1,600 cents) give (100 × 400 × 1,600)^(1/3) = 400 cents; the
  /// account paying nothing then is left out, and has no value. At 100 cents the value is
  /// 0.5 + ln 4 ÷ (2 ln 100) = 0.6505…; at 1,600, 0.5 − ln 4 ÷ (2 ln 100).
  @Test func typicalIsTheGeometricMeanOfThePayingAccounts() {
    let company = Fixture.company(
      ["A", "B", "C", "D"].map { Fixture.account($0) },
      mrr: [[100, 100], [400, 400], [1_600, 1_600], [0, 0]])
    let measurer = SignalMeasurer(company: company, column: 1)
    #expect(abs(measurer.typicalMRR - 400) < 1e-9)
    let k = Signal.smallAccount.rawValue
    #expect(abs(measurer.values(0)[k] - (0.5 + log(4) / (2 * log(100)))) < 1e-12)
    #expect(abs(measurer.values(1)[k] - 0.5) < 1e-12)
    #expect(abs(measurer.values(2)[k] - (0.5 - log(4) / (2 * log(100)))) < 1e-12)
    #expect(measurer.values(3)[k].isNaN)
    // No account paying: no typical MRR, no value.
    let none = Fixture.company([Fixture.account("A")], mrr: [[0, 0]])
    #expect(SignalMeasurer(company: none, column: 1).typicalMRR == 0)
    #expect(SignalMeasurer(company: none, column: 1).values(0)[k].isNaN)
  }

  /// With a positive weight, an account below the typical MRR is named: 100 cents beside
  /// 1,600 (typical 400) is 25% of the typical account's. The account above it is never named,
  /// though its value (0.35) still adds to its score: only what lies beyond the typical
  /// account's value counts as a reason.
  @Test func onlyAccountsBelowTheTypicalAreNamedSmall() {
    let company = Fixture.company(
      [Fixture.account("A", start: "2020-01-01"), Fixture.account("B", start: "2020-01-01")],
      mrr: [[100, 100], [1_600, 1_600]])
    var w = RiskWeights.defaults
    w.intercept = 0
    w[.smallAccount] = 2
    let result = Scoring.run(company, weights: w)
    #expect(
      result.reasons(for: result.scores[0])
        == ["small account (MRR 25% of the typical account's; riskier when small here)"])
    #expect(result.reasons(for: result.scores[1]).isEmpty)
    #expect(result.scores[1].riskScore > 50)
    // A negative weight (larger accounts riskier) names no one small.
    w[.smallAccount] = -2
    let reversed = Scoring.run(company, weights: w)
    #expect(reversed.reasons(for: reversed.scores[0]).isEmpty)
  }

  /// 300 month-to-month accounts at the backtest's base month, MRR from $10 to $1,000 (a
  /// hundredfold, log-spaced); an account leaves during the year when a fixed pseudo-random draw
  /// falls under 0.7 − 0.6 × its position on that log scale, so the smallest mostly leave and
  /// the largest rarely. No default signal tells them apart; the fitted model weighs smallness
  /// as risk, ranks churners better out of sample, and keeps more of the dollars than of the
  /// logos, as the history did.
  @Test func fittedModelUsesSize() throws {
    var accounts: [Account] = []
    var mrr: [[Int64]] = []
    for i in 0..<300 {
      let position = Double(i % 100) / 99
      let cents = Int64((1_000 * pow(100, position)).rounded())
      accounts.append(Fixture.account("A\(i)", .monthly, .monthly, start: "2022-01-01"))
      let draw = Double((i * 7_919 + 13) % 1_000) / 1_000
      let leaves = draw < 0.7 - 0.6 * position
      mrr.append((0..<13).map { k in leaves && k >= 6 ? 0 : cents })
    }
    let company = Fixture.company(accounts, mrr: mrr, first: Month(year: 2024, month: 1))
    let r = Scoring.run(company)
    let bt = try #require(r.backtest)
    let fit = try #require(bt.fit)
    #expect(fit.weights[Signal.smallAccount.rawValue] > 0)
    let configured = try #require(bt.auc)
    let crossValidated = try #require(bt.crossValidatedAUC)
    #expect(crossValidated > configured + 0.1)
    #expect(bt.modelUsed == .fittedModel)
    // Today's stayers: the smallest is scored riskier than the largest.
    let paying = r.scores.indices.filter { mrr[$0][12] > 0 }
    let smallest = try #require(paying.min { mrr[$0][12] < mrr[$1][12] })
    let largest = try #require(paying.max { mrr[$0][12] < mrr[$1][12] })
    #expect(r.scores[smallest].riskScore > r.scores[largest].riskScore)
  }
}
