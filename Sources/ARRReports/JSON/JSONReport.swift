import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRScoring
import ARRStress

/// The `--format json` document (`docs/output.md`): stable snake_case keys in a fixed order, money in
/// currency units with two decimals, ratios as fractions.
public enum JSONReport {
  /// Renders the whole analysis.
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - stress: Stress scenarios run on it (`analyze --scenario`), written under `stress` in
  ///     the layout of `stress --format json` without its repeated `as_of`, `currency` and
  ///     `company`; the key is absent without scenarios.
  /// - Returns: The JSON document.
  /// - Complexity: O(accounts + months²) (the cohort triangle).
  public static func render(_ analysis: Analysis, stress: StressResult? = nil) -> JSONValue {
    let accounts = JSONValue.array(accounts(analysis))
    return .object(
      summary(analysis, stress: stress)
        + [
          (
            "accounts",
            isWholeUnits(analysis.company.profile.currency) ? inWholeUnits(accounts) : accounts
          )
        ])
  }

  /// Everything but the `accounts` array, in document order.
  ///
  /// Segments: a company with more than ``ListedSegments/jsonLimit`` + 1 names the
  /// ``ListedSegments/jsonLimit`` with the most recurring ARR in `class_mix_by_segment`,
  /// `arr_by_segment`, `retention_curves.by_segment` and `ltv`, and sums or counts the others
  /// under `other_segments` (``otherSegments(_:listed:)``); otherwise every segment, and no
  /// `other_segments`.
  /// - Complexity: O(segments log segments + months²).
  static func summary(_ analysis: Analysis, stress: StressResult? = nil) -> [(String, JSONValue)] {
    let company = analysis.company
    let metrics = analysis.metrics
    let scoring = analysis.scoring
    let segments = ListedSegments(scoring.bySegment, limit: ListedSegments.jsonLimit)
    var root: [(String, JSONValue)] = [
      ("as_of", .string(company.asOf.description)),
      ("currency", .string(company.profile.currency)),
      ("is_currency_assumed", .bool(company.profile.isCurrencyAssumed)),
    ]
    if let name = company.profile.name { root.append(("company", .string(name))) }
    if let source = company.profile.nameSource {
      root.append(("company_name_source", .string(source.rawValue)))
    }
    root.append(("findings", findings(analysis.findings)))
    root.append(("arr", arr(analysis)))
    root.append(
      (
        "arr_walk",
        .array(
          ARRWalk(analysis).steps.map { step in
            .object([
              ("step", .string(step.key)), ("label", .string(step.label)),
              ("arr", .money(step.arr)),
            ])
          })
      ))
    root.append(("reported_arr", reported(metrics.reconciliation)))
    root.append(("retention", retention(analysis)))
    root.append(("classes", classes(scoring.classMix)))
    root.append(("unclassed_accounts", unclassed(analysis)))
    root.append(("snapshot_columns", snapshotColumns(analysis)))
    root.append(("activity_columns", activityColumns(analysis)))
    root.append(
      ("class_mix_by_segment", groupMixes(scoring.bySegment.filter { segments.isShown($0.key) })))
    root.append(("class_mix_by_contract_type", groupMixes(scoring.byContractType)))
    root.append(("arr_at_risk", .money(scoring.arrAtRisk)))
    // Its part from accounts expected to leave; the rest is the stayers' contraction (session
    // 19, usage lane).
    root.append(("arr_at_risk_from_leaving", .money(scoring.expectedLossFromLeaving)))
    // A short history's own logo churn when it contradicts the priors, with quality-adjusted
    // ARR and the loss at it (trial 25, T25-2); null otherwise.
    root.append(("observed_logo_churn", observedLogoChurn(analysis.observedLogoChurn)))
    root.append(("bridge", .array(metrics.bridge.map(bridgeMonth))))
    root.append(("trends", trends(analysis)))
    root.append(("trial_conversion", trialConversion(analysis)))
    root.append(("cohorts", cohorts(metrics.cohorts)))
    root.append(("concentration", concentration(metrics.concentration)))
    root.append(
      ("arr_by_segment", groups(metrics.split.bySegment.filter { segments.isShown($0.name) })))
    root.append(("arr_by_contract_type", groups(metrics.split.byContractType)))
    root.append(("backtest", backtest(scoring)))
    root.append(("projection_backtest", projectionBacktest(analysis.projection)))
    root.append(("retention_curves", retentionCurves(analysis.projection, segments: segments)))
    root.append(("ltv", lifetimeValues(analysis.projection, segments: segments)))
    if segments.isFolding {
      root.append(("other_segments", otherSegments(analysis, listed: segments)))
    }
    if let stress, case .object(let pairs) = StressJSON.render(stress) {
      let repeated: Set<String> = ["as_of", "currency", "company"]
      root.append(("stress", .object(pairs.filter { !repeated.contains($0.0) })))
    }
    if let imported = company.dataQuality.imported {
      root.append(("import", importObject(imported, accounts: company.accounts.count)))
    }
    root.append(("data_quality", dataQuality(company, scoring: scoring)))
    // A currency without decimals writes whole units (session 20, wording lane; trial 18b, G7).
    return isWholeUnits(company.profile.currency) ? summaryInWholeUnits(root) : root
  }

