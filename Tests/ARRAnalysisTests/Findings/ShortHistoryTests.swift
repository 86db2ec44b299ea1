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
      short.message.hasSuffix(
        " At that rate quality-adjusted ARR would be "
          + "\(NumberFormat.usd.compactMoney(cents: observed.qualityAdjustedARR)), not the "
          + "\(NumberFormat.usd.compactMoney(cents: analysis.scoring.qualityAdjustedARR)) the "
          + "priors give."))
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
