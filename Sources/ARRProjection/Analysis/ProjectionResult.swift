import ARRCore

/// P10, P50 and P90 of a simulated figure (see `docs/projection.md`, "Simulation").
public struct PercentileRange: Sendable, Equatable {
  /// 10th percentile.
  public var p10: Double
  /// Median.
  public var p50: Double
  /// 90th percentile.
  public var p90: Double

  /// Creates a range from its three percentiles.
  public init(p10: Double, p50: Double, p90: Double) {
    self.p10 = p10
    self.p50 = p50
    self.p90 = p90
  }
}

/// How much the accounts that stayed moved over a 12-month window, per contract type.
public struct SurvivorMovement: Sendable, Equatable {
  /// The contract type, or `nil` for all accounts together (the fallback for small types).
  public var contractType: ContractType?
  /// Accounts paying at both ends of the window.
  public var survivors: Int
  /// Σ max(MRR end − MRR start, 0) ÷ Σ MRR start over the survivors, scaled to 12 months,
  /// blended with ``Shrinkage/priorExpansionRate`` by the survivors' effective number.
  public var expansionRate: Double
  /// Σ max(MRR start − MRR end, 0) ÷ Σ MRR start over the survivors, scaled to 12 months,
  /// blended with ``Shrinkage/priorContractionRate`` by the survivors' effective number.
  public var contractionRate: Double
  /// True when the type had too few survivors and the all-accounts rates are used for it.
  public var usesPooledRates: Bool
  /// The share of each blended rate that is this company's own measure: n_eff ÷ (n_eff + n₀),
  /// the survivors' effective number against the prior's pseudo-accounts (0 when the rates are
  /// the priors alone). The report says it where it labels a projection whose churn rests on
  /// the class defaults (session 17, report: a 12-month import's NDR read "priors only" though
  /// its expansion and contraction were mostly its own).
  public var ownWeight: Double
  /// The expansion and contraction the survivors showed, before the blend (after the growth
  /// fence), annualised; `nil` without survivors' MRR to measure. The report sets them beside
  /// the blended rates (render review 38, R38-1: "as last year's did" of an expansion the prior
  /// had pulled from 32.9% to 19.7%).
  public var observedExpansionRate: Double?
  public var observedContractionRate: Double?

  /// Creates a movement record.
  public init(
    contractType: ContractType?, survivors: Int, expansionRate: Double, contractionRate: Double,
    usesPooledRates: Bool = false, ownWeight: Double = 0, observedExpansionRate: Double? = nil,
    observedContractionRate: Double? = nil
  ) {
    self.observedExpansionRate = observedExpansionRate
    self.observedContractionRate = observedContractionRate
    self.contractType = contractType
    self.survivors = survivors
    self.expansionRate = expansionRate
    self.contractionRate = contractionRate
    self.usesPooledRates = usesPooledRates
    self.ownWeight = ownWeight
  }
}

/// Projected 12-month NDR, GRR and logo retention of the accounts paying at a month.
public struct RetentionForecast: Sendable, Equatable {
  /// The month the projection starts from (the accounts paying then are the base).
  public var baseMonth: Month
  /// Accounts with MRR > 0 at the base month.
  public var accounts: Int
  /// Σ MRR at the base month of those accounts, cents.
  public var baseMRR: Int64
  /// Expected NDR: Σ MRR × P(stay) × (1 − contraction + expansion) ÷ Σ MRR.
  public var ndr: Double
  /// Expected GRR: Σ MRR × P(stay) × (1 − contraction) ÷ Σ MRR.
  public var grr: Double
  /// Expected logo retention: Σ P(stay) ÷ accounts.
  public var logoRetention: Double
  /// Simulated ranges.
  public var ndrRange: PercentileRange
  public var grrRange: PercentileRange
  public var logoRetentionRange: PercentileRange
  /// Where the per-account probabilities came from (scoring's `retention_source`).
  public var retentionSource: String
  /// Months of history the expansion and contraction rates were measured on (≤ 12; 0 when
  /// there was too little history and both are their priors).
  public var movementWindowMonths: Int
  /// Survivor movement for all accounts, then per contract type present in the base.
  public var movements: [SurvivorMovement]
  /// Simulation paths and seed.
  public var paths: Int
  public var seed: UInt64
  /// Base accounts the simulation drew one by one (every account of a base of at most 200,
  /// else those holding 1% of its MRR or more; session 19, ranges lane).
  public var singleAccounts: Int = 0
  /// The largest of them (the first of equals), by account index (`nil` when none was drawn on
  /// its own).
  public var largestSingleAccount: Int? = nil
  /// Its share of the base's MRR (`nil` when none was drawn on its own).
  public var largestSingleShare: Double? = nil
  /// The share of paths on which that account left (`nil` when none was drawn on its own).
  public var largestSingleLeaves: Double? = nil
  /// When that account holds half the base's MRR or more and can leave: its chance of leaving
  /// and NDR and GRR if it does, from the model that gives the mean (``LargestAccountTail``).
  public var largestAccountTail: LargestAccountTail? = nil
  /// The accounts drawn on their own with the largest one's MRR, it among them (1 when it is
  /// largest alone; 0 when none was drawn on its own). On a tie none of them is "the" largest,
  /// so ``largestAccountTail`` is `nil` (trial 37, T37-27: of two converted trials at $50 each,
  /// the sort order's first was "C0, 50.0% of MRR, leaves").
  public var largestSingleTied: Int = 0
  /// The base's effective number of accounts by MRR, (Σ MRR)² ÷ Σ MRR² (`nil`: as many as
  /// ``accounts``, equal): what decides, with ``calibrationAccounts``, how precisely the
  /// figures are printed (``precision``; trial 37, T37-3).
  public var effectiveAccounts: Double? = nil
  /// The accounts of outcomes the stay probabilities were calibrated on: the backtest's
  /// accounts, 0 when they are the documented class defaults (`nil`: not said; trial 37,
  /// T37-4).
  public var calibrationAccounts: Int? = nil
}

