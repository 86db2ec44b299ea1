import ARRCore

extension ImportedCompany {
  /// Most a renamed account's first MRR may differ from its old name's last, as a share of the
  /// old: a rename changes no price, and a few percent leaves room for a month's rounding or a
  /// small price step on the day of the change.
  static let renameMRRTolerance = 0.05

  /// One account renamed within the revenue data: ``joinRenamedAccounts()``.
  struct Rename: Sendable, Equatable {
    /// The account under its old name: it pays through ``lastMonth`` and nothing after.
    var old: String
    /// The account under its new name, first paying in ``firstMonth``.
    var new: String
    /// The new name's account id (the pair's id).
    var newID: String
    var lastMonth: Month
    var firstMonth: Month
    /// The new name's first MRR, in cents.
    var mrr: Int64
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
  mutating func joinRenamedAccounts() -> [Rename] {
    let n = monthCount
    guard accounts.count > 1, n > 1 else { return [] }
    // First and last month with MRR (−1: none), 8 bytes an account.
    var first = [Int32](repeating: -1, count: accounts.count)
    var last = [Int32](repeating: -1, count: accounts.count)
    for a in accounts.indices {
      guard let span = payingSpan(a) else { continue }
      (first[a], last[a]) = (Int32(span.first), Int32(span.last))
    }
    // Names only, or an id written as a name: a system id alone is joined on its exact text
    // (Stripe's ids are case-sensitive).
    func key(_ a: Int) -> String { Self.nameKey(accounts[a]) }
    // Accounts that stopped before the as-of month, by key, and those starting after the first.
    var enders = [String: [Int]]()
    for a in accounts.indices {
      guard last[a] >= 0, Int(last[a]) < n - 1 else { continue }
      let k = key(a)
      if !k.isEmpty { enders[k, default: []].append(a) }
    }
    guard !enders.isEmpty else { return [] }
    func isSameLevel(_ before: Int64, _ after: Int64) -> Bool {
      before > 0 && after > 0
        && Double(abs(after - before)) <= Self.renameMRRTolerance * Double(before)
    }
    // Each starter's candidates, and each ender's, so that a pair is taken only when unique.
    var pairs = [(old: Int, new: Int)]()
    var partnersOfOld = [Int: Int]()
    for b in accounts.indices {
      let f = Int(first[b])
      let k = key(b)
      guard f > 0, !k.isEmpty, let candidates = enders[k] else { continue }
      let found = candidates.filter { a in
        a != b && (1...2).contains(f - Int(last[a]))
          && isSameLevel(mrr[cell(a, Int(last[a]))], mrr[cell(b, f)])
      }
      guard found.count == 1 else { continue }
      pairs.append((found[0], b))
      partnersOfOld[found[0], default: 0] += 1
    }
    // A chain (a renamed to b, b to c) joins its first link only: b's row is joined into c's
    // only when b is no account's new name, so no history is moved twice.
    let news = Set(pairs.map(\.new))
    pairs.removeAll { partnersOfOld[$0.old]! > 1 || news.contains($0.old) }
    guard !pairs.isEmpty else { return [] }
    var renames = [Rename]()
    for (a, b) in pairs {
      let old = accounts[a]
      mergeAccount(a, into: b)
      let merged = accounts[b]
      renames.append(
        Rename(
          old: old.name ?? old.id, new: merged.name ?? merged.id, newID: merged.id,
          lastMonth: firstMonth.adding(months: Int(last[a])),
          firstMonth: firstMonth.adding(months: Int(first[b])), mrr: mrr[cell(b, Int(first[b]))]))
    }
    removeAccounts(Set(pairs.map(\.old)))
    return renames
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
    let old = accounts[a]
    var merged = accounts[b]
    if let s = old.startDate { merged.startDate = min(s, merged.startDate ?? s) }
    merged.segment = merged.segment ?? old.segment
    merged.contractType = merged.contractType ?? old.contractType
    merged.billingCadence = merged.billingCadence ?? old.billingCadence
    merged.seatsPurchased = merged.seatsPurchased ?? old.seatsPurchased
    merged.integrations = merged.integrations ?? old.integrations
    merged.committedMRR = merged.committedMRR ?? old.committedMRR
    merged.cac = merged.cac ?? old.cac
    merged.termMonths = merged.termMonths ?? old.termMonths
    for r in old.rules { merged.apply(r) }
    if merged.ambiguousMRR == nil { merged.ambiguousMRR = old.ambiguousMRR }
    accounts[b] = merged
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
  static func renamesFinding(_ renames: [Rename], file: String, currency: String?) -> String {
    let one = renames.count == 1
    let shown = renames.prefix(5).map { r in
      "\"\(r.old)\" (to \(r.lastMonth)) → \"\(r.new)\" (from \(r.firstMonth), "
        + "\(Money.text(cents: r.mrr, currency: currency)) a month)"
    }
    return
      "\(file): \(Counted.phrase(renames.count, "account")) stop\(one ? "s" : "") paying in the "
      + "month, or the month before, a near-namesake (the same name once letter case, "
      + "punctuation and spaces are set aside) starts at the same MRR (within "
      + "\(Int(renameMRRTolerance * 100))%): each pair is read as one account renamed, keeping "
      + "the later name, not as a churn and a new logo: " + shown.joined(separator: "; ")
      + (renames.count > 5 ? "; …" : "")
      + ". If a pair is two customers, give them ids that differ by more than case and punctuation"
  }
}
