/// The money bound of a company's revenue: every total the product adds up stays exact.
extension RevenueMatrix {
  /// A total beyond ``Money/maximumMRRCents``: which figure, and in which month.
  public struct Excess: Sendable, Equatable {
    /// What overflowed: `"total MRR"`, `"total MRR plus one_time"` or
    /// `"MRR plus one_time summed over every month"`.
    public var figure: String
    /// Month offset (0 = the first month) of a monthly total; `nil` for the all-months total.
    public var monthOffset: Int?
  }

  /// The first total beyond ``Money/maximumMRRCents``, scaled by `factor` first, or `nil` when
  /// every total fits.
  ///
  /// Checked, in order: each month's MRR over all accounts, the same plus that month's one-time
  /// revenue (12 × it is the run rate with one-time fees), then MRR plus one-time over every
  /// month (the bound of any sum over months: bridges, backtests, growth summaries). With all
  /// three within the bound, every later sum of cents and its 12 × stay exact.
  /// - Parameter factor: How much a stress scenario may multiply amounts (1 for the data
  ///   itself); totals are compared after multiplying, so the stressed company fits too.
  /// - Returns: The first excess found.
  /// - Complexity: O(accounts × months), one pass split across cores.
  public func firstExcess(scaledBy factor: Double = 1) -> Excess? {
    let limit =
      factor <= 1 ? Money.maximumMRRCents : Int64((Double(Money.maximumMRRCents) / factor))
    // Row by row (the matrix's memory order), one running total per month, in account ranges
    // on every core; cells are never negative, so a month's total passes the limit exactly
    // when some range's does or their sum does.
    let ranges = Concurrent.ranges(accounts: accountCount, cellsPerAccount: monthCount)
    let parts = Concurrent.map(ranges) { _, range -> (totals: [Int64], overMonth: Int?) in
      var totals = [Int64](repeating: 0, count: monthCount)
      let overMonth = withStorage { storage in
        totals.withUnsafeMutableBufferPointer { totals in
          switch storage.mrr {
          case .compact(let c):
            Self.compactMonthTotals(c, rowStride: storage.rowStride, accounts: range, limit, totals)
          case .wide(let c):
            Self.monthTotals(c, rowStride: storage.rowStride, accounts: range, limit, totals)
          }
        }
      }
      return (totals, overMonth)
    }
    var totals = [Int64](repeating: 0, count: monthCount)
    var overMonth: Int?
    for part in parts {
      if let m = part.overMonth { overMonth = min(overMonth ?? m, m) }
      for m in totals.indices {
        let (s, o) = totals[m].addingReportingOverflow(part.totals[m])
        if o || s > limit {
          overMonth = min(overMonth ?? m, m)
          totals[m] = limit
        } else {
          totals[m] = s
        }
      }
    }
    let n = monthCount
    if let overMonth { return Excess(figure: "total MRR", monthOffset: overMonth) }
    var overall: Int64 = 0
    var isOverallOver = false
    for m in 0..<n {
      let (withOneTime, o) = totals[m].addingReportingOverflow(oneTimeByMonth[m])
      if o || withOneTime > limit {
        return Excess(figure: "total MRR plus one_time", monthOffset: m)
      }
      if !isOverallOver {
        let (s, o2) = overall.addingReportingOverflow(withOneTime)
        if o2 || s > limit { isOverallOver = true } else { overall = s }
      }
    }
    return isOverallOver
      ? Excess(figure: "MRR plus one_time summed over every month", monthOffset: nil) : nil
  }

  /// Adds the row of `cells` of each account of `accounts` into `totals` (one per month),
  /// saturating at `limit`; returns the first month whose total went past it. Checks every
  /// addition: the reference, and the pass for wide cells.
  static func monthTotals<Cell: RevenueCell>(
    _ cells: UnsafeBufferPointer<Cell>, rowStride: Int, accounts: Range<Int>, _ limit: Int64,
    _ totals: UnsafeMutableBufferPointer<Int64>
  ) -> Int? {
    var overMonth: Int?
    for a in accounts {
      let row = a * rowStride
      for m in totals.indices {
        let (s, o) = totals[m].addingReportingOverflow(Int64(cells[row &+ m]))
        // Cells are never negative, so a sum past the limit stays past it.
        if o || s > limit {
          if overMonth == nil || m < overMonth! { overMonth = m }
          totals[m] = limit
        } else {
          totals[m] = s
        }
      }
    }
    return overMonth
  }

  /// ``monthTotals(_:rowStride:accounts:_:_:)`` for compact cells, with no check per cell: the
  /// rows are summed with wrapping additions (which the compiler turns into vector ones), then
  /// each month's sum is added to its total and checked once.
  ///
  /// The same totals and month: a cell below 2³¹ in magnitude cannot overflow an `Int64` sum of
  /// fewer than 2³² rows, and with no negative cell a total passes the limit at some row exactly
  /// when it ends past it, where the checked pass saturates it at the limit. A range holding a
  /// negative cell, or 2³² rows or more, takes the checked pass instead. Tested against it
  /// (`RevenueMatrixBoundsTests`).
  static func compactMonthTotals(
    _ cells: UnsafeBufferPointer<Int32>, rowStride: Int, accounts: Range<Int>, _ limit: Int64,
    _ totals: UnsafeMutableBufferPointer<Int64>
  ) -> Int? {
    let months = totals.count
    guard months > 0, !accounts.isEmpty, accounts.count < 1 << 32, let base = cells.baseAddress
    else { return monthTotals(cells, rowStride: rowStride, accounts: accounts, limit, totals) }
    var sums = [Int64](repeating: 0, count: months)
    var signs: Int32 = 0
    sums.withUnsafeMutableBufferPointer { sums in
      for a in accounts {
        let row = base + a &* rowStride
        for m in 0..<months {
          sums[m] &+= Int64(row[m])
          signs |= row[m]
        }
      }
    }
    guard signs >= 0 else {
      return monthTotals(cells, rowStride: rowStride, accounts: accounts, limit, totals)
    }
    var overMonth: Int?
    for m in 0..<months {
      let (s, o) = totals[m].addingReportingOverflow(sums[m])
      if o || s > limit {
        if overMonth == nil { overMonth = m }
        totals[m] = limit
      } else {
        totals[m] = s
      }
    }
    return overMonth
  }
}
