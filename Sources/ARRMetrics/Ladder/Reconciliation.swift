import ARRCore

/// How the ARR a company claims (`reported_arr`) compares with the ladder (`docs/metrics.md`).
public struct Reconciliation: Sendable, Equatable {
  /// The claimed ARR in cents, if there is one: `company.json`'s `reported_arr`, which an
  /// import writes from a summary tab's ARR row (docs/metrics.md, "Reported-ARR reconciliation").
  public var reportedARR: Int64?
  /// `reportedARR − headline`, in cents (positive: the claim is higher).
  public var gapToHeadline: Int64?
  /// `reportedARR − recurring`, in cents.
  public var gapToRecurring: Int64?
  /// `reportedARR − committed`, in cents.
  public var gapToCommitted: Int64?
  /// 12 × (MRR + one-time revenue) of the as-of month, in cents: what a claim that counts
  /// one-off fees as recurring would say.
  public var runRateWithOneTime: Int64
  /// True when the claim is within 0.5% of ``runRateWithOneTime`` but not within 0.5% of
  /// headline ARR: the claim appears to count one-time fees.
  public var isOneTimeInClaim: Bool

  public init(
    reportedARR: Int64?, gapToHeadline: Int64?, gapToRecurring: Int64?, gapToCommitted: Int64?,
    runRateWithOneTime: Int64, isOneTimeInClaim: Bool
  ) {
    self.reportedARR = reportedARR
    self.gapToHeadline = gapToHeadline
    self.gapToRecurring = gapToRecurring
    self.gapToCommitted = gapToCommitted
    self.runRateWithOneTime = runRateWithOneTime
    self.isOneTimeInClaim = isOneTimeInClaim
  }

  /// Relative tolerance of "matches": 0.5%, i.e. `|claim − x| × 200 ≤ |x|`.
  public static let matchToleranceDivisor: Int64 = 200

  /// The reconciliation of `company`'s claimed ARR against `ladder`.
  /// - Parameters:
  ///   - company: The company (its profile's `reportedARR` and as-of one-time revenue).
  ///   - ladder: The ladder of the same company.
  /// - Returns: The gaps and the one-time flag (gaps `nil` and flag false without a claim).
  public static func compute(_ company: Company, ladder: ARRLadder) -> Reconciliation {
    let oneTime = company.revenue.oneTimeByMonth.last ?? 0
    let withOneTime = ladder.headline + 12 * oneTime
    guard let claim = company.profile.reportedARR else {
      return Reconciliation(
        reportedARR: nil, gapToHeadline: nil, gapToRecurring: nil, gapToCommitted: nil,
        runRateWithOneTime: withOneTime, isOneTimeInClaim: false)
    }
    let flag =
      matches(claim, withOneTime) && !matches(claim, ladder.headline)
    return Reconciliation(
      reportedARR: claim, gapToHeadline: claim - ladder.headline,
      gapToRecurring: claim - ladder.recurring, gapToCommitted: claim - ladder.committed,
      runRateWithOneTime: withOneTime, isOneTimeInClaim: flag)
  }

  /// True when `claim` is within 0.5% of `target` (exactly equal when `target` is 0).
  static func matches(_ claim: Int64, _ target: Int64) -> Bool {
    let gap = (claim - target).magnitude
    let (scaled, overflow) = gap.multipliedReportingOverflow(by: UInt64(matchToleranceDivisor))
    return !overflow && scaled <= target.magnitude
  }
}
