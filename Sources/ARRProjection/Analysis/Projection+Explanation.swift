import ARRCore
import ARRMetrics
import ARRScoring

extension Projection {
  /// Gap, in points, below which projected and trailing are said to agree.
  static let agreementPoints = 1.0
  /// Change in a share, in points, worth naming in the explanation.
  static let notableShiftPoints = 3.0

  /// Why projected and trailing retention differ, in words (see `docs/projection.md`).
  /// - Parameter lifetimes: The company's spells when the caller has them
  ///   (``AccountLifetimes/init(_:)``); read from the matrix when `nil`.
  static func explanation(
    _ company: Company, forecast: RetentionForecast?, trailing: TrailingRetention,
    scoring: ScoringResult, lifetimes: AccountLifetimes? = nil
  ) -> String {
    guard let f = forecast else {
      return "No account pays at \(company.asOf), so there is nothing to project."
    }
    // Whole percents and the count beside them for a base of few accounts (session 19,
    // ranges lane): "NDR 80% … from 1 account", never "79.9%" from one account.
    let n = f.precision
    let projected =
      "Mean projected 12-month NDR \(retentionText(f.ndr, base: n)) (P10–P90 "
      + "\(retentionText(f.ndrRange.p10, base: n))–\(retentionText(f.ndrRange.p90, base: n)))"
      + ", GRR \(retentionText(f.grr, base: n)), logo retention "
      + "\(retentionText(f.logoRetention, base: n))\(fromAccounts(n))"
    guard let tNDR = trailing.ndr, let tGRR = trailing.grr else {
      return projected
        + ". No trailing figure to compare: no account paid 12 months before \(company.asOf)."
    }
    // The gap of the figures as printed, so the quoted difference is theirs exactly: in whole
    // points when either figure is printed in whole percents.
    let m = trailing.baseAccounts
    let isWhole = n.isFew || isFew(m)
    // A mean outside its own P10–P90 is a rare outcome's pull, not a point: the median is
    // compared (trial 37, T37-3; the `projection_vs_trailing` finding does the same).
    let isMeanOutside = f.ndr < f.ndrRange.p10 || f.ndr > f.ndrRange.p90
    let compared = isMeanOutside ? f.ndrRange.p50 : f.ndr
    let gap =
      isWhole
      ? (compared * 100).rounded(.toNearestOrAwayFromZero)
        - (tNDR * 100).rounded(.toNearestOrAwayFromZero)
      : (Double(tenths(compared * 100)) - Double(tenths(tNDR * 100))) / 10
    var text =
      projected + "; trailing NDR \(retentionText(tNDR, accounts: m)), GRR "
      + "\(retentionText(tGRR, accounts: m))\(fromAccounts(m)). "
      + (isMeanOutside
        ? "The mean lies \(f.ndr < f.ndrRange.p10 ? "below" : "above") its own P10–P90, pulled "
          + "by an outcome rarer than one year in ten; the median projected NDR, "
          + "\(retentionText(compared, base: n)), is "
        : "Mean projected NDR is ")
      + (abs(gap) < agreementPoints
        ? "within \(Int(agreementPoints)) point of trailing."
        : "\(isWhole ? String(Int(abs(gap))) : points(abs(gap))) point\(abs(gap) == 1 ? "" : "s") "
          + "\(gap < 0 ? "below" : "above") trailing.")
    let life = lifetimes ?? AccountLifetimes(company)
    let last = company.monthCount - 1
    let (now, then) = Concurrent.pair(
      { baseMix(company, column: last, starts: life.start) },
      { baseMix(company, column: last - 12, starts: life.start) })
    var shifts: [(Double, String)] = [
      (
        now.young - then.young,
        "\(whole(now.young)) of MRR is under 6 months old vs \(whole(then.young))"
      ),
      (
        // Every type but annual and multi-year, unknown terms included: said as such. Not
        // compared when the data reads a notable share of the year-ago base's terms only later
        // (below): those would count as "not annual" for want of the later invoices.
        then.unread * 100 >= notableShiftPoints ? 0 : now.flexible - then.flexible,
        "\(whole(now.flexible)) is not on annual or multi-year terms vs \(whole(then.flexible))"
      ),
      (
        now.trial - then.trial,
        "\(whole(now.trial)) is in or just out of a trial vs \(whole(then.trial))"
      ),
    ]
    // The backtest classes a year ago with the configured weights; today's classes are only
    // comparable when today's scores use the same weights (not a fitted model).
    // Today's share is the at-risk class's share of recurring ARR, the one the class table and
    // the `at_risk_arr` finding quote (classed accounts only), so the report has one figure for
    // it; a year ago only the backtest base's MRR is known, and the sentence says so.
    if let bt = scoring.backtest, bt.total.baseMRR > 0, scoring.modelUsed == .configuredWeights {
      let atRiskThen = Double(bt[.atRisk].baseMRR) / Double(bt.total.baseMRR)
      var atRisk: Int64 = 0
      var all: Int64 = 0
      for s in scoring.scores where s.isClassed {
        all += s.recurringARR
        if s.revenueClass == .atRisk { atRisk += s.recurringARR }
      }
      let atRiskNow = all > 0 ? Double(atRisk) / Double(all) : 0
      shifts.append(
        (
          atRiskNow - atRiskThen,
          "the at-risk class holds \(pct(atRiskNow)) of recurring ARR vs \(pct(atRiskThen)) of "
            + "MRR a year ago"
        ))
    }
    let notable = shifts.filter { abs($0.0) * 100 >= notableShiftPoints }
      .sorted { abs($0.0) > abs($1.0) }
    // Terms the data reads only after the base month (an inferred term's `inferred_from`)
    // are unknown a year ago without being month-to-month: the terms mix is then not
    // compared, and said (session 15, report: a year-ago base read "97% not annual").
    let isTermsCompared = then.unread * 100 < notableShiftPoints
    let unreadWords =
      isTermsCompared
      ? ""
      : " The contract mix is not compared with a year ago: for \(whole(then.unread)) of that "
        + "base's MRR the terms are known only from later months, so its terms a year ago are "
        + "unknown (not known to be month-to-month)."
    if notable.isEmpty {
      text +=
        " The base's age\(isTermsCompared ? ", terms" : "") and trial mix are within "
        + "\(Int(notableShiftPoints)) points of "
        + "a year ago's; the projection rests on the scored retention probabilities ("
        + retentionSourceWords(
          f.retentionSource, pricing: scoring.backtest?.classPricing ?? .byClass)
        + ") and on survivors expanding \(pct(movement(f).expansion)) and "
        + "contracting \(pct(movement(f).contraction)) a year" + blendWords(f) + "."
        + unreadWords
    } else {
      text +=
        " Compared with the base a year ago (\(trailing.baseMonth)): "
        + notable.map(\.1).joined(separator: "; ") + "." + unreadWords
    }
    return text
  }

