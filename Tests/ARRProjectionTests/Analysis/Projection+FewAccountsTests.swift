import ARRScoring
import Testing

@testable import ARRProjection

/// Which bases print whole percents (session 19, ranges lane): 1 to 9 accounts.
@Suite struct ProjectionFewAccountsTests {
  @Test(arguments: [
    (0, false, ""), (1, true, " from 1 account"), (3, true, " from 3 accounts"),
    (9, true, " from 9 accounts"), (10, false, ""), (11, false, ""),
  ])
  func fewAccounts(accounts: Int, isFew: Bool, words: String) {
    #expect(Projection.isFew(accounts) == isFew)
    #expect(Projection.fromAccounts(accounts) == words)
  }

  /// 0.799 from one account is 80%; from ten, 79.9%.
  @Test func retentionText() {
    #expect(Projection.retentionText(0.799, accounts: 1) == "80%")
    #expect(Projection.retentionText(0.799, accounts: 10) == "79.9%")
    #expect(Projection.retentionText(.nan, accounts: 1) == "n/a")
  }
}

/// One precision decision by count, by concentration and by calibration (session 39, trial 37,
/// T37-3 and T37-4).
@Suite struct PrecisionBaseTests {
  /// A whale of $9,000 beside ten accounts of $100: n_eff = 10,000² ÷ (9,000² + 10 × 100²)
  /// = 10⁸ ÷ 81,100,000 = 1.2330, so the eleven accounts print whole percents and say so.
  @Test func whaleIsFewByConcentration() {
    let squares = 9_000.0 * 9_000 + 10 * 100 * 100
    let nEff = Shrinkage.effectiveCount(sum: 10_000, squares: squares)
    #expect(abs(nEff - 1.233_045_6) < 1e-6)
    let base = PrecisionBase(accounts: 11, effectiveAccounts: nEff)
    #expect(base.isFew && base.isConcentrated && !base.isFewByCount)
    #expect(Projection.fromAccounts(base) == " from 11 accounts (1.2 effective)")
    #expect(Projection.retentionText(0.967_2, base: base) == "97%")
  }

  /// Ten equal accounts are n_eff 10: not few, as the count rule always said; 9.99 is.
  @Test(arguments: [(10.0, false), (9.99, true), (20.0, false)])
  func effectiveEdge(effective: Double, isFew: Bool) {
    let base = PrecisionBase(accounts: 20, effectiveAccounts: effective)
    #expect(base.isFew == isFew)
    #expect(Projection.fromAccounts(base) == (isFew ? " from 20 accounts (10.0 effective)" : ""))
  }

  /// Priors only (calibrated on no account) and a backtest of 9 accounts are whole percents on
  /// any base; 10 accounts of outcomes are not. A measured figure (`nil`) follows its base.
  @Test(arguments: [(Optional(0), true), (9, true), (10, false), (nil, false)])
  func calibration(accounts: Int?, isFew: Bool) {
    let base = PrecisionBase(accounts: 20, calibrationAccounts: accounts)
    #expect(base.isFew == isFew)
    #expect(base.effectiveAccounts == 20)
    // The count words are for the count only: the priors are said where the figure is labelled.
    #expect(Projection.fromAccounts(base) == "")
    #expect(Projection.retentionText(0.773_4, base: base) == (isFew ? "77%" : "77.3%"))
  }

  /// An effective number is never above the count, and none prints n/a, not "few".
  @Test func effectiveIsAtMostTheCount() {
    #expect(PrecisionBase(accounts: 3, effectiveAccounts: 7).effectiveAccounts == 3)
    #expect(!PrecisionBase(accounts: 0, calibrationAccounts: 0).isFew)
  }
}
