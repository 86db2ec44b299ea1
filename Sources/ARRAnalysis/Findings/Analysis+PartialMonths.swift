import ARRCore
import ARRMetrics

extension Analysis {
  /// What ``partialMonths(_:bridge:f:)`` counts in the bridge's last 12 months.
  struct PartialMonths: Sendable, Equatable {
    /// Accounts whose first paid month (not the data's first month) and the two after it are
    /// in the data, the second in the window: those whose first month could be partial.
    var newAccounts = 0
    /// Of them, those whose first month is below a flat price that follows.
    var partialFirst = 0
    /// The steps from those first months to the price that follows, cents of MRR.
    var firstSteps: Int64 = 0
    /// Accounts whose last paid month is in the window, two paid months before it and a
    /// month of data after it.
    var leavers = 0
    /// Of them, those whose last month is below the flat price before it.
    var partialLast = 0
    /// The steps from the price before to those last months, cents of MRR.
    var lastSteps: Int64 = 0
  }

  /// Counts first and last paid months below a flat price beside them, over the bridge's last
  /// 12 months (`window`: columns of the company's months).
  /// - Complexity: O(accounts × months).
  static func partialMonthCounts(_ company: Company, window: Range<Int>) -> PartialMonths {
    let last = company.monthCount - 1
    guard last >= 0 else { return PartialMonths() }
    // In account ranges on every core, each range's counts added in range order; cells read
    // through the borrowed storage (issue #17).
    let ranges = Concurrent.ranges(accounts: company.accountCount, cellsPerAccount: last + 1)
    let parts = Concurrent.map(ranges) { _, range in
      company.revenue.withStorage { storage in
        var out = PartialMonths()
        for a in range {
          let row = a &* storage.rowStride
          func mrr(_ m: Int) -> Int64 { storage.mrr[row &+ m] }
          guard let first = (0...last).first(where: { mrr($0) > 0 }) else { continue }
          // Paying in the data's first month, an account started before it: not new here.
          if first > 0, first + 2 <= last, window.contains(first + 1) {
            out.newAccounts += 1
            let (m0, m1, m2) = (mrr(first), mrr(first + 1), mrr(first + 2))
            if m0 < m1, m1 == m2 {
              out.partialFirst += 1
              out.firstSteps &+= m1 - m0
            }
          }
          let end = (first...last).last(where: { mrr($0) > 0 })!
          if end < last, end - 2 >= first, window.contains(end) {
            out.leavers += 1
            let (m0, m1, m2) = (mrr(end), mrr(end - 1), mrr(end - 2))
            if m0 < m1, m1 == m2 {
              out.partialLast += 1
              out.lastSteps &+= m1 - m0
            }
          }
        }
        return out
      }
    }
    var out = PartialMonths()
    for part in parts {
      out.newAccounts += part.newAccounts
      out.partialFirst += part.partialFirst
      out.firstSteps &+= part.firstSteps
      out.leavers += part.leavers
      out.partialLast += part.partialLast
      out.lastSteps &+= part.lastSteps
    }
    return out
  }

  /// `partial_months`: most accounts new in the bridge's last 12 months start with a month
  /// below the flat price that follows (prorated billing, or revenue recognised by the day),
  /// or most leavers end with one (trial 21, P1: of a year's $8,863 of expansion, $8,396 was
  /// 29 new accounts' step from a partial first month to their full price, and new MRR read
  /// 36% low). The bridge counts the movements as the data shows them; the finding says how
  /// much of its expansion and contraction is that step. Raised when at least
  /// ``Finding/partialMonthsMinimumAccounts`` accounts qualify on a side and at least
  /// ``Finding/partialMonthsShare`` of them show it.
  /// - Returns: The finding, or `nil`.
  static func partialMonths(_ company: Company, bridge: [BridgeMonth], f: NumberFormat)
    -> Finding?
  {
    guard let lastMonth = bridge.last?.month, company.monthCount >= 3 else { return nil }
    let months = min(12, bridge.count)
    let windowBridge = bridge.suffix(months)
    let end = lastMonth.months(since: company.firstMonth) + 1
    let counts = partialMonthCounts(company, window: max(0, end - months)..<end)
    func isMost(_ part: Int, of all: Int) -> Bool {
      all >= Finding.partialMonthsMinimumAccounts
        && Double(part) >= Finding.partialMonthsShare * Double(all)
    }
    let isFirst = isMost(counts.partialFirst, of: counts.newAccounts)
    let isLast = isMost(counts.partialLast, of: counts.leavers)
    guard isFirst || isLast else { return nil }
    let expansion = windowBridge.reduce(Int64(0)) { $0 &+ $1.expansion }
    let contraction = windowBridge.reduce(Int64(0)) { $0 &+ $1.contraction }
    var parts: [String] = []
    var share = 0.0
    if isFirst {
      parts.append(
        "\(f.integer(counts.partialFirst)) of the \(f.integer(counts.newAccounts)) accounts new "
          + "in them start with a month below the flat price that follows, so "
          + "\(f.compactMoney(cents: counts.firstSteps)) of MRR counted as expansion (of "
          + "\(f.compactMoney(cents: expansion)) in all) is their step to the full price, and "
          + "new MRR is that much low")
      if expansion > 0 { share = max(share, Double(counts.firstSteps) / Double(expansion)) }
    }
    if isLast {
      parts.append(
        "\(f.integer(counts.partialLast)) of the \(f.integer(counts.leavers)) accounts that left "
          + "end with a month below the flat price before it, so "
          + "\(f.compactMoney(cents: counts.lastSteps)) of MRR counted as contraction (of "
          + "\(f.compactMoney(cents: contraction)) in all) is that step, and churn is that much "
          + "low")
      if contraction > 0 { share = max(share, Double(counts.lastSteps) / Double(contraction)) }
    }
    let message =
      "Partial months in the last \(count(months, "month", f)) of the bridge: "
      + parts.joined(separator: "; ")
      + ". Prorated billing or revenue recognised by the day does this; the bridge counts the "
      + "movements as the data shows them, so read its expansion, contraction, new MRR and "
      + "churn, and the quick ratio, with it in mind."
    return Finding(
      code: .partialMonths, severity: share >= Finding.partialMonthsWarningShare ? .warning : .info,
      message: message, weight: min(share, 1) * 0.5)
  }
}
