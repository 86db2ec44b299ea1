import ARRCore
import ARRTestSupport
import Testing

@testable import ARRProjection

/// An sBG fit at its geometric limit is constant churn, not a failure, and gives an LTV; the
/// naive LTV needs only an observed churn (trial 21, L1: both printed n/a).
@Suite struct ConstantChurnLifetimeValueTests {
  /// 7 months, as-of column 6. Segment "smb": 100 month-to-month accounts at $100 from column
  /// 1, one cohort observed for 5 periods, losing 10, 9, 9, 9, 9: survivors 100, 90, 81, 72,
  /// 63, 54. The hazard rises (10.0%, 10.0%, 11.1%, 12.5%, 14.3%), which no mixture of constant
  /// rates gives, so the fit runs to one rate: 46 lost over 406 at risk. Segment "tiny": 5
  /// accounts at $300 from column 1, one leaving after 2 months (lost 1 over 5 + 5 + 4 + 4 + 4
  /// = 22 at risk), too few for a curve.
  static func company() -> Company {
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for (spell, count) in [(1, 10), (2, 9), (3, 9), (4, 9), (5, 9), (6, 54)] {
      for i in 0..<count {
        accounts.append(Fixture.account("S\(spell)-\(i)", segment: "smb"))
        rows.append(Fixture.row(10_000, from: 1, months: spell, total: 7))
      }
    }
    for (i, spell) in [2, 6, 6, 6, 6].enumerated() {
      accounts.append(Fixture.account("T\(i)", segment: "tiny"))
      rows.append(Fixture.row(30_000, from: 1, months: spell, total: 7))
    }
    return Fixture.company(
      accounts, mrr: rows, profile: CompanyProfile(grossMargin: 1, discountRate: 0.1))
  }

  static func values(_ c: Company) -> (curves: [RetentionCurve], values: [SegmentLifetimeValue]) {
    let table = LifetimeTable(lifetimes: AccountLifetimes(c))
    let groups = Projection.Groups(c)
    let curves = Projection.curves(c, lifetimes: table, groups: groups)
    return (curves, Projection.lifetimeValues(c, curves: curves, groups: groups, lifetimes: table))
  }

  /// The smb curve is `constant_churn` with α/(α+β) at the observed 46 ÷ 406; its LTV is ARPA
  /// × (1 + d) ÷ (d + p), d = 1.1^(1/12) − 1, and its naive figure ARPA ÷ (46 ÷ 406).
  @Test func theGeometricLimitIsConstantChurn() throws {
    let (curves, values) = Self.values(Self.company())
    let curve = try #require(curves.first { $0.grouping == .segment && $0.key == "smb" })
    #expect(curve.status == .constantChurn)
    let observed = 46.0 / 406
    #expect(abs(try #require(curve.observedChurnPerPeriod) - observed) < 1e-6)
    let model = try #require(curve.fit?.model)
    #expect(model.isGeometricLimit)
    #expect(abs(model.meanChurn - observed) < 1e-3 * observed)
    #expect(curve.note?.hasPrefix("constant churn: α and β ran to the limit of the fit") == true)
    let smb = try #require(values.first { $0.segment == "smb" })
    let value = try #require(smb.value)
    let d = smb.discountRatePerPeriod
    // 54 accounts paying 100 at as-of: ARPA 100 a month.
    #expect(smb.arpa == 100)
    let p = model.meanChurn
    #expect(abs(value.del - (1 + d) / (d + p)) < 1e-6 * value.del)
    #expect(abs(value.ltvNew - 100 * (1 + d) / (d + p)) < 1e-4)
    // Every renewal count has the same residual lifetime, (1 − p)(1 + d) ÷ (d + p).
    #expect(abs(smb.derl[3] - (1 - p) * (1 + d) / (d + p)) < 1e-6)
    #expect(abs(try #require(smb.naive) - 100 / observed) < 1e-6)
    #expect(smb.explanation.hasPrefix("Retention does not improve with tenure here"))
  }

  /// The trial's hand figures: α/(α+β) = 0.0275 a month, d = 0.797% a month, ARPA $3,545.17:
  /// DEL = 1.00797 ÷ (0.00797 + 0.0275) = 28.4 months, LTV ≈ $100.7K; naive ≈ $128.9K.
  @Test func theTrialsHandFigures() {
    let model = ShiftedBetaGeometric(alpha: 2.75e7, beta: 9.725e8)
    #expect(model.isGeometricLimit && model.isDegenerate)
    let value = LifetimeValue(
      model: model, discountRate: 0.00797, arpa: 3_545.17, naiveChurnRate: 0.0275)
    #expect(abs(value.del - 1.00797 / 0.03547) < 1e-4)
    #expect(abs(value.ltvNew - 3_545.17 * 1.00797 / 0.03547) < 1)
    #expect(abs(value.naive - 3_545.17 / 0.0275) < 1e-6)
    #expect(abs(value.ltvNew - 100_745) < 1)
  }

  /// A segment too small for a curve keeps its observed churn, 1 lost over 22 at risk (ARPA
  /// 300, 4 paying at as-of), but 1 churn is too few to divide by: one more would halve the
  /// figure, so no naive LTV is given and the explanation says why (render review 38, R38-10;
  /// the naive figure itself, 300 × 22 = 6,600, stood here before).
  @Test func naiveNeedsOnlyTheObservedChurn() throws {
    let (_, values) = Self.values(Self.company())
    let tiny = try #require(values.first { $0.segment == "tiny" })
    #expect(tiny.value == nil)
    #expect(tiny.arpa == 300)
    #expect(tiny.naive == nil)
    #expect(tiny.naiveChurnRate.map { abs($0 - 1.0 / 22) < 1e-12 } == true)
    #expect(
      tiny.explanation.hasSuffix(
        " No naive figure: its churn (4.5% a month) rests on 1 churn, too few to divide by (one "
          + "more would halve it)."))
  }

  /// The sentence by churns: none at 5 (the bar), "cut it by about 25%" at 3 (one more moves
  /// the rate by a third, the figure by 1 − 3/4), "halve it" at 1.
  @Test(arguments: [(1, "halve it"), (3, "cut it by about 25%"), (4, "cut it by about 20%")])
  func fewChurnsAreSaid(churns: Int, words: String) throws {
    var curve = RetentionCurve(
      grouping: .segment, key: "s", periodMonths: 12, status: .notAvailable, note: nil,
      accounts: 30, cohorts: 2, periods: 1, fit: nil, projectedLogoRetention12Months: nil,
      observedChurnPerPeriod: 0.1)
    curve.observedChurns = churns
    let sentence = try #require(Projection.fewChurns(curve, periodMonths: 12))
    #expect(sentence.hasSuffix("(one more would \(words))."))
    #expect(sentence.contains("(10.0% a year) rests on \(churns) churn"))
    curve.observedChurns = Projection.minimumNaiveChurns
    #expect(Projection.fewChurns(curve, periodMonths: 12) == nil)
  }
}
