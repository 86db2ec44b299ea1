import ARRCore

/// A line billing a commitment's shortfall (`Minimum commitment shortfall`, a true-up) is the
/// top-up *to* the minimum, not the minimum (session 49, imp lane; trial 48, T48-33: Orb-style
/// invoices of usage with a monthly minimum read each account's November shortfall as its
/// minimum, committed ARR $88,947 for the $600,000 a year the file shows, and the committed
/// accounts whose usage beat the minimum that month were "pay-as-you-go usage, no commitment").
///
/// Decided: the account's committed minimum is what all its lines bill for the latest month
/// through the as-of month that holds such a line (usage and shortfall together: the minimum
/// itself), and it holds in every month from the first such month, the months above it too.
extension LedgerMinimums {
  /// Words (whole) naming a line that tops usage up to a minimum.
  static let shortfallWords = [
    "shortfall", "true up", "trueup", "commit top up", "commitment top up", "minimum top up",
    "top up to minimum",
  ]

  /// Whether `description` names a shortfall or a true-up to a minimum.
  static func namesShortfall(_ description: String) -> Bool {
    UsageMonths.hasWord(description, of: shortfallWords)
  }

  /// Each account's minimum read from its shortfall lines: what its lines bill for the latest
  /// month holding one (through `asOf`), the first month one bills, and the first such line.
  /// - Complexity: O(lines).
  static func shortfallMinimums(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], asOf: Month
  ) -> [Int: (cents: Int64, since: Month, line: Int, text: String)] {
    func counts(_ use: LedgerImporter.Use) -> Bool {
      switch use {
      case .oneTime, .refund, .monthCredit, .oneOffCredit: false
      default: true
      }
    }
    var latest = [Int: (month: Month, since: Month, line: Int, text: String)]()
    for (e, use) in zip(entries, uses)
    where e.amount > 0 && counts(use) && namesShortfall(e.description) {
      let month = e.period?.start.month ?? e.date.month
      guard month <= asOf else { continue }
      var l = latest[e.account] ?? (month, month, e.line, e.description)
      l.month = max(l.month, month)
      l.since = min(l.since, month)
      if e.line < l.line { (l.line, l.text) = (e.line, e.description) }
      latest[e.account] = l
    }
    guard !latest.isEmpty else { return [:] }
    var billed = [Int: Int64]()
    for (e, use) in zip(entries, uses)
    where e.amount > 0 && counts(use) && latest[e.account] != nil {
      billed[e.account, default: 0] &+= LedgerMinimums.billed(e, in: latest[e.account]!.month).cents
    }
    var out = [Int: (cents: Int64, since: Month, line: Int, text: String)]()
    for (a, l) in latest {
      guard let cents = billed[a], cents > 0 else { continue }
      out[a] = (cents, l.since, l.line, l.text)
    }
    return out
  }
}
