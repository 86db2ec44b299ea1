import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension RetentionSimulation {
  /// One account drawn on its own: it stays (keeping its end MRR, then expanding and
  /// contracting like its bucket would) or leaves, a Bernoulli draw with its stay probability
  /// moved by the path's churn shock. See `docs/projection.md`, "Accounts drawn one by one".
  public struct Single: Sendable, Equatable {
    /// P(still paying in 12 months), 0–1.
    public var stayProbability: Double
    /// MRR now, currency units (what the base counts).
    public var mrr: Double
    /// MRR × end factor: what a stayer's MRR is before expansion and contraction.
    public var endMRR: Double
    /// Expansion of a stayer over 12 months per retained dollar.
    public var expansionRate: Double
    /// Contraction of a stayer over 12 months per retained dollar.
    public var contractionRate: Double
    /// Churn odds (1 − p) ÷ p, kept so a path moves them with one multiplication.
    let churnOdds: Double

    /// Creates a single account.
    /// - Parameters:
    ///   - stayProbability: P(still paying in 12 months), 0–1.
    ///   - mrr: its MRR now, currency units.
    ///   - endFactor: what a stayer's MRR is multiplied by before expansion and contraction
    ///     (1 normally; a stress scenario's change otherwise).
    ///   - expansionRate: 12-month expansion per retained dollar.
    ///   - contractionRate: 12-month contraction per retained dollar.
    public init(
      stayProbability p: Double, mrr m: Double, endFactor: Double = 1, expansionRate: Double,
      contractionRate: Double
    ) {
      stayProbability = p
      mrr = m
      endMRR = m * endFactor
      self.expansionRate = expansionRate
      self.contractionRate = contractionRate
      churnOdds = p > 0 ? (1 - p) / p : .infinity
    }

    /// P(stay) with the churn odds multiplied by `churnOdds` (e^u of the path's shock u): the
    /// same move as ``RetentionSimulation/shifted(_:by:)`` makes for a bucket.
    @inline(__always)
    func stay(churnOdds factor: Double) -> Double { 1 / (1 + churnOdds * factor) }
  }

  /// Base accounts a company may have for every one of them to be drawn on its own.
  public static let singleAccountLimit = 200
  /// In a larger base, an account is drawn on its own when its MRR is at least this share of
  /// the base's MRR (1%: at most 100 such accounts).
  public static let singleShare = 0.01

  /// Whether an account of MRR `mrr` in a base of `accounts` accounts and `baseMRR` is drawn on
  /// its own: always in a base of at most ``singleAccountLimit`` accounts, else when it holds
  /// at least ``singleShare`` of the base's MRR. Integers (cents), so the rule has no
  /// rounding: `mrr × 100 ≥ baseMRR`.
  public static func isSingle(mrr: Int64, accounts: Int, baseMRR: Int64) -> Bool {
    if accounts <= singleAccountLimit { return true }
    let (scaled, overflow) = mrr.multipliedReportingOverflow(by: Int64((1 / singleShare).rounded()))
    return overflow || scaled >= baseMRR
  }
}
