import ARRAnalysis
import ARRCore
import ARRProjection

/// What `arr-quality retention` prints: the fitted shifted-beta-geometric model, its survival
/// and retention curves, DEL and DERL, as JSON or Markdown.
public enum RetentionReport {
  /// How many DERL values the report lists: renewals 0…max(8, horizon) − 1.
  static func derlCount(horizon: Int) -> Int { max(8, horizon) }

  /// The JSON result, keys in this order: `alpha`, `beta`, `log_likelihood`, `survival` (S(t),
  /// t = 0…horizon), `retention_rate` (r(t), t = 1…horizon), `del`, `derl` (indexed by renewals
  /// already made, 0, 1, …, max(8, horizon) − 1), `observed` (observed survival as fractions,
  /// t = 0…n), `note`. Every ratio is a fraction. `del` and `derl` are `null` only when they are
  /// infinite (d = 0 and α ≤ 1); `note` then says why in words, and also when the cohort lost
  /// every account or the fit sits at a bound (``noteList(fit:discountRate:)``), and is `null`
  /// otherwise.
  /// - Parameters:
  ///   - fit: the fitted model.
  ///   - horizon: last period to project, ≥ 0.
  ///   - discountRate: discount rate per period for DEL/DERL, ≥ 0.
  /// - Returns: the JSON object.
  /// - Complexity: O(horizon × series terms of ₂F₁).
  public static func json(fit: SBGFit, horizon: Int, discountRate: Double) -> JSONValue {
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
      ("note", notes(fit: fit, discountRate: discountRate).map { .string($0) } ?? .null),
    ])
  }

  /// What the figures alone do not say, in words: why DEL and DERL are infinite; that the
  /// cohort lost every account by some period (0 survivors is data: the fitted curve's
  /// survivors after it are the model's); that the fit sits at a bound of the parameter space
  /// (the geometric limit, one churn rate for all, or α or β run to 0 or ∞). Session 28, t28b
  /// lane: `--survival 100,0` was refused as "not positive"; `100,40,0` now fits, at the
  /// geometric limit.
  static func noteList(fit: SBGFit, discountRate: Double) -> [String] {
    let f = NumberFormat.usd
    let model = fit.model
    var notes = [String]()
    if let note = model.lifetimeDivergenceNote(discountRate: discountRate) { notes.append(note) }
    if let t = fit.observedSurvival.firstIndex(where: { $0 == 0 }) {
      notes.append(
        "Every account was lost by period \(t) (observed survival 0%): the fitted survival after "
          + "it is the model's projection, which no observed cohort reaches.")
    }
    if model.isGeometricLimit {
      notes.append(
        "α and β both ran past \(CountText.grouped(Int(ShiftedBetaGeometric.degenerateAbove))): "
          + "the geometric limit, one churn rate for every customer "
          + "(\(f.percent(model.meanChurn)) a period); the data show no spread of churn rates, "
          + "so α and β themselves carry no meaning.")
    } else if model.isDegenerate {
      notes.append(
        "α or β lies outside \(ShiftedBetaGeometric.degenerateBelow)–"
          + "\(CountText.grouped(Int(ShiftedBetaGeometric.degenerateAbove))): the likelihood "
          + "peaks at a bound of the parameter space, not at an interior maximum; the curve "
          + "rests on too little to separate loyal from churn-prone customers.")
    }
    return notes
  }

  /// ``noteList(fit:discountRate:)`` joined by spaces, or `nil` when it is empty.
  static func notes(fit: SBGFit, discountRate: Double) -> String? {
    let list = noteList(fit: fit, discountRate: discountRate)
    return list.isEmpty ? nil : list.joined(separator: " ")
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
  /// - Complexity: as ``json(fit:horizon:discountRate:)``.
  public static func markdown(fit: SBGFit, horizon: Int, discountRate: Double) -> String {
    let f = NumberFormat.usd
    let model = fit.model
    let last = max(horizon, fit.observedSurvival.count - 1, 0)
    let survival = model.survivalCurve(through: last)
    var out = "# Retention projection (shifted-beta-geometric)\n\n"
    out += "- α = \(fixed(model.alpha, 4)), β = \(fixed(model.beta, 4))"
    out += " (log-likelihood \(fixed(fit.logLikelihood, 2))"
    out += fit.cohortCount > 1 ? ", \(fit.cohortCount) cohorts)\n" : ")\n"
    out += "- Discount rate \(f.percent(discountRate)) per period; DEL (discounted expected "
    let del = model.discountedExpectedLifetime(discountRate: discountRate)
    out += "lifetime of a new customer) = "
    out += del.isFinite ? "\(fixed(del, 3)) periods\n" : "infinite\n"
    for note in noteList(fit: fit, discountRate: discountRate) { out += "- " + note + "\n" }
    out += "\n"
    out += "| Period | Observed | Fitted survival | Retention rate |\n"
    out += "|---:|---:|---:|---:|\n"
    for t in 0...last {
      let observed = t < fit.observedSurvival.count ? f.percent(fit.observedSurvival[t]) : ""
      let rate = t >= 1 ? f.percent(model.retentionRate(t)) : ""
      out += "| \(t) | \(observed) | \(f.percent(survival[t])) | \(rate) |\n"
    }
    out += "\n| Renewals made | DERL (periods) |\n|---:|---:|\n"
    for renewals in 0..<derlCount(horizon: horizon) {
      let value = model.discountedExpectedResidualLifetime(
        discountRate: discountRate, renewals: renewals)
      out += "| \(renewals) | \(value.isFinite ? fixed(value, 3) : "infinite") |\n"
    }
    return out
  }

  /// `x` with exactly `decimals` decimals and no thousands separators (model parameters and
  /// log-likelihoods are not amounts); "n/a" when not finite.
  static func fixed(_ x: Double, _ decimals: Int) -> String {
    DecimalText.fixed(x, places: decimals) ?? "n/a"
  }
}
