extension ClassMix {
  /// The identities a class mix and the totals it splits must satisfy that these break, each in
  /// words (`docs/definitions.md`, "Identities"): class ARR and class quality-adjusted ARR sum
  /// to their totals, quality-adjusted ARR lies within 0 and recurring ARR, and ARR at risk is
  /// their difference. Empty when all hold.
  /// - Parameters:
  ///   - recurringARR: The total recurring ARR the mix splits, cents.
  ///   - qualityAdjustedARR: The total quality-adjusted ARR, cents.
  ///   - arrAtRisk: The expected 12-month loss, cents.
  /// - Complexity: O(1).
  public func brokenIdentities(
    recurringARR: Int64, qualityAdjustedARR: Int64, arrAtRisk: Int64
  ) -> [String] {
    var broken: [String] = []
    if self.recurringARR != recurringARR {
      broken.append("class ARR does not sum to recurring ARR")
    }
    if self.qualityAdjustedARR != qualityAdjustedARR {
      broken.append("class quality-adjusted ARR does not sum to quality-adjusted ARR")
    }
    if !(0...max(0, recurringARR)).contains(qualityAdjustedARR) {
      broken.append("quality-adjusted ARR outside 0 … recurring ARR")
    }
    if arrAtRisk != recurringARR - qualityAdjustedARR {
      broken.append("ARR at risk ≠ recurring − quality-adjusted ARR")
    }
    return broken
  }
}