  /// A retention source (``RetentionSource`` raw value, as in the JSON) in plain words for
  /// the explanation's prose; an unknown code is returned as is. `pricing`
  /// (``Backtest/classPricing``) says how far the classes' own departures count against the
  /// company's pooled rate (render review 32, R32-2: "each class's departures" where every
  /// class was priced at the pooled rate).
  static func retentionSourceWords(_ code: String, pricing: ClassPricing = .byClass) -> String {
    switch RetentionSource(rawValue: code) {
    case .classDefaults?: return "each class's documented default"
    case .backtestClassDepartures? where pricing == .pooled:
      return "the company's departures observed last year, pooled over the classes since the "
        + "score did not rank last year's churners, and the dollars its stayers kept"
    case .backtestClassDepartures? where pricing == .blended:
      return "each class's departures observed last year, blended with the company's pooled "
        + "rate as the score ranked last year's churners only weakly, and the dollars its "
        + "stayers kept"
    case .backtestClassDepartures?:
      return "each class's departures observed last year and the dollars its stayers kept"
    case .model?: return "the model fitted to this company's churn"
    case nil: return code
    }
  }

  /// The blend behind the survivors' rates when the documented priors hold more than
  /// ``priorShareSaid`` of it: what the survivors showed, the priors and the company's own
  /// share, e.g. " (last year's survivors expanded 32.9% and contracted 3.2%, blended with
  /// the documented 5.0% and 2.0% by the weight of 100 survivors: 53% their own)"; "" when the
  /// rates are the company's own or the priors alone (render review 38, R38-1: an expansion the
  /// prior pulled from 32.9% to 19.7% was "as last year's did").
  static func blendWords(_ f: RetentionForecast) -> String {
    guard let all = f.movements.first(where: { $0.contractType == nil }),
      all.ownWeight > 0, 1 - all.ownWeight > priorShareSaid,
      let up = all.observedExpansionRate, let down = all.observedContractionRate
    else { return "" }
    return " (last year's survivors expanded \(pct(up)) and contracted \(pct(down)), blended "
      + "with the documented \(pct(Shrinkage.priorExpansionRate)) and "
      + "\(pct(Shrinkage.priorContractionRate)) by the weight of \(all.survivors) "
      + "survivor\(all.survivors == 1 ? "" : "s"): \(whole(all.ownWeight)) their own)"
  }

  /// The priors' share of the survivors' blend above which the report says the blend.
  public static let priorShareSaid = 0.1

  static func movement(_ f: RetentionForecast) -> (expansion: Double, contraction: Double) {
    let all = f.movements.first { $0.contractType == nil }
    return (all?.expansionRate ?? 0, all?.contractionRate ?? 0)
  }

  /// `0.9712` → `97.1%` (one decimal, half away from zero).
  static func pct(_ x: Double) -> String {
    guard x.isFinite else { return "n/a" }
    return points(x * 100) + "%"
  }

  /// `12.345` → `123`: tenths, rounded half away from zero.
  static func tenths(_ x: Double) -> Int { Int((x * 10).rounded(.toNearestOrAwayFromZero)) }

  /// `12.345` → `12.3`.
  static func points(_ x: Double) -> String {
    let t = tenths(x)
    let sign = t < 0 ? "-" : ""
    return sign + String(abs(t) / 10) + "." + String(abs(t) % 10)
  }

  /// `0.384` → `38%`.
  static func whole(_ x: Double) -> String {
    String(Int((x * 100).rounded(.toNearestOrAwayFromZero))) + "%"
  }
}
