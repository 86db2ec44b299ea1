import ARRCore

/// Services billed as a subscription: a description naming services work (`Consulting
/// retainer - January 2024`) billed to one account at one amount month after month is a
/// recurring fee, not a one-time charge each month (review 44b, X-6: three monthly retainers of
/// 3,000 billed for 15 months were read one-time, $108,000 for $216,000, with no range).
/// A run is recurring when it is at least ``yearRun`` consecutive months long, or at least
/// ``namedRun`` when its description says it recurs (``LedgerReader/recurringWords``:
/// `retainer`, `monthly`); an implementation billed in a few equal monthly instalments stays
/// one-time.
extension LedgerImporter {
  /// Consecutive months of one amount that make a services charge recurring whatever its words.
  static let yearRun = 12
  /// Consecutive months of one amount that make a services charge recurring when its
  /// description says it recurs.
  static let namedRun = 3

  /// The indices of `entries` read one-time by their words (`isOneTimeByText`) that bill one
  /// account one amount, their descriptions alike but for the period they name
  /// (``periodlessKey(_:)``), once a month (the month they serve, when they name one) in a run
  /// of consecutive months long enough.
  /// - Complexity: O(lines × log lines).
  static func recurringServices(_ entries: [LedgerEntry], isOneTimeByText: [Bool]) -> Set<Int> {
    struct Key: Hashable {
      var account: Int
      var text: String
      var cents: Int64
    }
    // The month each line bills: its service month when it names one (a retainer billed in
    // arrears, "Consulting retainer - January 2024" invoiced in February), else its date's.
    func month(_ e: LedgerEntry) -> Month? {
      guard let p = e.period else { return e.date.month }
      return p.start.month == p.end.month ? p.start.month : nil
    }
    var groups = [Key: [Int]]()
    for (i, e) in entries.enumerated()
    where isOneTimeByText[i] && e.amount > 0 && e.kind == nil && month(e) != nil {
      groups[
        Key(account: e.account, text: periodlessKey(e.description), cents: e.amount),
        default: []
      ].append(i)
    }
    var out = Set<Int>()
    for (key, members) in groups where members.count >= namedRun {
      let months = Set(members.compactMap { month(entries[$0]) })
      // One line a month: two in a month are no monthly fee's rhythm.
      guard months.count == members.count else { continue }
      let sorted = months.sorted()
      var longest = 1
      var run = 1
      for k in sorted.indices.dropFirst() {
        run = sorted[k - 1].adding(months: 1) == sorted[k] ? run + 1 : 1
        longest = max(longest, run)
      }
      let saysRecurring = UsageMonths.hasWord(key.text, of: LedgerReader.recurringWords)
      if longest >= yearRun || (saysRecurring && longest >= namedRun) {
        out.formUnion(members)
      }
    }
    return out
  }
}
