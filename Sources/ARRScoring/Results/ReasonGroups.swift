/// An account's reason groups, ranked where scoring measured it (``Scoring/measureLogOdds(_:measurer:weights:unseen:ranksReasons:)``)
/// and kept in its score's two spare bytes (``AccountScore/reasonGroups``), so that a report
/// listing every account's reasons measures only what their words read
/// (``ReasonWriter/load(_:)``) instead of measuring and ranking the account again.
///
/// A code holds up to three group numbers of 5 bits each, first group in the lowest bits
/// (``Reasons/Group`` raw values, then one number per activity column), ``none`` after the
/// last; its top bit says the groups were ranked. 0 means not ranked — a score made without
/// the ranking, or a group numbered above ``largestGroup`` (more than 16 activity columns) —
/// and the writer then measures and ranks the account itself.
enum ReasonGroups {
  /// The top bit: the code holds ranked groups.
  static let ranked: UInt16 = 1 << 15
  /// A slot after the last group.
  static let none = 31
  /// The largest group number a code holds.
  static let largestGroup = 30

  /// The top three groups by `totals` (``Reasons/totals(_:weights:into:)``), largest first,
  /// −1 for none: the groups with a total above 1e-9 in the order
  /// ``Reasons/top(account:context:limit:)`` sorts them into (larger total first, ties to the
  /// lower group), in one pass — each group, met in increasing order, goes after those whose
  /// total is at least its own.
  /// - Complexity: O(groups).
  static func top(_ totals: UnsafeBufferPointer<Double>) -> (Int, Int, Int) {
    var (g0, g1, g2) = (-1, -1, -1)
    var (t0, t1, t2) = (0.0, 0.0, 0.0)
    for g in totals.indices {
      let t = totals[g]
      guard t > 1e-9, g2 < 0 || t > t2 else { continue }
      if g0 < 0 || t > t0 {
        (g2, t2) = (g1, t1)
        (g1, t1) = (g0, t0)
        (g0, t0) = (g, t)
      } else if g1 < 0 || t > t1 {
        (g2, t2) = (g1, t1)
        (g1, t1) = (g, t)
      } else {
        (g2, t2) = (g, t)
      }
    }
    return (g0, g1, g2)
  }

  /// The code of the top groups by `totals` (``top(_:)``); 0 when one is numbered above
  /// ``largestGroup``.
  static func code(_ totals: UnsafeBufferPointer<Double>) -> UInt16 {
    let (g0, g1, g2) = top(totals)
    guard max(g0, g1, g2) <= largestGroup else { return 0 }
    func slot(_ g: Int, _ k: Int) -> UInt16 { UInt16(g < 0 ? none : g) << (5 * k) }
    return ranked | slot(g0, 0) | slot(g1, 1) | slot(g2, 2)
  }

  /// ``RiskWeights/weightedSum(_:)`` of `v` under `weights`, and each group's total into
  /// `totals` as ``Reasons/totals(_:weights:into:)`` adds them, in one pass over the values:
  /// scoring ranks every account's groups where it measures it, and the two loops read the same
  /// products. The same additions in the same order as the two, so the same sums to the bit.
  /// - Parameters:
  ///   - v: The account's signal values (``SignalMeasurer/width``, `.nan` = none).
  ///   - weights: The model's weights, one per value.
  ///   - totals: Destination, `Reasons.Group.allCases.count` plus one per activity column,
  ///     zeroed.
  /// - Returns: The weighted sum.
  /// - Complexity: O(signals).
  static func weightedSum(
    _ v: UnsafeBufferPointer<Double>, weights: [Double],
    totals: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    let builtIn = Reasons.Group.allCases.count
    let seats = Signal.seatUnderuse.rawValue
    var z = 0.0
    Reasons.groupOfSignal.withUnsafeBufferPointer { groupOf in
      weights.withUnsafeBufferPointer { w in
        for i in 0..<w.count where !v[i].isNaN {
          let c = w[i] * v[i]
          z += c
          if i >= Signal.count {
            if c > 0 { totals[builtIn + (i - Signal.count) / 2] += c }
          } else if i != seats || v[i] >= Reasons.healthySeatUnderuse {
            let r = Reasons.reasonContribution(i, w[i], v[i])
            if r > 0 { totals[groupOf[i]] += r }
          }
        }
      }
    }
    Reasons.foldGroups(v, totals)
    return z
  }

  /// Whether `code` holds ranked groups.
  static func isRanked(_ code: UInt16) -> Bool { code & ranked != 0 }

  /// The group in `slot` (0 ..< ``ReasonWriter/limit``) of a ranked code, or ``none``.
  static func group(_ code: UInt16, _ slot: Int) -> Int { Int(code >> (5 * slot)) & 31 }

  /// Whether the words of built-in group `g` read a revenue signal (``Reasons/phrase(_:_:_:_:into:)``).
  static func readsRevenue(_ g: Reasons.Group) -> Bool {
    switch g {
    case .usageDecline, .zeroUsage, .volatility, .contraction, .renewal, .commitment,
      .smallAccount:
      true
    case .terms, .trial, .tenure, .cancellation, .seats, .integrations, .pastDue, .longTenure:
      false
    }
  }

  /// What the words of a ranked code's groups read beyond the account's facts: the revenue rows
  /// for the groups that print a revenue signal, and each named activity column.
  static func parts(_ code: UInt16) -> SignalMeasurer.Parts {
    var parts = SignalMeasurer.Parts(revenue: false, activity: 0)
    let builtIn = Reasons.Group.allCases.count
    for slot in 0..<ReasonWriter.limit {
      let g = group(code, slot)
      if g == none { break }
      if g >= builtIn {
        parts.activity |= 1 << UInt64(g - builtIn)
      } else if readsRevenue(Reasons.Group(rawValue: g)!) {
        parts.revenue = true
      }
    }
    return parts
  }
}
