/// One scenario and its figures.
public struct StressOutcome: Sendable {
  public var scenario: StressScenario
  public var figures: StressFigures
  /// The accounts `lose_top_accounts` removed, ranked when the shock was applied
  /// (``TopAccountLoss/none`` for a scenario that loses none).
  public var topAccountLoss: TopAccountLoss

  /// An outcome.
  /// - Parameters:
  ///   - scenario: The scenario.
  ///   - figures: Its column.
  ///   - topAccountLoss: The accounts it removed; none by default.
  public init(
    scenario: StressScenario, figures: StressFigures, topAccountLoss: TopAccountLoss = .none
  ) {
    self.scenario = scenario
    self.figures = figures
    self.topAccountLoss = topAccountLoss
  }

  /// True when the scenario moves nothing: no account is affected and its projection is the
  /// base's (an `expansion_multiplier` alone moves the projection without touching an
  /// account's state).
  /// - Parameter base: The base column.
  public func hasNoEffect(against base: StressFigures) -> Bool {
    guard figures.accountsAffected == 0 else { return false }
    let (a, b) = (figures.forecast, base.forecast)
    return a?.ndr == b?.ndr && a?.grr == b?.grr && a?.logoRetention == b?.logoRetention
  }
}