  /// `[{ "code", "severity", "message" }]`, most important first.
  static func findings(_ findings: [Finding]) -> JSONValue {
    .array(
      findings.map {
        .object([
          ("code", .string($0.code.rawValue)), ("severity", .string($0.severity.rawValue)),
          ("message", .string($0.message)),
        ])
      })
  }

  static func ratio(_ v: Double?) -> JSONValue {
    guard let v, v.isFinite else { return .null }
    return .double(rounded(v, 6))
  }

  /// Rounds to `places` decimals so ratios print short and stable.
  static func rounded(_ v: Double, _ places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (v * scale).rounded(.toNearestOrAwayFromZero) / scale
  }

  static func arr(_ analysis: Analysis) -> JSONValue {
    let ladder = analysis.metrics.ladder
    let renewals = analysis.metrics.committedRenewals
    let oneTime = analysis.company.oneTimeRevenue
    return .object([
      ("headline", .money(ladder.headline)),
      ("recurring", .money(ladder.recurring)),
      ("committed", .money(ladder.committed)),
      ("unknown_terms", .money(ladder.unknownTerms)),
      ("quality_adjusted", .money(analysis.scoring.qualityAdjustedARR)),
      (
        "committed_by_renewal",
        .array(
          renewals.buckets.map { b in
            .object([
              ("period", .string(b.period)), ("arr", .money(b.arr)),
              ("accounts", .int(Int64(b.accounts))),
            ])
          })
      ),
      // The dated part resting on ends the import inferred (render review 38, R38-3).
      (
        "committed_inferred_end",
        .object([
          ("arr", .money(renewals.inferredEndARR)),
          ("accounts", .int(Int64(renewals.inferredEndAccounts))),
        ])
      ),
      // Terms at renewal now whose renewal the files hold after the as-of month (R40-11).
      (
        "committed_renewed_after_as_of",
        .object([
          ("arr", .money(renewals.renewedLaterARR)),
          ("accounts", .int(Int64(renewals.renewedLaterAccounts))),
          ("month", renewals.renewedLaterMonth.map { .string($0.description) } ?? .null),
        ])
      ),
      // One-time revenue kept out of every ARR figure (session 50, imp lane; trial 48, T48-20).
      (
        "one_time_revenue",
        .object([
          ("total", .money(oneTime.total)), ("last_12_months", .money(oneTime.lastTwelveMonths)),
          ("since", .string(analysis.company.firstMonth.description)),
        ])
      ),
    ])
  }

  /// Month-by-month trends (``MonthlyTrend``), every bridge month.
  static func trends(_ analysis: Analysis) -> JSONValue {
    .array(
      MonthlyTrend.compute(analysis.company, bridge: analysis.metrics.bridge).map { t in
        .object([
          ("month", .string(t.month.description)), ("headline_arr", .money(t.headlineARR)),
          ("paying_logos", .int(Int64(t.payingLogos))), ("new_logos", .int(Int64(t.newLogos))),
          ("churned_logos", .int(Int64(t.churnedLogos))),
          ("arpa_mrr", t.arpa.map(JSONValue.money) ?? .null),
          ("logo_churn_rate", ratio(t.logoChurnRate)),
          ("net_mrr_churn_rate", ratio(t.netMRRChurnRate)),
        ])
      })
  }

  /// Trial-to-paid conversion by trial-start month (``TrialCohort``).
  static func trialConversion(_ analysis: Analysis) -> JSONValue {
    .array(
      TrialCohort.compute(analysis.company).map { t in
        .object([
          ("month", .string(t.month.description)), ("trials", .int(Int64(t.trials))),
          ("converted", .int(Int64(t.converted))), ("expired", .int(Int64(t.expired))),
          ("active", .int(Int64(t.active))), ("conversion_rate", ratio(t.conversionRate)),
          // Flagged as the Markdown's "open" is (render review 38, R38-9).
          ("is_open", .bool(t.isOpen)),
        ])
      })
  }

