// BillingsSpreader: each account's rhythm, what a cadence fixes and a rhythm implies (rule, cadence,
// contract type), and the median invoice.
import ARRCore

extension BillingsSpreader {
  /// The spacing a given cadence fixes (`nil`: none; upfront may be 24 or 36 months).
  static func forcedRhythm(_ cadence: BillingCadence) -> [Int]? {
    switch cadence {
    case .monthly, .inArrears: return [1]
    case .quarterly: return [3]
    case .annual: return [12]
    case .semiannual: return [6]
    case .upfront: return [24, 36]
    case .unknown: return nil
    }
  }

  static func rule(forRhythm r: Int) -> ImportRule {
    switch r {
    case 1: return .rhythmMonthly
    case 3: return .rhythmQuarterly
    case 6: return .rhythmSemiannual
    case 12: return .rhythmAnnual
    default: return .rhythmMultiYear
    }
  }

  /// Sets the cadence and contract type a rhythm of `r` months implies, where no file gave them
  /// (the cadence only when `infersCadence`).
  static func apply(
    _ t: (rhythm: Int, from: Int, rule: ImportRule), to a: inout ImportedAccount,
    firstMonth: Month, infersCadence: Bool = true
  ) {
    a.apply(t.rule)
    var inferredSomething = false
    if a.billingCadence == nil && infersCadence {
      let cadence: BillingCadence? =
        switch t.rhythm {
        case 1: .monthly
        case 3: .quarterly
        case 12: .annual
        case 6: .semiannual
        case 24, 36: .upfront
        default: nil
        }
      if let cadence {
        a.billingCadence = cadence
        a.inferred.insert(.billingCadence)
        inferredSomething = true
      }
    }
    if a.contractType == nil && t.rhythm >= 12 {
      a.contractType = t.rhythm == 12 ? .annual : .multiYear
      a.inferred.insert(.contractType)
      inferredSomething = true
    }
    if inferredSomething || a.inferred.contains(.contractEndDate) {
      let month = firstMonth.adding(months: t.from)
      a.inferredFrom = a.inferredFrom.map { max($0, month) } ?? month
    }
  }

  static func median(_ values: [Int64]) -> Int64? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    return s[s.count / 2]
  }

  /// Each account's rhythm (netted of its credits when `charges` are given apart from `cells`)
  /// and, when the account's given cadence forces a spacing its invoices contradict, the rhythm
  /// they show freely. Accounts are independent, so they are found in parallel over fixed
  /// ranges (``Concurrent``), handed back in account order: the same on every machine.
  /// - Parameters:
  ///   - cells: Every account's month cells, account by account.
  ///   - charges: The invoices alone when credits are apart (``CreditsAboveInvoice``).
  ///   - kept: The invoices kept in months whose credits exceed them, by cell index.
  ///   - accounts: The accounts, for their given cadences.
  ///   - n: Months per account.
  /// - Complexity: O(accounts × months × candidate rhythms), on every core.
  static func accountRhythms(
    _ cells: [Int64], charges: [Int64]?, kept: [Int: Int64], accounts: [ImportedAccount],
    months n: Int
  ) -> [(rhythm: BillingRhythm?, contradicted: BillingRhythm?)] {
    let count = accounts.count
    let ranges = Concurrent.ranges(accounts: count, cellsPerAccount: n * 8)
    let parts = Concurrent.map(ranges) { _, range in
      var positive = [Int64](repeating: 0, count: n)
      var out = [(rhythm: BillingRhythm?, contradicted: BillingRhythm?)]()
      out.reserveCapacity(range.count)
      for a in range {
        for m in 0..<n { positive[m] = charges?[a * n + m] ?? max(0, cells[a * n + m]) }
        let forced = accounts[a].billingCadence.flatMap(forcedRhythm)
        var rhythm = positive.withUnsafeBufferPointer { BillingRhythm.find($0, forced: forced) }
        if charges != nil { rhythm = rhythm?.netted { kept[a * n + $0] ?? cells[a * n + $0] } }
        // A given cadence the invoices contradict: their own rhythm, for the range and a
        // finding.
        var contradicted: BillingRhythm?
        if let forced, !accounts[a].inferred.contains(.billingCadence),
          let free = positive.withUnsafeBufferPointer({ BillingRhythm.find($0) }),
          !forced.contains(free.months)
        {
          contradicted = free
        }
        out.append((rhythm, contradicted))
      }
      return out
    }
    return parts.flatMap { $0 }
  }
}
