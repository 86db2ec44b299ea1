/// Lifetime value of an account from a fitted sBG model, beside the naive ARPA ÷ churn figure
/// a deck usually shows.
///
/// All amounts are per account, in currency units, and use the same period as the model (a
/// month for monthly cohorts, a year for annual ones); ARPA must be per that period.
public struct LifetimeValue: Sendable, Equatable {
  /// The retention model.
  public var model: ShiftedBetaGeometric
  /// Discount rate per period.
  public var discountRate: Double
  /// Average revenue per account per period.
  public var arpa: Double
  /// Gross margin as a fraction (1 when unknown).
  public var grossMargin: Double
  /// The churn rate the naive formula divides by; by default the model's mean churn
  /// α/(α+β), the churn of a brand-new cohort's first period.
  public var naiveChurnRate: Double

  /// Creates the valuation.
  /// - Parameters:
  ///   - model: fitted sBG model.
  ///   - discountRate: discount rate per period, ≥ 0 (at 0, DEL and DERL are infinite when
  ///     α ≤ 1, and ``explanation`` says so).
  ///   - arpa: revenue per account per period.
  ///   - grossMargin: gross margin fraction, default 1.
  ///   - naiveChurnRate: churn for the naive figure; defaults to α/(α+β).
  public init(
    model: ShiftedBetaGeometric, discountRate: Double, arpa: Double, grossMargin: Double = 1,
    naiveChurnRate: Double? = nil
  ) {
    self.model = model
    self.discountRate = discountRate
    self.arpa = arpa
    self.grossMargin = grossMargin
    self.naiveChurnRate = naiveChurnRate ?? model.meanChurn
  }

  /// ARPA × gross margin.
  public var marginAdjustedARPA: Double { arpa * grossMargin }

  /// DEL: discounted expected lifetime of a new account, in periods.
  public var del: Double { model.discountedExpectedLifetime(discountRate: discountRate) }

  /// DERL of an account that has made `renewals` renewals, in periods.
  /// - Parameter renewals: renewals made (n − 1), ≥ 0.
  /// - Returns: DERL.
  public func derl(renewals: Int) -> Double {
    model.discountedExpectedResidualLifetime(discountRate: discountRate, renewals: renewals)
  }

  /// Value of a newly acquired account: margin-adjusted ARPA × DEL.
  public var ltvNew: Double { marginAdjustedARPA * del }

  /// Residual value of an existing account after `renewals` renewals: margin-adjusted ARPA ×
  /// DERL.
  /// - Parameter renewals: renewals made (n − 1), ≥ 0.
  /// - Returns: the value.
  public func ltvExisting(renewals: Int) -> Double { marginAdjustedARPA * derl(renewals: renewals) }

  /// The textbook figure: margin-adjusted ARPA ÷ churn, which assumes every account churns at
  /// the same constant rate forever (and, as usually quoted, does not discount). Infinite when
  /// churn is zero.
  public var naive: Double { marginAdjustedARPA / naiveChurnRate }

  /// The rise in the per-period retention rate from period 1 to period 5 from which the
  /// explanation says retention rises with tenure (one point); below it, that it barely changes.
  public static let notableTenureRise = 0.01

  /// One or two sentences on why DEL-based LTV and the naive figure differ, with the numbers;
  /// when DEL is infinite (no discounting and α ≤ 1) a further sentence says why. Periods are
  /// named generically; ``explanation(periodMonths:)`` names them as months or years.
  public var explanation: String { explanation(periodMonths: 0) }

  /// ``explanation`` with the curve's period in words: "month" for 1, "year" for 12, else
  /// "period" ("98.1% in month 1, 98.4% by month 5 … discounts future months at 0.8% each").
  /// - Parameter periodMonths: Months per period of the curve.
  public func explanation(periodMonths: Int) -> String {
    let period = periodMonths == 1 ? "month" : periodMonths == 12 ? "year" : "period"
    let r1 = model.retentionRate(1)
    let r5 = model.retentionRate(5)
    let divergence = model.lifetimeDivergenceNote(discountRate: discountRate).map { " " + $0 }
    if model.isGeometricLimit {
      // The constant-churn special case (trial 21, L1): no sorting to describe.
      let rate = model.meanChurn
      return "Retention does not improve with tenure here: the retention curve is at its "
        + "constant-churn limit, one churn rate (" + percent(rate) + " a \(period)) for every "
        + "account, so DEL is (1 + d) ÷ (d + churn) = " + oneDecimal(del) + " \(period)s at a "
        + "discount of " + percent(discountRate) + " a \(period). The naive figure divides "
        + "margin-adjusted ARPA by the observed churn (" + percent(naiveChurnRate)
        + ") without discounting."
    }
    let naiveWords =
      "The naive figure divides margin-adjusted ARPA by a single churn rate ("
      + percent(naiveChurnRate) + "), as if every account churned at that rate forever. "
    // A rise under a point is no sorting worth the words (render review 28, R28-25: "rises
    // with tenure (98.5% in month 1, 98.6% by month 5)").
    guard r5 - r1 >= Self.notableTenureRise else {
      return naiveWords + "Retention barely changes with tenure here (" + percent(r1)
        + " in \(period) 1, " + percent(r5) + " by \(period) 5), so DEL differs from it mostly "
        + "by discounting future \(period)s at " + percent(discountRate) + " each."
        + (divergence ?? "")
    }
    return naiveWords
      + "Accounts differ: the churn-prone leave first, so the survivors are better customers "
      + "and retention rises with tenure (" + percent(r1) + " in \(period) 1, " + percent(r5)
      + " by \(period) 5); the sBG model captures that sorting, and DEL also discounts future "
      + "\(period)s at " + percent(discountRate) + " each." + (divergence ?? "")
  }

  private func oneDecimal(_ x: Double) -> String {
    guard x.isFinite else { return "n/a" }
    let tenths = Int((x * 10).rounded())
    return String(tenths / 10) + "." + String(abs(tenths) % 10)
  }

  private func percent(_ x: Double) -> String {
    guard x.isFinite else { return "n/a" }
    let tenths = Int((x * 1000).rounded())
    let sign = tenths < 0 ? "-" : ""
    return sign + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10) + "%"
  }
}
