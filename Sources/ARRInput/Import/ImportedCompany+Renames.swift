import ARRCore

extension ImportedCompany {
  /// Most a renamed account's first MRR may differ from its old name's last, as a share of the
  /// old: a rename changes no price, and a few percent leaves room for a month's rounding or a
  /// small price step on the day of the change.
  static let renameMRRTolerance = 0.05

  /// One account renamed within the revenue data: ``joinRenamedAccounts()``.
  struct Rename: Sendable, Equatable {
    /// The account under its old name and its id: it pays through ``lastMonth`` and nothing
    /// after.
    var old: String
    var oldID: String
    /// The account under its new name, first paying in ``firstMonth``.
    var new: String
    /// The new name's account id (the pair's id).
    var newID: String
    var lastMonth: Month
    var firstMonth: Month
    /// The new name's first MRR (a ledger: the amount of its first month's lines), in cents.
    var mrr: Int64
    /// The file the new name's account was first read from.
    var file: String
    /// The file the old name's account was first read from.
    var oldFile: String
    /// Whether the new name's first amount differs from the old name's last: joined, the
    /// history reads a price change there, and the finding carries the account as its stake
    /// (one rule with ``StandIn/isRepriced``; review 37, R37-2).
    var isRepriced = false
    /// Whether ``mrr`` is an invoice ledger's amount for the month, not a month's MRR
    /// (``StandIn/isInvoiced``).
    var isInvoiced = false
  }

  /// Joins each account renamed within the revenue data into one (trial 22, T22-23: a billing
  /// system renamed 5 of 25 customers by case and punctuation, `Company 01 Inc` →
  /// `COMPANY 01 INC.`, and each read as a churn and a new logo: trailing NDR 73.8% where
  /// nothing churned). An account whose last paying month is L (nothing after, L before the
  /// as-of month) and an account first paying in L + 1 or L + 2 (nothing before) are one
  /// account renamed when their names share a loose key (``CustomerList/looseKey(_:)``:
  /// letter case, punctuation, white space and an id's leading zeros aside, the normalisation the
  /// customer-list join names near matches by) and the new one's first MRR is within
  /// ``renameMRRTolerance`` of the old one's last; each side must have exactly one such partner.
  /// The pair keeps the later id and name (what the source calls it now) and both histories,
  /// the facts the later one lacks taken from the earlier one, and the earliest given start.
  /// - Returns: The pairs joined, in the new accounts' order; none changes nothing.
  /// - Complexity: O(accounts × months).
  mutating func joinRenamedAccounts() -> (joined: [Rename], apart: [[String]]) {
    let found = Self.renamePairs(
      keys: accounts.map(Self.nameKey), months: monthCount, amount: { mrr[cell($0, $1)] })
    guard !found.isEmpty else { return ([], []) }
    // Two ids of a billing system's are two customers (``mayJoinByName(_:_:)``).
    let pairs = found.filter { Self.mayJoinByName(accounts[$0.old], accounts[$0.new]) }
    let apart = found.filter { !Self.mayJoinByName(accounts[$0.old], accounts[$0.new]) }
      .map { [accounts[$0.old].id, accounts[$0.new].id] }
    var renames = [Rename]()
    for (a, b) in pairs {
      let old = accounts[a]
      let last = payingSpan(a)!.last
      let first = payingSpan(b)!.first
      let isRepriced = mrr[cell(a, last)] != mrr[cell(b, first)]
      mergeAccount(a, into: b)
      var r = Self.rename(
        old, to: accounts[b], last: firstMonth.adding(months: last),
        first: firstMonth.adding(months: first), mrr: mrr[cell(b, first)])
      r.isRepriced = isRepriced
      renames.append(r)
    }
    removeAccounts(Set(pairs.map(\.old)))
    return (renames, apart)
  }

  /// The renamed pairs among accounts `0..<keys.count` (``joinRenamedAccounts()``): `old`'s
  /// last paying month L is before the last of `n` months, `new` first pays in L + 1 or L + 2,
  /// their keys (`keys`, ``nameKey(_:)``; empty: none) are equal and `new`'s first amount is
  /// within ``renameMRRTolerance`` of `old`'s last; each side has exactly one partner, and a
  /// chain joins its first link only. `amount(x, m)` is account `x`'s amount in month `m`.
  /// Shared by the invoice ledger's lines (``LedgerData/joinStandInSpellings(currency:log:)``) and
  /// every import's accounts. Callers keep apart the pairs whose ids are both a billing
  /// system's (``mayJoinByName(_:_:)``).
  /// - Complexity: O(accounts × months).
  static func renamePairs(
    keys: [String], months n: Int, amount: (Int, Int) -> Int64
  ) -> [(old: Int, new: Int)] {
    guard keys.count > 1, n > 1 else { return [] }
    // First and last month with an amount (−1: none), 8 bytes an account.
    var first = [Int32](repeating: -1, count: keys.count)
    var last = [Int32](repeating: -1, count: keys.count)
    for a in keys.indices {
      guard let f = (0..<n).first(where: { amount(a, $0) > 0 }) else { continue }
      first[a] = Int32(f)
      last[a] = Int32((f..<n).last { amount(a, $0) > 0 }!)
    }
    // Accounts that stopped before the last month, by key, and those starting after the first.
    var enders = [String: [Int]]()
    for a in keys.indices {
      guard last[a] >= 0, Int(last[a]) < n - 1, !keys[a].isEmpty else { continue }
      enders[keys[a], default: []].append(a)
    }
    guard !enders.isEmpty else { return [] }
    func isSameLevel(_ before: Int64, _ after: Int64) -> Bool {
      before > 0 && after > 0
        && Double(abs(after - before)) <= renameMRRTolerance * Double(before)
    }
    // Each starter's candidates, and each ender's, so that a pair is taken only when unique.
    var pairs = [(old: Int, new: Int)]()
    var partnersOfOld = [Int: Int]()
    for b in keys.indices {
      let f = Int(first[b])
      guard f > 0, let candidates = enders[keys[b]] else { continue }
      let found = candidates.filter { a in
        a != b && (1...2).contains(f - Int(last[a]))
          && isSameLevel(amount(a, Int(last[a])), amount(b, f))
      }
      guard found.count == 1 else { continue }
      pairs.append((found[0], b))
      partnersOfOld[found[0], default: 0] += 1
    }
    // A chain (a renamed to b, b to c) joins its first link only: b's row is joined into c's
    // only when b is no account's new name, so no history is moved twice.
    let news = Set(pairs.map(\.new))
    pairs.removeAll { partnersOfOld[$0.old]! > 1 || news.contains($0.old) }
    return pairs
  }