/// The projection checked on the company itself: projected at `asOf − 12` with only the data
/// known then, compared with what happened.
public struct ProjectionBacktest: Sendable, Equatable {
  /// The projection made at the base month.
  public var forecast: RetentionForecast
  /// Realised trailing figures at the as-of month (same base accounts).
  public var realisedNDR: Double
  public var realisedGRR: Double
  public var realisedLogoRetention: Double
  /// Where the truncated company's retention probabilities came from (scoring's
  /// `retention_source`: `class_defaults` when the base month had under 13 months of history).
  public var methodUsed: String
  /// Which weights scored the truncated company (scoring's `model_used`).
  public var modelUsed: String

  /// Projected − realised, in percentage points.
  public var ndrErrorPoints: Double { (forecast.ndr - realisedNDR) * 100 }
  public var grrErrorPoints: Double { (forecast.grr - realisedGRR) * 100 }
  public var logoErrorPoints: Double { (forecast.logoRetention - realisedLogoRetention) * 100 }
}

/// A fitted (or not fittable) sBG retention curve of one group of accounts.
public struct RetentionCurve: Sendable, Equatable {
  /// Whether the group is a segment or a contract type.
  public enum Grouping: String, Sendable {
    case segment
    case contractType = "contract_type"
  }

  /// The outcome of the fit.
  public enum Status: String, Sendable {
    case fitted
    /// Fewer accounts or periods than the documented minimum.
    case insufficientData = "insufficient_data"
    /// Annual periods without two years of cohort history.
    case notAvailable = "not_available"
    /// The data could not identify the model (e.g. nobody lost).
    case fitFailed = "fit_failed"
    /// The likelihood was maximised at a bound: α or β ran to 0 or to ∞
    /// (``ShiftedBetaGeometric/isDegenerate``). The fit is kept for inspection but is not a
    /// fitted model: it gives no LTV and is not charted.
    case degenerateFit = "degenerate_fit"
    /// α and β both ran to ∞ with their ratio α/(α+β) equal to the observed churn
    /// (``ShiftedBetaGeometric/isGeometricLimit``): the constant-churn special case, one churn
    /// rate for every account, so retention does not improve with tenure. It gives an LTV from
    /// that constant churn; its α and β mean nothing by themselves (session 22, t21 lane;
    /// trial 21, L1).
    case constantChurn = "constant_churn"
  }

  public var grouping: Grouping
  /// Segment name (`(no segment)` for blank) or contract type raw value.
  public var key: String
  /// Months per period: 1 (monthly renewals) or 12 (annual renewals).
  public var periodMonths: Int
  public var status: Status
  /// Why it was not fitted, when it was not.
  public var note: String?
  /// Accounts in the fitted cohorts (left-censored first-month accounts excluded).
  public var accounts: Int
  /// Start-month cohorts fitted (those observed for at least one period).
  public var cohorts: Int
  /// Longest observation, in periods.
  public var periods: Int
  /// The fit, when ``status`` is fitted.
  public var fit: SBGFit?
  /// Mean over the group's accounts paying at as-of of S(age + 12 months)/S(age).
  public var projectedLogoRetention12Months: Double?
  /// Σ lost ÷ Σ at risk over every observed period: the average churn per period.
  public var observedChurnPerPeriod: Double?
  /// Σ lost: the churns ``observedChurnPerPeriod`` counts.
  public var observedChurns = 0
}

