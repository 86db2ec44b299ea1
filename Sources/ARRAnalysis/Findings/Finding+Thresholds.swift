import ARRScoring

/// The documented thresholds of the findings (`docs/findings.md` states each in words).
extension Finding {
  /// Months of history below which `short_history` fires (the backtest needs 13: a base
  /// month and twelve months of outcomes).
  public static let shortHistoryMonths = 13
  /// Accounts scored in the backtest below which `thin_backtest` fires.
  public static let thinBacktestAccounts = 100
  /// Churners in the backtest below which `thin_backtest` fires (critical at zero).
  public static let thinBacktestChurners = 10
  /// `churn_cliff`: a month's churned MRR must exceed this multiple of the trailing norm…
  public static let churnCliffMultiple = 3.0
  /// …and this share of the month's opening MRR.
  public static let churnCliffShareOfOpening = 0.10
  /// `churn_cliff`: a cliff this many months before as-of, or nearer, is recent…
  public static let churnCliffRecentMonths = 12
  /// …share of a cliff's leavers at their term's end (or paying again within 12 months, for a
  /// cliff recurring in the same month of the year) that explains it…
  public static let churnCliffExplainedShare = 0.75
  /// …and the most recent cliffs whose leavers are read (a pass over the accounts each).
  public static let churnCliffExplainedMonths = 24
  /// `shrinking_mrr`: fall of MRR over the last 12 months from which it fires…
  public static let shrinkingMRRShare = 0.10
  /// …share of the fall from which the one month holding it is named…
  public static let shrinkingOneMonthShare = 2.0 / 3.0
  /// …and months without a new account from which the message says so.
  public static let shrinkingQuietMonths = 6
  /// `renewal_concentration`: share of committed ARR one contract-end month must hold…
  public static let renewalConcentrationShare = 0.5
  /// …and share of headline ARR.
  public static let renewalConcentrationHeadlineShare = 0.25
  /// `billings_in_mrr`: accounts on a payment rhythm from which it fires…
  public static let billingsRhythmMinimumAccounts = 3
  /// …payments each needs at exactly the same distance (two when the billing cadence names
  /// that distance)…
  public static let billingsRhythmMinimumPayments = 3
  /// …and the share of the headline (with their ARR at stake) from which it is critical.
  public static let billingsRhythmCriticalShare = 0.10
  /// Months before the month whose mean churned MRR is the trailing norm (fewer at the start
  /// of the data, but at least ``churnCliffMinimumNormMonths``).
  public static let churnCliffNormMonths = 6
  /// Leavers a month needs for its churn to be asked about as a cliff ("a data cut-off?");
  /// fewer are named as concentrated churn, at most a warning (session 22, lead; trial 22,
  /// T22-26).
  public static let churnCliffMinimumLeavers = 3
  /// `contraction_cliff`: share of the accounts paying in both months that must pay less in
  /// the second (the churn cliff's multiple, share of opening, norm months and minimum accounts
  /// apply to its contraction).
  public static let contractionCliffStayerShare = 0.5
  /// `seasonal_run_rate`: how far 12 × the as-of MRR must be from the last 12 months' revenue
  /// (as a share of it, above in season, below off-season)…
  public static let seasonalRunRateGap = 0.25
  /// …and from which it is critical.
  public static let seasonalRunRateCriticalGap = 0.5
  /// `skipped_rows`: the share of the as-of month's MRR (with the skipped rows' amounts, an
  /// unreadable one taken at the month before's) in skipped rows from which it is critical:
  /// the headline rests on them (trial 37, T37-22).
  public static let skippedRowsCriticalShare = 0.10
  /// Prior months with opening MRR a month needs before it can be called a cliff.
  public static let churnCliffMinimumNormMonths = 3
  /// `revenue_gap`'s weight among warnings: above `churn_cliff`'s 2 + share (a gap is a
  /// cliff of the whole company) and under `short_history`'s 4.
  public static let revenueGapWeight = 3.5
  /// Accounts each of two classes needs in the backtest before their churn is compared for
  /// `classes_not_ordered`.
  public static let classOrderMinimumAccounts = 10
  /// Cross-validated AUC below which `poor_discrimination` fires: the AUC from which scoring
  /// trusts the classes' defaults as their priors in full (one figure for one idea).
  public static let poorDiscriminationAUC = Shrinkage.trustedRankingAUC
  /// Share of headline ARR with unknown contract terms from which `unknown_terms` fires
  /// (info), and from which it is a warning.
  public static let unknownTermsInfoShare = 0.01
  public static let unknownTermsWarningShare = 0.10
  /// `tenure_mix`: months of paying under which an account's revenue is young…
  public static let tenureMixYoungMonths = 3
  /// …and under which it has not yet had a year of churn.
  public static let tenureMixYearMonths = 12
  /// Share of the MRR paying at as-of from accounts paying under 3 months from which
  /// `tenure_mix` is a warning (page-one eligible)…
  public static let tenureMixWarningShare = 0.4
  /// …and information; or under 12 months from this share (information).
  public static let tenureMixInfoShare = 0.2
  public static let tenureMixYearInfoShare = 0.5
  /// Largest account's share of recurring ARR from which `concentration` fires, a warning.
  public static let concentrationInfoShare = 0.10
  /// Largest account's share of recurring ARR from which `concentration` is critical when that
  /// account has paid in one month only: the headline is then mostly one payment (trial 22,
  /// T22-9).
  public static let oneMonthAccountCriticalShare = 0.5
  /// Committed share of headline ARR below which `low_commitment` fires.
  public static let lowCommitmentShare = 0.5
  /// The share of headline ARR from which accounts paying past their contract end date are a
  /// warning, not information (`lapsed_still_paying`).
  public static let lapsedStillPayingWarningShare = 0.1
  /// `ended_still_paying`: the months a trial or pilot must have paid, each of them after the
  /// month its trial or term ended and the last the as-of month, for its status to read as
  /// stale (3: one bill after an end is an overlap, three in a row are a customer).
  public static let endedStillPayingMonths = 3
  /// Accounts that must qualify on a side (new, or leaving) for `partial_months`, the share of
  /// them that must show a partial month, and the share of the window's expansion (or
  /// contraction) from which it is a warning.
  public static let partialMonthsMinimumAccounts = 5
  public static let partialMonthsShare = 0.5
  public static let partialMonthsWarningShare = 0.25
  /// Points between trailing NDR and the same on the usage contracts' 3-month basis from which
  /// `usage_basis_ndr` fires (info), and from which it is a warning.
  public static let usageBasisGapPoints = 5.0

