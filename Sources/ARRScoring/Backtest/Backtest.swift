import ARRCore

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
  /// Σ (MRR at the base month)², cents²: with ``baseMRR`` it gives the class's effective
  /// number of accounts (``Shrinkage/effectiveCount(sum:squares:)``).
  public var baseSquares: Double
  /// Σ MRR at the base month of the accounts that did not churn, cents.
  public var survivorBaseMRR: Int64
  /// Σ (MRR at the base month)² of the accounts that did not churn, in cents²: with
  /// ``survivorBaseMRR`` it gives their effective number (``Shrinkage/effectiveCount(sum:squares:)``).
  public var survivorBaseSquares: Double

  /// Creates an outcome. Sums of squares not given are those of equal accounts; the
  /// survivors' base MRR not given is taken as `retainedMRR` (no contraction).
  public init(
    accounts: Int, churned: Int, baseMRR: Int64, endMRR: Int64, retainedMRR: Int64,
    baseSquares: Double? = nil, survivorBaseMRR: Int64? = nil, survivorBaseSquares: Double? = nil
  ) {
    self.accounts = accounts
    self.churned = churned
    self.baseMRR = baseMRR
    self.endMRR = endMRR
    self.retainedMRR = retainedMRR
    let survivors = accounts - churned
    self.baseSquares =
      baseSquares ?? (accounts > 0 ? Double(baseMRR) * Double(baseMRR) / Double(accounts) : 0)
    let base = survivorBaseMRR ?? retainedMRR
    self.survivorBaseMRR = base
    self.survivorBaseSquares =
      survivorBaseSquares
      ?? (survivors > 0 ? Double(base) * Double(base) / Double(survivors) : 0)
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
    baseSquares += o.baseSquares
    survivorBaseMRR += o.survivorBaseMRR
    survivorBaseSquares += o.survivorBaseSquares
  }

  static let zero = ClassOutcome(
    accounts: 0, churned: 0, baseMRR: 0, endMRR: 0, retainedMRR: 0, baseSquares: 0,
    survivorBaseMRR: 0, survivorBaseSquares: 0)
}

/// The backtest: every account scored as of `asOf − 12` with only what was known then, and
/// what happened over the next 12 months (see `docs/scoring.md`).
public struct Backtest: Sendable {
  /// The month scored at (`asOf − 12`).
  public var baseMonth: Month
  /// The month outcomes are read at (the as-of month).
  public var endMonth: Month
  /// Outcomes per class (indexed by ``RevenueClass/index``), each account classed by the model
  /// used today (``modelUsed``) with a score it did not see the account's outcome for: the
  /// configured weights (not tuned on this history), or the fitted model cross-validated.
  public var classes: [ClassOutcome]
  /// The model chosen for today's scores, which also classed ``classes``: the fitted model
  /// when its cross-validated AUC beats the configured weights' AUC, else the configured
  /// weights.
  public var modelUsed: ModelUsed
  /// AUC of the configured-weights score for churn (scores compared at 0.001 resolution,
  /// ties counting one half); `nil` without both churners and survivors. Out of sample: the
  /// configured weights were not tuned on this history.
  public var auc: Double?
  /// Signals that could not be measured at the base month.
  public var unavailableSignals: [String]
  /// Σ min(end, base) ÷ Σ base over the accounts that did not churn: how much of a survivor's
  /// MRR stays (contraction only). Scales the fitted model's survival into dollar retention.
  public var survivorDollarRetention: Double
  /// The fitted model, when there was enough history (``Scoring/minimumScoredAccounts`` and
  /// ``Scoring/minimumChurners``); present even when it lost to the configured weights.
  public var fit: LogisticFit?
  /// AUC of the fitted model on the rows it was fitted on (in-sample, so optimistic).
  public var fittedAUC: Double?
  /// AUC of the fitted model out of sample: every account scored by a fit that never saw it
  /// (``Scoring/crossValidationFolds``-fold cross-validation over the fit rows; the full fit
  /// for accounts outside them). Decides ``modelUsed``.
  public var crossValidatedAUC: Double?
  /// Why no model was fitted, when none was.
  public var fitSkippedReason: String?
  /// Why a fitted model was not used (it did not beat the configured weights out of sample).
  public var fitRejectedReason: String?
  /// Predicted against observed churn by score band, Brier score and calibration error of the
  /// model used today, scored out of sample (the configured weights, or the fitted model
  /// cross-validated); `nil` without scored accounts.
  public var calibration: Calibration?
  /// The default weights' intercept moved to this company's base churn, when the configured
  /// weights are the documented defaults (``Recalibration``). While the configured weights are
  /// the model used, ``classes`` and ``calibration`` are those of the recalibrated scores, each
  /// fold's accounts scored with the shift fitted on the other folds; ``auc`` is unchanged by a
  /// shift (up to folds' differing shifts) and stays the raw default weights'.
  public var recalibration: Recalibration?

