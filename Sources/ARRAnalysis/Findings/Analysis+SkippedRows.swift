import ARRCore

extension Analysis {
  /// One account's skipped monthly rows, in the order Data quality lists them.
  private struct SkippedAccount {
    var id: String
    var months: [Month] = []
    /// `nil` when the sum does not fit in `Int64` cents.
    var readCents: Int64? = 0
    var unreadable: [Month] = []
  }

  /// `skipped_rows`: rows `--lenient` left out. Names each skipped monthly row's account and
  /// month, and what an unreadable amount's account paid the month before; weighs the as-of
  /// month's skipped rows (amounts read, unreadable ones taken at the month before's) against
  /// that month's MRR with them, critical from ``Finding/skippedRowsCriticalShare`` (session
  /// 40, trial 37, T37-22 c: an unreadable as-of row of the account paying two thirds of the
  /// MRR, and an account missing from accounts.csv paying 90% of it, were a warning that said
  /// only "summed over all their months"). Reads the rows Data quality keeps (the first
  /// ``DataQuality/skippedSampleLimit``).
  static func skippedRows(_ company: Company, headline: Int64, f: NumberFormat) -> Finding? {
    let dq = company.dataQuality
    guard dq.skippedCount > 0 else { return nil }
    let read = dq.files.reduce(0) { $0 + $1.rowsRead }
    var message =
      "\(f.integer(dq.skippedCount)) of \(f.integer(read)) input rows were skipped "
      + "(`--lenient`) and are in no figure of this report; "
      + (dq.skippedMRR { f.compactMoney(cents: $0) }.map {
        "the skipped monthly rows carried \($0) of MRR, summed over all their months."
      } ?? "what they carried is not added up as MRR (some skipped rows are no monthly MRR row, "
        + "or their amount could not be read).")
    // By account, in the order the rows were read.
    var byAccount: [SkippedAccount] = []
    var slot: [String: Int] = [:]
    for row in dq.skipped {
      guard let month = row.month, let id = row.accountID else { continue }
      let k = slot[id] ?? byAccount.count
      if k == byAccount.count {
        slot[id] = k
        byAccount.append(SkippedAccount(id: id))
      }
      if let cents = row.mrrCents {
        byAccount[k].months.append(month)
        byAccount[k].readCents = byAccount[k].readCents.flatMap { Self.sum($0, cents) }
      } else {
        byAccount[k].unreadable.append(month)
      }
    }
    guard !byAccount.isEmpty else {
      return Finding(
        code: .skippedRows, severity: .warning, message: message + " Data quality lists them.",
        weight: 5)
    }
    // The accounts accounts.csv lists, by id: their labels and their MRR the month before.
    var index: [String: Int] = [:]
    company.withAccountRows { rows in
      for a in 0..<company.accountCount where slot[rows.id(a)] != nil { index[rows.id(a)] = a }
    }
    func label(_ id: String) -> String {
      index[id].map { a in company.withAccountRows { $0.quotedLabel(a) } } ?? "\"\(id)\""
    }
    /// What the account paid the month before `month`, cents; `nil` outside the data or for an
    /// account accounts.csv does not list.
    func before(_ id: String, _ month: Month) -> Int64? {
      guard let a = index[id] else { return nil }
      let col = month.months(since: company.firstMonth) - 1
      guard col >= 0, col < company.revenue.monthCount else { return nil }
      return company.revenue.mrr(account: a, month: col)
    }
    func monthList(_ list: [Month]) -> String {
      let sorted = list.sorted()
      return sorted.count <= 3
        ? sorted.map(f.month).joined(separator: ", ")
        : "\(f.month(sorted[0])) to \(f.month(sorted[sorted.count - 1]))"
    }
    let shown = 5
    let withAmounts = byAccount.filter { !$0.months.isEmpty }
    if !withAmounts.isEmpty {
      let listed = withAmounts.prefix(shown).map {
        "\(label($0.id)), \(count($0.months.count, "row", f)) "
          + "(\(monthList($0.months)), "
          + "\($0.readCents.map { f.compactMoney(cents: $0) } ?? "too large to add up"))"
      }
      let more =
        withAmounts.count > shown
        ? "; and \(count(withAmounts.count - shown, "other account", f))" : ""
      message += " By account: " + listed.joined(separator: "; ") + more + "."
    }
    let unreadable = byAccount.flatMap { a in a.unreadable.map { (a.id, $0) } }
    if !unreadable.isEmpty {
      let listed = unreadable.prefix(shown).map { id, month in
        "\(label(id)), \(f.month(month))"
          + (before(id, month).map { ", \(f.compactMoney(cents: $0)) the month before" } ?? "")
      }
      let more = unreadable.count > shown ? "; and \(f.integer(unreadable.count - shown)) more" : ""
      message +=
        " \(count(unreadable.count, "row", f))'\(unreadable.count == 1 ? "s" : "") MRR could "
        + "not be read: " + listed.joined(separator: "; ") + more + "."
    }
    // The as-of month's: what the headline leaves out.
    let asOf = company.asOf
    var atAsOf: Int64? = 0
    var isCarried = false
    for row in dq.skipped where row.month == asOf {
      if let cents = row.mrrCents {
        atAsOf = atAsOf.flatMap { Self.sum($0, cents) }
      } else if let id = row.accountID, let carried = before(id, asOf), carried > 0,
        let a = index[id],
        company.revenue.mrr(account: a, month: company.revenue.monthCount - 1) == 0
      {
        // Carried only when no other row of the account's as-of month was read.
        atAsOf = atAsOf.flatMap { Self.sum($0, carried) }
        isCarried = true
      }
    }
    var severity = Finding.Severity.warning
    if let atAsOf, atAsOf > 0, let arr = Self.product(12, atAsOf),
      let with = Self.sum(headline, arr)
    {
      let share = with > 0 ? Double(arr) / Double(with) : 0
      if share >= Finding.skippedRowsCriticalShare { severity = .critical }
      let atLeast = dq.skippedCount > dq.skipped.count ? "at least " : ""
      message +=
        " In \(f.month(asOf)), the as-of month, the skipped rows hold \(atLeast)"
        + "\(f.compactMoney(cents: atAsOf)) of MRR"
        + (isCarried ? " (an amount that could not be read taken at the month before's)" : "")
        + ", \(f.percent(share)) of that month's MRR with them: headline ARR is "
        + "\(f.compactMoney(cents: headline)) as read, \(f.compactMoney(cents: with)) with them."
    }
    return Finding(
      code: .skippedRows, severity: severity, message: message + " Data quality lists them.",
      weight: 5)
  }

  /// `a + b`, `nil` past `Int64`.
  private static func sum(_ a: Int64, _ b: Int64) -> Int64? {
    let (s, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : s
  }

  /// `a × b`, `nil` past `Int64`.
  private static func product(_ a: Int64, _ b: Int64) -> Int64? {
    let (p, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? nil : p
  }
}
