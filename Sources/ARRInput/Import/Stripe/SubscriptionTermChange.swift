import ARRCore

/// A subscriptions table's terms at a past month come from the rows billing then
/// (`docs/import.md`, "Subscriptions table", "Terms as of a past month"; trial 20, N1).
///
/// An account's billing cadence and contract type are its current row's (``StripeFacts``).
/// When a row that stopped billing before the account's last billed month says another cadence
/// or contract type (a customer moved from monthly to annual billing), the current terms hold
/// only from the month after that row's last billed month: they are marked inferred from then
/// (`inferred_from`), so a backtest a year back reads them as unknown rather than carrying
/// today's annual billing back over months that were billed monthly.
enum SubscriptionTermChange {
  /// The last month up to `asOf` in which some row of `group` bills; `nil` when none ever does.
  /// - Complexity: O(rows × months) at worst, stopping at the first billed month found.
  static func lastBilledMonth(of group: [StripeSubscription], through asOf: Month) -> Month? {
    guard let first = group.compactMap(\.paidFrom).map(\.month).min() else { return nil }
    var m = asOf
    while m >= first {
      if group.contains(where: { $0.isBilled(m) }) { return m }
      m = m.adding(months: -1)
    }
    return nil
  }

  /// Marks `account`'s cadence and contract type as holding only from the month after the last
  /// one billed by a row that says otherwise and stopped billing before the account's last
  /// billed month (up to `asOf`). Rows billing side by side in that month are a mix, not a
  /// change, and leave the terms as they are.
  static func apply(
    _ group: [StripeSubscription], to account: inout ImportedAccount, asOf: Month
  ) {
    guard group.count > 1, let last = lastBilledMonth(of: group, through: asOf) else { return }
    var from: Month?
    var fields: AccountFields = []
    for s in group where !s.isBilled(last) {
      let cadence = s.billingCadence.flatMap { c in
        account.billingCadence.flatMap { $0 != c ? AccountFields.billingCadence : nil }
      }
      let type = s.contractType.flatMap { t in
        account.contractType.flatMap { $0 != t ? AccountFields.contractType : nil }
      }
      let differs = (cadence ?? []).union(type ?? [])
      guard !differs.isEmpty, let end = lastBilledMonth(of: [s], through: last) else {
        continue
      }
      fields.formUnion(differs)
      let after = end.adding(months: 1)
      from = from.map { max($0, after) } ?? after
    }
    guard let from else { return }
    account.inferred.formUnion(fields)
    account.inferredFrom = account.inferredFrom.map { max($0, from) } ?? from
  }
}
