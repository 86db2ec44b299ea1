import ARRProjection
import Testing

@Suite("Lifetime value")
struct LifetimeValueTests {
  let model = ShiftedBetaGeometric(alpha: 0.704, beta: 1.182)

  @Test func ltvIsMarginAdjustedARPATimesDELOrDERL() {
    let value = LifetimeValue(model: model, discountRate: 0.1, arpa: 1200, grossMargin: 0.8)
    #expect(value.marginAdjustedARPA == 960)
    #expect(value.del == model.discountedExpectedLifetime(discountRate: 0.1))
    #expect(value.ltvNew == 960 * value.del)
    #expect(
      value.derl(renewals: 3)
        == model.discountedExpectedResidualLifetime(discountRate: 0.1, renewals: 3))
    #expect(value.ltvExisting(renewals: 3) == 960 * value.derl(renewals: 3))
  }

  @Test func naiveDividesByTheMeanChurnByDefault() {
    // α/(α+β) = 0.704/1.886; naive = 960 ÷ that.
    let value = LifetimeValue(model: model, discountRate: 0.1, arpa: 1200, grossMargin: 0.8)
    #expect(abs(value.naive - 960 / (0.704 / 1.886)) < 1e-9)
    let custom = LifetimeValue(model: model, discountRate: 0.1, arpa: 100, naiveChurnRate: 0.25)
    #expect(custom.naive == 400)
  }

  @Test func explanationNamesTheNumbersAndTheReason() {
    let value = LifetimeValue(model: model, discountRate: 0.1, arpa: 100)
    // Mean churn 37.3%; r(1) = 1.182/1.886 = 62.7%; r(5) = 5.182/5.886 = 88.0%.
    #expect(value.explanation.contains("37.3%"))
    #expect(value.explanation.contains("62.7% in period 1"))
    #expect(value.explanation.contains("88.0% by period 5"))
    #expect(value.explanation.contains("survivors are better customers"))
    #expect(value.explanation.contains("10.0%"))
    // A monthly curve names its periods as months, an annual one as years.
    let monthly = value.explanation(periodMonths: 1)
    #expect(monthly.contains("(62.7% in month 1, 88.0% by month 5)"))
    #expect(monthly.contains("discounts future months at 10.0% each."))
    #expect(value.explanation(periodMonths: 12).contains("62.7% in year 1, 88.0% by year 5"))
  }

  /// Retention that rises under a point from period 1 to 5 is said to barely change, not to
  /// rise with tenure (render review 28, R28-25). α 20, β 310: r(1) = 310/330 = 93.94%,
  /// r(5) = 314/334 = 94.01%, a rise of 0.07 points.
  @Test func aFlatCurveIsNotCalledSorting() {
    let flat = LifetimeValue(
      model: ShiftedBetaGeometric(alpha: 20, beta: 310), discountRate: 0.01, arpa: 100)
    let text = flat.explanation(periodMonths: 1)
    #expect(!text.contains("rises with tenure"))
    #expect(
      text.contains(
        "Retention barely changes with tenure here (93.9% in month 1, 94.0% by month 5), so DEL "
          + "differs from it mostly by discounting future months at 1.0% each."))
  }

  /// A rate of zero prints unsigned, and one below a twentieth of a point rounds to it: no
  /// "-0.0%" (Scripts/mutate: the sign test `< 0` could become `<= 0` unnoticed).
  @Test(arguments: [0.0, 0.0004])
  func aZeroDiscountRatePrintsWithoutASign(rate: Double) {
    let value = LifetimeValue(model: model, discountRate: rate, arpa: 100)
    #expect(value.explanation.contains("at 0.0% each"))
    #expect(!value.explanation.contains("-0.0%"))
  }
}
