import ARRCore

extension LedgerData {
  /// Joins sub-customers named `Parent : Child` (NetSuite's `Customer/Project`, QuickBooks'
  /// `Parent:Child`) into their parent's account, by the rule a cube's customer groups follow
  /// (``SubCustomerName/parents(of:)``), and notes how many lines and sub-customers were joined
  /// into how many parents. Not beside a name column: the customer column's cells are then ids,
  /// the accounts, whatever their names say.
  ///
  /// Decided (session 28, t28b lane): a NetSuite transaction list with `Holding Group : Site A`
  /// and `Holding Group : Site B` kept each site as its own account, so a site lost while the
  /// group paid on read as a lost logo, where the same customers in a cube were one account.
  /// - Complexity: O(lines + accounts).
  mutating func joinSubCustomers(file: String, log: inout ImportLog) {
    let joined = SubCustomerName.parents(of: accounts.map(\.id))
    guard !joined.isEmpty else { return }
    var byID = [String: Int]()
    for (i, a) in accounts.enumerated() where byID[a.id] == nil { byID[a.id] = i }
    var merged = [ImportedAccount]()
    var indexOf = [String: Int]()
    var newIndex = [Int](repeating: 0, count: accounts.count)
    for (i, account) in accounts.enumerated() {
      let id = joined[account.id] ?? account.id
      if let existing = indexOf[id] {
        newIndex[i] = existing
        continue
      }
      // The parent's own account when the file has one (ids are exact: `parents(of:)` writes
      // the parent as its own line does), else one named after it, sourced at its first child.
      let parentLine = byID[id].map { accounts[$0] }
      var kept = parentLine ?? account
      if parentLine == nil {
        kept.id = id
        kept.name = id
      }
      indexOf[id] = merged.count
      newIndex[i] = merged.count
      merged.append(kept)
    }
    var lines = 0
    for k in entries.indices {
      if joined[accounts[entries[k].account].id] != nil { lines += 1 }
      entries[k].account = newIndex[entries[k].account]
    }
    for k in refundedCharges.indices {
      refundedCharges[k].key = joined[refundedCharges[k].key] ?? refundedCharges[k].key
    }
    let first = accounts.map(\.id).first { joined[$0] != nil }!
    let parents = Set(joined.values).count
    log.notes.append(
      "\(file): \(Counted.phrase(lines, "line")) of \(Counted.phrase(joined.count, "sub-customer")) "
        + "(\"\(first)\" first) joined into \(Counted.phrase(parents, "parent")) (\"\(joined[first]!)\"): "
        + "a name written as its parent's, a colon and its own is part of that parent when the "
        + "file names the parent too, or a second sub-customer of it, so a sub-customer lost "
        + "while its parent pays on is contraction, not a lost logo")
    accounts = merged
  }
}
