import ARRCore

/// Services billed as a subscription: a description naming services work (`Consulting
/// retainer - January 2024`) billed to one account at one amount month after month is a
/// recurring fee, not a one-time charge each month (review 44b, X-6: three monthly retainers of
/// 3,000 billed for 15 months were read one-time, $108,000 for $216,000, with no range).
/// A run is recurring when it is at least ``namedRun`` consecutive months long and its
/// description says it recurs by contract (``retainerWords``: `retainer`, `subscription`,
/// `licence`…). Neither a run's length alone nor the words
/// `monthly` or `plan` make it one (review 45, Y-5, Y-6, Y-12: an implementation paid in monthly
/// instalments, an onboarding plan's workshops, a reseller's per-client onboarding fees and a
/// 12-month project billed monthly were all read recurring, up to +$60,000): a project billed
/// monthly and a retainer look alike in a ledger but for the word.
extension LedgerImporter {
  /// Consecutive months of one amount that make a retainer's charge recurring.
  static let namedRun = 3
  /// Words of a services charge that recurs by contract: ``LedgerReader/recurringWords`` but
  /// `monthly` and `plan`, which an instalment or a project's plan says too (review 45, Y-5).
  static let retainerWords =
    LedgerReader.recurringWords.filter { $0 != "monthly" && $0 != "plan" }
    + ["retainers"]

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
    var keys = DescriptionMemo(periodlessKey)
    for (i, e) in entries.enumerated()
    where isOneTimeByText[i] && e.amount > 0 && e.kind == nil && month(e) != nil {
      groups[
        Key(account: e.account, text: keys(e.description), cents: e.amount),
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
      if UsageMonths.hasWord(key.text, of: retainerWords) && longest >= namedRun {
        out.formUnion(members)
      }
    }
    return out
  }
}
