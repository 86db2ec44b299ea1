import ARRCore

extension Projection {
  /// Accounts a group needs in its fitted cohorts.
  public static let minimumCurveAccounts = 30
  /// Periods the longest cohort must be observed for, with monthly periods.
  public static let minimumMonthlyPeriods = 3
  /// Periods (years) the longest cohort must be observed for, with annual periods.
  public static let minimumAnnualPeriods = 2

  /// Most segments given a curve and an LTV: beyond ``segmentLimit`` + 1 segments, only the
  /// ``segmentLimit`` with the most recurring ARR (``ScoringResult/namedSegments(limit:)``),
  /// the ones `report.json` names. A segment column with one value per account (an id, a
  /// name) made a curve and an LTV per account: 100,000 of each, ~90 MB, at 100k accounts.
  public static let segmentLimit = 100

  /// The group memberships the curves and LTV use: segment per account and its period.
  struct Groups: Sendable {
    /// Segment names, sorted: every segment's, or the named ones'.
    var segments: [String]
    /// Account indices per segment, ascending.
    var segmentMembers: [[Int32]]
    /// Account indices per contract type (``ContractType/allCases`` order), ascending.
    var typeMembers: [[Int32]]

    /// - Parameters:
    ///   - company: The company.
    ///   - named: The segments to keep (``ScoringResult/namedSegments(limit:)``); `nil` for
    ///     every segment.
    init(_ company: Company, named: Set<String>? = nil) {
      // Segments numbered in the order first seen (a run of accounts of one segment looks it
      // up once), then renumbered in name order; a segment not kept gets the number past the
      // last, which no list holds.
      let codes = AccountGroupCodes(company)
      let seen = codes.segmentNames
      let kept = named.map { named in seen.indices.filter { named.contains(seen[$0]) } }
      let order = (kept ?? Array(seen.indices)).sorted { seen[$0] < seen[$1] }
      var rank = [Int](repeating: order.count, count: seen.count)
      for (r, k) in order.enumerated() { rank[k] = r }
      segments = order.map { seen[$0] }
      segmentMembers = Self.members(of: codes.segment, groups: order.count) { rank[Int($0)] }
      typeMembers = Self.members(of: codes.contract, groups: ContractType.allCases.count) {
        Int($0)
      }
    }

    /// The accounts of each group, ascending, for accounts whose code `group` maps to a group
    /// number below `count` (the others are in no list): each list sized by a count first, so
    /// none grows by doubling (at a million accounts the doublings held ~20 MB at the
    /// projection's peak), and each index in four bytes (the lists of both groupings are held
    /// beside the forecast plan, at the analysis's peak memory after the load: 7.6 MB at a
    /// million accounts, not 15.3).
    static func members<Code: BinaryInteger>(
      of codes: [Code], groups count: Int, _ group: (Code) -> Int
    ) -> [[Int32]] {
      var sizes = [Int](repeating: 0, count: count)
      for code in codes {
        let g = group(code)
        if g < count { sizes[g] += 1 }
      }
      var out = sizes.map { n -> [Int32] in
        var list: [Int32] = []
        list.reserveCapacity(n)
        return list
      }
      for (a, code) in codes.enumerated() {
        let g = group(code)
        if g < count { out[g].append(Int32(a)) }
      }
      return out
    }
  }

  /// Months per period for a contract type: 12 for annual and multi-year terms (renewals are
  /// yearly), 1 for month-to-month, usage and pilots.
  static func periodMonths(of type: ContractType) -> Int { type.isCommitted ? 12 : 1 }

  /// sBG curves per segment (sorted by name), then per contract type present.
  ///
  /// Each group's curve reads only its own members, so the groups are fitted side by side on
  /// every core, each in its own order, and handed back in this order: the same curves as one
  /// after the other (session 16, perf: the curves ran on one core while the other idled).
  /// - Parameter threshold: Accounts from which the groups are fitted in parallel; tests pass
  ///   1 to split a small company, `Int.max` for one thread.
  /// - Complexity: O(accounts + groups × months²) plus one fit per group.
  static func curves(
    _ company: Company, lifetimes: LifetimeTable, groups: Groups,
    parallelFrom threshold: Int = Concurrent.minimumParallelCells
  ) -> [RetentionCurve] {
    // (grouping, key, members, months per period) of every curve, in the order reported.
    var list: [(RetentionCurve.Grouping, String, Int, Int?)] = groups.segments.enumerated().map {
      (.segment, $1, $0, nil)
    }
    for (t, type) in ContractType.allCases.enumerated() where !groups.typeMembers[t].isEmpty {
      list.append((.contractType, type.rawValue, t, periodMonths(of: type)))
    }
    let jobs = list
    let pieces =
      company.accountCount >= threshold ? jobs.indices.map { $0..<$0 + 1 } : [jobs.indices]
    return Concurrent.map(pieces) { _, range in
      range.map { j in
        let (grouping, key, k, period) = jobs[j]
        guard let period else {
          let members = groups.segmentMembers[k]
          let committed = company.withAccountRows { accounts in
            members.count { accounts.contractType(Int($0)).isCommitted }
          }
          return curve(
            .segment, key: key, members: members,
            periodMonths: 2 * committed > members.count ? 12 : 1, lifetimes: lifetimes)
        }
        return curve(
          grouping, key: key, members: groups.typeMembers[k], periodMonths: period,
          lifetimes: lifetimes)
      }
    }.flatMap { $0 }
  }

