#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How `churn_multiplier` scales an account's chance of leaving: it multiplies the **hazard**
/// (the rate of leaving), not the 12-month loss probability itself.
///
/// Multiplying the loss probability would clip at certainty: doubling a 60% loss gives 120%,
/// capped to 100%, so every such account "surely leaves" and projected NDR and GRR collapse to
/// exactly 0 with no range. With a constant hazard h over the year the 12-month retention is
/// p = e^(−h); a k× hazard gives p' = e^(−k·h) = p^k, so the loss q = 1 − p becomes
/// q' = 1 − (1 − q)^k: about k × q when q is small, rising towards (never reaching) 1 when q is
/// large. Documented in `docs/stress.md`.
public enum ChurnHazard {
  /// The 12-month retention probability after multiplying the churn hazard by `k`.
  ///
  /// Certain outcomes stay certain: p = 1 (no hazard) stays 1 for any k, and p = 0 (already
  /// gone, e.g. a lost top account) stays 0, even for k = 0 — a multiplier cannot bring back an
  /// account that has left. Otherwise k = 0 gives 1 (no churn) and k = 1 gives p unchanged.
  /// - Parameters:
  ///   - p: The retention probability before the shock, 0–1.
  ///   - k: The hazard multiplier, ≥ 0.
  /// - Returns: p^k, in 0–1.
  /// - Complexity: O(1).
  public static func retention(_ p: Double, hazardTimes k: Double) -> Double {
    if k == 1 { return p }
    if p <= 0 { return 0 }
    if p >= 1 { return 1 }
    return min(1, max(0, pow(p, k)))
  }
}
