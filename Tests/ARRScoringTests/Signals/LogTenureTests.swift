import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tenure keeps counting after the first year (`log_tenure`, `docs/scoring.md` §2).
@Suite struct LogTenureTests {
  @Test func valuesByHand() {
    #expect(AccountFactSignals.logTenure(tenureMonths: 0) == 0)
    #expect(abs(AccountFactSignals.logTenure(tenureMonths: 12) - log(13) / log(121)) < 1e-12)
    #expect(abs(AccountFactSignals.logTenure(tenureMonths: 36) - log(37) / log(121)) < 1e-12)
    #expect(AccountFactSignals.logTenure(tenureMonths: 120) == 1)
    #expect(AccountFactSignals.logTenure(tenureMonths: 400) == 1)
    #expect(AccountFactSignals.logTenure(tenureMonths: -3) == 0)
    // Unlike new_account it still tells 24 months from 60.
    #expect(AccountFactSignals.newAccount(tenureMonths: 24) == 0)
    #expect(
      AccountFactSignals.logTenure(tenureMonths: 60)
        > AccountFactSignals.logTenure(tenureMonths: 24))
    // Weight 0 under the defaults: the documented scores do not move.
    #expect(RiskWeights.defaults[.logTenure] == 0)
  }

  /// 324 month-to-month accounts, tenure 13–120 months at the backtest's base month (three per
  /// tenure); an account leaves during the year when a fixed pseudo-random draw falls under
  /// 0.8 − 0.7 × (tenure − 13) ÷ 107, so the newest mostly leave and the oldest rarely. The
  /// default signals cannot tell them apart (`new_account` is 0 for all); the fitted model finds
  /// log tenure protective and ranks churners better out of sample. Tenure is measured at the
  /// base month, not later.
  @Test func fittedModelUsesTenureBeyondTheFirstYear() throws {
    var accounts: [Account] = []
    var mrr: [[Int64]] = []
    let base = Month(year: 2024, month: 1)
    for i in 0..<324 {
      let tenure = 13 + i % 108
      let start = base.adding(months: -tenure)
      accounts.append(Fixture.account("A\(i)", .monthly, .monthly, start: "\(start)-01"))
      let draw = Double((i * 7_919 + 13) % 1_000) / 1_000
      let leaves = draw < 0.8 - 0.7 * Double(tenure - 13) / 107
      mrr.append((0..<13).map { k in leaves && k >= 6 ? 0 : 10_000 })
    }
    let company = Fixture.company(accounts, mrr: mrr, first: base)
    let r = Scoring.run(company)
    let bt = try #require(r.backtest)
    let fit = try #require(bt.fit)
    #expect(fit.weights[Signal.logTenure.rawValue] < 0)
    let configured = try #require(bt.auc)
    let crossValidated = try #require(bt.crossValidatedAUC)
    #expect(configured < 0.55)
    #expect(crossValidated > configured + 0.15)
    #expect(bt.modelUsed == .fittedModel)
    // At the base month account 0 has 13 months of tenure, at as-of 25: the backtest reads 13.
    let atBase = SignalMeasurer(company: company, column: 0).values(0)
    #expect(atBase[Signal.logTenure.rawValue] == AccountFactSignals.logTenure(tenureMonths: 13))
    let atAsOf = SignalMeasurer(company: company, column: 12).values(0)
    #expect(atAsOf[Signal.logTenure.rawValue] == AccountFactSignals.logTenure(tenureMonths: 25))
  }
}
