import ARRCore
import ARRMetrics
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

@Suite("Why projected differs from trailing")
struct ProjectionExplanationTests {
  /// 13 months, 2024-01 … 2025-01. A and B annual at $1,000 throughout, customers since 2020
  /// (so not young a year ago although the data starts then). `extra` adds accounts.
  static func company(extra: [(Account, [Int64])] = []) -> Company {
    let established = [
      (Fixture.account("A", .annual), [Int64](repeating: 100_000, count: 13)),
      (Fixture.account("B", .annual), [Int64](repeating: 100_000, count: 13)),
    ]
    let all = established + extra
    return Fixture.company(all.map(\.0), mrr: all.map(\.1))
  }

  /// A trial-heavy young base: C annual $600 from 2024-11, out of a trial converted
  /// 2024-11-01; D month-to-month $300 from 2024-12, in an active trial; E month-to-month $200
  /// from 2024-09, no trial. Today's $3,100: under 6 months old C + D + E = $1,100 (35%);
  /// trial C + D = $900 (29%); flexible D + E = $500 (16%). A year ago only A and B paid:
  /// 0% each.
  static let youngTrialBase = company(extra: [
    (
      Fixture.account("C", .annual, start: "2024-10-01", trial: .converted, trialEnd: "2024-11-01"),
      Fixture.row(60_000, from: 10, months: 3, total: 13)
    ),
    (
      Fixture.account("D", start: "2024-12-01", trial: .active, trialEnd: "2025-02-15"),
      Fixture.row(30_000, from: 11, months: 2, total: 13)
    ),
    (Fixture.account("E", start: "2024-09-01"), Fixture.row(20_000, from: 8, months: 5, total: 13)),
  ])

  /// Scoring with every retention probability `p` and no backtest (so no at-risk comparison).
  static func scoring(_ c: Company, p: Double) -> ScoringResult {
    var s = Scoring.run(c)
    for i in s.scores.indices { s.scores[i].retentionProbability = p }
    // Each probability is the chance of staying: no kept share in it to divide out.
    s.keptShare = 1
    s.backtest = nil
    return s
  }

  static func explain(_ c: Company, _ s: ScoringResult) -> String {
    Projection.explanation(
      c, forecast: Projection.forecast(c, scoring: s, paths: 200, seed: 1, movementPriors: .none),
      trailing: TrailingRetention.compute(c), scoring: s)
  }