  /// Fits one group's curve on its start-month cohorts (see `docs/projection.md`).
  static func curve(
    _ grouping: RetentionCurve.Grouping, key: String, members: [Int32], periodMonths p: Int,
    lifetimes: LifetimeTable
  ) -> RetentionCurve {
    let life = lifetimes.lifetimes
    let last = life.last
    var cohorts: [[Double]] = []
    var accounts = 0
    var periods = 0
    var lost = 0.0
    var exposed = 0.0
    // Accounts whose age is known: the first month's may have started before the data, unless
    // a start date given in that month says they started there.
    var byStart = [[Int32]](repeating: [], count: max(last + 1, 0))
    for a in members where life.start[Int(a)] >= 0 && life.isAgeKnown[Int(a)] {
      byStart[Int(life.start[Int(a)])].append(a)
    }
    var tooRecent = 0
    for s in 0..<max(last + 1, 0) where !byStart[s].isEmpty {
      let observed = (last - s) / p
      guard observed >= 1 else {
        tooRecent += byStart[s].count
        continue
      }
      var series = [Double](repeating: 0, count: observed + 1)
      for a in byStart[s] {
        let spell = Int(life.length[Int(a)])
        // Alive at period k: paid through age k·p, i.e. a spell of more than k·p months.
        let alive = min(observed, (spell - 1) / p)
        for k in 0...alive { series[k] += 1 }
      }
      for k in 1...observed {
        lost += series[k - 1] - series[k]
        exposed += series[k - 1]
      }
      cohorts.append(series)
      accounts += byStart[s].count
      periods = max(periods, observed)
    }
    var curve = RetentionCurve(
      grouping: grouping, key: key, periodMonths: p, status: .insufficientData, note: nil,
      accounts: accounts, cohorts: cohorts.count, periods: periods, fit: nil,
      projectedLogoRetention12Months: nil,
      observedChurnPerPeriod: exposed > 0 ? lost / exposed : nil)
    curve.observedChurns = Int(lost.rounded())
    let unit = p == 12 ? "years" : "months"
    if p == 12 && periods < minimumAnnualPeriods {
      curve.status = .notAvailable
      curve.note =
        "annual renewals need cohorts observed for at least \(minimumAnnualPeriods) years; "
        + "the longest here is observed for " + count(periods, "year")
      return curve
    }
    let minimumPeriods = p == 12 ? minimumAnnualPeriods : minimumMonthlyPeriods
    if accounts < minimumCurveAccounts || periods < minimumPeriods {
      let firstMonth = members.count { life.start[Int($0)] == 0 && !life.isAgeKnown[Int($0)] }
      let neverPaid = members.count { life.start[Int($0)] < 0 }
      curve.note = insufficientDataNote(
        accounts: accounts, periods: periods, unit: unit, minimumPeriods: minimumPeriods,
        members: members.count, firstMonth: firstMonth, tooRecent: tooRecent,
        neverPaid: neverPaid)
      return curve
    }
    do {
      let fit = try ShiftedBetaGeometric.fit(cohorts: cohorts)
      curve.fit = fit
      curve.status = .fitted
      if fit.model.isGeometricLimit, let observed = curve.observedChurnPerPeriod, observed > 0,
        abs(fit.model.meanChurn - observed) <= constantChurnTolerance * observed
      {
        curve.status = .constantChurn
        curve.note =
          "constant churn: α and β ran to the limit of the fit together, their ratio settled at "
          + "the observed churn (α/(α+β) = \(percentText(fit.model.meanChurn)) a "
          + "\(p == 12 ? "year" : "month")): one churn rate for every account, so retention does "
          + "not improve with tenure"
      } else if fit.model.isDegenerate {
        curve.status = .degenerateFit
        curve.note =
          "degenerate fit: α or β ran to a bound (below "
          + "\(ShiftedBetaGeometric.degenerateBelow) or above "
          + "\(Money.grouped(UInt64(ShiftedBetaGeometric.degenerateAbove)))), so the curve is "
          + "not a fitted model"
      }
      curve.projectedLogoRetention12Months = projectedLogoRetention(
        fit.model, members: members, periodMonths: p, lifetimes: lifetimes)
    } catch {
      curve.status = .fitFailed
      curve.note = error.message
    }
    return curve
  }