extension SBGFit: Equatable {
  public static func == (a: SBGFit, b: SBGFit) -> Bool {
    a.model == b.model && a.logLikelihood == b.logLikelihood
      && a.observedSurvival == b.observedSurvival && a.fittedSurvival == b.fittedSurvival
      && a.cohortCount == b.cohortCount
  }
}

/// Lifetime value of one segment's accounts.
public struct SegmentLifetimeValue: Sendable, Equatable {
  public var segment: String
  /// Months per period of the segment's curve.
  public var periodMonths: Int
  /// Mean MRR of the segment's paying accounts × months per period, currency units.
  public var arpa: Double
  /// Gross margin used (company.json, or 1 when absent).
  public var grossMargin: Double
  public var isGrossMarginDefault: Bool
  /// Discount rate per period (from the annual rate).
  public var discountRatePerPeriod: Double
  /// The valuation; `nil` when the segment's curve was not fitted.
  public var value: LifetimeValue?
  /// DERL for renewals made 0…7.
  public var derl: [Double]
  /// Margin-adjusted ARPA × mean DERL over the segment's paying accounts at their renewals made.
  public var ltvExisting: Double?
  /// LTV of a new account ÷ CAC, when company.json gives CAC.
  public var ltvToCAC: Double?
  /// The naive figure, margin-adjusted ARPA ÷ churn: ``LifetimeValue/naive`` with a fitted
  /// curve, else from the observed churn alone; `nil` when no churn was observed.
  public var naive: Double?
  /// The churn ``naive`` divides by.
  public var naiveChurnRate: Double?
  /// Why the figures differ, or why they are missing.
  public var explanation: String
  /// The account the mean ARPA leans on (``Projection/isDominant(largest:total:count:)``;
  /// trial 22, T22-18).
  public var dominant: DominantAccount? = nil
}

/// An account whose MRR in the as-of month raises its segment's mean ARPA by at least half over
/// the mean of the segment's other paying accounts (``Projection/isDominant(largest:total:count:)``):
/// the mean, and the LTV built on it, describe that account more than a typical one (trial 22, T22-18: one account of 30 was 67% of MRR, and a new account's LTV
/// read about three times a typical account's).
public struct DominantAccount: Sendable, Equatable {
  /// The account's id.
  public var id: String
  /// The account as prose names it (``Account/quotedLabel``: its name with its id when the
  /// data names it).
  public var label: String
  /// Its share of the segment's MRR in the as-of month.
  public var share: Double
  /// Mean MRR of the segment's other paying accounts × months per period, currency units.
  public var arpaWithout: Double

  public init(id: String, label: String? = nil, share: Double, arpaWithout: Double) {
    self.id = id
    self.label = label ?? "\"\(id)\""
    self.share = share
    self.arpaWithout = arpaWithout
  }
}

/// Everything the projection stage computes for one company.
public struct ProjectionResult: Sendable, Equatable {
  /// The projection for the accounts paying at as-of; `nil` when none pays.
  public var forecast: RetentionForecast?
  /// Why projected and trailing retention differ, in words.
  public var explanation: String
  /// The same projection made 12 months ago, against what happened.
  public var backtest: ProjectionBacktest?
  /// Why the backtest could not run, when it could not.
  public var backtestNote: String?
  /// sBG curves per segment (by name; beyond ``Projection/segmentLimit`` + 1 segments only the
  /// ``Projection/segmentLimit`` with the most recurring ARR), then per contract type.
  public var curves: [RetentionCurve]
  /// Kaplan–Meier logo survival of every account that ever paid, in months.
  public var kaplanMeier: [KMPoint]
  /// LTV per segment, by name (the segments of ``curves``).
  public var lifetimeValues: [SegmentLifetimeValue]
  /// The plan ``forecast`` was made from (the company and scoring ``Projection/run`` was
  /// given), kept so that a stress run forecasts its columns from it rather than building it
  /// again; `nil` when built without one. Derived from the inputs, so not part of equality.
  public var forecastPlan: ForecastPlan? = nil

  /// Equal figures: every property but ``forecastPlan``.
  public static func == (a: ProjectionResult, b: ProjectionResult) -> Bool {
    a.forecast == b.forecast && a.explanation == b.explanation && a.backtest == b.backtest
      && a.backtestNote == b.backtestNote && a.curves == b.curves
      && a.kaplanMeier == b.kaplanMeier && a.lifetimeValues == b.lifetimeValues
  }
}
