import ARRCore
import ARRProjection
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `short_history` counts history from the first month any account paid, and says when the
/// months observed contradict the priors' range (session 19, usage lane; trial 18b, G13).
@Suite struct ShortHistoryTests {
  /// Two months of revenue history, not twelve; the one month observed lost 3 of 10 paying
  /// accounts (30.0% a month), which compounded keeps 0.7¹² = 1.4% of logos, below any range
  /// the priors give.
  @Test func historyCountsFromTheFirstRevenueAndTheObservedMonthIsSaid() throws {
    let analysis = Analysis.run(Fixture.startedLastMonth())
    let short = try #require(analysis.findings.first { $0.code == .shortHistory })
    #expect(
      short.message.hasPrefix(
        "Only 2 months of revenue history (the data covers 12 months; no account paid before "
          + "2024-11): scores and retention use the documented defaults"))
    let range = try #require(analysis.projection?.forecast?.logoRetentionRange)
    #expect(range.p10 > 0.014)
    #expect(
      short.message.contains(
        " In the 1 month observed it lost 3 of 10 paying accounts at risk (30.0% a month), which "
          + "compounded over 12 months keeps 1.4% of logos, below the P10 of "))
    #expect(short.message.contains("the company's own months contradict the priors."))
    let observed = try #require(analysis.observedLogoChurn)
    #expect(
      short.message.contains(
        " At that rate quality-adjusted ARR would be "
          + "\(NumberFormat.usd.compactMoney(cents: observed.qualityAdjustedARR)), not the "
          + "\(NumberFormat.usd.compactMoney(cents: analysis.scoring.qualityAdjustedARR)) the "
          + "priors give, and the projected 12-month NDR 1%, GRR 1% and logo retention 1%, not "
          + "the priors' "))
    // 7 payers, a base of few accounts: whole percents, as the summary prints them.
    let fc = try #require(analysis.projection?.forecast)
    let pct = { (x: Double) in NumberFormat.usd.percent(x, decimals: 0) }
    #expect(
      short.message.hasSuffix(
        "not the priors' \(pct(fc.ndr)), \(pct(fc.grr)) and \(pct(fc.logoRetention)): each "
          + "account that can leave within the year kept at that rate, with its own expansion "
          + "and contraction."))
  }

  /// Projected retention at the observed churn by hand (session 28, t28a lane; T25-2
  /// follow-up). The 7 payers of $100 a month are monthly accounts; nobody paid a year before
  /// as-of, so no survivor was measured and their type's movement is the documented priors,
  /// expansion e = 0.05 and contraction c = 0.02 a year. Each can leave and stays with
  /// k = 0.7¹² = 0.0138413: logo retention = 7k ÷ 7 = k = 0.0138413; GRR = Σ m·k·(1 − c) ÷ Σ m
  /// = 0.98 k = 0.0135645; NDR = 1.03 k = 0.0142565.
  @Test func projectedRetentionAtTheObservedChurnByHand() throws {
    let analysis = Analysis.run(Fixture.startedLastMonth())
    let o = try #require(analysis.observedLogoChurn)
    let monthly = try #require(
      analysis.projection?.forecast?.movements.first { $0.contractType == .monthly })
    #expect((monthly.survivors, monthly.expansionRate, monthly.contractionRate) == (0, 0.05, 0.02))
    let k = 0.013_841_287_201
    #expect(abs(o.projectedLogoRetention - k) < 1e-12)
    #expect(abs(o.projectedGRR - 0.98 * k) < 1e-12)
    #expect(abs(o.projectedNDR - 1.03 * k) < 1e-12)
    // Every figure sits below the priors' mean: the company's months lose far more.
    let fc = try #require(analysis.projection?.forecast)
    #expect(o.projectedLogoRetention < fc.logoRetention && o.projectedNDR < fc.ndr)
  }

  /// An annual contract running past the year stays (probability 1) at the observed churn too,
  /// as quality-adjusted ARR keeps its scored figure: with 6 accounts at k and 1 held, all of
  /// $100 and the priors' movement, logo retention = (6k + 1) ÷ 7 = 0.1547211, GRR = 0.98 ×
  /// that = 0.1516267 and NDR = 1.03 × that = 0.1593627.
  @Test func aTermHeldThroughTheYearStaysAtTheObservedChurn() throws {
    let analysis = Analysis.run(Fixture.startedLastMonth(annual: 9))
    let o = try #require(analysis.observedLogoChurn)
    let annual = try #require(
      analysis.projection?.forecast?.movements.first { $0.contractType == .annual })
    #expect((annual.expansionRate, annual.contractionRate) == (0.05, 0.02))
    let kept = (6 * 0.013_841_287_201 + 1) / 7
    #expect(abs(kept - 0.154_721_1) < 1e-7)
    #expect(abs(o.projectedLogoRetention - kept) < 1e-12)
    #expect(abs(o.projectedGRR - 0.98 * kept) < 1e-12)
    #expect(abs(o.projectedNDR - 1.03 * kept) < 1e-12)
  }

  /// The figures at the observed churn by hand (trial 25, T25-2): 3 of 10 lost in one month,
  /// q = 0.3, kept 0.7¹² = 0.0138413; each of the 7 payers' $1,200 of recurring ARR keeps
  /// round(120,000 × 0.0138413) = 1,661 cents: 11,627 in all, and the loss 840,000 − 11,627.
  @Test func qualityAdjustedARRAtTheObservedChurnByHand() throws {
    let analysis = Analysis.run(Fixture.startedLastMonth())
    let o = try #require(analysis.observedLogoChurn)
    #expect((o.lost, o.atRisk, o.months, o.isBelowPriors) == (3, 10, 1, true))
    #expect(o.qualityAdjustedARR == 7 * 1_661)
    #expect(o.expectedLoss == 840_000 - 7 * 1_661)
    #expect(analysis.scoring.recurringARR == 840_000)
    #expect(abs(o.keptIn12Months - 0.013_841_287_201) < 1e-12)
  }

  /// An annual contract running past the year cannot leave in it: it keeps its scored figure,
  /// the other six the observed rate's.
  @Test func aTermHeldThroughTheYearKeepsItsScoredFigure() throws {
    let analysis = Analysis.run(Fixture.startedLastMonth(annual: 9))
    let o = try #require(analysis.observedLogoChurn)
    let held = try #require(analysis.scoring.scores.first { $0.account == 9 })
    #expect(o.qualityAdjustedARR == 6 * 1_661 + held.qualityAdjustedARR)
  }

  /// A notice dated within the year (A9 cancels 2025-03-31, as-of 2024-12) decides its year:
  /// it leaves, so quality-adjusted ARR at the observed churn keeps its scored 0 and the
  /// projection keeps it at P(stay) 0, not at the observed rate (session 28, t28a lane). By
  /// hand, with the other 6 payers at k = 0.7¹² = 0.0138413 and the priors' movement: QA ARR
  /// 6 × 1,661 cents; logo retention 6k ÷ 7 = 0.0118640, GRR 0.98 × that, NDR 1.03 × that.
  @Test func aNoticeWithinTheYearLeavesAtTheObservedChurn() throws {
    let accounts = (0..<10).map { (i: Int) -> Account in
      Account(
        id: "A\(i)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2024-01-01"),
        cancelDate: i == 9 ? Fixture.date("2025-03-31") : nil)
    }
    let rows = (0..<10).map { i -> [Int64] in
      [Int64](repeating: 0, count: 10) + [10_000, i < 3 ? 0 : 10_000]
    }
    let analysis = Analysis.run(Fixture.company(accounts, mrr: rows))
    let o = try #require(analysis.observedLogoChurn)
    let leaving = try #require(analysis.scoring.scores.first { $0.account == 9 })
    #expect(leaving.retentionProbability == 0 && leaving.qualityAdjustedARR == 0)
    #expect(o.qualityAdjustedARR == 6 * 1_661)
    let kept = 6 * 0.013_841_287_201 / 7
    #expect(abs(kept - 0.011_864_0) < 1e-7)
    #expect(abs(o.projectedLogoRetention - kept) < 1e-12)
    #expect(abs(o.projectedGRR - 0.98 * kept) < 1e-12)
    #expect(abs(o.projectedNDR - 1.03 * kept) < 1e-12)
  }

  /// Enough history: no figure at the observed churn, whatever the months show.
  @Test func aLongHistoryHasNoObservedChurnFigure() throws {
    #expect(try SampleCompanies.analysis("plg-smb").observedLogoChurn == nil)
  }

  /// The sentence by hand: 4 of 40 lost in one month keep 0.9¹² = 28.2%, under a P10 of 59.4%;
  /// one departure is too few to say so; none of 400 over 2 months keeps 100%, above a P90 of
  /// 90% whose own monthly rate, 1 − 0.9^(1/12) = 0.874%, expected 3.5 departures; among 200
  /// it expected 1.75, too few.
  @Test func contradictionByHand() {
    let range = PercentileRange(p10: 0.594, p50: 0.75, p90: 0.878)
    #expect(
      Analysis.contradiction((lost: 4, atRisk: 40, months: 1), range: range, f: .usd)
        == " In the 1 month observed it lost 4 of 40 paying accounts at risk (10.0% a month), "
        + "which compounded over 12 months keeps 28.2% of logos, below the P10 of 59.4% the "
        + "priors give projected logo retention (P10–P90 59.4%–87.8%): the company's own months "
        + "contradict the priors.")
    #expect(Analysis.contradiction((lost: 1, atRisk: 4, months: 1), range: range, f: .usd) == "")
    let high = PercentileRange(p10: 0.6, p50: 0.8, p90: 0.9)
    #expect(
      Analysis.contradiction((lost: 0, atRisk: 400, months: 2), range: high, f: .usd)
        .hasSuffix(
          "keeps 100.0% of logos, above the P90 of 90.0% the priors give projected logo "
            + "retention (P10–P90 60.0%–90.0%): the company's own months contradict the priors."))
    #expect(Analysis.contradiction((lost: 0, atRisk: 200, months: 2), range: high, f: .usd) == "")
  }

  /// A company with revenue from its first month keeps the plain wording.
  @Test func revenueFromTheFirstMonthIsPlainShortHistory() throws {
    let accounts = (0..<3).map {
      Account(
        id: "B\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2024-01-01"))
    }
    let analysis = Analysis.run(
      Fixture.company(accounts, mrr: Array(repeating: [5_000, 5_000, 5_000], count: 3)))
    let short = try #require(analysis.findings.first { $0.code == .shortHistory })
    #expect(short.message.hasPrefix("Only 3 months of history: scores and retention use"))
    // With a projection, it is said unproven (session 27, t27b lane; trial 25, T25-4).
    #expect(analysis.projection?.forecast != nil)
    #expect(
      short.message.hasSuffix(
        "(that needs 13 months). Projected NDR and GRR are therefore unproven, and the summary "
          + "says so beside them."))
  }
}
