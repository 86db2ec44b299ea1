import ARRCore

/// Per-account monthly revenue at the as-of month for the rungs of the ARR ladder (`docs/metrics.md`).
///
/// These are the building blocks the ladder, scoring and stress all share, so there is exactly
/// one definition of "recurring" and "committed" in the product.
public enum RecurringRevenue {
  /// How an account's as-of MRR is treated on the way from headline to recurring ARR.
  ///
  /// The cases are checked in declaration order: a pilot in an active trial is a trial.
  public enum Treatment: UInt8, Sendable, Equatable, CaseIterable {
    /// In an active or expired trial: contributes 0.
    case trialRemoved
    /// A pilot (paid, short fixed term): contributes 0.
    case pilotRemoved
    /// A usage account: contributes its trailing three-month mean MRR.
    case usageAveraged
    /// Everyone else: contributes its as-of MRR unchanged.
    case unchanged
  }

  /// The treatment `account` gets in recurring MRR.
  /// - Parameter account: The account.
  /// - Returns: Which rule of recurring MRR applies to it.
  @inlinable
  public static func treatment(of account: Account) -> Treatment {
    treatment(trial: account.trialStatus, contract: account.contractType)
  }

  /// The treatment of an account with trial status `trial` and contract type `contract`.
  /// (Hot loops pass the two fields so the whole `Account` is never copied.)
  /// - Parameters:
  ///   - trial: The account's trial status.
  ///   - contract: Its contract type.
  /// - Returns: How the ARR ladder counts it.
  @inlinable
  public static func treatment(trial: TrialStatus, contract: ContractType) -> Treatment {
    if trial == .active || trial == .expired { return .trialRemoved }
    if contract == .pilot { return .pilotRemoved }
    if contract == .usage { return .usageAveraged }
    return .unchanged
  }

  /// Recurring MRR of every account at the as-of month, in cents.
  ///
  /// Trials that are active or expired, and pilots, contribute 0; usage accounts count at the
  /// mean of their last three months of MRR (the as-of month and the two before, months before
  /// the data counting as 0), rounded half away from zero to the cent; everyone else counts at
  /// their as-of MRR.
  /// - Parameter company: The company.
  /// - Returns: One value per account, in account order.
  /// - Complexity: O(accounts), split across cores.
  public static func recurringMRR(of company: Company) -> [Int64] {
    recurringMRR(of: company, facts: .compute(company, segments: false))
  }

  /// Committed MRR of every account at the as-of month, in cents: the part that cannot be
  /// cancelled within the year.
  ///
  /// An account whose commitment is over counts 0: it has a `cancel_date` (notice given, or
  /// gone), or its `contract_end_date` is before the as-of month (the term lapsed with no
  /// renewal recorded; a term ending within the as-of month is at its renewal and counts).
  /// Otherwise annual and multi-year accounts that are not in an active or expired trial count
  /// at their as-of MRR; any other account — `unknown` contract types included: only known
  /// commitments count — counts at its `committed_mrr` minimum, capped at its as-of MRR (a
  /// minimum above what is billed is not revenue yet); accounts without one count 0.
  /// - Parameter company: The company.
  /// - Returns: One value per account, in account order.
  /// - Complexity: O(accounts), split across cores.
  public static func committedMRR(of company: Company) -> [Int64] {
    committedMRR(of: company, facts: .compute(company, segments: false))
  }

  /// ``recurringMRR(of:)`` from facts already packed for `company`.
  static func recurringMRR(of company: Company, facts: AccountFacts) -> [Int64] {
    let n = company.monthCount
    // Borrowed, not read as `mrr`: an earlier view of the company (a backtest's) shares the
    // full matrix's storage, rows `rowStride` apart, and `mrr` would copy it out.
    let revenue = company.revenue
    let count = company.accountCount
    let ranges = Concurrent.ranges(accounts: count, cellsPerAccount: 1 << 4)
    let (removedTrial, removedPilot, usage) = (
      Treatment.trialRemoved.rawValue, Treatment.pilotRemoved.rawValue,
      Treatment.usageAveraged.rawValue
    )
    return Concurrent.fill(ranges, count: count, zero: Int64(0)) { range, out in
      facts.treatment.withUnsafeBufferPointer { treatment in
        revenue.withStorage { storage in
          let cells = storage.mrr
          for i in range {
            let last = i * storage.rowStride + n - 1
            let t = treatment[i]
            if t == removedTrial || t == removedPilot {
              out[i] = 0
            } else if t == usage {
              var sum = cells[last]
              if n > 1 { sum += cells[last - 1] }
              if n > 2 { sum += cells[last - 2] }
              out[i] = roundedDivision(sum, by: 3)
            } else {
              out[i] = cells[last]
            }
          }
        }
      }
    }
  }

  /// ``committedMRR(of:)`` from facts already packed for `company`.
  static func committedMRR(of company: Company, facts: AccountFacts) -> [Int64] {
    let n = company.monthCount
    let revenue = company.revenue
    let count = company.accountCount
    let ranges = Concurrent.ranges(accounts: count, cellsPerAccount: 1 << 4)
    let trial = Treatment.trialRemoved.rawValue
    let (annual, multiYear) = (ContractType.annual.code, ContractType.multiYear.code)
    return Concurrent.fill(ranges, count: count, zero: Int64(0)) { range, out in
      facts.treatment.withUnsafeBufferPointer { treatment in
        facts.contract.withUnsafeBufferPointer { contract in
          facts.minimum.withUnsafeBufferPointer { minimum in
            facts.isCommitmentOver.withUnsafeBufferPointer { over in
              revenue.withStorage { storage in
                for i in range {
                  let now = storage.mrr[i * storage.rowStride + n - 1]
                  if treatment[i] == trial || over[i] != 0 {
                    out[i] = 0
                  } else if contract[i] == annual || contract[i] == multiYear {
                    out[i] = now
                  } else if minimum[i] >= 0 {
                    out[i] = min(minimum[i], now)
                  } else {
                    out[i] = 0
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// `value / divisor` rounded half away from zero.
  /// - Parameters:
  ///   - value: The dividend.
  ///   - divisor: The divisor, not 0.
  /// - Returns: The rounded quotient.
  @inlinable
  public static func roundedDivision(_ value: Int64, by divisor: Int64) -> Int64 {
    let q = value / divisor
    let r = value % divisor
    if 2 * abs(r) >= abs(divisor) { return q + ((value < 0) != (divisor < 0) ? -1 : 1) }
    return q
  }
}
