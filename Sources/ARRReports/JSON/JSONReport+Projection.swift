import ARRAnalysis
import ARRCore
import ARRProjection

/// The projection's parts of the JSON document: projected retention with ranges (inside
/// `retention`), `projection_backtest`, `retention_curves` and `ltv` (docs/projection.md).
extension JSONReport {
  /// Keys appended to the `retention` object after the trailing figures.
  static func projectedRetention(_ analysis: Analysis) -> [(String, JSONValue)] {
    guard let p = analysis.projection else { return [] }
    let f = p.forecast
    return [
      ("projected_ndr", ratio(f?.ndr)),
      ("projected_grr", ratio(f?.grr)),
      ("projected_logo_retention", ratio(f?.logoRetention)),
      ("projected_ndr_range", range(f?.ndrRange)),
      ("projected_grr_range", range(f?.grrRange)),
      ("projected_logo_retention_range", range(f?.logoRetentionRange)),
      ("largest_account_tail", f.map { largestAccountTail($0, analysis.company) } ?? .null),
      ("projected_base_accounts", f.map { .int(Int64($0.accounts)) } ?? .null),
      ("projection_retention_source", f.map { .string($0.retentionSource) } ?? .null),
      // What the figures rest on, the Markdown's idea by its code (``ProjectionBasis``).
      ("projection_basis", ProjectionBasis(analysis).map { .string($0.code) } ?? .null),
      ("survivor_movement", f.map { movements($0) } ?? .null),
      (
        "simulation",
        f.map { simulation($0) } ?? .null
      ),
      ("explanation", .string(p.explanation)),
    ]
  }

  /// `simulation`: paths and seed, how many accounts were drawn one by one, and the largest of
  /// them's share of the base's MRR and of the paths on which it left (docs/projection.md,
  /// "Simulation"; session 19, ranges lane).
  static func simulation(_ f: RetentionForecast) -> JSONValue {
    .object([
      ("paths", .int(Int64(f.paths))), ("seed", .int(Int64(f.seed))),
      ("single_accounts", .int(Int64(f.singleAccounts))),
      ("largest_single_share", ratio(f.largestSingleShare)),
      ("largest_single_leaves", ratio(f.largestSingleLeaves)),
    ])
  }

  /// `largest_account_tail`: the account holding half the base's MRR or more, its chance of
  /// leaving and NDR and GRR if it leaves or stays (``LargestAccountTail``), or `null`.
  static func largestAccountTail(_ f: RetentionForecast, _ company: Company) -> JSONValue {
    guard let t = f.largestAccountTail, t.account < company.accountCount else { return .null }
    return .object([
      ("account_id", .string(company.accounts[t.account].id)), ("share", ratio(t.share)),
      ("leave_probability", ratio(t.leaveProbability)),
      ("ndr_if_leaves", ratio(t.ndrIfLeaves)), ("grr_if_leaves", ratio(t.grrIfLeaves)),
      ("ndr_if_stays", ratio(t.ndrIfStays)), ("grr_if_stays", ratio(t.grrIfStays)),
    ])
  }

  static func range(_ r: PercentileRange?) -> JSONValue {
    guard let r else { return .null }
    return .object([("p10", ratio(r.p10)), ("p50", ratio(r.p50)), ("p90", ratio(r.p90))])
  }

  static func movements(_ f: RetentionForecast) -> JSONValue {
    .object([
      ("window_months", .int(Int64(f.movementWindowMonths))),
      // The company's share of the all-accounts blend, n_eff ÷ (n_eff + 20): the percentage
      // the Markdown quotes for `default_churn_blended_movement` (session 18, report).
      ("own_weight", ratio(f.movements.first { $0.contractType == nil }?.ownWeight ?? 0)),
      (
        "by_contract_type",
        .array(
          f.movements.map { m in
            .object([
              ("contract_type", .string(m.contractType?.rawValue ?? "all")),
              ("survivors", .int(Int64(m.survivors))),
              ("expansion_rate", ratio(m.expansionRate)),
              ("contraction_rate", ratio(m.contractionRate)),
              ("uses_pooled_rates", .bool(m.usesPooledRates)),
              ("observed_expansion_rate", ratio(m.observedExpansionRate)),
              ("observed_contraction_rate", ratio(m.observedContractionRate)),
            ])
          })
      ),
    ])
  }

