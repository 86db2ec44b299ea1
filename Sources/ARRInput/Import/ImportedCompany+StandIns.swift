import ARRCore

extension ImportedCompany {
  /// One account written another way in some months only: ``joinStandInSpellings()``.
  struct StandIn: Sendable, Equatable {
    /// The other spelling, as written.
    var spelling: String
    /// The usual spelling (the account it is joined into) and that account's id.
    var usual: String
    var usualID: String
    /// The first and last month the other spelling pays.
    var firstMonth: Month
    var lastMonth: Month
    /// The other spelling's first MRR, in cents.
    var mrr: Int64
  }

  /// Joins each account that is another spelling of one account in the months that account
  /// skips (hostile trial 35, H35-3: hand-keyed invoice lines wrote `Acme Corp` in January
  /// to April and June and `ACME CORP` in May, and the May line read as a new logo that churned
  /// in June while Acme Corp churned in May and came back in June; bridge and retention
  /// counted two churns where nothing left). Account `b` stands in for account `a` when their
  /// names share a loose key (``nameKey(_:)``), `a` pays before `b`'s first paying month and
  /// after `b`'s last, `a` pays nothing in any month `b` pays, and `b`'s first MRR is within
  /// ``renameMRRTolerance`` of `a`'s last before it and `b`'s last within it of `a`'s first after
  /// it; `b` must have exactly one such `a`, and no account stands in for `b`. Two customers of
  /// one name do not take turns at one price month by month; one customer keyed by hand does.
  /// The pair keeps `a`'s id and name (the spelling that spans the history).
  /// - Returns: The stand-ins joined, in their accounts' order; none changes nothing.
  /// - Complexity: O(accounts × months) plus, per group of one loose key, O(members² × months).
  mutating func joinStandInSpellings() -> [StandIn] {
    let n = monthCount
    guard accounts.count > 1, n > 2 else { return [] }
    var byKey = [String: [Int]]()
    for a in accounts.indices {
      let k = Self.nameKey(accounts[a])
      if !k.isEmpty { byKey[k, default: []].append(a) }
    }
    func pays(_ a: Int, _ m: Int) -> Bool { mrr[cell(a, m)] != 0 }
    func isSameLevel(_ x: Int64, _ y: Int64) -> Bool {
      x > 0 && y > 0 && Double(abs(y - x)) <= Self.renameMRRTolerance * Double(x)
    }
    var pairs = [(standIn: Int, usual: Int)]()
    for members in byKey.values where members.count > 1 {
      for b in members {
        guard let (first, last) = payingSpan(b) else { continue }
        let found = members.filter { a in
          guard a != b,
            let before = (0..<first).last(where: { pays(a, $0) }),
            let after = ((last + 1)..<n).first(where: { pays(a, $0) }),
            isSameLevel(mrr[cell(a, before)], mrr[cell(b, first)]),
            isSameLevel(mrr[cell(a, after)], mrr[cell(b, last)])
          else { return false }
          return !(first...last).contains { pays(b, $0) && pays(a, $0) }
        }
        if found.count == 1 { pairs.append((b, found[0])) }
      }
    }
    // A stand-in for a stand-in is not joined: one spelling's history moves once.
    let standIns = Set(pairs.map(\.standIn))
    pairs.removeAll { standIns.contains($0.usual) }
    guard !pairs.isEmpty else { return [] }
    pairs.sort { $0.standIn < $1.standIn }
    var joined = [StandIn]()
    for (b, a) in pairs {
      let (first, last) = payingSpan(b)!
      joined.append(
        StandIn(
          spelling: accounts[b].name ?? accounts[b].id,
          usual: accounts[a].name ?? accounts[a].id, usualID: accounts[a].id,
          firstMonth: firstMonth.adding(months: first), lastMonth: firstMonth.adding(months: last),
          mrr: mrr[cell(b, first)]))
      // Read alone, the stand-in's lines had readings of their own at the as-of month (a
      // single payment spread over a term, say); within the usual spelling's rhythm they are
      // one more month of it, so its alternatives do not carry over.
      accounts[b].ambiguousMRR = nil
      mergeAccount(b, into: a)
    }
    removeAccounts(Set(pairs.map(\.standIn)))
    return joined
  }

  /// The finding for `standIns` (``joinStandInSpellings()``), naming up to five.
  static func standInsFinding(_ standIns: [StandIn], file: String, currency: String?) -> String {
    let one = standIns.count == 1
    let shown = standIns.prefix(5).map { s in
      let months =
        s.firstMonth == s.lastMonth ? "\(s.firstMonth)" : "\(s.firstMonth) to \(s.lastMonth)"
      return "\"\(s.spelling)\" (\(months), "
        + "\(Money.text(cents: s.mrr, currency: currency)) a month) within "
        + "\"\(s.usual)\""
    }
    return
      "\(file): \(Counted.phrase(standIns.count, "account")) \(one ? "is" : "are") written "
      + "another way (the same name once letter case, punctuation and spaces are set aside) in "
      + "months \(one ? "its" : "their") usual spelling skips, at the same MRR (within "
      + "\(Int(renameMRRTolerance * 100))%) as the months around: each is read as one account "
      + "under its usual spelling, not as a churn and a return beside a new logo: "
      + shown.joined(separator: "; ") + (standIns.count > 5 ? "; …" : "")
      + ". If a pair is two customers, give them ids that differ by more than case and punctuation"
  }
}
