import ARRCore

/// A ledger's units of usage per account and month (`docs/import.md`, "Invoice ledger", "Usage
/// units"; session 35, imp lane; trial 34, T34-9 and T34-6).
///
/// An AI company's ledger bills each month's tokens on a line typed usage with their count in a
/// `Quantity` column. The column was listed as ignored ("usage column absent"), so an account
/// whose usage lines faded to nothing while it paid its platform fee, or whose prepaid commit
/// went unused, had no usage signal: "retained" or "wavering", no reason.
///
/// Decided: a count of units (``LedgerLayout/Role/quantity``; a decimal rounded to a whole unit,
/// half away from zero) on a line of usage (typed usage, named for its month, or a usage series),
/// not a purchase of credits, is the account's usage (the folder form's `usage` column), added in
/// the month its revenue is (spread over its service period as its amount is). A month of an
/// account with such lines and none of them has usage 0: usage that stopped while the account
/// still pays (its fee, a commit) reads as zero usage months.
///
/// An account's usage is **not tracked** (its row left 0, which scoring reads as no usage
/// signal) when one of its lines of usage bills revenue with no count of units (a blank cell, a
/// negative or unreadable one: its units unknown, not 0), or when its usage lands in months
/// never two in a row (billed each quarter: the months between invoices are no zero usage).
/// Review 35, finding 1: a blank or decimal quantity in the last two months read as zero usage,
/// "usage down 67%", at risk 76.9; usage billed each quarter read as "zero usage in 2 of the last
/// 3 paid months". Usage is a signal for scoring, never revenue.
enum LedgerUsage {
  /// Whether `e`, used as `use`, is a line of usage, its units read or not.
  static func isUsageLine(_ e: LedgerEntry, use: LedgerImporter.Use) -> Bool {
    var readings = PrepaidCommits.Readings()
    return isUsageLine(e, use: use, readings: &readings)
  }

  /// ``isUsageLine(_:use:)``, each description read once in `readings` (hostile 55, H55-2).
  static func isUsageLine(
    _ e: LedgerEntry, use: LedgerImporter.Use, readings: inout PrepaidCommits.Readings
  ) -> Bool {
    guard e.amount >= 0 else { return false }
    guard e.kind == .usage || use == .usageSeries else { return false }
    return !e.isPrepaidPurchase && !readings.isPurchase(e)
  }

  /// Whether `e`, used as `use`, bills usage whose units are its account's usage.
  static func isUsage(_ e: LedgerEntry, use: LedgerImporter.Use) -> Bool {
    e.quantity != nil && isUsageLine(e, use: use)
  }

  /// Units of a quantity cell: a whole count (`1,200` allowed), or a decimal one rounded half
  /// away from zero (`1500.5` is 1,501); `nil` for anything else (negative, not a number).
  static func units(_ text: String) -> Int64? {
    if let whole = MonthlyTableReader.usageUnits(text) { return whole }
    var t = Substring(text)
    while t.first?.isWhitespace == true { t.removeFirst() }
    while t.last?.isWhitespace == true { t.removeLast() }
    guard let dot = t.firstIndex(of: "."), t.firstIndex(of: "-") == nil else { return nil }
    let fraction = t[t.index(after: dot)...]
    guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    let integral = t[..<dot]
    var value: Int64 = 0
    if !integral.isEmpty {
      guard let v = MonthlyTableReader.usageUnits(String(integral)) else { return nil }
      value = v
    }
    return fraction.first! >= "5" ? Money.saturatingSum(value, 1) : value
  }

  /// Sets `company.usage` from the lines of usage with units; leaves it `nil` when none has them
  /// or no account's usage is tracked.
  /// - Complexity: O(lines × months of their periods + accounts × months).
  static func apply(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], into company: inout ImportedCompany
  ) {
    let n = company.monthCount
    let first = company.firstMonth
    var unknown = Set<Int>()
    var months = [Int: Set<Int>]()
    var readings = PrepaidCommits.Readings()
    for (e, use) in zip(entries, uses) where isUsageLine(e, use: use, readings: &readings) {
      guard let units = e.quantity else {
        if e.amount > 0 { unknown.insert(e.account) }
        continue
      }
      if company.usage == nil {
        company.usage = [Int64](repeating: 0, count: company.mrr.count)
      }
      func add(_ units: Int64, at month: Month) {
        let k = month.months(since: first)
        guard k >= 0 && k < n else { return }
        months[e.account, default: []].insert(k)
        let i = company.cell(e.account, k)
        company.usage![i] = Money.saturatingSum(company.usage![i], units)
      }
      if use == .period, let p = e.period,
        let spread = ServicePeriod.spread(units, from: p.start, through: p.end)
      {
        for (k, share) in spread.shares.enumerated() {
          add(share, at: spread.firstMonth.adding(months: k))
        }
      } else {
        add(units, at: min(e.date.month, e.period?.start.month ?? e.date.month))
      }
    }
    guard company.usage != nil else { return }
    // Billed less often than monthly: two or more months of usage, none the month after another.
    let sparse = months.filter { _, ks in ks.count >= 2 && !ks.contains { ks.contains($0 + 1) } }
    let untracked = unknown.union(sparse.keys)
    for a in untracked {
      for k in 0..<n { company.usage![company.cell(a, k)] = 0 }
    }
    if Set(months.keys).isSubset(of: untracked) { company.usage = nil }
  }
}