  /// The record of `old` renamed `new`, `old` paying to `last` and `new` from `first`.
  static func rename(
    _ old: ImportedAccount, to new: ImportedAccount, last: Month, first: Month, mrr: Int64
  ) -> Rename {
    Rename(
      old: old.name ?? old.id, oldID: old.id, new: new.name ?? new.id, newID: new.id,
      lastMonth: last, firstMonth: first, mrr: mrr, file: new.source.file,
      oldFile: old.source.file)
  }

  /// Account `a`'s first and last months with MRR, as month indices; `nil` when it has none.
  /// The renames, stand-ins and near-namesakes each read an account's paying span from here.
  /// - Complexity: O(months).
  func payingSpan(_ a: Int) -> (first: Int, last: Int)? {
    let n = monthCount
    guard let first = (0..<n).first(where: { mrr[cell(a, $0)] != 0 }) else { return nil }
    let last = (first..<n).last { mrr[cell(a, $0)] != 0 }!
    return (first, last)
  }

  /// Adds account `a`'s history into account `b`'s: its MRR, one-time and usage cells, the
  /// facts `b` lacks, its rules, and the earlier of the two starts. `a`'s row stays until
  /// ``removeAccounts(_:)``.
  mutating func mergeAccount(_ a: Int, into b: Int) {
    for m in 0..<monthCount {
      mrr[cell(b, m)] &+= mrr[cell(a, m)]
      if !oneTime.isEmpty { oneTime[cell(b, m)] &+= oneTime[cell(a, m)] }
      if usage != nil { usage![cell(b, m)] &+= usage![cell(a, m)] }
    }
    Self.mergeFacts(of: accounts[a], into: &accounts[b])
  }

  /// Adds `old`'s facts that `merged` lacks, its rules, the earlier of the two starts and its
  /// other readings when `merged` has none (``mergeAccount(_:into:)``; the invoice ledger's
  /// line-level joins, ``LedgerData/joinStandInSpellings(currency:log:)``).
  static func mergeFacts(of old: ImportedAccount, into merged: inout ImportedAccount) {
    if let s = old.startDate { merged.startDate = min(s, merged.startDate ?? s) }
    merged.segment = merged.segment ?? old.segment
    merged.contractType = merged.contractType ?? old.contractType
    merged.unreadContractType = merged.unreadContractType ?? old.unreadContractType
    merged.billingCadence = merged.billingCadence ?? old.billingCadence
    merged.seatsPurchased = merged.seatsPurchased ?? old.seatsPurchased
    merged.integrations = merged.integrations ?? old.integrations
    merged.committedMRR = merged.committedMRR ?? old.committedMRR
    merged.cac = merged.cac ?? old.cac
    merged.termMonths = merged.termMonths ?? old.termMonths
    for r in old.rules { merged.apply(r) }
    if merged.ambiguousMRR == nil { merged.ambiguousMRR = old.ambiguousMRR }
  }

  /// Removes the accounts at `gone`, their rows of the matrices with them.
  /// - Complexity: O(accounts × months).
  mutating func removeAccounts(_ gone: Set<Int>) {
    guard !gone.isEmpty else { return }
    let n = monthCount
    let kept = accounts.indices.filter { !gone.contains($0) }
    func keep(_ cells: [Int64]) -> [Int64] {
      var out = [Int64]()
      out.reserveCapacity(kept.count * n)
      for a in kept { out += cells[(a * n)..<((a + 1) * n)] }
      return out
    }
    mrr = keep(mrr)
    if !oneTime.isEmpty { oneTime = keep(oneTime) }
    usage = usage.map(keep)
    accounts = kept.map { accounts[$0] }
  }

  /// The finding for `renames` (``joinRenamedAccounts()``), naming up to five pairs.
  static func renamesFinding(_ renames: [Rename], currency: String?) -> String {
    let one = renames.count == 1
    let shown = renames.prefix(5).map { r in
      "\"\(r.old)\" (to \(r.lastMonth)) → \"\(r.new)\" (from \(r.firstMonth), "
        + "\(amountWords(r.mrr, isInvoiced: r.isInvoiced, currency: currency)))"
        + joinedIDs(r.oldID, r.old, r.newID, r.new)
    }
    return
      "\(files(renames.flatMap { [$0.oldFile, $0.file] })): "
      + "\(Counted.phrase(renames.count, "account")) stop\(one ? "s" : "") paying in the "
      + "month, or the month before, a near-namesake (the same name once letter case, "
      + "punctuation and spaces are set aside) starts at the same MRR (within "
      + "\(Int(renameMRRTolerance * 100))%): each pair is read as one account renamed, keeping "
      + "the later name, not as a churn and a new logo: " + shown.joined(separator: "; ")
      + (renames.count > 5 ? "; …" : "")
      + ". If a pair is two customers, write their names so that they differ by more than case "
      + "and punctuation"
  }
}
