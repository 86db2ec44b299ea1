import ARRCore

extension ScoringResult {
  /// Every signal's value for `score`'s account (computed on access).
  /// - Parameter score: One of ``scores``.
  /// - Returns: One value per ``Signal``, in signal order; `nil` = unavailable or unknown.
  /// - Complexity: O(months).
  public func signals(for score: AccountScore) -> [SignalValue] {
    let v = context.measurer.values(score.account)
    return Signal.allCases.map {
      SignalValue(signal: $0, value: v[$0.rawValue].isNaN ? nil : v[$0.rawValue])
    }
  }

  /// Every custom activity signal's value for `score`'s account (``ActivitySignals``), in the
  /// order of ``RiskWeights/customKeys``: each activity column's level, then its trend. Computed
  /// on access; empty when `monthly.csv` has no activity column.
  /// - Parameter score: One of ``scores``.
  /// - Complexity: O(months).
  public func activitySignals(for score: AccountScore) -> [ActivitySignalValue] {
    let m = context.measurer
    guard m.width > Signal.count else { return [] }
    let v = m.values(score.account)
    return m.customKeys.enumerated().map { k, key in
      let x = v[Signal.count + k]
      return ActivitySignalValue(key: key, value: x.isNaN ? nil : x)
    }
  }

  /// The top risk-raising reasons for `score`'s account in words, largest contribution first
  /// (at most three); empty for retained accounts. Computed on access; a report writing every
  /// account's reasons uses ``withReasonWriter(_:)``.
  /// - Parameter score: One of ``scores``.
  /// - Complexity: O(months).
  public func reasons(for score: AccountScore) -> [String] {
    guard score.revenueClass != .retained else { return [] }
    return Reasons.top(account: score.account, context: context, limit: ReasonWriter.limit)
  }
}
