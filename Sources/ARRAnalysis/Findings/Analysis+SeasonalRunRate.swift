import ARRCore
import ARRMetrics

extension Analysis {
  /// Revenue billed over the bridge's last 12 months: the sum of their closing MRR, cents
  /// (`nil` with fewer than 12 bridge months). Overflow wraps no sooner than 12 × a headline's
  /// MRR would, which the ladder has already checked.
  static func trailingYearRevenue(_ bridge: [BridgeMonth]) -> Int64? {
    guard bridge.count >= 12 else { return nil }
    return bridge.suffix(12).reduce(Int64(0)) { $0 &+ $1.closing }
  }

  /// `seasonal_run_rate`: the as-of month's MRR and that of the same month a year before are
  /// on one side of a swing that goes at least halfway back in between: both at least twice
  /// two or more months between them (in season), or both at most half the highest month
  /// between them and of one before them (off-season).
  /// A run-rate taken there is 12 × a month the year does not repeat. Raised when 12 × the
  /// as-of MRR is at least ``Finding/seasonalRunRateGap`` away from the revenue the last 12
  /// months billed (above it in season, below it off-season): critical from
  /// ``Finding/seasonalRunRateCriticalGap`` (in season, the headline at least twice a year's
  /// revenue; off-season, at most half), else a warning (trial 37, T37-29: 50 accounts paying
  /// in January to April only read $120K headline and quality-adjusted ARR $111K on $40.0K a
  /// year, and "no recurring revenue" off-season).
  ///
  /// A company growing fast has a run-rate above a year's revenue too, but its months do not
  /// fall back by half between a month and the same month a year later: the swing is what
  /// tells a season from growth.
  /// - Parameters:
  ///   - bridge: The MRR bridge, oldest first, ending at the as-of month.
  ///   - f: The number format.
  /// - Returns: The finding, or `nil` with fewer than 13 bridge months or no such swing.
  /// - Complexity: O(bridge months).
  static func seasonalRunRate(_ bridge: [BridgeMonth], f: NumberFormat) -> Finding? {
    guard bridge.count >= 13, let year = trailingYearRevenue(bridge), year > 0 else { return nil }
    let now = bridge[bridge.count - 1]
    let before = bridge[bridge.count - 13]
    let between = bridge[(bridge.count - 12)..<(bridge.count - 1)]
    let low = between.min { $0.closing < $1.closing }!
    let high = between.max { $0.closing < $1.closing }!
    let runRate = 12 &* now.closing
    // In season: at least two months between at most half of both ends (one empty month is
    // a gap in the data, `revenue_gap`). Off-season: the season before the year-ago month too,
    // so a company that grew and then fell back is not called seasonal.
    let floor = min(now.closing, before.closing)
    let isInSeason =
      floor > 0 && between.filter { 2 &* $0.closing <= floor }.count >= 2
    let ceiling = max(now.closing, before.closing)
    let isOffSeason =
      2 &* ceiling <= high.closing
      && bridge[..<(bridge.count - 13)].contains { 2 &* ceiling <= $0.closing }
    let ratio = Double(runRate) / Double(year)
    let isFar =
      isInSeason
      ? ratio >= 1 + Finding.seasonalRunRateGap : ratio <= 1 - Finding.seasonalRunRateGap
    guard isInSeason || isOffSeason, isFar else { return nil }
    let isCritical =
      isInSeason
      ? ratio >= 1 + Finding.seasonalRunRateCriticalGap
      : ratio <= 1 - Finding.seasonalRunRateCriticalGap
    let other = isInSeason ? low : high
    let swing =
      "MRR in \(f.month(now.month)) is \(f.compactMoney(cents: now.closing)) and was "
      + "\(f.compactMoney(cents: before.closing)) in \(f.month(before.month)), but "
      + (isInSeason ? "fell" : "rose") + " to \(f.compactMoney(cents: other.closing)) in "
      + "\(f.month(other.month)) between them"
    let share =
      ratio >= 1
      ? "\(f.number(ratio, decimals: 1))× what" : "\(f.percent(ratio)) of what"
    let reading =
      isInSeason
      ? "A run-rate taken in season counts the off-season months as if they paid as this one "
        + "does: quality-adjusted ARR and the projection rest on it too. Compare a year's "
        + "revenue, or like months."
      : "A run-rate taken off-season counts the season's revenue as gone: compare a year's "
        + "revenue, or like months."
    return Finding(
      code: .seasonalRunRate, severity: isCritical ? .critical : .warning,
      message:
        "Revenue swings within the year (a season?): \(swing). Headline ARR, 12 × \(f.month(now.month))'s MRR, is "
        + "\(f.compactMoney(cents: runRate)), \(share) the last 12 months billed "
        + "(\(f.compactMoney(cents: year)), \(f.month(bridge[bridge.count - 12].month)) to "
        + "\(f.month(now.month))). " + reading,
      weight: 2 + min(abs(ratio - 1), 1))
  }

  /// Whether a revenue gap shorter than a year has, for each of its months, a month without MRR
  /// 12 months before or after it in the bridge: the same months empty in another year, an
  /// off-season rather than a month missing from the data.
  static func isSeasonalGap(first: Month, count: Int, in bridge: [BridgeMonth]) -> Bool {
    // A gap of a year or more is no season, and a month 12 apart inside the gap itself is the
    // same gap, not another year's.
    guard count < 12, let start = bridge.first?.month else { return false }
    func isEmpty(_ m: Month) -> Bool {
      let i = m.months(since: start)
      return i >= 0 && i < bridge.count && bridge[i].closing == 0
    }
    return (0..<count).allSatisfy { k in
      let m = first.adding(months: k)
      return isEmpty(m.adding(months: -12)) || isEmpty(m.adding(months: 12))
    }
  }
}
