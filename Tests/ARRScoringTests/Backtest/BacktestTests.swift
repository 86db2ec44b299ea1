import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

@Suite struct BacktestTests {
  /// Four accounts, 13 months (2024-01 … 2025-01), hand-computed outcomes (see comments).
  static func fourAccounts() -> Company {
    var d = Fixture.account("D")
    d.cancelDate = Fixture.date("2024-01-20")  // notice in the base month → at risk then
    let accounts = [
      Fixture.account("A"),  // annual: σ(−3) = 4.7 → retained; 100 → 120
      Fixture.account("B", .monthly, .monthly),  // σ(−1.2) = 23.1 → wavering; 100 → 0
      Fixture.account("C", .monthly, .monthly),  // wavering; 200 → 150
      d,  // σ(1) = 73.1 → at risk; 100 → 0
    ]
    func row(_ then: Int64, _ end: Int64) -> [Int64] {
      [then] + [Int64](repeating: then, count: 11) + [end]
    }
    return Fixture.company(
      accounts, mrr: [row(100, 120), row(100, 0), row(200, 150), row(100, 0)],
      columns: [.cancelDate])
  }

  @Test func perClassRetentionAUCAndLift() throws {
    let r = Scoring.run(Self.fourAccounts())
    let bt = try #require(r.backtest)
    #expect(bt.baseMonth == Month(year: 2024, month: 1))
    #expect(
      bt[.retained]
        == ClassOutcome(accounts: 1, churned: 0, baseMRR: 100, endMRR: 120, retainedMRR: 100))
    #expect(
      bt[.wavering]
        == ClassOutcome(
          accounts: 2, churned: 1, baseMRR: 300, endMRR: 150, retainedMRR: 150,
          baseSquares: 50_000, survivorBaseMRR: 200, survivorBaseSquares: 40_000))
    #expect(
      bt[.atRisk] == ClassOutcome(accounts: 1, churned: 1, baseMRR: 100, endMRR: 0, retainedMRR: 0))
    #expect(bt[.retained].netDollarRetention == 1.2)
    #expect(bt[.wavering].grossDollarRetention == 0.5)
    #expect(bt[.wavering].logoRetention == 0.5)
    // Churners B (23.1) and D (73.1) vs survivors A (4.7) and C (23.1): 1 + ½ + 1 + 1 of 4.
    #expect(bt.auc == 0.875)
    #expect(bt.lift(.atRisk) == 2)
    #expect(bt.lift(.retained) == 0)
    #expect(bt.lift(.wavering) == 1)
    // Survivors A and C: min(120, 100) + min(150, 200) over 100 + 200.
    #expect(bt.survivorDollarRetention == 250.0 / 300)
    #expect(bt.fit == nil)
    // One account of evidence per class barely moves the defaults (session 19, usage lane):
    // staying 1 − (churned + 20 × default churn) ÷ (accounts + 20): retained 1 − 1 ÷ 21,
    // wavering 1 − (1 + 5) ÷ 22, at-risk 1 − (1 + 12) ÷ 21; times the survivors' kept share,
    // (1.8 × 250/300 + 20 × 0.98) ÷ 21.8 (300² ÷ 50,000 = 1.8 effective survivors).
    #expect(r.retentionSource == .backtestClassDepartures)
    let kept: Double = (1.8 * (250.0 / 300) + 20 * 0.98) / 21.8
    #expect(abs(r.keptShare - kept) < 1e-12)
    let expected: [Double] = [20.0 / 21 * kept, 16.0 / 22 * kept, 8.0 / 21 * kept]
    let got = try #require(r.classRetention)
    for c in 0..<3 { #expect(abs(got[c] - expected[c]) < 1e-12) }
  }

  @Test func classRetentionIsTheObservedStayingShrunkToTheDefaultTimesTheKeptShare() throws {
    // Ten copies of each of the four accounts: every class reaches 10 accounts.
    let one = Self.fourAccounts()
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for k in 0..<10 {
      for i in 0..<4 {
        var a = one.accounts[i]
        a.id += "\(k)"
        accounts.append(a)
        rows.append(Array(one.revenue.mrr[(i * 13)..<((i + 1) * 13)]))
      }
    }
    let r = Scoring.run(Fixture.company(accounts, mrr: rows, columns: [.cancelDate]))
    // Departures 0 of 10, 10 of 20, 10 of 10 blended with the default churn 0.05, 0.25, 0.60
    // by 20 pseudo-accounts (session 19, usage lane): staying 1 − 1 ÷ 30, 1 − 15 ÷ 40,
    // 1 − 22 ÷ 30; times the survivors' kept share: 10 A ($100 → $120, keeps $100) and 10 C
    // ($200 → $150), 2,500 ÷ 3,000 on 3,000² ÷ 500,000 = 18 effective survivors, shrunk to
    // (18 × 2,500/3,000 + 20 × 0.98) ÷ 38 = 34.6 ÷ 38.
    let kept: Double = 34.6 / 38
    let expected = [29.0 / 30 * kept, 25.0 / 40 * kept, 8.0 / 30 * kept]
    let got = try #require(r.classRetention)
    for c in 0..<3 { #expect(abs(got[c] - expected[c]) < 1e-12) }
    // At as-of, D's cancel date is in the past: cancelled, at risk, and its MRR is 0.
    let d = r.scores[3]
    #expect(d.revenueClass == .atRisk)
    #expect(d.recurringMRR == 0)
    // A stays retained and keeps its class's retention: 12 × 120 × 29/30 × 34.6/38 = 1,267.45.
    #expect(r.scores[0].qualityAdjustedARR == 1_267)
  }

  /// The backtest holds three histograms per account range at once, whatever the company's
  /// size: one entry per score, counted into 100,001 bins of four-byte counts only when read.
  /// Scores 0.0004 and 0.0006 fall in bins 0 and 1, 100 in the last; a score above 100 in the
  /// last too.
  @Test func histogramKeepsAnEntryPerScoreAndCountsBinsWhenRead() {
    var h = AUCHistogram()
    #expect(h.count == 0)
    h.add(score: 0.0004, churned: true)
    h.add(score: 0.0006, churned: false)
    h.add(score: 100, churned: true)
    h.add(score: 250, churned: false)
    #expect(h.count == 4)
    let (churned, stayed) = h.counts()
    #expect(churned.count == AUCHistogram.bins && AUCHistogram.bins == 100_001)
    #expect(type(of: churned) == [Int32].self && type(of: stayed) == [Int32].self)
    #expect(churned[0] == 1 && stayed[1] == 1 && churned[100_000] == 1 && stayed[100_000] == 1)
    #expect(churned.reduce(0, +) == 2 && stayed.reduce(0, +) == 2)
  }

  @Test func aucFromHistogramCountsTiesAsHalf() {
    var h = AUCHistogram()
    h.add(score: 10, churned: false)
    h.add(score: 10, churned: true)
    #expect(h.auc == 0.5)
    h.add(score: 90, churned: true)
    h.add(score: 5, churned: false)
    // Churners 10, 90 vs survivors 10, 5: ½ + 1 + 1 + 1 of 4.
    #expect(h.auc == 0.875)
  }
}
