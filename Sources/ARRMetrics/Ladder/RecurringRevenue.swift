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
  /// mean of their last three months of MRR (the as-of month and the two before) over the
  /// months the data holds for them (``usageWindow(months:_:)``), rounded half away from zero
  /// to the cent; everyone else counts at their as-of MRR.
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
  /// at their as-of MRR, or at their `committed_mrr` when one is given (capped at that MRR: a
  /// stated commitment is what the term commits, not its overage or fees); any other account — `unknown` contract types included: only known
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
              let row = i * storage.rowStride
              let (sum, months) = usageWindow(months: n) { cells[row + $0] }
              out[i] = roundedDivision(sum, by: Int64(months))
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
                    // A commitment stated beside the term (a list's minimum or annual
                    // commitment) is what the term commits, not all it bills (trial 34,
                    // T34-2); capped at the as-of MRR, as a minimum is.
                    out[i] = minimum[i] >= 0 ? min(minimum[i], now) : now
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

  /// The months a usage account's average runs over, and their MRR sum: the as-of month and
  /// the two before it, but none before the data's first month or before the account's first
  /// paid month (MRR > 0) in the data. A month before the data, or before a customer's first
  /// bill, is unknown, not a quiet month: counting it as 0 cut the recurring ARR of steady usage
  /// accounts in a short export by up to two thirds (session 18, honesty lane; trial 18b, G10).
  /// An account that paid before the window counts all of the window's months; one that never
  /// paid counts the as-of month alone.
  /// - Parameters:
  ///   - n: Months in the row; the last (`n − 1`) is the as-of month. At least 1.
  ///   - cell: MRR in cents at month offset `0..<n`.
  /// - Returns: The sum of MRR over the window and its month count (1 to 3).
  @inlinable
  public static func usageWindow(months n: Int, _ cell: (Int) -> Int64) -> (
    sum: Int64, months: Int
  ) {
    precondition(n > 0)
    let from = max(0, n - 3)
    var first = from
    var paidBefore = false
    var k = 0
    while k < from {
      if cell(k) > 0 {
        paidBefore = true
        break
      }
      k += 1
    }
    if !paidBefore {
      while first < n - 1 && cell(first) <= 0 { first += 1 }
    }
    var sum: Int64 = 0
    for m in first..<n { sum += cell(m) }
    return (sum, n - first)
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
