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
    /// The file the usual spelling's account was first read from.
    var usualFile: String
    /// Whether the other spelling's amounts differ from the usual spelling's in the months
    /// around (``isRepriced(_:for:months:amount:)``): the join then reads a price change where
    /// apart there was a churn and a return, and the finding carries the account as its stake.
    var isRepriced = false
    /// Whether ``mrr`` is an invoice ledger's amount for the month (an annual invoice is a
    /// year's), not a month's MRR: said "invoiced", never "a month" (review 37, R37-10).
    var isInvoiced = false
  }

  /// Most a stand-in filling a gap in its usual spelling's months may differ from the months
  /// around, as a factor either way: within it, a price change (retest 36, N4: 1,150 between
  /// 1,000s); beyond it, two customers (review 37, R37-2: a 25,000 between 1,000s, joined, read
  /// as a 96% fall and made the account at-risk). Away from a gap, ``renameMRRTolerance``.
  static let standInPriceFactor: Int64 = 2

  /// Account `b`'s first and last paying months and account `a`'s paying months just around
  /// them (its last before `b`'s first, its first after `b`'s last), when `a` pays both before
  /// and after `b` and in none of `b`'s months; else `nil`.
  static func standInSpan(
    _ b: Int, for a: Int, months n: Int, amount: (Int, Int) -> Int64
  ) -> (first: Int, last: Int, before: Int, after: Int)? {
    func pays(_ x: Int, _ m: Int) -> Bool { amount(x, m) > 0 }
    guard a != b, let first = (0..<n).first(where: { pays(b, $0) }) else { return nil }
    let last = (first..<n).last { pays(b, $0) }!
    guard let before = (0..<first).last(where: { pays(a, $0) }),
      let after = ((last + 1)..<n).first(where: { pays(a, $0) }),
      !(first...last).contains(where: { pays(b, $0) && pays(a, $0) })
    else { return nil }
    return (first, last, before, after)
  }

  /// Whether account `b` stands in for account `a` (``standInPairs(keys:months:amount:)``):
  /// `b` pays in some month, `a` pays in none of `b`'s months and pays both before `b`'s first
  /// and after `b`'s last (``standInSpan(_:for:months:amount:)``), and either `a` pays in the
  /// month just before `b`'s first and just after `b`'s last (the spellings interleave month by
  /// month) with `b`'s first amount within ``standInPriceFactor`` either way of `a`'s before
  /// it and `b`'s last within it of `a`'s after it (a price change is no reason to split a
  /// customer; retest 36, N4: `ACME CORP` at 1,150 in May between `Acme Corp`'s 1,000 in April
  /// and June read as a churn of $1.15K; review 37, R37-2: 25 times the price is another
  /// customer), or `b`'s first amount is within ``renameMRRTolerance`` of `a`'s last before it
  /// and `b`'s last within it of `a`'s first after it. `amount(x, m)` is account `x`'s amount
  /// in month `m` of `n`.
  static func isStandIn(
    _ b: Int, for a: Int, months n: Int, amount: (Int, Int) -> Int64
  ) -> Bool {
    func isSameLevel(_ x: Int64, _ y: Int64) -> Bool {
      x > 0 && y > 0 && Double(abs(y - x)) <= renameMRRTolerance * Double(x)
    }
    func isNear(_ x: Int64, _ y: Int64) -> Bool {
      let f = standInPriceFactor
      return x > 0 && y > 0 && y <= x.multipliedReportingOverflow(by: f).partialValue
        && x <= y.multipliedReportingOverflow(by: f).partialValue
    }
    guard let s = standInSpan(b, for: a, months: n, amount: amount) else { return false }
    let (x0, y0) = (amount(a, s.before), amount(b, s.first))
    let (x1, y1) = (amount(a, s.after), amount(b, s.last))
    let isGap = s.before == s.first - 1 && s.after == s.last + 1
    return (isGap && isNear(x0, y0) && isNear(x1, y1))
      || (isSameLevel(x0, y0) && isSameLevel(x1, y1))
  }

  /// Whether stand-in `b`'s amounts differ from its usual account `a`'s in the months around
  /// (its first against `a`'s last before it, its last against `a`'s first after it): joined,
  /// the history reads a price change there (review 37, R37-2).
  static func isRepriced(_ b: Int, for a: Int, months n: Int, amount: (Int, Int) -> Int64)
    -> Bool
  {
    guard let s = standInSpan(b, for: a, months: n, amount: amount) else { return false }
    return amount(a, s.before) != amount(b, s.first) || amount(a, s.after) != amount(b, s.last)
  }

  /// The stand-ins among accounts `0..<keys.count` (``isStandIn(_:for:months:amount:)``), each
  /// with its usual account: accounts of one loose name key (`keys`, ``nameKey(_:)``; empty:
  /// none), a stand-in with exactly one usual account, and no stand-in for a stand-in (one
  /// spelling's history moves once). Callers keep apart the pairs whose ids are both a billing
  /// system's (``mayJoinByName(_:_:)``). Shared by the invoice ledger, which joins the lines
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
  mutating func joinStandInSpellings() -> (joined: [StandIn], apart: [[String]]) {
    let n = monthCount
    let found = Self.standInPairs(
      keys: accounts.map(Self.nameKey), months: n, amount: { mrr[cell($0, $1)] })
    guard !found.isEmpty else { return ([], []) }
    let pairs = found.filter { Self.mayJoinByName(accounts[$0.standIn], accounts[$0.usual]) }
    let apart = found.filter { !Self.mayJoinByName(accounts[$0.standIn], accounts[$0.usual]) }
      .map { [accounts[$0.usual].id, accounts[$0.standIn].id] }
    var joined = [StandIn]()
    for (b, a) in pairs {
      let (first, last) = payingSpan(b)!
      var s = Self.standIn(
        accounts[b], within: accounts[a], first: firstMonth.adding(months: first),
        last: firstMonth.adding(months: last), mrr: mrr[cell(b, first)])
      s.isRepriced = Self.isRepriced(b, for: a, months: n, amount: { mrr[cell($0, $1)] })
      joined.append(s)
      // Read alone, the stand-in's lines had readings of their own at the as-of month (a
      // single payment spread over a term, say); within the usual spelling's rhythm they are
      // one more month of it, so its alternatives do not carry over.
      accounts[b].ambiguousMRR = nil
      mergeAccount(b, into: a)
    }
    removeAccounts(Set(pairs.map(\.standIn)))
    return (joined, apart)
  }

  /// The record of `standIn` joined into `usual`, paying from `first` to `last`.
  static func standIn(
    _ standIn: ImportedAccount, within usual: ImportedAccount, first: Month, last: Month,
    mrr: Int64
  ) -> StandIn {
    StandIn(
      spelling: standIn.name ?? standIn.id, spellingID: standIn.id,
      usual: usual.name ?? usual.id, usualID: usual.id, firstMonth: first, lastMonth: last,
      mrr: mrr, file: standIn.source.file, usualFile: usual.source.file)
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

  /// How a join's finding gives an account's first amount: "$1,000.00 a month", or, from an
  /// invoice ledger's lines (``StandIn/isInvoiced``), "first invoiced $12,000.00" (an annual
  /// invoice is a year's; review 37, R37-10: it read "$12,000.00 a month").
  static func amountWords(_ cents: Int64, isInvoiced: Bool, currency: String?) -> String {
    let money = Money.text(cents: cents, currency: currency)
    return isInvoiced ? "first invoiced \(money)" : "\(money) a month"
  }

  /// The finding for `standIns` (``joinStandInSpellings()``), naming up to five, and the
  /// files their accounts were read from (both spellings' files; review 37, R37-14).
  static func standInsFinding(_ standIns: [StandIn], currency: String?) -> String {
    let one = standIns.count == 1
    let shown = standIns.prefix(5).map { s in
      let months =
        s.firstMonth == s.lastMonth ? "\(s.firstMonth)" : "\(s.firstMonth) to \(s.lastMonth)"
      return "\"\(s.spelling)\" (\(months), "
        + "\(amountWords(s.mrr, isInvoiced: s.isInvoiced, currency: currency))) within "
        + "\"\(s.usual)\"" + joinedIDs(s.spellingID, s.spelling, s.usualID, s.usual)
    }
    return
      "\(files(standIns.flatMap { [$0.usualFile, $0.file] })): "
      + "\(Counted.phrase(standIns.count, "account")) \(one ? "is" : "are") written "
      + "another way (the same name once letter case, punctuation and spaces are set aside) in "
      + "months \(one ? "its" : "their") usual spelling skips, between months it pays (filling "
      + "a gap in its months at between half and twice the MRR of the months around, or at the "
      + "same MRR within \(Int(renameMRRTolerance * 100))% as the months around): each is read "
      + "as one account under its usual spelling, not as a churn and a return beside a new logo: "
      + shown.joined(separator: "; ") + (standIns.count > 5 ? "; …" : "")
      + ". If a pair is two customers, write their names so that they differ by more than case "
      + "and punctuation"
  }
}
