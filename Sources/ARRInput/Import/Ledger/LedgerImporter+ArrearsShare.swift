import ARRCore

/// How many of the last month's accounts bill the month before in arrears (`docs/import.md`,
/// "The window"; trial 54, T54-9: three services lines of one account naming September, among
/// 206 lines of 56 accounts invoiced in October, moved the as-of month back to September and
/// counted 203 lines after it).
extension LedgerImporter {
  /// Whether the accounts invoiced in `last` for the month before (`served` gives a line's
  /// month served in arrears) are one in ten at least of the accounts invoiced in `last`: then
  /// the last month's usage is not billed yet; fewer are a few late lines, no billing rhythm.
  static func isArrearsBilling(
    _ entries: [LedgerEntry], last: Month, served: (LedgerEntry) -> Month?
  ) -> Bool {
    var invoiced = Set<Int>()
    var inArrears = Set<Int>()
    let before = last.adding(months: -1)
    for e in entries where e.date.month == last {
      invoiced.insert(e.account)
      if served(e) == before { inArrears.insert(e.account) }
    }
    return 10 * inArrears.count >= invoiced.count
  }
}
