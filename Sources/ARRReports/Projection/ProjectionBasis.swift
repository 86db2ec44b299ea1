import ARRAnalysis
import ARRProjection

/// What projected NDR, GRR and logo retention rest on: one idea, said in words by the Markdown
/// (``ReportContext/projectionBasis``) and by its ``code`` in report.json's `projection_basis`
/// (docs/report-style.md, "What a projection rests on"; session 18, report: the JSON said
/// `priors_only` where the Markdown said the movement was partly the company's own).
enum ProjectionBasis: Equatable, Sendable {
  /// A backtest calibrated each account's odds of staying on the company's own churn.
  case backtestCalibrated
  /// Every part is the documented defaults': no backtest, and no movement window (under 3
  /// months) or no survivor to measure expansion and contraction on.
  case priorsOnly
  /// Churn from the documented class defaults; expansion and contraction blend the
  /// survivors' own movement over `windowMonths` with the documented defaults, the company's
  /// share being `ownWeight` (``SurvivorMovement/ownWeight``, n_eff ÷ (n_eff + 20)).
  case defaultChurnBlendedMovement(ownWeight: Double, windowMonths: Int)
  /// Churn from the documented class defaults; the data cannot show a price change
  /// (`no_price_history`, `snapshot_history`), so the movement's zeros measure nothing.
  case defaultChurnUnmeasuredMovement

  /// Months of history a projection needs before it rests on the company's own churn (a
  /// backtest year plus its base month).
  static let calibratedHistoryMonths = 13

  /// The basis of `analysis`'s projection, `nil` when there is none.
  init?(_ analysis: Analysis) {
    guard let fc = analysis.projection?.forecast else { return nil }
    // A backtest of no account calibrates nothing (trial 30, T30-7: a year without revenue
    // before the as-of year was labelled `backtest_calibrated`).
    guard
      analysis.company.monthCount < Self.calibratedHistoryMonths
        || (analysis.scoring.backtest?.total.accounts ?? 0) == 0
    else {
      self = .backtestCalibrated
      return
    }
    guard fc.movementWindowMonths > 0,
      let all = fc.movements.first(where: { $0.contractType == nil }), all.ownWeight > 0
    else {
      self = .priorsOnly
      return
    }
    if analysis.findings.contains(where: {
      $0.code == .noPriceHistory || $0.code == .snapshotHistory
    }) {
      self = .defaultChurnUnmeasuredMovement
    } else {
      self = .defaultChurnBlendedMovement(
        ownWeight: all.ownWeight, windowMonths: fc.movementWindowMonths)
    }
  }

  /// report.json's `projection_basis`.
  var code: String {
    switch self {
    case .backtestCalibrated: return "backtest_calibrated"
    case .priorsOnly: return "priors_only"
    case .defaultChurnBlendedMovement: return "default_churn_blended_movement"
    case .defaultChurnUnmeasuredMovement: return "default_churn_unmeasured_movement"
    }
  }
}
