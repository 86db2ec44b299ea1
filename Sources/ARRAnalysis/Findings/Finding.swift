/// One thing a reader should know about a company's figures, with a stable code.
///
/// Findings are concluded by the analysis (``Analysis/findings``); reports only render them
/// (JSON `findings`, the executive summary's page-one list, the Findings section). Every code,
/// its severity and its threshold are documented in `docs/findings.md`.
public struct Finding: Sendable, Equatable {
  /// How much a finding should change what a reader does with the figures.
  public enum Severity: String, Sendable, CaseIterable, Comparable {
    /// Context worth knowing; no figure is in doubt.
    case info
    /// A figure rests on thin or odd evidence: read it with the caution given.
    case warning
    /// A headline figure is misstated or cannot be trusted as printed.
    case critical

    /// Rank for ordering: info 0, warning 1, critical 2.
    var rank: Int {
      switch self {
      case .info: 0
      case .warning: 1
      case .critical: 2
      }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  /// The stable codes (JSON `code`). Never renamed: readers filter on them.
  public enum Code: String, Sendable, CaseIterable {
    /// The claimed ARR equals 12 × (MRR + one-time revenue).
    case oneTimeInClaim = "one_time_in_claim"
    /// Input rows were skipped under `--lenient`.
    case skippedRows = "skipped_rows"
    /// No account pays recurring revenue at the as-of month.
    case noRecurringRevenue = "no_recurring_revenue"
    /// Under 13 months of history: no backtest, projected figures from priors only.
    case shortHistory = "short_history"
    /// The backtest holds too few accounts or churners to calibrate on.
    case thinBacktest = "thin_backtest"
    /// A month's churned MRR far above its trailing norm and a large share of opening MRR.
    case churnCliff = "churn_cliff"
    /// Most accounts paying in two months pay less in the second, after months with little
    /// contraction: a month loaded in part, a price cut, or a real fall.
    case contractionCliff = "contraction_cliff"
    /// The as-of month and the same month a year before sit on one side of a swing within the
    /// year: 12 × the as-of MRR is far from what the last 12 months billed.
    case seasonalRunRate = "seasonal_run_rate"
    /// Months with no MRR at all between months with revenue: a month missing from the data?
    case revenueGap = "revenue_gap"
    /// Accounts paying one month in k with $0 between: invoices typed into `mrr`.
    case billingsInMRR = "billings_in_mrr"
    /// MRR fell 10% or more over the last 12 months.
    case shrinkingMRR = "shrinking_mrr"
    /// One contract-end month in the next 12 holds half of committed ARR or more.
    case renewalConcentration = "renewal_concentration"
    /// Last year's churn did not rise from retained to wavering to at-risk.
    case classesNotOrdered = "classes_not_ordered"
    /// An sBG fit at a bound, or with α or β running to 0 or ∞.
    case degenerateFit = "degenerate_fit"
    /// A share of ARR has unknown contract terms.
    case unknownTerms = "unknown_terms"
    /// The cross-validated AUC of the model used today is under 0.6.
    case poorDiscrimination = "poor_discrimination"
    /// Quality-adjusted ARR against headline ARR.
    case qualityGap = "quality_gap"
    /// Recurring ARR held by at-risk accounts.
    case atRiskARR = "at_risk_arr"
    /// Projected NDR differs from trailing NDR by 3 points or more.
    case projectionVersusTrailing = "projection_vs_trailing"
    /// Imported headline ARR moves by 1% or more if the importer's ambiguous choices went the
    /// other way.
    case ambiguousImport = "ambiguous_import"
    /// Last year's projection, made with the data known then, missed realised NDR or GRR by
    /// 10 points or more.
    case projectionMissed = "projection_missed"
    /// The largest account holds 10% or more of recurring ARR.
    case concentration
    /// Under half of headline ARR is committed.
    case lowCommitment = "low_commitment"
    /// Trailing NDR moves by points when usage contracts count at 3-month averages.
    case usageBasisNDR = "usage_basis_ndr"
    /// Most new accounts start, or most leavers end, with a month below their flat price.
    case partialMonths = "partial_months"
    /// Annual or multi-year accounts still pay after their contract end date.
    case lapsedStillPaying = "lapsed_still_paying"
    /// Trials and pilots, left out of recurring ARR, that have paid every month for months
    /// since their trial or term ended.
    case endedStillPaying = "ended_still_paying"
    /// The segment column has nearly as many distinct values as accounts: an id, not a
    /// segmentation.
    case segmentsLikeIDs = "segments_like_ids"
    /// An imported company's data cannot show a price change (a Stripe subscriptions export
    /// alone, or no expansion and no contraction in a year of a paying base): expansion and
    /// contraction are not measured.
    case noPriceHistory = "no_price_history"
    /// An imported ledger's billed amounts never rose or fell over a year of a paying base:
    /// fixed-price plans, measured (the lines bill each period's own amount), not unmeasured.
    case fixedPrices = "fixed_prices"
    /// An imported company's revenue history is a snapshot of current amounts (one row per
    /// customer, a start, no end): expansion, contraction and churn before it are not in the
    /// data, so the retention figures rest on an assumed flat history.
    case snapshotHistory = "snapshot_history"
    /// No account that paid in the data ever stopped paying, over enough account-years that
    /// some churn was all but certain: the data may hold only today's customers, so trailing
    /// retention is an upper bound (session 21, lead; trial 21, S1).
    case survivorsOnly = "survivors_only"
    /// Much of the MRR paying at as-of is from accounts that first paid in the last 3 (or 12) months:
    /// revenue whose retention no figure of the data has measured (session 27, t27b lane;
    /// trial 25, T25-4).
    case tenureMix = "tenure_mix"
    /// An importer's finding (a customer list's rows that nearly match an account, amounts that
    /// look like cents…), ranked by the ARR it can move (T22-12).
    case importFinding = "import_finding"
    /// The data holds none of the signals that could carry an account into the at-risk class
    /// (a cancellation notice, usage, seats, an unpaid invoice…): the class is empty by
    /// construction and quality-adjusted ARR likely overstated (session 29; render review 28,
    /// R28-13).
    case riskSignalsMissing = "risk_signals_missing"
    /// Usage contracts' quality-adjusted ARR exceeds what they bill now, their 3-month average
    /// holding a recent spike (session 36, lead; render review 35, R35-1).
    case qualityAboveRunRate = "quality_above_run_rate"
  }

  /// The stable code.
  public var code: Code
  public var severity: Severity
  /// One or two sentences with the numbers, ready for a report.
  public var message: String
  /// Importance within a severity, on one scale: the share of headline ARR the finding is
  /// about (a gap of 20% of headline weighs 0.20); fixed documented weights where no share
  /// applies. Orders findings; not written out.
  public var weight: Double
  /// A finding that says what this one says, more strongly: when it is on page one, this one
  /// leaves page one for the Findings list (a fact is stated once per page; render review 40,
  /// R40-6). `nil` for most. Not written out.
  public var yieldsTo: Code?

  /// Creates a finding.
  /// - Parameters:
  ///   - code: The stable code.
  ///   - severity: How much it should change what a reader does.
  ///   - message: One or two sentences with the numbers.
  ///   - weight: Importance within a severity.
  ///   - yieldsTo: The finding that, on page one, says this one's point (``yieldsTo``).
  public init(
    code: Code, severity: Severity, message: String, weight: Double, yieldsTo: Code? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.weight = weight
    self.yieldsTo = yieldsTo
  }

  /// Most findings on page one of a report (the executive summary).
  public static let pageOneLimit = 5

  /// `findings` most important first: by severity, then by weight, then by code (so equal
  /// weights keep one order).
  /// - Complexity: O(n log n).
  public static func ranked(_ findings: [Finding]) -> [Finding] {
    findings.sorted {
      if $0.severity != $1.severity { return $0.severity > $1.severity }
      if $0.weight != $1.weight { return $0.weight > $1.weight }
      return $0.code.rawValue < $1.code.rawValue
    }
  }

  /// What page one shows: every critical finding and then the most important others, at most
  /// ``pageOneLimit`` in all (criticals beyond the limit are still all shown: none is hidden);
  /// and how many more the body lists. A finding that yields to another (``yieldsTo``) is left
  /// to the body when that one is on page one, and its place goes to the next.
  /// - Parameter findings: Findings in ``ranked(_:)`` order.
  /// - Returns: The page-one list and the count left for the body.
  /// - Complexity: O(n × page).
  public static func pageOne(_ findings: [Finding]) -> (shown: [Finding], more: Int) {
    let critical = findings.count { $0.severity == .critical }
    let limit = max(pageOneLimit, critical)
    // Leaving a finding out only moves the ones after it up, so a finding a yielder defers to
    // stays on the page once there: repeat until no yielder on the page has its stronger
    // finding beside it. A critical finding never yields its place (none is hidden).
    var isLeftOut = [Bool](repeating: false, count: findings.count)
    while true {
      let page = findings.indices.filter { !isLeftOut[$0] }.prefix(limit)
      let codes = Set(page.map { findings[$0].code })
      let yielding = page.filter {
        findings[$0].severity != .critical && findings[$0].yieldsTo.map(codes.contains) == true
      }
      guard !yielding.isEmpty else {
        return (page.map { findings[$0] }, findings.count - page.count)
      }
      for k in yielding { isLeftOut[k] = true }
    }
  }

}
