/// What happened to each class over the 12 months after the backtest's base month.
public struct ClassOutcome: Sendable, Equatable {
  /// Accounts of the class with MRR > 0 at the base month.
  public var accounts: Int
  /// Of those, accounts with MRR 0 at the as-of month.
  public var churned: Int
  /// Σ MRR at the base month, cents.
  public var baseMRR: Int64
  /// Σ MRR at the as-of month of the same accounts, cents.
  public var endMRR: Int64
  /// Σ min(MRR at as-of, MRR at base), cents.
  public var retainedMRR: Int64

  public init(accounts: Int, churned: Int, baseMRR: Int64, endMRR: Int64, retainedMRR: Int64) {
    self.accounts = accounts
    self.churned = churned
    self.baseMRR = baseMRR
    self.endMRR = endMRR
    self.retainedMRR = retainedMRR
  }

  /// `retainedMRR / baseMRR`; `nil` without base MRR.
  public var grossDollarRetention: Double? {
    baseMRR > 0 ? Double(retainedMRR) / Double(baseMRR) : nil
  }
  /// `endMRR / baseMRR`; `nil` without base MRR.
  public var netDollarRetention: Double? {
    baseMRR > 0 ? Double(endMRR) / Double(baseMRR) : nil
  }
  /// `1 − churned / accounts`; `nil` without accounts.
  public var logoRetention: Double? {
    accounts > 0 ? 1 - Double(churned) / Double(accounts) : nil
  }
  /// `churned / accounts`; `nil` without accounts.
  public var churnRate: Double? { accounts > 0 ? Double(churned) / Double(accounts) : nil }

  mutating func merge(_ o: ClassOutcome) {
    accounts += o.accounts
    churned += o.churned
    baseMRR += o.baseMRR
    endMRR += o.endMRR
    retainedMRR += o.retainedMRR
  }

  static let zero = ClassOutcome(accounts: 0, churned: 0, baseMRR: 0, endMRR: 0, retainedMRR: 0)
}

/// The backtest: every account scored as of `asOf − 12` with only what was known then, and
/// what happened over the next 12 months (see `docs/scoring.md`).
public struct Backtest: Sendable {
  /// The month scored at (`asOf − 12`).
  public var baseMonth: Month
  /// The month outcomes are read at (the as-of month).
  public var endMonth: Month
  /// Outcomes per class (indexed by ``RevenueClass/index``), classes from the configured weights
  /// (the defaults or the `--weights` file), which were not tuned on this history.
  public var classes: [ClassOutcome]
  /// AUC of the configured-weights score for churn (scores compared at 0.001 resolution,
  /// ties counting one half); `nil` without both churners and survivors.
  public var auc: Double?
  /// Signals that could not be measured at the base month.
  public var unavailableSignals: [String]
  /// Σ min(end, base) ÷ Σ base over the accounts that did not churn: how much of a survivor's
  /// MRR stays (contraction only). Scales the fitted model's survival into dollar retention.
  public var survivorDollarRetention: Double
  /// The fitted model, when there was enough history (``Scoring/minimumScoredAccounts`` and
  /// ``Scoring/minimumChurners``).
  public var fit: LogisticFit?
  /// AUC of the fitted model on the rows it was fitted on (in-sample, so optimistic).
  public var fittedAUC: Double?
  /// Why no model was fitted, when none was.
  public var fitSkippedReason: String?

  public init(
    baseMonth: Month, endMonth: Month, classes: [ClassOutcome], auc: Double?,
    unavailableSignals: [String], survivorDollarRetention: Double, fit: LogisticFit?,
    fittedAUC: Double?, fitSkippedReason: String?
  ) {
    self.baseMonth = baseMonth
    self.endMonth = endMonth
    self.classes = classes
    self.auc = auc
    self.unavailableSignals = unavailableSignals
    self.survivorDollarRetention = survivorDollarRetention
    self.fit = fit
    self.fittedAUC = fittedAUC
    self.fitSkippedReason = fitSkippedReason
  }

  /// Outcome of one class.
  public subscript(revenueClass: RevenueClass) -> ClassOutcome { classes[revenueClass.index] }

  /// All classes together.
  public var total: ClassOutcome {
    var t = ClassOutcome.zero
    for c in classes { t.merge(c) }
    return t
  }

  /// At-risk churn rate ÷ overall churn rate; `nil` when either is undefined or overall is 0.
  public var atRiskLift: Double? {
    guard let r = self[.atRisk].churnRate, let all = total.churnRate, all > 0 else { return nil }
    return r / all
  }
}

/// Area under the ROC curve from score histograms: P(a churner outscores a survivor), ties ½.
struct AUCHistogram: Sendable {
  static let bins = 100_001
  var churned = [Int](repeating: 0, count: bins)
  var stayed = [Int](repeating: 0, count: bins)

  mutating func add(score: Double, churned isChurn: Bool) {
    let b = min(Self.bins - 1, max(0, Int((score * 1000).rounded())))
    if isChurn { churned[b] += 1 } else { stayed[b] += 1 }
  }

  mutating func merge(_ o: AUCHistogram) {
    for b in 0..<Self.bins {
      churned[b] += o.churned[b]
      stayed[b] += o.stayed[b]
    }
  }

  var auc: Double? {
    var staySoFar = 0.0
    var wins = 0.0
    var c = 0.0
    var s = 0.0
    for b in 0..<Self.bins {
      let cb = Double(churned[b])
      let sb = Double(stayed[b])
      wins += cb * (staySoFar + sb / 2)
      staySoFar += sb
      c += cb
      s += sb
    }
    guard c > 0 && s > 0 else { return nil }
    return wins / (c * s)
  }
}
