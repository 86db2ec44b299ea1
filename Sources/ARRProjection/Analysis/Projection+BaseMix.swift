import ARRCore

extension Projection {
  /// A base's make-up: shares of its MRR (0–1) that tend to churn more.
  struct BaseMix: Sendable, Equatable {
    /// Accounts whose first paying month is under 6 months before the month (for accounts
    /// already paying in the first month of data, their `start_date` when earlier: their
    /// first paying month is before the data began).
    var young = 0.0
    /// Month-to-month, usage and pilot terms.
    var flexible = 0.0
    /// In an active trial, or converted from one in the 6 months before the month.
    var trial = 0.0
    /// Terms unknown at the month that the data reads later (an inferred term rolled back:
    /// `inferred_from` after the month); part of ``flexible``. Zero at the as-of month.
    var unread = 0.0
  }

  /// Sums of the whole cents behind a ``BaseMix``: each of `young`, `flexible` and `trial`
  /// is part of `total`.
  struct BaseSums: Sendable, Equatable {
    var total: Int64 = 0
    var young: Int64 = 0
    var flexible: Int64 = 0
    var trial: Int64 = 0
    var unread: Int64 = 0

    /// 2⁵³: every whole number below it is a `Double`, so sums below it are exact either way.
    static let exactLimit: Int64 = 1 << 53

    /// Adds `o`; `false` (and nothing added) when the total would reach ``exactLimit``, past
    /// which a `Double` sum of the same cents could round. Both totals are below it, so the
    /// additions cannot overflow.
    mutating func add(_ o: BaseSums) -> Bool {
      guard total + o.total < Self.exactLimit else { return false }
      total += o.total
      young += o.young
      flexible += o.flexible
      trial += o.trial
      unread += o.unread
      return true
    }
  }

  /// The mix of the accounts paying at column `col`, with account facts as known at its end.
  ///
  /// The MRR sums are whole cents, added as integers in account ranges on every core and
  /// joined in order: below 2⁵³ every partial sum of their `Double`s is exact, so the shares
  /// equal the one-thread `Double` sums of ``oneThreadBaseMix(_:column:starts:)``, which a
  /// company whose MRR at the column reaches 2⁵³ cents takes instead.
  /// - Complexity: O(accounts), split across cores.
  static func baseMix(
    _ company: Company, column col: Int, starts: [Int32],
    parallelFrom threshold: Int = Concurrent.minimumParallelCells
  ) -> BaseMix {
    let parts = Concurrent.map(Concurrent.ranges(company.accountCount, parallelFrom: threshold)) {
      _, range in baseSums(company, column: col, starts: starts, range: range)
    }
    var sums = BaseSums()
    for part in parts {
      guard let part, sums.add(part) else {
        return oneThreadBaseMix(company, column: col, starts: starts)
      }
    }
    guard sums.total > 0 else { return BaseMix() }
    let total = Double(sums.total)
    return BaseMix(
      young: Double(sums.young) / total, flexible: Double(sums.flexible) / total,
      trial: Double(sums.trial) / total, unread: Double(sums.unread) / total)
  }

  /// The integer sums of the accounts of `range` paying at column `col`; `nil` when one would
  /// reach 2⁵³.
  static func baseSums(
    _ company: Company, column col: Int, starts: [Int32], range: Range<Int>
  ) -> BaseSums? {
    var sums = BaseSums()
    var isExact = true
    forEachPaying(company, column: col, starts: starts, range: range) {
      mrr, isYoung, isFlexible, isTrial, isUnread in
      guard isExact, mrr < BaseSums.exactLimit, sums.total + mrr < BaseSums.exactLimit else {
        isExact = false
        return
      }
      sums.total += mrr
      if isYoung { sums.young += mrr }
      if isFlexible { sums.flexible += mrr }
      if isTrial { sums.trial += mrr }
      if isUnread { sums.unread += mrr }
    }
    return isExact ? sums : nil
  }

  /// The reference: the shares as `Double` sums over every account in order, on one thread.
  static func oneThreadBaseMix(_ company: Company, column col: Int, starts: [Int32]) -> BaseMix {
    var total = 0.0
    var mix = BaseMix()
    forEachPaying(company, column: col, starts: starts, range: 0..<company.accountCount) {
      mrr, isYoung, isFlexible, isTrial, isUnread in
      let m = Double(mrr)
      total += m
      if isYoung { mix.young += m }
      if isFlexible { mix.flexible += m }
      if isTrial { mix.trial += m }
      if isUnread { mix.unread += m }
    }
    guard total > 0 else { return mix }
    return BaseMix(
      young: mix.young / total, flexible: mix.flexible / total, trial: mix.trial / total,
      unread: mix.unread / total)
  }

  /// Calls `body` with the MRR at column `col` of each account of `range` paying then, and
  /// whether it is young, on flexible terms and in or fresh from a trial (``BaseMix``), with
  /// account facts as known at the column's end.
  private static func forEachPaying(
    _ company: Company, column col: Int, starts: [Int32], range: Range<Int>,
    _ body: (
      _ mrr: Int64, _ isYoung: Bool, _ isFlexible: Bool, _ isTrial: Bool, _ isUnread: Bool
    ) -> Void
  ) {
    let month = company.month(at: col)
    let cutoff = CivilDate.lastDay(of: month)
    let recent = CivilDate.firstDay(of: month.adding(months: -5))
    // Through a pointer and as terms: copying each account (and rolling back a copy) would
    // retain and release its strings for every paying account.
    let rollBack: CivilDate? = month < company.asOf ? cutoff : nil
    company.withAccountRows { accounts in
      for a in range {
        let mrr = company.revenue.mrr(account: a, month: col)
        guard mrr > 0 else { continue }
        let stored = accounts.terms(a)
        let account = accounts.terms(a, rolledBackTo: rollBack)
        var first = Int(starts[a])
        if first == 0 { first = min(0, company.offset(of: stored.startDate.month)) }
        let converted =
          account.trialStatus == .converted
          && account.trialEndDate.map { $0 >= recent && $0 <= cutoff } == true
        body(
          mrr, col - first < 6, !account.contractType.isCommitted,
          account.trialStatus == .active || converted,
          account.contractType == .unknown && stored.contractType != .unknown)
      }
    }
  }
}
