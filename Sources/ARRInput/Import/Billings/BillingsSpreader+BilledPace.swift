// BillingsSpreader: recurring revenue far above what an account was ever billed at (trial 55,
// T55-1), priced and named.
import ARRCore

extension BillingsSpreader {
  /// How many times its billed pace an account's as-of MRR must exceed to be priced
  /// (``billedPace(_:asOf:)``). A customer that expanded lately stays under it: billed 100 a
  /// month for a year, then 250, it reads 250 against a pace of 112.
  static let billedPaceFactor: Int64 = 3

  /// The fewest months, from an account's first invoice through the as-of month, over which a
  /// pace is read: an account billed twice so far has no pace to speak of.
  static let billedPaceMonths = 3

  /// An account's **billed pace**: what it was billed (its positive invoices) from its first
  /// invoice through the as-of month, per month of that span, rounded down; `nil` when the
  /// span is shorter than ``billedPaceMonths``, nothing was billed, or the account was billed in
  /// half the span's months or more: billing that dense shows its own rhythm, and a customer
  /// billed every month that upgraded lately (100 a month, then 1,000) is no lumpy buyer; nor
  /// when it was billed in each of its last three months, or its last two invoices are within a
  /// factor of two of each other (a win-back, a one-off buyer turned subscriber: review 55,
  /// R55-23).
  /// - Parameters:
  ///   - billed: The account's billed cents in month `m` (0 ≤ `m` ≤ `asOf`).
  ///   - asOf: The as-of month's index.
  /// - Complexity: O(`asOf`).
  static func billedPace(_ billed: (Int) -> Int64, asOf: Int) -> Int64? {
    var first: Int?
    var total: Int64 = 0
    var billedMonths = 0
    for m in 0...asOf {
      let v = billed(m)
      guard v > 0 else { continue }
      if first == nil { first = m }
      billedMonths += 1
      let (s, o) = total.addingReportingOverflow(v)
      total = o ? .max : s
    }
    guard let first, asOf - first + 1 >= billedPaceMonths,
      2 * billedMonths < asOf - first + 1
    else { return nil }
    // Its latest invoices steady or every month of late: a rhythm of its own (a win-back, a
    // one-off buyer turned subscriber; review 55, R55-23).
    let latest = (0...asOf).reversed().filter { billed($0) > 0 }.prefix(3)
    if latest.count == 3 && latest.first == asOf && latest.last == asOf - 2 { return nil }
    if latest.count >= 2 {
      let (a, b) = (billed(latest[latest.startIndex]), billed(latest[latest.startIndex + 1]))
      if LedgerImporter.MonthlyRuns.isClose(a, b) { return nil }
    }
    return total / Int64(asOf - first + 1)
  }

  /// Whether an as-of MRR of `mrr` is more than ``billedPaceFactor`` times `pace`.
  static func isAbovePace(_ mrr: Int64, pace: Int64) -> Bool {
    let (limit, o) = pace.multipliedReportingOverflow(by: billedPaceFactor)
    return !o && mrr > limit
  }

  /// The finding naming the accounts whose as-of MRR is above their billed pace: their ARR as
  /// read and at their pace, and the first few.
  static func abovePaceFinding(
    _ list: [(id: String, mrr: Int64, pace: Int64)], company: ImportedCompany
  ) -> (text: String, accounts: [String])? {
    guard !list.isEmpty else { return nil }
    func arr(_ mrr: Int64) -> String { arrText(mrr, currency: company.log.currency) }
    let read = list.reduce(Int64(0)) { $0 &+ $1.mrr }
    let pace = list.reduce(Int64(0)) { $0 &+ $1.pace }
    let shown = list.sorted { $0.mrr > $1.mrr }.prefix(3).map {
      "\"\($0.id)\" \(arr($0.mrr)) read, \(arr($0.pace)) at its pace"
    }
    let n = list.count
    return (
      "\(CountText.grouped(n)) account\(n == 1 ? "'s" : "s'") recurring revenue at "
        + "\(company.asOf) is more than \(billedPaceFactor) times what \(n == 1 ? "it was" : "they were") "
        + "billed in a month on average since \(n == 1 ? "its" : "their") first invoice: ARR "
        + "\(arr(read)) as read from a billing rhythm \(n == 1 ? "its" : "their") history barely "
        + "shows (such as two invoices in adjacent months), \(arr(pace)) at \(n == 1 ? "its" : "their") "
        + "billed pace, the low end of the headline's range (\(shown.joined(separator: "; "))"
        + (n > 3 ? "; …" : "") + "). Irregular purchases are not recurring revenue: check that "
        + "these customers are on contracts",
      list.map(\.id)
    )
  }
}
