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
  /// Words (whole) naming a line that tops usage up to a minimum on their own.
  static let shortfallWords = ["shortfall", "unterschreitung", "déficit", "deficit", "faltante"]
  /// Words naming a top-up or an adjustment: a shortfall only beside ``minimumWords`` (review
  /// 50, R50-23: "API usage true-up (Q1 under-billed)" made pay-as-you-go usage a committed
  /// minimum, 100% of headline; R50-37: "Minimum spend adjustment" was no shortfall, committed
  /// $0 for $60,000).
  static let topUpWords = [
    "true up", "trueup", "top up", "topup", "make up", "makeup", "catch up",
  ]
  /// Words naming an adjustment: a shortfall only beside a minimum's own words
  /// (``minimumWords``; an adjustment of a commitment may be its price's).
  static let adjustmentWords = [
    "adjustment", "ausgleich", "nachberechnung", "ajustement", "complément", "ajuste",
  ]
  /// Words naming a minimum.
  static let minimumWords = [
    "minimum", "mindestumsatz", "mindestabnahme", "mindestbetrag", "mínimo",
  ]
  /// Words naming a commitment (a top-up of one is a shortfall).
  static let commitWords = ["commit", "commitment", "committed", "compromiso"]

  /// Whether `description` names a shortfall, a true-up or top-up to a minimum or commitment, or
  /// an adjustment to a minimum.
  static func namesShortfall(_ description: String) -> Bool {
    if UsageMonths.hasWord(description, of: shortfallWords) { return true }
    let isMinimum = UsageMonths.hasWord(description, of: minimumWords)
    if UsageMonths.hasWord(description, of: topUpWords) {
      return isMinimum || UsageMonths.hasWord(description, of: commitWords)
    }
    return isMinimum && UsageMonths.hasWord(description, of: adjustmentWords)
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
    // Each distinct description read once (hostile 55, H55-2).
    var isShortfall = DescriptionMemo(namesShortfall)
    for (e, use) in zip(entries, uses)
    where e.amount > 0 && counts(use) && isShortfall(e.description) {
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