  /// `quality_above_run_rate`: the least excess of usage contracts' quality-adjusted ARR over
  /// 12 × their as-of MRR, as a share of quality-adjusted ARR, that is said (1%); a warning
  /// from 5%.
  public static let aboveRunRateShare = 0.01
  /// The share of quality-adjusted ARR it may be overstated by (the excess less the usual
  /// swings and less what accounts billed above their average would add) from which
  /// `quality_above_run_rate` is a warning (trial 37, T37-19).
  public static let aboveRunRateWarningShare = 0.05
  public static let usageBasisWarningPoints = 20.0
  /// Points between projected and trailing NDR from which `projection_vs_trailing` fires.
  public static let projectionGapPoints = 3.0
  /// Largest move of imported headline ARR under the other reading of the ambiguous import
  /// choices, as a share of headline, from which `ambiguous_import` fires (info), is a warning,
  /// and is critical: a headline that could be a fifth lower is not a figure to quote alone.
  public static let ambiguousImportInfoShare = 0.01
  public static let ambiguousImportWarningShare = 0.05
  public static let ambiguousImportCriticalShare = 0.20
  /// Points by which last year's projected NDR or GRR must miss the realised figure for
  /// `projection_missed` to fire: well outside the few points a sound projection misses by, and
  /// more than most P10–P90 half-widths.
  public static let projectionMissPoints = 10.0
  /// Shares of headline ARR that is not recurring (trials, pilots, usage above its 3-month
  /// average) from which `quality_gap` is a warning and critical (trial 51, T51-48).
  public static let qualityGapWarningShare = 0.2
  public static let qualityGapCriticalShare = 0.5
  /// `segments_like_ids` fires with more distinct segment values than this (the Markdown
  /// names 12 segments, so a few more are still a segmentation)…
  public static let segmentsLikeIDsMinimum = 20
  /// …that are at least this share of the number of accounts.
  public static let segmentsLikeIDsShare = 0.5
  /// `segments_like_ids`'s weight among warnings: the least, as `degenerate_fit`'s 0.05 or
  /// just above it: no company-level figure is in doubt.
  public static let segmentsLikeIDsWeight = 0.1
  /// `no_price_history` without a Stripe subscriptions export alone: the bridge's last months
  /// that must all show no expansion and no contraction (a year)…
  public static let noPriceHistoryMonths = 12
  /// …while at least this many accounts paid at the trailing base month (a few accounts on
  /// fixed prices for a year are common; dozens are not).
  public static let noPriceHistoryAccounts = 20
  /// `no_price_history`'s weight among warnings: under `revenue_gap`'s 3.5 and `short_history`'s
  /// 4 (the headline stands; retention is in doubt), above `thin_backtest`'s 3.
  public static let noPriceHistoryWeight = 3.2
  /// `fixed_prices`' weight among info findings: context for NDR, under the quality gap's.
  public static let fixedPricesWeight = 0.3
  /// `snapshot_history`'s weight among critical findings: the retention figures, not the
  /// headline, are in doubt, so it ranks under a critical finding about the headline's share.
  public static let snapshotHistoryWeight = 0.5
  /// `survivors_only`: the yearly logo churn against which no departure is weighed, 5%: one
  /// minus the retained class's documented default retention (0.95), the least churn the
  /// priors assume of any account.
  public static let survivorsOnlyYearlyChurn = 0.05
  /// …raised when the chance that no account would leave at that churn is under 25%…
  public static let survivorsOnlyChance = 0.25
  /// …critical under 5%…
  public static let survivorsOnlyCriticalChance = 0.05
  /// …among at least this many accounts that ever paid (a handful of accounts keeping a year
  /// is common).
  public static let survivorsOnlyAccounts = 20
  /// `survivors_only`'s weight: as `snapshot_history`'s among critical findings (retention, not
  /// the headline, is in doubt); among warnings above `no_price_history`'s 3.2.
  public static let survivorsOnlyWeight = (critical: 0.5, warning: 3.3)
  /// `import_finding`: critical when the ARR an importer's finding names is at least this share
  /// of headline ARR (or when it doubts the amounts' unit)…
  public static let importFindingCriticalShare = 0.10
  /// …a warning from this share, info below it; a warning when the importer cannot name it.
  public static let importFindingWarningShare = 0.01
  /// `import_finding`'s weight when it doubts the amounts' unit: every figure moves 100 times,
  /// so it leads the critical findings (above `one_time_in_claim`'s 10).
  public static let importUnitDoubtWeight = 11.0
  /// Most characters of an importer's finding quoted in a report finding; a longer one is cut
  /// at a word and points to Data quality, where it is in full (page one fits a page).
  public static let importFindingQuoteLength = 420
}
