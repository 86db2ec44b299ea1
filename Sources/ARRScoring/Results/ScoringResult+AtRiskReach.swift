import ARRCore

extension Signal {
  /// Whether this is a signal of evidence: one that needs a column the data may not have and
  /// says what an account is doing or facing (a notice, a fall or a stop in usage, unused seats,
  /// few integrations, an unpaid invoice, usage below its minimum, a renewal due), as opposed to
  /// its terms (contract, billing, trial, tenure), which every account has, and its MRR's own
  /// history (contraction, volatility), which the revenue always gives. These are the signals
  /// that carry an ordinary paying account into the at-risk class: from the intercept (−3.0, an
  /// annual account billed annually), a cancellation notice alone (+4.0) reaches it, and so do
  /// usage falling (+2.5) with months of zero usage (+2.0), or unused seats (+1.5) with a payment
  /// past due (+1.2) (render review 28, R28-13; `docs/scoring.md`).
  public var isEvidence: Bool {
    switch self {
    case .usageDecline, .zeroUsageMonths, .renewalDue, .cancellationNotice, .cancelled,
      .seatUnderuse, .fewIntegrations, .pastDue, .belowCommitment:
      return true
    default:
      return false
    }
  }
}

extension ScoringResult {
  /// The evidence signals (``Signal/isEvidence``) that would raise a score (positive weight in
  /// the weights that scored the accounts) and that the data cannot support (their column is
  /// absent), in signal order.
  public var missingEvidenceSignals: [Signal] {
    let absent = Set(unavailableSignals)
    return Signal.allCases.filter {
      $0.isEvidence && context.weights[$0] > 0 && absent.contains($0.key)
    }
  }

  /// Whether some classed account could reach the at-risk threshold on the signals the data
  /// holds: its score with every evidence signal the data holds for it (available, and its
  /// value not empty: a blank `cancel_date` is no notice yet, a road; no contract end date is no
  /// renewal to come, none) at its riskiest (1 when its weight is positive, else 0), every custom
  /// activity signal it has at its riskiest (±1, the side its weight makes risky), and every
  /// other signal as measured (its terms, and its MRR's contraction and volatility: always
  /// available, and their riskiest, a fall to $0, is the departure itself, not a warning of
  /// it). Signals without a value add nothing, as in the score. `false` means the at-risk class
  /// is empty by construction: no account could have entered it whatever it did (render review
  /// 28, R28-13: the data-room imports of a company whose full data puts 26 accounts in it put
  /// none).
  ///
  /// Every account's reach is at least its score (each riskiest value adds at least what the
  /// measured one does), so an at-risk account can always reach it.
  /// - Complexity: O(accounts × months) at worst; stops at the first account that can, which
  ///   is the first account whenever the data has a cancellation notice column.
  public var canReachAtRisk: Bool {
    let w = context.weights
    let m = context.measurer
    // The riskiest log-odds each signal can add, or `nil` for one kept as measured.
    let riskiest: [Double?] = (0..<w.weights.count).map { i in
      guard i < Signal.count else { return abs(w.weights[i]) }
      return Signal.allCases[i].isEvidence ? max(w.weights[i], 0) : nil
    }
    for score in scores where score.isClassed {
      if score.revenueClass == .atRisk { return true }
      let v = m.values(score.account)
      var z = w.intercept
      for i in 0..<w.weights.count where !v[i].isNaN {
        z += riskiest[i] ?? w.weights[i] * v[i]
      }
      if RevenueClass.of(score: RiskWeights.score(logOdds: z), weights: w) == .atRisk {
        return true
      }
    }
    return false
  }
}
