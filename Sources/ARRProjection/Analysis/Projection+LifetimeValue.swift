import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Projection {
  /// DERL values reported per segment (renewals made 0…7).
  public static let reportedDERLCount = 8

  /// How much one account must raise a segment's mean above the mean of the others to dominate
  /// it (``DominantAccount``): by half (one account of 30 at 67% of MRR raised it 2.9×; three
  /// equal accounts, 1×).
  public static let dominantAccountMeanRatio = 1.5
  /// The paying accounts a segment needs for one of them to dominate its mean: with fewer, the
  /// mean without it is one account or none.
  public static let dominantAccountMinimumPaying = 3

  /// Whether the largest of `count` amounts summing to `total` dominates their mean: at least
  /// ``dominantAccountMinimumPaying`` of them, and the mean at least
  /// ``dominantAccountMeanRatio`` × the mean of the others. One rule for the ARPA of Unit
  /// economics and the ACV of the Benchmarks.
  /// - Parameters:
  ///   - largest: The largest amount, above 0.
  ///   - total: The sum of all `count` amounts.
  ///   - count: How many amounts.
  public static func isDominant(largest: Int64, total: Int64, count: Int) -> Bool {
    guard count >= dominantAccountMinimumPaying, largest > 0, total > largest else {
      return false
    }
    let mean = Double(total) / Double(count)
    let others = Double(total - largest) / Double(count - 1)
    return mean >= dominantAccountMeanRatio * others
  }

  /// The discount rate per period from an annual rate: the annual rate itself for yearly
  /// periods, (1 + d)^(1/12) − 1 for monthly ones.
  /// - Parameters:
  ///   - annual: annual rate, > −1.
  ///   - periodMonths: 1 or 12.
  /// - Returns: the rate per period.
  public static func discountRate(annual: Double, periodMonths: Int) -> Double {
    periodMonths == 12 ? annual : pow(1 + annual, Double(periodMonths) / 12) - 1
  }

  /// LTV per segment from the segment's curve (see `docs/projection.md`, "LTV per segment").
  ///
  /// Each segment's value reads only its own members, so the segments are worked out side by
  /// side on every core and handed back in name order, each summed in its own order: the same
  /// values as one after the other (session 16, perf).
  /// - Parameter threshold: Accounts from which the segments run in parallel; tests pass 1 to
  ///   split a small company, `Int.max` for one thread.
  /// - Complexity: O(accounts + segments × months + curves) plus one ₂F₁ series per distinct
  ///   renewals-made value.
  static func lifetimeValues(
    _ company: Company, curves: [RetentionCurve], groups: Groups, lifetimes: LifetimeTable,
    parallelFrom threshold: Int = Concurrent.minimumParallelCells
  ) -> [SegmentLifetimeValue] {
    let profile = company.profile
    let margin = profile.grossMargin ?? 1
    let annual = profile.discountRate ?? defaultDiscountRate
    let last = company.monthCount - 1
    // Each segment's curve (the first of its key) looked up once: a search per segment was
    // quadratic in segments, minutes for a file whose segment column holds one value per account.
    var firstCurve: [String: Int] = [:]
    for (k, c) in curves.enumerated() where c.grouping == .segment && firstCurve[c.key] == nil {
      firstCurve[c.key] = k
    }
    let curveOfSegment = firstCurve
    /// The lifetime value of segment `k`.
    @Sendable func segmentValue(_ k: Int) -> SegmentLifetimeValue {
      let name = groups.segments[k]
      let curve = curveOfSegment[name].map { curves[$0] }
      let p = curve?.periodMonths ?? 1
      let members = groups.segmentMembers[k]
      var mrr: Int64 = 0
      var paying = 0
      var largest: (account: Int, mrr: Int64)?
      for a in members {
        let m = company.revenue.mrr(account: Int(a), month: last)
        if m > 0 {
          mrr += m
          paying += 1
          if m > largest?.mrr ?? 0 { largest = (Int(a), m) }
        }
      }
      let arpa = paying > 0 ? Double(mrr) / 100 / Double(paying) * Double(p) : 0
      var dominant: DominantAccount?
      if let largest, isDominant(largest: largest.mrr, total: mrr, count: paying) {
        dominant = DominantAccount(
          id: company.accounts[largest.account].id,
          label: company.accounts[largest.account].quotedLabel,
          share: Double(largest.mrr) / Double(mrr),
          arpaWithout: Double(mrr - largest.mrr) / 100 / Double(paying - 1) * Double(p))
      }
      let rate = discountRate(annual: annual, periodMonths: p)
      var result = SegmentLifetimeValue(
        segment: name, periodMonths: p, arpa: arpa, grossMargin: margin,
        isGrossMarginDefault: profile.grossMargin == nil, discountRatePerPeriod: rate,
        value: nil, derl: [], ltvExisting: nil, ltvToCAC: nil, explanation: "",
        dominant: dominant)
      let churn = curve?.observedChurnPerPeriod.flatMap { $0 > 0 ? $0 : nil }
      guard let curve, curve.status == .fitted || curve.status == .constantChurn,
        let fit = curve.fit
      else {
        result.explanation =
          "No LTV: the segment's retention curve was not fitted ("
          + (curve?.note ?? "no curve") + ")."
        // The naive figure needs only the observed churn (trial 21, L1: it printed n/a beside
        // an observed churn of 2.75% a month).
        if let churn, arpa > 0 {
          result.naiveChurnRate = churn
          if let few = fewChurns(curve, periodMonths: p) {
            result.explanation += few
          } else {
            result.naive = arpa * margin / churn
            result.explanation +=
              " The naive figure divides margin-adjusted ARPA by the observed churn ("
              + oneDecimalPercent(churn) + " a " + (p == 12 ? "year" : "month")
              + "), undiscounted."
          }
        }
        return result
      }
      let value = LifetimeValue(
        model: fit.model, discountRate: rate, arpa: arpa, grossMargin: margin,
        naiveChurnRate: churn)
      result.value = value
      result.naive = value.naive
      result.naiveChurnRate = value.naiveChurnRate
      result.derl = (0..<reportedDERLCount).map { value.derl(renewals: $0) }
      // By renewals made (at most the months of data), worked out once per value.
      var cache = [Double?](repeating: nil, count: lifetimes.lifetimes.last + 2)
      var sum = 0.0
      var count = 0
      for a in members {
        guard let made = lifetimes.renewalsMade(Int(a), periodMonths: p) else { continue }
        if cache[made] == nil { cache[made] = value.derl(renewals: made) }
        sum += cache[made]!
        count += 1
      }
      result.ltvExisting = count > 0 ? value.marginAdjustedARPA * sum / Double(count) : nil
      if let cac = profile.cac(forSegment: name), cac > 0 {
        result.ltvToCAC = value.ltvNew / (Double(cac) / 100)
      }
      // A fitted curve's naive figure stays: the explanation compares DEL with it, and DEL,
      // not the naive figure, is the segment's LTV.
      result.explanation =
        value.explanation(periodMonths: p)
        + (profile.grossMargin == nil
          ? " company.json gives no gross margin, so 100% is assumed: these lifetime values are revenue, "
            + "not gross profit." : "")
      return result
    }
    let segments = groups.segments.indices
    let pieces =
      company.accountCount >= threshold ? segments.map { $0..<$0 + 1 } : [segments]
    return Concurrent.map(pieces) { _, range in
      range.map { k in segmentValue(k) }
    }.flatMap { $0 }
  }

  /// Churns below which the naive LTV is not given: one churn more or less moves a rate
  /// from so few by a fifth or more (render review 38, R38-10: billings' enterprise naive LTV,
  /// $14,810,079, rested on 1 churn in 29 account-years; its churn's 95% range, 0.6%–17.2%,
  /// put the figure anywhere from $3.0M to $84M, and a second churn would have halved it).
  static let minimumNaiveChurns = 5

  /// The sentence saying why the naive figure is left out, or `nil` when its churn rests on
  /// ``minimumNaiveChurns`` or more churns: " No naive figure: its churn (3.4% a year) rests
  /// on 1 churn, too few to divide by (one more would halve it)."
  static func fewChurns(_ curve: RetentionCurve?, periodMonths p: Int) -> String? {
    guard let curve, let churn = curve.observedChurnPerPeriod, churn > 0,
      curve.observedChurns < minimumNaiveChurns
    else { return nil }
    let n = curve.observedChurns
    let change =
      n <= 1 ? "halve it" : "cut it by about \(Int((100.0 / Double(n + 1)).rounded()))%"
    return " No naive figure: its churn (" + oneDecimalPercent(churn) + " a "
      + (p == 12 ? "year" : "month") + ") rests on \(n) churn\(n == 1 ? "" : "s"), too few to "
      + "divide by (one more would \(change))."
  }

  /// `x` as a percentage with one decimal, as the report's rates are (`39.3%`): the naive
  /// figure's churn beside the LTV paragraph's other rates (render review 28, R28-24: "39.29% a
  /// year"). The curve notes keep two decimals (``percentText(_:)``): a constant-churn note
  /// sets α/(α+β) beside the observed churn it must lie within 10% of (trial 21, L1).
  static func oneDecimalPercent(_ x: Double) -> String {
    let tenths = Int((x * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