  static func projectionBacktest(_ p: ProjectionResult?) -> JSONValue {
    guard let p else { return .null }
    guard let b = p.backtest else {
      return .object([
        ("available", .bool(false)), ("note", p.backtestNote.map(JSONValue.string) ?? .null),
      ])
    }
    func points(_ x: Double) -> JSONValue { x.isFinite ? .double(rounded(x, 2)) : .null }
    return .object([
      ("available", .bool(true)),
      ("base_month", .string(b.forecast.baseMonth.description)),
      ("base_accounts", .int(Int64(b.forecast.accounts))),
      ("method_used", .string(b.methodUsed)),
      ("model_used", .string(b.modelUsed)),
      ("projected_ndr", ratio(b.forecast.ndr)),
      ("projected_grr", ratio(b.forecast.grr)),
      ("projected_logo_retention", ratio(b.forecast.logoRetention)),
      ("projected_ndr_range", range(b.forecast.ndrRange)),
      ("projected_grr_range", range(b.forecast.grrRange)),
      ("projected_logo_retention_range", range(b.forecast.logoRetentionRange)),
      ("realised_ndr", ratio(b.realisedNDR)),
      ("realised_grr", ratio(b.realisedGRR)),
      ("realised_logo_retention", ratio(b.realisedLogoRetention)),
      ("ndr_error_points", points(b.ndrErrorPoints)),
      ("grr_error_points", points(b.grrErrorPoints)),
      ("logo_retention_error_points", points(b.logoErrorPoints)),
    ])
  }

  /// `retention_curves`: the listed segments' curves (``ListedSegments``), every contract
  /// type's, and the Kaplan–Meier table.
  static func retentionCurves(_ p: ProjectionResult?, segments: ListedSegments) -> JSONValue {
    guard let p else { return .null }
    // One filter: a copy of every segment's curve first was 35 MB at 100,000 segments.
    let bySegment = p.curves.filter { $0.grouping == .segment && segments.isShown($0.key) }
    return .object([
      ("by_segment", .array(bySegment.map(curve))),
      ("by_contract_type", .array(p.curves.filter { $0.grouping == .contractType }.map(curve))),
      (
        "kaplan_meier",
        .array(
          p.kaplanMeier.map { k in
            .object([
              ("month", .int(Int64(k.time))),
              ("at_risk", .int(Int64(k.atRisk))),
              ("events", .int(Int64(k.events))),
              ("censored", .int(Int64(k.censored))),
              ("survival", ratio(k.survival)),
              ("standard_error", ratio(k.standardError)),
            ])
          })
      ),
    ])
  }

  static func curve(_ c: RetentionCurve) -> JSONValue {
    var alpha = JSONValue.null
    var beta = JSONValue.null
    var logLikelihood = JSONValue.null
    var observed = JSONValue.null
    var fitted = JSONValue.null
    if let fit = c.fit {
      alpha = .double(fit.model.alpha)
      beta = .double(fit.model.beta)
      logLikelihood = .double(rounded(fit.logLikelihood, 4))
      observed = .array(fit.observedSurvival.map { ratio($0) })
      fitted = .array(fit.fittedSurvival.map { ratio($0) })
    }
    let note: JSONValue = c.note.map { .string($0) } ?? .null
    let pairs: [(String, JSONValue)] = [
      ("key", .string(c.key)),
      ("status", .string(c.status.rawValue)),
      ("note", note),
      ("period_months", .int(Int64(c.periodMonths))),
      ("accounts", .int(Int64(c.accounts))),
      ("cohorts", .int(Int64(c.cohorts))),
      ("periods", .int(Int64(c.periods))),
      ("alpha", alpha),
      ("beta", beta),
      ("log_likelihood", logLikelihood),
      ("observed", observed),
      ("fitted", fitted),
      ("observed_churn_per_period", ratio(c.observedChurnPerPeriod)),
      ("projected_12_month_logo_retention", ratio(c.projectedLogoRetention12Months)),
    ]
    return .object(pairs)
  }

  /// `ltv`: the listed segments' lifetime values (``ListedSegments``).
  static func lifetimeValues(_ p: ProjectionResult?, segments: ListedSegments) -> JSONValue {
    guard let p else { return .null }
    func amount(_ x: Double?) -> JSONValue {
      guard let x, x.isFinite else { return .null }
      return .money(Money.round(x * 100))
    }
    return .array(
      p.lifetimeValues.filter { segments.isShown($0.segment) }.map { l in
        .object([
          ("segment", .string(l.segment)),
          ("period_months", .int(Int64(l.periodMonths))),
          ("arpa", amount(l.arpa)),
          ("gross_margin", ratio(l.grossMargin)),
          ("is_gross_margin_default", .bool(l.isGrossMarginDefault)),
          ("discount_rate_per_period", ratio(l.discountRatePerPeriod)),
          ("del", ratio(l.value?.del)),
          ("derl", .array(l.derl.map { ratio($0) })),
          ("ltv_new", amount(l.value?.ltvNew)),
          ("ltv_existing", amount(l.ltvExisting)),
          ("naive", amount(l.naive)),
          ("naive_churn_per_period", ratio(l.naiveChurnRate)),
          ("ltv_to_cac", ratio(l.ltvToCAC)),
          (
            "dominant_account",
            l.dominant.map { d in
              .object([
                ("id", .string(d.id)), ("share", ratio(d.share)),
                ("arpa_without", amount(d.arpaWithout)),
                (
                  "ltv_new_without",
                  amount(l.value.map { $0.ltvNew * d.arpaWithout / l.arpa })
                ),
              ])
            } ?? .null
          ),
          ("explanation", .string(l.explanation)),
        ])
      })
  }
}
