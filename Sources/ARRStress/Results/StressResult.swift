import ARRAnalysis

/// The base and every scenario, side by side.
public struct StressResult: Sendable {
  /// The analysis of the unshocked company that every column is measured against.
  public var analysis: Analysis
  /// The base column: the figures of the unshocked company.
  public var base: StressFigures
  /// One per scenario, in the order given.
  public var scenarios: [StressOutcome]
  /// Where the base trial conversion probability comes from.
  public var trialConversion: TrialConversion
}
