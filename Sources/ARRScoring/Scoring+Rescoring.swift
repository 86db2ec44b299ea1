import ARRCore

extension Scoring {
  /// Whether an account is live at the as-of month: recurring MRR or as-of MRR above zero, or an
  /// active trial that has started. The one rule behind ``AccountStatus/live``, shared by
  /// ``run(_:recurringMRR:weights:)`` and ``liveness(_:recurringMRR:)``.
  /// - Parameters:
  ///   - recurringMRR: The account's recurring MRR, cents.
  ///   - asOfMRR: Its MRR in the as-of month, cents.
  ///   - trialStatus: Its trial status.
  ///   - hasStarted: Whether its start date is on or before the as-of month's last day (an
  ///     earlier view, `--as-of`, can see a trial that starts later).
  /// - Returns: Whether it is live.
  @inlinable
  public static func isLive(
    recurringMRR: Int64, asOfMRR: Int64, trialStatus: TrialStatus, hasStarted: Bool
  ) -> Bool {
    recurringMRR > 0 || asOfMRR > 0 || (trialStatus == .active && hasStarted)
  }

  /// Which accounts of `company` are live at its as-of month, by ``isLive(recurringMRR:asOfMRR:trialStatus:hasStarted:)``:
  /// exactly the `isLive` of every score ``run(_:recurringMRR:weights:)`` would give, without
  /// scoring (stress scenarios need liveness, not a new model).
  /// - Parameters:
  ///   - company: The company.
  ///   - recurringMRR: Each account's recurring MRR at the as-of month, cents.
  /// - Returns: One flag per account, in account order.
  /// - Complexity: O(accounts).
  public static func liveness(_ company: Company, recurringMRR: [Int64]) -> [Bool] {
    precondition(recurringMRR.count == company.accountCount)
    let last = company.monthCount - 1
    let cutoff = CivilDate.lastDay(of: company.asOf)
    return company.withAccountRows { accounts in
      accounts.indices.map { i in
        let terms = accounts.terms(i)
        return isLive(
          recurringMRR: recurringMRR[i], asOfMRR: company.revenue.mrr(account: i, month: last),
          trialStatus: terms.trialStatus, hasStarted: terms.startDate <= cutoff)
      }
    }
  }

  /// The risk scores of some accounts of `company` under a model already made, with their
  /// signals measured at the as-of month exactly as ``run(_:recurringMRR:weights:)`` measures
  /// them: what a stress scenario needs for the accounts its shocks touched, without a new
  /// backtest, fit or calibration.
  ///
  /// Custom activity signals are matched to the model by key, so a model made on a company with
  /// the same activity columns reads the same values.
  /// - Parameters:
  ///   - accounts: Account indices.
  ///   - company: The company (e.g. the base company after a data shock).
  ///   - model: The model, e.g. the base run's ``ScoringResult/weightsUsed``.
  /// - Returns: One risk score (0–100) per entry of `accounts`, in their order.
  /// - Complexity: O(accounts.count × months), split across cores.
  public static func riskScores(of accounts: [Int], in company: Company, model: RiskWeights)
    -> [Double]
  {
    guard !accounts.isEmpty else { return [] }
    let measurer = SignalMeasurer(company: company, column: company.monthCount - 1)
    // Where each measured custom signal sits in the model's vector (nil: the model has none).
    let slots = measurer.customKeys.map { key in
      model.customKeys.firstIndex(of: key).map { Signal.count + $0 }
    }
    // Split like the scoring run: one buffer pair per range, the measuring borrowed once.
    let parts = Concurrent.map(Concurrent.ranges(accounts.count, parallelFrom: parallelAccounts)) {
      _, range -> [Double] in
      var measured = [Double](repeating: .nan, count: measurer.width)
      var vector = [Double](repeating: .nan, count: model.weights.count)
      return measurer.withRows { rows in
        range.map { j in
          for k in measured.indices { measured[k] = .nan }
          measured.withUnsafeMutableBufferPointer {
            measurer.measure(accounts[j], in: rows, into: $0)
          }
          for s in 0..<Signal.count { vector[s] = measured[s] }
          for (k, slot) in slots.enumerated() {
            if let slot { vector[slot] = measured[Signal.count + k] }
          }
          return vector.withUnsafeBufferPointer { RiskWeights.score(logOdds: model.logOdds($0)) }
        }
      }
    }
    return parts.flatMap { $0 }
  }
}