  /// The blend behind the survivors' rates is said where the priors hold more than 10% of it
  /// (render review 38, R38-1). 10 survivors, own weight 0.5, observed 30% and 4%: blended
  /// 0.5 × 30% + 0.5 × 5% = 17.5% and 0.5 × 4% + 0.5 × 2% = 3%.
  @Test func aBlendThePriorsHoldInPartIsSaid() throws {
    let c = Self.company()
    var fc = try #require(
      Projection.forecast(
        c, scoring: Self.scoring(c, p: 1), paths: 10, seed: 1, movementPriors: .none))
    fc.movements = [
      SurvivorMovement(
        contractType: nil, survivors: 10, expansionRate: 0.175, contractionRate: 0.03,
        ownWeight: 0.5, observedExpansionRate: 0.30, observedContractionRate: 0.04)
    ]
    #expect(
      Projection.blendWords(fc)
        == " (last year's survivors expanded 30.0% and contracted 4.0%, blended with the "
        + "documented 5.0% and 2.0% by the weight of 10 survivors: 50% their own)")
    // The company's own at 95%: the priors' 5% is not said.
    fc.movements[0].ownWeight = 0.95
    #expect(Projection.blendWords(fc) == "")
    // The priors alone (own weight 0): nothing observed to set beside them.
    fc.movements[0].ownWeight = 0
    #expect(Projection.blendWords(fc) == "")
  }

  /// A and B annual at $1,000 (stated), F annual at $1,000 and G month-to-month at $1,000 with
  /// F's term inferred from 2024-06 (`inferred_from`): all four pay throughout 2024-01 … 2025-01.
  /// Today $1,000 of $4,000 is not annual (25%); a year ago F's term is not yet read: $2,000
  /// (50%) counted "not annual", $1,000 of it (25%) only for want of later invoices, so the
  /// terms are not compared and the sentence says why (session 15, report).
  @Test func termsReadOnlyLaterAreNotComparedAsNotAnnual() throws {
    var f = Fixture.account("F", .annual)
    f.inferred.insert(.contractType)
    f.inferredFrom = Month(year: 2024, month: 6)
    let c = Self.company(extra: [
      (f, [Int64](repeating: 100_000, count: 13)),
      (Fixture.account("G", .monthly), [Int64](repeating: 100_000, count: 13)),
    ])
    let starts = AccountLifetimes(c).start
    let then = Projection.baseMix(c, column: 0, starts: starts)
    #expect(then.flexible == 0.5 && then.unread == 0.25)
    #expect(Projection.baseMix(c, column: 12, starts: starts).unread == 0)
    #expect(then == Projection.oneThreadBaseMix(c, column: 0, starts: starts))
    let text = Self.explain(c, Self.scoring(c, p: 1))
    #expect(!text.contains("not on annual or multi-year terms"))
    #expect(
      text.contains(
        " The contract mix is not compared with a year ago: for 25% of that base's MRR the "
          + "terms are known only from later months, so its terms a year ago are unknown (not "
          + "known to be month-to-month)."))
    #expect(text.contains("The base's age and trial mix are within 3 points"))
  }

  @Test func baseMixByHand() {
    let c = Self.youngTrialBase
    let starts = AccountLifetimes(c).start
    let now = Projection.baseMix(c, column: 12, starts: starts)
    #expect(
      now
        == Projection.BaseMix(young: 1_100.0 / 3_100, flexible: 500.0 / 3_100, trial: 900.0 / 3_100)
    )
    // A year ago, A and B had paid since 2020: not young, although the data starts then.
    #expect(Projection.baseMix(c, column: 0, starts: starts) == Projection.BaseMix())
  }

  /// The mix is summed as whole cents in account ranges on every core: split into one range
  /// per account (five ranges here), it equals the one-thread `Double` sums exactly, for
  /// every column.
  @Test(arguments: 0..<13) func baseMixInRangesEqualsTheOneThreadSums(column: Int) {
    let c = Self.youngTrialBase
    let starts = AccountLifetimes(c).start
    #expect(
      Projection.baseMix(c, column: column, starts: starts, parallelFrom: 1)
        == Projection.oneThreadBaseMix(c, column: column, starts: starts))
  }

  /// Sums that reach 2⁵³ cents could round as `Double`s: the integer sums give up (`nil`) and
  /// the mix is the one-thread sums'. Three accounts of 2⁵¹ cents each sum to 1.5 × 2⁵² (still
  /// exact); a fourth of 2⁵² brings the total to 2⁵³.
  @Test func baseSumsGiveUpAtTwoToTheFiftyThird() {
    let big: Int64 = 1 << 51
    let c = Self.company(extra: [
      (Fixture.account("C", start: "2024-01-01"), [Int64](repeating: big, count: 13)),
      (Fixture.account("D", start: "2024-01-01"), [Int64](repeating: big, count: 13)),
      (Fixture.account("E", start: "2024-01-01"), [Int64](repeating: big, count: 13)),
    ])
    let starts = AccountLifetimes(c).start
    let exact = Projection.baseSums(c, column: 12, starts: starts, range: 0..<c.accountCount)
    // A and B pay 100,000 each; C, D and E 2⁵¹ each, month-to-month (flexible) and under a year
    // old but paying since the data began in 2024-01 (first paying month 0, not young).
    #expect(
      exact
        == Projection.BaseSums(total: 3 * big + 200_000, young: 0, flexible: 3 * big, trial: 0))
    let over = Self.company(extra: [
      (Fixture.account("C", start: "2024-01-01"), [Int64](repeating: big, count: 13)),
      (Fixture.account("D", start: "2024-01-01"), [Int64](repeating: big, count: 13)),
      (Fixture.account("E", start: "2024-01-01"), [Int64](repeating: 2 * big, count: 13)),
    ])
    let overStarts = AccountLifetimes(over).start
    #expect(
      Projection.baseSums(over, column: 12, starts: overStarts, range: 0..<over.accountCount)
        == nil)
    #expect(
      Projection.baseMix(over, column: 12, starts: overStarts, parallelFrom: 1)
        == Projection.oneThreadBaseMix(over, column: 12, starts: overStarts))
  }

  /// Every probability 1 and no movement: projected 100% on every path, as trailing (A and B
  /// kept their $2,000); the three shifts named largest first. Five accounts in the projected
  /// base and two in the trailing: whole percents with their counts (session 19, ranges lane).
  @Test func trialHeavyYoungBaseNamesItsDrivers() {
    let c = Self.youngTrialBase
    #expect(
      Self.explain(c, Self.scoring(c, p: 1))
        == "Mean projected 12-month NDR 100% (P10–P90 100%–100%), GRR 100%, logo retention "
        + "100% from 5 accounts; trailing NDR 100%, GRR 100% from 2 accounts. Mean projected NDR "
        + "is within 1 point of trailing. "
        + "Compared with the base a year ago (2024-01): 35% of MRR is under 6 months old vs 0%; "
        + "29% is in or just out of a trial vs 0%; 16% is not on annual or multi-year terms vs "
        + "0%.")
  }

  /// A base that did not change: the paragraph names what the projection rests on. At p = 0.5
  /// (and no movement) projected NDR is 50%, 50 points below trailing; two accounts in each
  /// base, so whole percents and points (session 19, ranges lane).
  @Test func unchangedBaseNamesTheInputs() {
    let c = Self.company()
    let s = Self.scoring(c, p: 0.5)
    let text = Self.explain(c, s)
    #expect(text.hasPrefix("Mean projected 12-month NDR 50% (P10–P90 "))
    let source: String = Projection.retentionSourceWords(s.retentionSource.rawValue)
    let head: String =
      "GRR 50%, logo retention 50% from 2 accounts; trailing NDR 100%, GRR 100% from 2 accounts. "
      + "Mean projected NDR is 50 points below trailing. The base's age, terms and trial mix are "
      + "within 3 points "
      + "of a year ago's; the projection rests on the scored retention probabilities ("
    let tail = ") and on survivors expanding 0.0% and contracting 0.0% a year."
    #expect(text.hasSuffix(head + source + tail))
    #expect(!text.contains(s.retentionSource.rawValue))
  }

  /// The prose names the retention source in words, not by its JSON code.
  @Test func retentionSourcesAreSaidInWords() {
    #expect(
      Projection.retentionSourceWords("backtest_class_departures")
        == "each class's departures observed last year and the dollars its stayers kept")
    #expect(Projection.retentionSourceWords("class_defaults") == "each class's documented default")
    #expect(
      Projection.retentionSourceWords("model") == "the model fitted to this company's churn")
    #expect(Projection.retentionSourceWords("other") == "other")
  }

  /// A year ago the backtest classed none of the base at risk; today B ($1,000 of $2,000 of
  /// recurring MRR) is: 50.0% of recurring ARR, the class table's share, vs 0.0% of MRR a year
  /// ago; named when today's scores use the configured weights, not with a fitted model.
  @Test(arguments: [ModelUsed.configuredWeights, .fittedModel])
  func atRiskShareComparedOnlyUnderTheSameWeights(model: ModelUsed) throws {
    let c = Self.company()
    var s = Scoring.run(c)
    for i in s.scores.indices { s.scores[i].retentionProbability = 1 }
    s.scores[1].revenueClass = .atRisk
    s.modelUsed = model
    var bt = try #require(s.backtest)
    bt.classes = RevenueClass.allCases.map {
      $0 == .retained
        ? ClassOutcome(
          accounts: 2, churned: 0, baseMRR: 200_000, endMRR: 200_000, retainedMRR: 200_000)
        : ClassOutcome(accounts: 0, churned: 0, baseMRR: 0, endMRR: 0, retainedMRR: 0)
    }
    s.backtest = bt
    let text = Self.explain(c, s)
    if model == .configuredWeights {
      #expect(
        text.hasSuffix(
          " Compared with the base a year ago (2024-01): the at-risk class holds 50.0% of "
            + "recurring ARR vs 0.0% of MRR a year ago."))
    } else {
      #expect(text.contains("within 3 points of a year ago's"))
    }
  }

  @Test func nothingToProjectOrCompare() {
    let gone = Fixture.company([Fixture.account("A")], mrr: [[100, 0]])
    #expect(
      Projection.explanation(
        gone, forecast: nil, trailing: TrailingRetention.compute(gone), scoring: Scoring.run(gone))
        == "No account pays at 2024-02, so there is nothing to project.")
    // Two months: no trailing base.
    let young = Fixture.company([Fixture.account("A")], mrr: [[100, 100]])
    let text = Self.explain(young, Self.scoring(young, p: 1))
    #expect(
      text
        == "Mean projected 12-month NDR 100% (P10–P90 100%–100%), GRR 100%, logo retention "
        + "100% from 1 account. No trailing figure to compare: no account paid 12 months before "
        + "2024-02.")
  }

  @Test(arguments: [
    (0.9712, "97.1%"), (0.99949, "99.9%"), (0.99951, "100.0%"), (-0.0123, "-1.2%"), (0, "0.0%"),
    (Double.nan, "n/a"),
  ])
  func percentText(x: Double, text: String) {
    #expect(Projection.pct(x) == text)
  }

  @Test func wholePercentAndPoints() {
    #expect(Projection.whole(0.384) == "38%" && Projection.whole(0.385) == "39%")
    #expect(Projection.points(12.345) == "12.3" && Projection.points(-0.05) == "-0.1")
  }
}
