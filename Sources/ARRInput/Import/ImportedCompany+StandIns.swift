import ARRCore

extension ImportedCompany {
  /// One account written another way in some months only: ``joinStandInSpellings()``.
  struct StandIn: Sendable, Equatable {
    /// The other spelling, as written, and its account's id.
    var spelling: String
    var spellingID: String
    /// The usual spelling (the account it is joined into) and that account's id.
    var usual: String
    var usualID: String
    /// The first and last month the other spelling pays.
    var firstMonth: Month
    var lastMonth: Month
    /// The other spelling's first MRR (a ledger: the amount of its first month's lines), in
    /// cents.
    var mrr: Int64
    /// The file the other spelling's account was first read from.
    var file: String
  }

  /// Whether account `b` stands in for account `a` (``standInPairs(keys:months:amount:)``):
  /// `b` pays in some month, `a` pays in none of `b`'s months and pays both before `b`'s first
  /// and after `b`'s last, and either `a` pays in the month just before `b`'s first and just
  /// after `b`'s last (the spellings interleave month by month: whatever the amount, a price is
  /// no reason to split a customer; retest 36, N4: `ACME CORP` at 1,150 in May between
  /// `Acme Corp`'s 1,000 in April and June read as a churn of $1.15K) or `b`'s first amount is
  /// within ``renameMRRTolerance`` of `a`'s last before it and `b`'s last within it of `a`'s
  /// first after it. `amount(x, m)` is account `x`'s amount in month `m` of `n`.
  static func isStandIn(
    _ b: Int, for a: Int, months n: Int, amount: (Int, Int) -> Int64
  ) -> Bool {
    func pays(_ x: Int, _ m: Int) -> Bool { amount(x, m) > 0 }
    func isSameLevel(_ x: Int64, _ y: Int64) -> Bool {
      x > 0 && y > 0 && Double(abs(y - x)) <= renameMRRTolerance * Double(x)
    }
    guard a != b, let first = (0..<n).first(where: { pays(b, $0) }) else { return false }
    let last = (first..<n).last { pays(b, $0) }!
    guard let before = (0..<first).last(where: { pays(a, $0) }),
      let after = ((last + 1)..<n).first(where: { pays(a, $0) }),
      !(first...last).contains(where: { pays(b, $0) && pays(a, $0) })
    else { return false }
    return (before == first - 1 && after == last + 1)
      || (isSameLevel(amount(a, before), amount(b, first))
        && isSameLevel(amount(a, after), amount(b, last)))
  }

  /// The stand-ins among accounts `0..<keys.count` (``isStandIn(_:for:months:amount:)``), each
  /// with its usual account: accounts of one loose name key (`keys`, ``nameKey(_:)``; empty:
  /// none), a stand-in with exactly one usual account, and no stand-in for a stand-in (one
  /// spelling's history moves once). Shared by the invoice ledger, which joins the lines
  /// before it reads a term into a lone line (retest 36, N3), and by every import's accounts.
  /// - Returns: The pairs, by stand-in.
  /// - Complexity: O(accounts) plus, per group of one key, O(members² × months).
  static func standInPairs(
    keys: [String], months n: Int, amount: (Int, Int) -> Int64
  ) -> [(standIn: Int, usual: Int)] {
    guard keys.count > 1, n > 2 else { return [] }
    var byKey = [String: [Int]]()
    for (a, k) in keys.enumerated() where !k.isEmpty { byKey[k, default: []].append(a) }
    var pairs = [(standIn: Int, usual: Int)]()
    for members in byKey.values where members.count > 1 {
      for b in members {
        let found = members.filter { isStandIn(b, for: $0, months: n, amount: amount) }
        if found.count == 1 { pairs.append((b, found[0])) }
      }
    }
    let standIns = Set(pairs.map(\.standIn))
    pairs.removeAll { standIns.contains($0.usual) }
    return pairs.sorted { $0.standIn < $1.standIn }
  }

