import ARRAnalysis
import ARRCore
import ARRProjection

extension ReportContext {
  /// Last year's GRR projection when it missed by ``LastYearsProjection/statedMissTenths`` or
  /// more: the quality-adjusted and loss rows rest on the same retention probabilities (R38-5).
  var statedRetentionMiss: LastYearsProjection? {
    LastYearsProjection.statedRetentionMiss(
      projection, recurringARR: metrics.ladder.recurring, f: format)
  }

  /// Last year's projection of NDR (`net`) or GRR against what was realised, or `nil` without
  /// a projection backtest (``LastYearsProjection/of(_:net:f:)``).
  func lastYearsProjection(net: Bool) -> LastYearsProjection? {
    LastYearsProjection.of(projection, net: net, f: format)
  }

  /// Where the reader finds the miss in full: the `projection_missed` finding when it was
  /// raised (a miss of ``Finding/projectionMissPoints`` or more), else Retention's table of
  /// last year's projection.
  var lastYearsProjectionPointer: String {
    analysis.findings.contains { $0.code == .projectionMissed } ? "see Findings" : "see Retention"
  }
}