  public init(
    baseMonth: Month, endMonth: Month, classes: [ClassOutcome], modelUsed: ModelUsed,
    auc: Double?, unavailableSignals: [String], survivorDollarRetention: Double,
    fit: LogisticFit? = nil, fittedAUC: Double? = nil, crossValidatedAUC: Double? = nil,
    fitSkippedReason: String? = nil, fitRejectedReason: String? = nil
  ) {
    self.baseMonth = baseMonth
    self.endMonth = endMonth
    self.classes = classes
    self.modelUsed = modelUsed
    self.auc = auc
    self.unavailableSignals = unavailableSignals
    self.survivorDollarRetention = survivorDollarRetention
    self.fit = fit
    self.fittedAUC = fittedAUC
    self.crossValidatedAUC = crossValidatedAUC
    self.fitSkippedReason = fitSkippedReason
    self.fitRejectedReason = fitRejectedReason
  }

  /// Outcome of one class.
  public subscript(revenueClass: RevenueClass) -> ClassOutcome { classes[revenueClass.index] }

  /// All classes together.
  public var total: ClassOutcome {
    var t = ClassOutcome.zero
    for c in classes { t.merge(c) }
    return t
  }

  /// The class's churn rate ÷ the overall churn rate (above 1: the class churned more often than
  /// the average account); `nil` when either is undefined or the overall rate is 0.
  public func lift(_ revenueClass: RevenueClass) -> Double? {
    guard let r = self[revenueClass].churnRate, let all = total.churnRate, all > 0 else {
      return nil
    }
    return r / all
  }
}

/// Area under the ROC curve from score histograms: P(a churner outscores a survivor), ties ½.
///
/// Scores fall in 100,001 bins (score × 1,000, rounded: 0…100 in steps of 0.001). The
/// histogram keeps one four-byte entry per score added (its bin, and whether the account
/// churned) and counts the bins only when read (``counts()``): the backtest pass keeps three
/// histograms per account range, eight ranges at once, and dense bins (two `Int32` arrays,
/// 0.8 MB a histogram) held 19 MB whatever the company's size — the peak of a 100,000-account
/// analysis, 0.4× its input — against 4 bytes a scored account.
struct AUCHistogram: Sendable {
  static let bins = 100_001
  /// An entry's churn flag, above its bin.
  private static let churnFlag: UInt32 = 1 << 31
  /// Each score added, as its bin with ``churnFlag`` for a churner; counts need no order.
  private var entries: [UInt32] = []

  /// Scores added.
  var count: Int { entries.count }

  mutating func add(score: Double, churned isChurn: Bool) {
    let b = min(Self.bins - 1, max(0, Int((score * 1000).rounded())))
    entries.append(UInt32(b) | (isChurn ? Self.churnFlag : 0))
  }

  mutating func merge(_ o: AUCHistogram) { entries.append(contentsOf: o.entries) }

  /// Churners and survivors per bin.
  /// - Complexity: O(bins + scores).
  func counts() -> (churned: [Int32], stayed: [Int32]) {
    var churned = [Int32](repeating: 0, count: Self.bins)
    var stayed = [Int32](repeating: 0, count: Self.bins)
    for e in entries {
      let b = Int(e & ~Self.churnFlag)
      if e & Self.churnFlag != 0 { churned[b] += 1 } else { stayed[b] += 1 }
    }
    return (churned, stayed)
  }

  var auc: Double? {
    let (churned, stayed) = counts()
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
