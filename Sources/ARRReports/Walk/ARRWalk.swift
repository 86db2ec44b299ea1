import ARRAnalysis
import ARRScoring

/// The walk from headline ARR to quality-adjusted ARR, step by step (`docs/metrics.md`).
///
/// Steps, in order: headline; trials removed; pilots removed; usage normalised to its
/// three-month average; = recurring; the expected 12-month loss of at-risk, wavering and
/// retained accounts (recurring ARR × (1 − retention probability), per class); = quality-adjusted.
/// Identity, exact in cents: each subtotal equals the previous subtotal plus the steps between.
public struct ARRWalk: Sendable, Equatable {
  /// One bar of the walk.
  public struct Step: Sendable, Equatable {
    /// Stable snake_case key (`headline`, `trials_removed`, …).
    public var key: String
    /// Words for a table row or chart label.
    public var label: String
    /// For a subtotal, the level; for a change, the signed change. Cents.
    public var arr: Int64
    public var isSubtotal: Bool
  }

  public var steps: [Step]

  /// The key of the usage step (usage at its 3-month average).
  public static let usageKey = "usage_normalised"

  /// The key of the at-risk class's expected-loss step.
  public static let atRiskLossKey = "expected_loss_\(RevenueClass.atRisk.rawValue)"

  /// Builds the walk of an analysis.
  /// - Parameter analysis: The analysis.
  public init(_ analysis: Analysis) {
    let ladder = analysis.metrics.ladder
    let mix = analysis.scoring.classMix
    var steps = [
      Step(key: "headline", label: "Headline ARR", arr: ladder.headline, isSubtotal: true)
    ]
    steps.append(
      Step(
        key: "trials_removed", label: "Trials removed (active or expired)",
        arr: ladder.step(.trialRemoved).arr,
        isSubtotal: false))
    steps.append(
      Step(
        key: "pilots_removed", label: "Pilots removed", arr: ladder.step(.pilotRemoved).arr,
        isSubtotal: false))
    steps.append(
      Step(
        key: Self.usageKey, label: "Usage at 3-month average",
        arr: ladder.step(.usageAveraged).arr, isSubtotal: false))
    steps.append(
      Step(key: "recurring", label: "Recurring ARR", arr: ladder.recurring, isSubtotal: true))
    for c in [RevenueClass.atRisk, .wavering, .retained] {
      let s = mix[c]
      steps.append(
        Step(
          key: "expected_loss_\(c.rawValue)", label: "Expected 12-month loss, \(c.label) class",
          arr: s.qualityAdjustedARR - s.recurringARR, isSubtotal: false))
    }
    steps.append(
      Step(
        key: "quality_adjusted", label: "Quality-adjusted ARR",
        arr: analysis.scoring.qualityAdjustedARR, isSubtotal: true))
    self.steps = steps
  }
}