  /// Joins each account that is another spelling of one account in the months that account
  /// skips (hostile trial 35, H35-3: hand-keyed invoice lines wrote `Acme Corp` in January
  /// to April and June and `ACME CORP` in May, and the May line read as a new logo that churned
  /// in June while Acme Corp churned in May and came back in June; bridge and retention
  /// counted two churns where nothing left): ``standInPairs(keys:months:amount:)`` on the
  /// accounts' MRR. Two customers of one name do not take turns month by month; one customer
  /// keyed by hand does. The pair keeps `a`'s id and name (the spelling that spans the history).
  /// An invoice ledger has joined its stand-ins line by line already
  /// (``LedgerData/joinStandInSpellings(currency:log:)``).
  /// - Returns: The stand-ins joined, in their accounts' order; none changes nothing.
  /// - Complexity: O(accounts × months) plus, per group of one loose key, O(members² × months).
  mutating func joinStandInSpellings() -> [StandIn] {
    let n = monthCount
    let pairs = Self.standInPairs(
      keys: accounts.map(Self.nameKey), months: n, amount: { mrr[cell($0, $1)] })
    guard !pairs.isEmpty else { return [] }
    var joined = [StandIn]()
    for (b, a) in pairs {
      let (first, last) = payingSpan(b)!
      joined.append(
        Self.standIn(
          accounts[b], within: accounts[a], first: firstMonth.adding(months: first),
          last: firstMonth.adding(months: last), mrr: mrr[cell(b, first)]))
      // Read alone, the stand-in's lines had readings of their own at the as-of month (a
      // single payment spread over a term, say); within the usual spelling's rhythm they are
      // one more month of it, so its alternatives do not carry over.
      accounts[b].ambiguousMRR = nil
      mergeAccount(b, into: a)
    }
    removeAccounts(Set(pairs.map(\.standIn)))
    return joined
  }

  /// The record of `standIn` joined into `usual`, paying from `first` to `last`.
  static func standIn(
    _ standIn: ImportedAccount, within usual: ImportedAccount, first: Month, last: Month,
    mrr: Int64
  ) -> StandIn {
    StandIn(
      spelling: standIn.name ?? standIn.id, spellingID: standIn.id,
      usual: usual.name ?? usual.id, usualID: usual.id, firstMonth: first, lastMonth: last,
      mrr: mrr, file: standIn.source.file)
  }

  /// The words naming two accounts' ids when a join took them apart from their names: empty
  /// when each id is its name (review 36, #4: `C-002` "ACME CORP" joined into `C-001`
  /// "Acme Corp" named neither id).
  static func joinedIDs(
    _ first: String, _ firstName: String, _ second: String, _ secondName: String
  )
    -> String
  {
    first == firstName && second == secondName
      ? "" : ", ids \"\(first)\" and \"\(second)\" joined"
  }

  /// The files `records` were read from, in order of first appearance: what a join's finding
  /// names (review 36, #10: it named the first revenue file, wrong for a second one).
  static func files(_ records: [String]) -> String {
    var seen = Set<String>()
    return records.filter { seen.insert($0).inserted }.joined(separator: ", ")
  }

  /// The finding for `standIns` (``joinStandInSpellings()``), naming up to five, and the
  /// files their accounts were read from.
  static func standInsFinding(_ standIns: [StandIn], currency: String?) -> String {
    let one = standIns.count == 1
    let shown = standIns.prefix(5).map { s in
      let months =
        s.firstMonth == s.lastMonth ? "\(s.firstMonth)" : "\(s.firstMonth) to \(s.lastMonth)"
      return "\"\(s.spelling)\" (\(months), "
        + "\(Money.text(cents: s.mrr, currency: currency)) a month) within "
        + "\"\(s.usual)\"" + joinedIDs(s.spellingID, s.spelling, s.usualID, s.usual)
    }
    return
      "\(files(standIns.map(\.file))): \(Counted.phrase(standIns.count, "account")) "
      + "\(one ? "is" : "are") written "
      + "another way (the same name once letter case, punctuation and spaces are set aside) in "
      + "months \(one ? "its" : "their") usual spelling skips, between months it pays (filling "
      + "a gap in its months, or at the same MRR within \(Int(renameMRRTolerance * 100))% as "
      + "the months around): each is read as one account under its usual spelling, not as a churn and a return "
      + "beside a new logo: "
      + shown.joined(separator: "; ") + (standIns.count > 5 ? "; …" : "")
      + ". If a pair is two customers, write their names so that they differ by more than case "
      + "and punctuation"
  }
}
