import ARRCore

/// Trials that started in one month and what became of them by the as-of month.
public struct TrialCohort: Sendable, Equatable {
  /// The month of the trial's start (`start_date`).
  public var month: Month
  public var trials: Int
  public var converted: Int
  public var expired: Int
  /// Still in trial at the as-of month.
  public var active: Int

  /// Converted ÷ (converted + expired); `nil` while none has resolved.
  public var conversionRate: Double? {
    converted + expired > 0 ? Double(converted) / Double(converted + expired) : nil
  }

  /// Whether the month is still open: half or more of its trials still running, so its
  /// conversion is its quickest resolvers', not the month's (render review 35, R35-15; render
  /// review 38, R38-9: JSON gave 2026-10's 54.5% with no flag while the report said "open").
  public var isOpen: Bool { Self.isOpen(trials: trials, active: active) }

  /// ``isOpen`` for `trials` of which `active` are still in trial.
  public static func isOpen(trials: Int, active: Int) -> Bool { active > 0 && 2 * active >= trials }

  /// Trial-to-paid conversion by trial-start month: every account with a trial status other
  /// than `none`, grouped by the month of its `start_date`, up to the as-of month.
  /// - Parameter company: The company.
  /// - Returns: One cohort per month with at least one trial, oldest first.
  /// - Complexity: O(accounts log months).
  public static func compute(_ company: Company) -> [TrialCohort] {
    compute(company, parallelFrom: Concurrent.minimumParallelCells)
  }

  /// ``compute(_:)`` counted in account ranges on every core from `threshold` accounts, each
  /// range's counts then added month by month (whole numbers: the split changes nothing;
  /// session 16, perf); tests pass 1.
  static func compute(_ company: Company, parallelFrom threshold: Int) -> [TrialCohort] {
    let ranges = Concurrent.ranges(company.accountCount, parallelFrom: threshold)
    let parts = Concurrent.map(ranges) { _, range in count(company, range) }
    var byMonth = parts[0]
    for part in parts.dropFirst() {
      for (m, c) in part {
        guard var total = byMonth[m] else {
          byMonth[m] = c
          continue
        }
        total.trials += c.trials
        total.converted += c.converted
        total.expired += c.expired
        total.active += c.active
        byMonth[m] = total
      }
    }
    return byMonth.values.sorted { $0.month < $1.month }
  }

  /// The cohorts of the accounts of `range`, by month.
  private static func count(_ company: Company, _ range: Range<Int>) -> [Month: TrialCohort] {
    // Borrowed rows: `for account in company.accounts` copied every account (its strings'
    // reference counts) to read two fields.
    company.withAccountRows { accounts in
      var byMonth: [Month: TrialCohort] = [:]
      for i in range {
        let terms = accounts.terms(i)
        guard terms.trialStatus != .none else { continue }
        let m = terms.startDate.month
        guard m <= company.asOf else { continue }
        var c =
          byMonth[m] ?? TrialCohort(month: m, trials: 0, converted: 0, expired: 0, active: 0)
        c.trials += 1
        switch terms.trialStatus {
        case .converted: c.converted += 1
        case .expired: c.expired += 1
        case .active: c.active += 1
        default: break
        }
        byMonth[m] = c
      }
      return byMonth
    }
  }
}
