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

  /// A segment too small for a curve still has its naive figure from the churn observed: 1
  /// lost over 22 at risk; ARPA 300 (4 paying at as-of).
  @Test func naiveNeedsOnlyTheObservedChurn() throws {
    let (_, values) = Self.values(Self.company())
    let tiny = try #require(values.first { $0.segment == "tiny" })
    #expect(tiny.value == nil)
    #expect(tiny.arpa == 300)
    #expect(abs(try #require(tiny.naive) - 300 * 22) < 1e-6)
    #expect(tiny.naiveChurnRate.map { abs($0 - 1.0 / 22) < 1e-12 } == true)
    #expect(
      tiny.explanation.contains(
        "The naive figure divides margin-adjusted ARPA by the observed churn"))
  }
}
