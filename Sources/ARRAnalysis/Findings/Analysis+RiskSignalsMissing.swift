import ARRCore
import ARRScoring

extension Analysis {
  /// True when `risk_signals_missing` holds: some evidence signal is absent from the data and
  /// no classed account could reach the at-risk class on the signals it holds
  /// (``riskSignalsMissing(_:f:)``'s rule, for the summary rows and the walk chart that carry
  /// its caveat; render review 30, R30-5).
  public static func isAtRiskOutOfReach(_ scoring: ScoringResult) -> Bool {
    !scoring.missingEvidenceSignals.isEmpty && scoring.classMix.accounts > 0
      && !scoring.canReachAtRisk
  }

  /// `risk_signals_missing`: no classed account could reach the at-risk threshold on the
  /// signals the data holds (``ScoringResult/canReachAtRisk``), and some evidence signal that
  /// could have carried one there is absent (``ScoringResult/missingEvidenceSignals``). The
  /// at-risk class is then empty by construction, whatever the accounts did, and
  /// quality-adjusted ARR is likely overstated: the accounts that would have been at risk are
  /// priced as wavering or retained (session 29; render review 28, R28-13: enterprise-saas puts
  /// 26 accounts and $3.52M of ARR in the at-risk class; its workbook export, the same 400
  /// accounts without the notice, usage, seat or payment columns, puts none, and its
  /// quality-adjusted ARR is $60.1M against $58.9M).
  ///
  /// Triggered on the rule, not on the class being empty: an empty class the data could have
  /// filled is evidence, and says nothing here. Warning; weight 1 (above the largest account's
  /// share, below the backtest's own warnings: it is about the data's reach, not a measured
  /// miss), whether or not `poor_discrimination` also holds: "weakly supported" says the figure
  /// is uncertain, this says which way it is likely wrong, the more useful fact for a board
  /// (render review 32, R32-5: at 0.05 under `poor_discrimination` it fell to sixth, off page
  /// one, in billings and movements).
  /// - Parameters:
  ///   - scoring: The company's scoring.
  ///   - f: The company's number format.
  /// - Returns: The finding, or `nil` when an account could reach the at-risk class, when no
  ///   evidence signal is missing, or when no account is classed.
  /// - Parameter grrMiss: Last year's GRR projection when it missed by 3 points or more
  ///   (``LastYearsProjection/statedRetentionMiss(_:recurringARR:f:)``): one that ran low
  ///   points the figure the other way, so the finding gives this count's effect, not a verdict
  ///   (render review 40, R40-2: the finding said "likely overstated" beside a row saying "may
  ///   be off either way").
  static func riskSignalsMissing(
    _ scoring: ScoringResult, f: NumberFormat, grrMiss: LastYearsProjection? = nil
  ) -> Finding? {
    // The notice's column also gives `cancelled`: it is named once, as the notice. The
    // heaviest first, three by name: page one has room for a short list.
    let w = scoring.weightsUsed
    let missing = scoring.missingEvidenceSignals.filter {
      $0 != .cancelled || !scoring.missingEvidenceSignals.contains(.cancellationNotice)
    }.sorted { w[$0] != w[$1] ? w[$0] > w[$1] : $0 < $1 }
    guard !missing.isEmpty, isAtRiskOutOfReach(scoring) else { return nil }
    let named = missing.prefix(maximumNamedSignals).map(\.words)
    let rest = missing.count - named.count
    let listed =
      rest > 0
      ? named.joined(separator: ", ") + " or \(count(rest, "other signal", f))"
      : named.count > 1
        ? named.dropLast().joined(separator: ", ") + " or " + named[named.count - 1] : named[0]
    // Every class priced at the pooled rate: the accounts that would be at risk are priced as
    // they would be there, so the figure is not overstated by them (render review 33, R33-1).
    // A notice prices its account to leave whatever the class: its absence still overstates
    // (session 34's review).
    let qa = f.compactMoney(cents: scoring.qualityAdjustedARR)
    let effect =
      grrMiss?.isUnder == true
      ? ", which alone overstates quality-adjusted ARR (\(qa))."
      : ", so quality-adjusted ARR (\(qa)) is likely overstated."
    let consequence =
      !scoring.isPricedPooled
      ? effect
      : scoring.isNoticeMissing
        ? "; priced pooled, only the missing notice counts: it would price its account to "
          + "leave" + effect
        : "; quality-adjusted ARR (\(qa)) is not moved by it, as every class is priced at the "
          + "company's pooled retention."
    return Finding(
      code: .riskSignalsMissing, severity: .warning,
      message: "No account can reach the at-risk class on the signals the data holds (it has no "
        + "\(listed)): the class is empty for want of evidence, not by it" + consequence,
      weight: 1)
  }

  /// Most missing signals `risk_signals_missing` names; beyond, "or N other signals".
  static let maximumNamedSignals = 3
}