  /// Why a group has too little data for a curve, counting where its accounts went: the
  /// fitted cohorts leave out the first month's accounts (ages unknown), accounts that started
  /// too recently to be observed for one full period, and accounts that never paid.
  static func insufficientDataNote(
    accounts: Int, periods: Int, unit: String, minimumPeriods: Int, members: Int,
    firstMonth: Int, tooRecent: Int, neverPaid: Int
  ) -> String {
    let period = unit == "years" ? "year" : "month"
    var out =
      accounts == 0
      ? "no cohort to fit"
      : "\(count(accounts, "account")) in cohorts, the longest observed for "
        + count(periods, period)
    var left: [String] = []
    if firstMonth > 0 {
      // Paying in the first month, not necessarily started there: a start date may put them
      // before it, and their months before the data are not in it (render review 30, R30-6:
      // "started … ages are unknown" of accounts whose start_date accounts.csv gives).
      left.append(
        "\(firstMonth) \(firstMonth == 1 ? "was" : "were") already paying in the first month of "
          + "data (left out: their earlier months, if any, precede the data)")
    }
    if tooRecent > 0 {
      left.append("\(tooRecent) started too recently to be observed for a full \(period)")
    }
    if neverPaid > 0 { left.append("\(neverPaid) never paid") }
    if !left.isEmpty {
      out += ": of the group's \(count(members, "account")), " + left.joined(separator: ", ")
    }
    return out + "; the curve needs at least \(minimumCurveAccounts) accounts in cohorts and one "
      + "cohort observed for \(minimumPeriods) \(unit)"
  }

  /// How far α/(α+β) of a fit at the geometric limit may lie from the observed churn, as a share
  /// of it, for the fit to be read as constant churn: the likelihood of one churn rate peaks at
  /// lost ÷ exposed, the observed churn, so a ratio far from it did not settle.
  static let constantChurnTolerance = 0.1

  /// `x` as a percentage with two decimals (`2.75%`).
  static func percentText(_ x: Double) -> String {
    let hundredths = Int((x * 10_000).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
  }

  /// "1 account", "2 accounts".
  private static func count(_ n: Int, _ noun: String) -> String {
    "\(n) " + noun + (n == 1 ? "" : "s")
  }

  /// Mean over the members paying at as-of of the model's chance of staying 12 more months
  /// given the renewals each has made: Π r(t) over the next 12 months' renewals.
  static func projectedLogoRetention(
    _ model: ShiftedBetaGeometric, members: [Int32], periodMonths p: Int, lifetimes: LifetimeTable
  ) -> Double? {
    let ahead = 12 / p
    var total = 0.0
    var count = 0
    // By renewals made (at most the months of data), worked out once per value.
    var cache = [Double?](repeating: nil, count: lifetimes.lifetimes.last + 2)
    for a in members {
      guard let made = lifetimes.renewalsMade(Int(a), periodMonths: p) else { continue }
      let value: Double
      if let v = cache[made] {
        value = v
      } else {
        var s = 1.0
        for t in (made + 1)...(made + ahead) { s *= model.retentionRate(t) }
        cache[made] = s
        value = s
      }
      total += value
      count += 1
    }
    return count > 0 ? total / Double(count) : nil
  }
}

/// Per-account spells plus the ages used to condition the curves on tenure.
struct LifetimeTable: Sendable {
  var lifetimes: AccountLifetimes

  /// Renewals made at as-of by an account paying then: whole periods since its start month;
  /// `nil` for accounts not paying at as-of.
  func renewalsMade(_ a: Int, periodMonths p: Int) -> Int? {
    guard lifetimes.isPayingAtEnd[a], lifetimes.start[a] >= 0 else { return nil }
    return (lifetimes.last - Int(lifetimes.start[a])) / p
  }
}
