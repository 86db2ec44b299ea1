import ARRCore

/// The monthly MRR bridge (`docs/metrics.md`): new, expansion, contraction, churn and reactivation.
public enum Bridge {
  /// One bridge row per month from the second month of data through the as-of month.
  ///
  /// The first month of data has no month before it to compare with, so it is the opening
  /// base: accounts already paying then are never counted as new. Per account, month m
  /// against m − 1 (negative MRR counts as 0 throughout the bridge):
  /// - *new*: paying in m, never paying in any earlier month of the data;
  /// - *reactivation*: paying in m, not in m − 1, but paying in some earlier month;
  /// - *expansion* / *contraction*: paying in both, more / less;
  /// - *churn*: paying in m − 1, not in m (the amount is the m − 1 MRR).
  ///
  /// The identity `opening + new + expansion + reactivation − contraction − churn == closing`
  /// holds exactly in cents, and each month's opening is the previous month's closing.
  /// - Parameter company: The company.
  /// - Returns: `monthCount − 1` rows, oldest first (empty for a single month of data).
  /// - Complexity: O(accounts × months), one pass over the matrix, split across cores.
  public static func monthly(_ company: Company) -> [BridgeMonth] {
    guard company.monthCount > 1 else { return [] }
    return rows(pass(company, cohorts: false).bridge, company)
  }

  /// The bridge rows from the summed partials of `company`.
  static func rows(_ total: Partial, _ company: Company) -> [BridgeMonth] {
    guard company.monthCount > 1 else { return [] }
    return (1..<company.monthCount).map { m in
      BridgeMonth(
        month: company.month(at: m), opening: total.closing[m - 1], new: total.new[m],
        expansion: total.expansion[m], contraction: total.contraction[m], churn: total.churn[m],
        reactivation: total.reactivation[m], closing: total.closing[m],
        newAccounts: total.newCount[m], expandedAccounts: total.expandedCount[m],
        contractedAccounts: total.contractedCount[m], churnedAccounts: total.churnedCount[m],
        reactivatedAccounts: total.reactivatedCount[m])
    }
  }

  /// Bridge sums and, when `cohorts` is set, cohort sums of the whole company.
  struct PassResult: Sendable {
    var bridge: Partial
    /// Sized for the company's months when cohorts were asked for, else empty.
    var cohorts: Cohorts.Partial
  }

  /// One pass over the matrix, split across cores, that sums the bridge and (when `cohorts`
  /// is set) the cohorts: both need each account's first paying month, and reading the matrix
  /// once instead of twice saves a pass over a few hundred megabytes at scale.
  /// - Complexity: O(accounts × months).
  static func pass(_ company: Company, cohorts: Bool) -> PassResult {
    let months = company.monthCount
    let ranges = Concurrent.ranges(accounts: company.revenue.accountCount, cellsPerAccount: months)
    let revenue = company.revenue
    let partials = Concurrent.map(ranges) { _, range in
      // The cells borrowed as they are (compact or wide; a view's rows `rowStride` apart).
      revenue.withStorage { storage in
        switch storage.mrr {
        case .compact(let cells):
          accumulate(
            cells, months: months, rowStride: storage.rowStride, accounts: range, cohorts: cohorts)
        case .wide(let cells):
          accumulate(
            cells, months: months, rowStride: storage.rowStride, accounts: range, cohorts: cohorts)
        }
      }
    }
    var total = PassResult(
      bridge: Partial(months: months), cohorts: Cohorts.Partial(months: cohorts ? months : 0))
    for p in partials {
      total.bridge.add(p.bridge)
      if cohorts { total.cohorts.add(p.cohorts) }
    }
    return total
  }

  /// Per-month sums over a range of accounts, indexed by month offset.
  struct Partial: Sendable {
    var closing, new, expansion, contraction, churn, reactivation: [Int64]
    var newCount, expandedCount, contractedCount, churnedCount, reactivatedCount: [Int]

    init(months: Int) {
      let zero = [Int64](repeating: 0, count: months)
      let none = [Int](repeating: 0, count: months)
      (closing, new, expansion, contraction, churn, reactivation) = (
        zero, zero, zero, zero, zero, zero
      )
      (newCount, expandedCount, contractedCount, churnedCount, reactivatedCount) = (
        none, none, none, none, none
      )
    }

