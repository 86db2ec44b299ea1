extension RetentionCommand {
  /// How many DERL values the report lists: renewals 0…max(8, horizon) − 1.
  static func derlCount(horizon: Int) -> Int { max(8, horizon) }

  /// The JSON result of `arr-quality retention`, keys in this order: `alpha`, `beta`,
  /// `log_likelihood`, `survival` (S(t), t = 0…horizon), `retention_rate` (r(t), t =
  /// 1…horizon), `del`, `derl` (indexed by renewals already made, 0, 1, …, max(8, horizon) − 1),
  /// `observed` (observed survival as fractions, t = 0…n), `note`. Every ratio is a fraction.
  /// `del` and `derl` are `null` only when they are infinite (d = 0 and α ≤ 1); `note` then
  /// says why in words, and is `null` otherwise.
  /// - Parameters:
  ///   - fit: the fitted model.
  ///   - horizon: last period to project, ≥ 0.
  ///   - discountRate: discount rate per period for DEL/DERL, ≥ 0.
  /// - Returns: the JSON object.
  /// - Complexity: O(horizon × series terms of ₂F₁).
  public static func report(fit: SBGFit, horizon: Int, discountRate: Double) -> JSONValue {
    let model = fit.model
    let horizon = max(horizon, 0)
    let survival = model.survivalCurve(through: horizon)
    let retention = horizon >= 1 ? (1...horizon).map { model.retentionRate($0) } : []
    let derl = (0..<derlCount(horizon: horizon)).map {
      model.discountedExpectedResidualLifetime(discountRate: discountRate, renewals: $0)
    }
    return .object([
      ("alpha", .double(model.alpha)),
      ("beta", .double(model.beta)),
      ("log_likelihood", .double(fit.logLikelihood)),
      ("survival", .array(survival.map { .double($0) })),
      ("retention_rate", .array(retention.map { .double($0) })),
      ("del", finite(model.discountedExpectedLifetime(discountRate: discountRate))),
      ("derl", .array(derl.map(finite))),
      ("observed", .array(fit.observedSurvival.map { .double($0) })),
      (
        "note",
        model.lifetimeDivergenceNote(discountRate: discountRate).map { .string($0) } ?? .null
      ),
    ])
  }

  /// `x` as a JSON number, or `null` when it is infinite or not a number.
  private static func finite(_ x: Double) -> JSONValue { x.isFinite ? .double(x) : .null }

  /// A readable Markdown summary: the parameters, DEL, then a table of period, observed
  /// survival, fitted survival and retention rate for t = 0…max(horizon, observed periods),
  /// then DERL by renewals made. Percentages have one decimal.
  /// - Parameters:
  ///   - fit: the fitted model.
  ///   - horizon: last period to project.
  ///   - discountRate: discount rate per period.
  /// - Returns: Markdown text ending in a newline.
  /// - Complexity: as ``report(fit:horizon:discountRate:)``.
  public static func markdown(fit: SBGFit, horizon: Int, discountRate: Double) -> String {
    let model = fit.model
    let last = max(horizon, fit.observedSurvival.count - 1, 0)
    let survival = model.survivalCurve(through: last)
    var out = "# Retention projection (shifted-beta-geometric)\n\n"
    out += "- α = \(fixed(model.alpha, 4)), β = \(fixed(model.beta, 4))"
    out += " (log-likelihood \(fixed(fit.logLikelihood, 2))"
    out += fit.cohortCount > 1 ? ", \(fit.cohortCount) cohorts)\n" : ")\n"
    out += "- Discount rate \(percent(discountRate)) per period; DEL (discounted expected "
    let del = model.discountedExpectedLifetime(discountRate: discountRate)
    out += "lifetime of a new customer) = "
    out += del.isFinite ? "\(fixed(del, 3)) periods\n" : "infinite\n"
    if let note = model.lifetimeDivergenceNote(discountRate: discountRate) {
      out += "- " + note + "\n"
    }
    out += "\n"
    out += "| Period | Observed | Fitted survival | Retention rate |\n"
    out += "|---:|---:|---:|---:|\n"
    for t in 0...last {
      let observed = t < fit.observedSurvival.count ? percent(fit.observedSurvival[t]) : ""
      let rate = t >= 1 ? percent(model.retentionRate(t)) : ""
      out += "| \(t) | \(observed) | \(percent(survival[t])) | \(rate) |\n"
    }
    out += "\n| Renewals made | DERL (periods) |\n|---:|---:|\n"
    for renewals in 0..<derlCount(horizon: horizon) {
      let value = model.discountedExpectedResidualLifetime(
        discountRate: discountRate, renewals: renewals)
      out += "| \(renewals) | \(value.isFinite ? fixed(value, 3) : "infinite") |\n"
    }
    return out
  }

  /// `x` with exactly `decimals` decimals, rounded half away from zero; "n/a" when not finite.
  /// - Parameters:
  ///   - x: the number.
  ///   - decimals: digits after the point, ≥ 0.
  /// - Returns: the text, e.g. `fixed(0.70408, 4)` is "0.7041".
  public static func fixed(_ x: Double, _ decimals: Int) -> String {
    guard x.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    guard scaled < 9e15 else { return "\(x)" }
    let digits = Int64(scaled)
    let unit = Int64(scale)
    var text = String(digits / unit)
    if decimals > 0 {
      let fraction = String(digits % unit)
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return (x < 0 && digits != 0 ? "-" : "") + text
  }

  /// A fraction as a percentage with one decimal, e.g. 0.631 → "63.1%".
  /// - Parameter x: the fraction.
  /// - Returns: the text.
  public static func percent(_ x: Double) -> String { fixed(x * 100, 1) + "%" }
}