  static func reported(_ r: Reconciliation) -> JSONValue {
    guard let claim = r.reportedARR else { return .null }
    return .object([
      ("claimed", .money(claim)),
      ("gap_to_headline", r.gapToHeadline.map(JSONValue.money) ?? .null),
      ("gap_to_recurring", r.gapToRecurring.map(JSONValue.money) ?? .null),
      ("gap_to_committed", r.gapToCommitted.map(JSONValue.money) ?? .null),
      ("run_rate_with_one_time", .money(r.runRateWithOneTime)),
      ("is_one_time_in_claim", .bool(r.isOneTimeInClaim)),
    ])
  }

  static func retention(_ analysis: Analysis) -> JSONValue {
    let t = analysis.metrics.trailingRetention
    var pairs: [(String, JSONValue)] = [
      ("trailing_ndr", ratio(t.ndr)),
      ("trailing_grr", ratio(t.grr)),
      ("trailing_logo_retention", ratio(t.logoRetention)),
      ("trailing_base_month", .string(t.baseMonth.description)),
      ("trailing_base_accounts", .int(Int64(t.baseAccounts))),
    ]
    pairs += projectedRetention(analysis)
    return .object(pairs)
  }

  static func observedLogoChurn(_ o: ObservedLogoChurn?) -> JSONValue {
    guard let o else { return .null }
    return .object([
      ("lost", .int(Int64(o.lost))),
      ("at_risk", .int(Int64(o.atRisk))),
      ("months", .int(Int64(o.months))),
      ("monthly_rate", ratio(o.monthlyRate)),
      ("kept_in_12_months", ratio(o.keptIn12Months)),
      ("is_below_priors", .bool(o.isBelowPriors)),
      ("quality_adjusted_arr", .money(o.qualityAdjustedARR)),
      ("arr_at_risk", .money(o.expectedLoss)),
      ("projected_ndr", ratio(o.projectedNDR)),
      ("projected_grr", ratio(o.projectedGRR)),
      ("projected_logo_retention", ratio(o.projectedLogoRetention)),
    ])
  }

  static func classSummary(_ s: ClassSummary) -> JSONValue {
    .object([
      ("accounts", .int(Int64(s.accounts))),
      ("arr", .money(s.recurringARR)),
      ("quality_adjusted_arr", .money(s.qualityAdjustedARR)),
      ("arr_share", ratio(s.arrShare)),
      ("logo_share", ratio(s.logoShare)),
    ])
  }

  static func classes(_ mix: ClassMix) -> JSONValue {
    .object(RevenueClass.allCases.map { ($0.rawValue, classSummary(mix[$0])) })
  }

  static func groupMixes(_ groups: [GroupClassMix]) -> JSONValue {
    .array(groups.map { g in .object([("key", .string(g.key)), ("classes", classes(g.mix))]) })
  }

  static func bridgeMonth(_ b: BridgeMonth) -> JSONValue {
    .object([
      ("month", .string(b.month.description)),
      ("opening", .money(b.opening)),
      ("new", .money(b.new)),
      ("expansion", .money(b.expansion)),
      ("contraction", .money(b.contraction)),
      ("churn", .money(b.churn)),
      ("reactivation", .money(b.reactivation)),
      ("closing", .money(b.closing)),
      ("net_new", .money(b.netNew)),
      ("quick_ratio", ratio(b.quickRatio)),
      ("new_accounts", .int(Int64(b.newAccounts))),
      ("churned_accounts", .int(Int64(b.churnedAccounts))),
    ])
  }

  static func cohorts(_ c: Cohorts) -> JSONValue {
    .array(
      c.cohorts.map { cohort in
        .object([
          ("start_month", .string(cohort.startMonth.description)),
          ("accounts", .int(Int64(cohort.accounts))),
          ("starting_mrr", .money(cohort.startingMRR)),
          ("is_left_censored", .bool(cohort.isLeftCensored)),
          ("revenue_retention", .array(cohort.revenueRetention.map { ratio($0) })),
          ("logo_retention", .array(cohort.logoRetention.map { ratio($0) })),
        ])
      })
  }