    mutating func add(_ o: Partial) {
      for m in closing.indices {
        closing[m] += o.closing[m]
        new[m] += o.new[m]
        expansion[m] += o.expansion[m]
        contraction[m] += o.contraction[m]
        churn[m] += o.churn[m]
        reactivation[m] += o.reactivation[m]
        newCount[m] += o.newCount[m]
        expandedCount[m] += o.expandedCount[m]
        contractedCount[m] += o.contractedCount[m]
        churnedCount[m] += o.churnedCount[m]
        reactivatedCount[m] += o.reactivatedCount[m]
      }
    }
  }

  /// The bridge (and optionally cohort) sums of the accounts in `range`: account `a`'s month
  /// `m` at `mrr[a * rowStride + m]`.
  static func accumulate<Cell: RevenueCell>(
    _ mrr: UnsafeBufferPointer<Cell>, months: Int, rowStride: Int, accounts range: Range<Int>,
    cohorts: Bool
  ) -> PassResult {
    let n = months
    guard !range.isEmpty, n > 0 else {
      return PassResult(
        bridge: Partial(months: n), cohorts: Cohorts.Partial(months: cohorts ? n : 0))
    }
    // Flat local buffers keep the hot loop free of array uniqueness and bounds checks.
    let sums = UnsafeMutableBufferPointer<Int64>.allocate(capacity: 6 * n)
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 5 * n)
    let cohortSize = cohorts ? n * n : 0
    let cohortMRR = UnsafeMutableBufferPointer<Int64>.allocate(capacity: cohortSize)
    let cohortActive = UnsafeMutableBufferPointer<Int>.allocate(capacity: cohortSize)
    let cohortAccounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: cohorts ? n : 0)
    defer {
      sums.deallocate()
      counts.deallocate()
      cohortMRR.deallocate()
      cohortActive.deallocate()
      cohortAccounts.deallocate()
    }
    sums.initialize(repeating: 0)
    counts.initialize(repeating: 0)
    cohortMRR.initialize(repeating: 0)
    cohortActive.initialize(repeating: 0)
    cohortAccounts.initialize(repeating: 0)
    let s = sums.baseAddress!
    let (closing, new, expansion, contraction, churn, reactivation) = (
      s, s + n, s + 2 * n, s + 3 * n, s + 4 * n, s + 5 * n
    )
    let c = counts.baseAddress!
    let (newN, expandedN, contractedN, churnedN, reactivatedN) = (
      c, c + n, c + 2 * n, c + 3 * n, c + 4 * n
    )
    var neverPaid = 0
    let cells = mrr.baseAddress!
    for a in range {
      let row = cells + a * rowStride
      var prev = max(Int64(row[0]), 0)
      var seen = prev > 0
      // Cohort cell (start s, age m − s) lives at cohort + m, with cohort = s × n − s = s(n − 1).
      var cohort = 0
      closing[0] += prev
      if cohorts && seen {
        cohortAccounts[0] += 1
        cohortMRR[0] += prev
        cohortActive[0] += 1
      }
      for m in 1..<n {
        let cur = max(Int64(row[m]), 0)
        closing[m] += cur
        if prev > 0 {
          if cur > prev {
            expansion[m] += cur - prev
            expandedN[m] += 1
          } else if cur == 0 {
            churn[m] += prev
            churnedN[m] += 1
          } else if cur < prev {
            contraction[m] += prev - cur
            contractedN[m] += 1
          }
        } else if cur > 0 {
          if seen {
            reactivation[m] += cur
            reactivatedN[m] += 1
          } else {
            new[m] += cur
            newN[m] += 1
            seen = true
            if cohorts {
              cohort = m * (n - 1)
              cohortAccounts[m] += 1
            }
          }
        }
        if cohorts && cur > 0 {
          cohortMRR[cohort + m] += cur
          cohortActive[cohort + m] += 1
        }
        prev = cur
      }
      if !seen { neverPaid += 1 }
    }
    var p = Partial(months: n)
    for m in 0..<n {
      p.closing[m] = closing[m]
      p.new[m] = new[m]
      p.expansion[m] = expansion[m]
      p.contraction[m] = contraction[m]
      p.churn[m] = churn[m]
      p.reactivation[m] = reactivation[m]
      p.newCount[m] = newN[m]
      p.expandedCount[m] = expandedN[m]
      p.contractedCount[m] = contractedN[m]
      p.churnedCount[m] = churnedN[m]
      p.reactivatedCount[m] = reactivatedN[m]
    }
    var q = Cohorts.Partial(months: cohorts ? n : 0)
    if cohorts {
      q.mrr = Array(cohortMRR)
      q.active = Array(cohortActive)
      q.accounts = Array(cohortAccounts)
      q.neverPaid = neverPaid
    }
    return PassResult(bridge: p, cohorts: q)
  }
}
