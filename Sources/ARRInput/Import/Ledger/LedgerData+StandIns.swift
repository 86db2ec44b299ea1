import ARRCore

extension LedgerData {
  /// Joins a customer's name keyed another way, line by line, before any line is read into
  /// months of revenue: a spelling in months its usual one skips
  /// (``ImportedCompany/standInPairs(keys:months:amount:)``), then a spelling taking over from
  /// another (``ImportedCompany/renamePairs(keys:months:amount:)``), each on the amounts of
  /// the accounts' charges by invoice month. Says each join as the account-level joins do.
  ///
  /// Decided (session 37, crm lane; retest 36, N3 and N4): joined after the ledger had read
  /// each account's lines, a stand-in's lone line was first read as a single payment spread
  /// over a term, so its months overlapped the usual spelling's and it was kept apart, or not,
  /// depending on a third customer's rhythm (`Acme Corp` monthly, `ACME CORP` in March only,
  /// Bravo and Charlie monthly: 4 accounts and a range $21,000–$21,999.96; without Charlie,
  /// joined); and a rename into a spelling first seen in the last month kept that line's
  /// spread reading ($7.00K to $18.0K) though the account pays every month.
  /// - Complexity: O(lines + accounts) plus, per group of one loose name key,
  ///   O(members² × months).
  mutating func joinStandInSpellings(currency: String?, log: inout ImportLog) {
    guard accounts.count > 1,
      let first = entries.lazy.map(\.date.month).min(),
      let last = entries.lazy.map(\.date.month).max()
    else { return }
    let n = last.months(since: first) + 1
    let keys = accounts.map(ImportedCompany.nameKey)
    // Only accounts sharing a key with another are looked at: their charges by month.
    var counts = [String: Int]()
    for k in keys where !k.isEmpty { counts[k, default: 0] += 1 }
    guard counts.values.contains(where: { $0 > 1 }) else { return }
    let grouped = keys.map { !$0.isEmpty && counts[$0]! > 1 }
    var row = [Int: Int]()
    for a in accounts.indices where grouped[a] { row[a] = row.count }
    var cents = [Int64](repeating: 0, count: row.count * n)
    func charge(_ e: LedgerEntry) {
      guard e.amount > 0, let r = row[e.account] else { return }
      let i = r * n + e.date.month.months(since: first)
      cents[i] = Money.saturatingSum(cents[i], e.amount)
    }
    for e in entries { charge(e) }
    func amount(_ a: Int, _ m: Int) -> Int64 { row[a].map { cents[$0 * n + m] } ?? 0 }
    func span(_ a: Int) -> (first: Month, last: Month) {
      let f = (0..<n).first { amount(a, $0) > 0 }!
      let l = (f..<n).last { amount(a, $0) > 0 }!
      return (first.adding(months: f), first.adding(months: l))
    }
    func firstAmount(_ a: Int) -> Int64 { amount(a, (0..<n).first { amount(a, $0) > 0 }!) }
    func lastAmount(_ a: Int) -> Int64 { amount(a, (0..<n).last { amount(a, $0) > 0 }!) }
    let keysOfGrouped = keys.indices.map { grouped[$0] ? keys[$0] : "" }
    // Two ids of a billing system's are two customers (``ImportedCompany/mayJoinByName(_:_:)``):
    // left to the accounts' near-namesakes.
    func mayJoin(_ a: Int, _ b: Int) -> Bool {
      ImportedCompany.mayJoinByName(accounts[a], accounts[b])
    }
    let standIns = ImportedCompany.standInPairs(keys: keysOfGrouped, months: n, amount: amount)
      .filter { mayJoin($0.standIn, $0.usual) }
    // Each joined account and the account it joins, in the order joined.
    var into = [(from: Int, to: Int)]()
    if !standIns.isEmpty {
      let found = standIns.map { b, a in
        let s = span(b)
        var standIn = ImportedCompany.standIn(
          accounts[b], within: accounts[a], first: s.first, last: s.last, mrr: firstAmount(b))
        standIn.isRepriced = ImportedCompany.isRepriced(b, for: a, months: n, amount: amount)
        standIn.isInvoiced = true
        return standIn
      }
      log.addFinding(
        ImportedCompany.standInsFinding(found, currency: currency),
        accounts: found.filter(\.isRepriced).map(\.usualID))
      for (b, a) in standIns {
        into.append((b, a))
        for m in 0..<n { cents[row[a]! * n + m] &+= cents[row[b]! * n + m] }
      }
    }
    // Renames among what is left; a stand-in's row is out of them.
    let joined = Set(standIns.map(\.standIn))
    let renames = ImportedCompany.renamePairs(
      keys: keysOfGrouped.indices.map { joined.contains($0) ? "" : keysOfGrouped[$0] },
      months: n, amount: amount
    ).filter { mayJoin($0.old, $0.new) }
    if !renames.isEmpty {
      let found = renames.map { a, b in
        var rename = ImportedCompany.rename(
          accounts[a], to: accounts[b], last: span(a).last, first: span(b).first,
          mrr: firstAmount(b))
        rename.isRepriced = lastAmount(a) != firstAmount(b)
        rename.isInvoiced = true
        return rename
      }
      log.addFinding(
        ImportedCompany.renamesFinding(found, currency: currency),
        accounts: found.filter(\.isRepriced).map(\.newID))
      into += renames.map { ($0.old, $0.new) }
    }
    guard !into.isEmpty else { return }
    merge(into)
  }

  /// Moves the lines of each account `a` in `into` to account `into[a]` and removes `a`: the
  /// earlier start, the facts the kept account lacks and its rules come along
  /// (``ImportedCompany/mergeFacts(of:into:)``); refunded charges follow their ids.
  private mutating func merge(_ into: [(from: Int, to: Int)]) {
    var target = [Int: Int]()
    for (a, b) in into {
      ImportedCompany.mergeFacts(of: accounts[a], into: &accounts[b])
      target[a] = b
    }
    // A stand-in's usual spelling renamed: its lines go to the new name.
    func kept(_ a: Int) -> Int {
      var t = a
      while let next = target[t] { t = next }
      return t
    }
    var ids = [String: String]()
    for a in target.keys { ids[accounts[a].id] = accounts[kept(a)].id }
    var newIndex = [Int](repeating: -1, count: accounts.count)
    var left = [ImportedAccount]()
    for a in accounts.indices where target[a] == nil {
      newIndex[a] = left.count
      left.append(accounts[a])
    }
    for a in target.keys { newIndex[a] = newIndex[kept(a)] }
    for k in entries.indices { entries[k].account = newIndex[entries[k].account] }
    for k in refundedCharges.indices {
      refundedCharges[k].key = ids[refundedCharges[k].key] ?? refundedCharges[k].key
    }
    accounts = left
  }
}
