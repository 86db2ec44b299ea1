import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

extension Analysis {
  /// The identities every analysis must satisfy (`docs/metrics.md`, `docs/scoring.md`,
  /// `docs/projection.md`) that this one breaks, each in words; empty when all hold.
  ///
  /// Checked: each bridge month balances and opens at the previous month's close; the ladder
  /// ties (headline + each step = recurring ARR) and scoring's recurring ARR is the ladder's;
  /// class ARR and class quality-adjusted ARR sum to their totals; quality-adjusted ARR and ARR
  /// at risk lie within 0 and recurring ARR; every live account's retention probability lies
  /// within 0 and 1 and its quality-adjusted ARR within 0 and its recurring ARR; the forecast's
  /// percentile ranges are finite and in order, GRR and logo retention within 0 and 1, NDR
  /// finite and not negative. The tests and the `analysis` fuzz target assert it is empty on
  /// companies of every shape.
  /// - Complexity: O(accounts + months).
  public var brokenIdentities: [String] {
    var broken: [String] = []
    func require(_ holds: Bool, _ identity: @autoclosure () -> String) {
      if !holds { broken.append(identity()) }
    }
    let bridge = metrics.bridge
    for (k, m) in bridge.enumerated() {
      require(m.isBalanced, "the bridge of \(m.month) does not balance")
      if k > 0 {
        require(
          m.opening == bridge[k - 1].closing,
          "the bridge of \(m.month) opens at \(m.opening), not at the previous close")
      }
    }
    let ladder = metrics.ladder
    require(
      ladder.steps.reduce(ladder.headline) { $0 + $1.arr } == ladder.recurring,
      "the ARR ladder does not tie: headline + steps ≠ recurring")
    require(
      scoring.recurringARR == ladder.recurring,
      "scoring's recurring ARR \(scoring.recurringARR) ≠ the ladder's \(ladder.recurring)")
    broken += scoring.classMix.brokenIdentities(
      recurringARR: scoring.recurringARR, qualityAdjustedARR: scoring.qualityAdjustedARR,
      arrAtRisk: scoring.arrAtRisk)
    scoring.scores.withUnsafeBufferPointer { scores in
      for s in scores where s.isLive {
        require(
          (0...1).contains(s.retentionProbability),
          "account \(s.account)'s retention probability \(s.retentionProbability) outside 0 … 1")
        require(
          (0...max(0, s.recurringARR)).contains(s.qualityAdjustedARR),
          "account \(s.account)'s quality-adjusted ARR outside 0 … its recurring ARR")
      }
    }
    broken += projection?.forecast?.brokenIdentities ?? []
    return broken
  }
}
