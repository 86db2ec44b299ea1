/// The monthly MRR bridge (BRIEF §3): new, expansion, contraction, churn and reactivation.
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
    let months = company.monthCount
    guard months > 1 else { return [] }
    let accounts = company.revenue.accountCount
    let ranges = AccountChunks.ranges(accountCount: accounts, monthCount: months)
    let mrr = company.revenue.mrr
    let partials = AccountChunks.map(ranges) { range in
      mrr.withUnsafeBufferPointer { accumulate($0, months: months, accounts: range) }
    }
    var total = Partial(months: months)
    for p in partials { total.add(p) }
    return (1..<months).map { m in
      BridgeMonth(
        month: company.month(at: m), opening: total.closing[m - 1], new: total.new[m],
        expansion: total.expansion[m], contraction: total.contraction[m], churn: total.churn[m],
        reactivation: total.reactivation[m], closing: total.closing[m],
        newAccounts: total.newCount[m], expandedAccounts: total.expandedCount[m],
        contractedAccounts: total.contractedCount[m], churnedAccounts: total.churnedCount[m],
        reactivatedAccounts: total.reactivatedCount[m])
    }
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

  /// The bridge sums of the accounts in `range`.
  static func accumulate(
    _ mrr: UnsafeBufferPointer<Int64>, months: Int, accounts range: Range<Int>
  ) -> Partial {
    guard !range.isEmpty, months > 0 else { return Partial(months: months) }
    // Flat local buffers keep the hot loop free of array uniqueness and bounds checks.
    let sums = UnsafeMutableBufferPointer<Int64>.allocate(capacity: 6 * months)
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 5 * months)
    defer {
      sums.deallocate()
      counts.deallocate()
    }
    sums.initialize(repeating: 0)
    counts.initialize(repeating: 0)
    let (closing, new, expansion, contraction, churn, reactivation) = (
      sums.baseAddress!, sums.baseAddress! + months, sums.baseAddress! + 2 * months,
      sums.baseAddress! + 3 * months, sums.baseAddress! + 4 * months,
      sums.baseAddress! + 5 * months
    )
    let (newN, expandedN, contractedN, churnedN, reactivatedN) = (
      counts.baseAddress!, counts.baseAddress! + months, counts.baseAddress! + 2 * months,
      counts.baseAddress! + 3 * months, counts.baseAddress! + 4 * months
    )
    let cells = mrr.baseAddress!
    for a in range {
      let row = cells + a * months
      var prev = max(row[0], 0)
      var seen = prev > 0
      closing[0] += prev
      for m in 1..<months {
        let cur = max(row[m], 0)
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
          }
        }
        prev = cur
      }
    }
    var p = Partial(months: months)
    for m in 0..<months {
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
    return p
  }
}