  static func concentration(_ c: Concentration) -> JSONValue {
    .object([
      ("top1_share", ratio(c.top1)),
      ("top5_share", ratio(c.top5)),
      ("top10_share", ratio(c.top10)),
      ("hhi", .double(rounded(c.hhi, 2))),
      ("accounts", .int(Int64(c.accounts))),
    ])
  }

  static func groups(_ gs: [ARRSplit.Group]) -> JSONValue {
    .array(
      gs.map { g in
        .object([
          ("key", .string(g.name)),
          ("headline", .money(g.headline)),
          ("recurring", .money(g.recurring)),
          ("accounts", .int(Int64(g.accounts))),
        ])
      })
  }

  static func backtest(_ s: ScoringResult) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("model_used", .string(s.modelUsed.rawValue)),
      ("retention_source", .string(s.retentionSource.rawValue)),
    ]
    let overrides = s.configuredWeights.overrides()
    pairs.append(("weights_configured", .string(overrides.isEmpty ? "defaults" : "custom")))
    pairs.append(
      (
        "weights_overrides",
        .array(
          overrides.map { o in
            .object([
              ("key", .string(o.key)), ("default", .double(rounded(o.defaultValue, 6))),
              ("value", .double(rounded(o.value, 6))),
            ])
          })
      ))
    pairs.append(("weights_used", weightsFile(s.weightsUsed)))
    if let r = s.classRetention {
      pairs.append(
        (
          "class_retention_probability",
          .object(RevenueClass.allCases.map { ($0.rawValue, ratio(r[$0.index])) })
        ))
    }
    guard let b = s.backtest else {
      pairs.append(("available", .bool(false)))
      return .object(pairs)
    }
    pairs.append(("available", .bool(true)))
    pairs.append(("base_month", .string(b.baseMonth.description)))
    pairs.append(("end_month", .string(b.endMonth.description)))
    pairs.append(("classified_by", .string(b.modelUsed.rawValue)))
    pairs.append(("auc", ratio(b.auc)))
    pairs.append(("auc_used", ratio(s.usedAUC)))
    pairs.append(("fitted_auc", ratio(b.fittedAUC)))
    pairs.append(("fitted_auc_cross_validated", ratio(b.crossValidatedAUC)))
    pairs.append(("cross_validation_folds", .int(Int64(Scoring.crossValidationFolds))))
    if let reason = b.fitSkippedReason { pairs.append(("fit_skipped_reason", .string(reason))) }
    if let reason = b.fitRejectedReason { pairs.append(("fit_rejected_reason", .string(reason))) }
    let total = b.total
    pairs.append(("accounts", .int(Int64(total.accounts))))
    pairs.append(("churned", .int(Int64(total.churned))))
    pairs.append(("churn_rate", ratio(total.churnRate)))
    pairs.append(
      (
        "classes",
        .object(
          RevenueClass.allCases.map { c in
            let o = b.classes[c.index]
            return (
              c.rawValue,
              .object([
                ("accounts", .int(Int64(o.accounts))),
                ("churned", .int(Int64(o.churned))),
                ("churn_rate", ratio(o.churnRate)),
                ("lift", ratio(b.lift(c))),
                ("gross_dollar_retention", ratio(o.grossDollarRetention)),
                ("net_dollar_retention", ratio(o.netDollarRetention)),
                ("logo_retention", ratio(o.logoRetention)),
              ])
            )
          })
      ))
    pairs.append(("calibration", .array((b.calibration?.bands ?? []).map(calibrationBand))))
    pairs.append(("brier", ratio(b.calibration?.brier)))
    pairs.append(("base_rate_brier", ratio(b.calibration?.baseRateBrier)))
    pairs.append(("calibration_error", ratio(b.calibration?.calibrationError)))
    pairs.append(("recalibration", recalibration(b)))
    return .object(pairs)
  }

  /// The default weights' intercept moved to the company's churn (`Recalibration`), or null
  /// when the configured weights are not the documented defaults. `applied_today` is true when
  /// the recalibrated defaults score today's accounts (no fitted model won).
  static func recalibration(_ b: Backtest) -> JSONValue {
    guard let r = b.recalibration else { return .null }
    return .object([
      ("applied_today", .bool(b.modelUsed == .configuredWeights)),
      ("intercept_shift", .double(rounded(r.interceptShift, 6))),
      ("accounts", .int(Int64(r.accounts))),
      ("churners", .int(Int64(r.churners))),
      ("observed_churn", ratio(r.observedChurn)),
      ("configured_churn", ratio(r.configuredChurn)),
      ("target_churn", ratio(r.targetChurn)),
      ("fold_shifts", .array(r.foldShifts.map { .double(rounded($0, 6)) })),
    ])
  }

  /// `{ "band", "accounts", "low_score", "high_score", "predicted_churn", "observed_churn" }`.
  static func calibrationBand(_ band: Calibration.Band) -> JSONValue {
    .object([
      ("band", .int(Int64(band.band))), ("accounts", .int(Int64(band.accounts))),
      ("low_score", .double(rounded(band.lowScore, 3))),
      ("high_score", .double(rounded(band.highScore, 3))),
      ("predicted_churn", ratio(band.predictedChurn)),
      ("observed_churn", ratio(band.observedChurn)),
    ])
  }

  /// The weights that scored today's accounts, in the `--weights` file format (so a fitted
  /// model can be inspected, and passed back as a prior), coefficients to 6 decimals.
  static func weightsFile(_ w: RiskWeights) -> JSONValue {
    .object([
      ("intercept", .double(rounded(w.intercept, 6))),
      (
        "weights",
        .object(
          Signal.allCases.map { ($0.key, .double(rounded(w[$0], 6))) }
            + w.customKeys.map { ($0, .double(rounded(w.customWeight($0) ?? 0, 6))) })
      ),
      (
        "thresholds",
        .object([
          ("wavering", .double(w.waveringThreshold)), ("at_risk", .double(w.atRiskThreshold)),
        ])
      ),
      (
        "default_retention",
        .object(RevenueClass.allCases.map { ($0.rawValue, .double(w.defaultRetention[$0.index])) })
      ),
    ])
  }

  static func dataQuality(_ company: Company, scoring: ScoringResult) -> JSONValue {
    let dq = company.dataQuality
    return .object([
      (
        "files",
        .array(
          dq.files.map { f in
            .object([
              ("file", .string(f.file)),
              ("rows_read", .int(Int64(f.rowsRead))),
              ("rows_accepted", .int(Int64(f.rowsAccepted))),
              ("ignored_columns", .array(f.ignoredColumns.map(JSONValue.string))),
            ])
          })
      ),
      ("rows_skipped", .int(Int64(dq.skippedCount))),
      (
        "skipped_mrr",
        dq.isSkippedMRRTooLarge || dq.isSkippedMRRUnknown ? .null : .money(dq.skippedMRRCents)
      ),
      ("rows_after_as_of", .int(Int64(dq.rowsAfterAsOf))),
      (
        "skipped",
        .array(
          dq.skipped.map { s in
            .object([
              ("file", .string(s.problem.file)),
              ("line", .int(Int64(s.problem.line))),
              ("problem", .string(s.problem.message)),
              ("mrr", s.mrrCents.map(JSONValue.money) ?? .null),
            ])
          })
      ),
      ("signals_unavailable", .array(scoring.unavailableSignals.map(JSONValue.string))),
      ("notes", .array(dq.notes.map(JSONValue.string))),
    ])
  }

  /// An account's `name` field: its name, or `null` when it has none (an empty name is none).
  static func accountName(_ a: Account) -> JSONValue {
    a.name.flatMap { $0.isEmpty ? nil : JSONValue.string($0) } ?? .null
  }

  static func accounts(_ analysis: Analysis) -> [JSONValue] {
    let company = analysis.company
    return analysis.scoring.scores.map { s in
      let a = company.accounts[s.account]
      // Live accounts are scored (one that has left has nothing to forecast); only those with
      // recurring ARR are classed.
      let live = s.isLive
      return .object([
        ("account_id", .string(a.id)),
        ("name", accountName(a)),
        ("status", .string(s.status.rawValue)),
        ("class", s.reportedClass.map { .string($0.rawValue) } ?? .null),
        (
          "risk_score",
          live
            ? .double(
              RevenueClass.shownScore(s.riskScore, weights: analysis.scoring.weightsUsed))
            : .null
        ),
        ("reasons", .array(live ? analysis.scoring.reasons(for: s).map(JSONValue.string) : [])),
        ("recurring_arr", .money(s.recurringARR)),
        ("retention_probability", live ? ratio(s.retentionProbability) : .null),
        ("quality_adjusted_arr", .money(s.qualityAdjustedARR)),
        ("segment", a.segment.map(JSONValue.string) ?? .null),
        ("contract_type", .string(a.contractType.rawValue)),
      ])
    }
  }
}
