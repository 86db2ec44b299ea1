import ARRCore

extension ImportedCompany {
  /// The key an account's name is matched by, for renames (``joinRenamedAccounts()``) and
  /// near-namesakes (``nearNamesakes()``): its name's loose key (``CustomerList/looseKey(_:)``),
  /// else its id's when the id is written as a name (``isNameLikeID(_:)``: a CRM's deals keyed
  /// by `Associated Company`), else none: a system id is joined on its exact text only (Stripe's
  /// ids are case-sensitive).
  static func nameKey(_ account: ImportedAccount) -> String {
    if let name = account.name { return CustomerList.looseKey(name) }
    return isNameLikeID(account.id) ? CustomerList.looseKey(account.id) : ""
  }

  /// Whether `account` has an id of a billing system's beside its name (`C-001` "Acme Corp":
  /// ``isNameLikeID(_:)`` false, a name given that is not the id).
  static func hasSystemID(_ account: ImportedAccount) -> Bool {
    guard let name = account.name, name != account.id else { return false }
    return !isNameLikeID(account.id)
  }

  /// Whether two accounts whose names share a loose key may be joined by their names (a
  /// stand-in or a rename): not when both have ids of a billing system's (``hasSystemID(_:)``),
  /// distinct ids being the file's word that they are two customers (review 37, R37-2; review
  /// 36, #4(a): `C-002` "ACME CORP" at 25,000 in May, joined into `C-001` "Acme Corp" at
  /// 1,000, made C-001 at-risk). Such pairs are said as near-namesakes (``nearNamesakes(ids:)``).
  static func mayJoinByName(_ a: ImportedAccount, _ b: ImportedAccount) -> Bool {
    !(hasSystemID(a) && hasSystemID(b))
  }

  /// Whether an id is a name written as the customer (`Acme 12, Inc.`): it holds a space. A
  /// billing system's ids (`cus_NffrFeUfNV2Hib`, `C-0012`, `0015g00000XYZ`) never do (decided,
  /// session 33, t28c lane; trial 32, T32-33).
  /// - Complexity: O(length), from the bytes when the id is ASCII (asked of every account
  ///   several times in an import).
  static func isNameLikeID(_ id: String) -> Bool {
    var isASCII = true
    for byte in id.utf8 {
      // ASCII whitespace: tab, line feed, vertical tab, form feed, carriage return, space.
      if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
      if byte >= 0x80 { isASCII = false }
    }
    return isASCII ? false : id.contains { $0.isWhitespace }
  }

  /// Accounts kept apart whose names are one name written two ways: see
  /// ``nearNamesakes(ids:)``.
  struct Namesakes: Sendable, Equatable {
    /// The group's accounts: ids (each a name as written, or a billing system's id beside
    /// ``names``), and first and last paying months (`nil`: the account never had MRR).
    var ids: [String]
    /// The accounts' names where their ids are a billing system's (`nil`: the id is the name).
    var names: [String?] = []
    var spans: [(first: Month, last: Month)?]
    /// Whether one of them stops paying before the as-of month and another starts in the
    /// month after or the one after that: a renewal under another spelling reads as a churn
    /// and a new logo.
    var isHandover: Bool

    static func == (a: Self, b: Self) -> Bool {
      a.ids == b.ids && a.isHandover == b.isHandover
        && a.spans.map { $0?.first } == b.spans.map { $0?.first }
        && a.spans.map { $0?.last } == b.spans.map { $0?.last }
    }
  }

  /// Accounts keyed by their name (an id written as a name, ``isNameLikeID(_:)``) that stay
  /// apart though those names are the same once letter case, punctuation, spaces and leading
  /// zeros are set aside (``CustomerList/looseKey(_:)``): `Acme 12 Inc.` and
  /// `Acme 12, Inc.`, `Northwind 20 GmbH` and `Northwind 20 Gmbh` (trial 32, T32-33: five
  /// renewal deals under another spelling of their company's name read as churns and new
  /// logos, trailing NDR 61.1% for 81.3%, with no word). Only a handover at the same MRR is
  /// joined (``joinRenamedAccounts()``); the rest is said, never merged: two accounts paying at
  /// once, or one leaving as the other starts at another price, may be two customers (decided,
  /// session 33, t28c lane). Accounts with ids of their own are not grouped: distinct ids are
  /// the file's word that two customers of one name are two (a generated cube's two "Beacon
  /// Capital"s); system ids differing only in letter case are said by ``idsDifferingInCase()``.
  /// But a pair of such accounts that take turns as one customer keyed two ways would
  /// (`systemIDPairs`: a stand-in or a rename kept apart by ``mayJoinByName(_:_:)``) is said too,
  /// each account by its name and id.
  /// - Parameter systemIDPairs: Groups of ids kept apart only for their billing-system ids.
  /// - Returns: The groups, in the order of their first account.
  /// - Complexity: O(accounts × months).
  func nearNamesakes(ids systemIDPairs: [[String]] = []) -> [Namesakes] {
    let n = monthCount
    var byKey = [String: [Int]]()
    var order = [String]()
    for a in accounts.indices where Self.isNameLikeID(accounts[a].id) {
      let k = CustomerList.looseKey(accounts[a].id)
      guard !k.isEmpty else { continue }
      if byKey[k] == nil { order.append(k) }
      byKey[k, default: []].append(a)
    }
    if !systemIDPairs.isEmpty {
      var index = [String: Int]()
      for a in accounts.indices { index[accounts[a].id] = a }
      for (i, ids) in systemIDPairs.enumerated() {
        let members = ids.compactMap { index[$0] }
        guard members.count > 1 else { continue }
        // Ids hold no space (``isNameLikeID(_:)``): no clash with a name's loose key.
        let k = "ids \(i)"
        order.append(k)
        byKey[k] = members
      }
    }
    var groups = [Namesakes]()
    for k in order {
      guard let members = byKey[k], members.count > 1 else { continue }
      let spans = members.map(payingSpan)
      let isHandover = spans.contains { old in
        guard let old, old.last < n - 1 else { return false }
        return spans.contains { new in
          guard let new else { return false }
          return (1...2).contains(new.first - old.last)
        }
      }
      groups.append(
        Namesakes(
          ids: members.map { accounts[$0].id },
          names: members.map { Self.hasSystemID(accounts[$0]) ? accounts[$0].name : nil },
          spans: spans.map { s in
            s.map { (firstMonth.adding(months: $0.first), firstMonth.adding(months: $0.last)) }
          },
          isHandover: isHandover))
    }
    return groups
  }

  /// The finding for `groups` (``nearNamesakes()``), naming up to five.
  static func namesakesFinding(_ groups: [Namesakes], file: String, asOf: Month) -> String {
    let handovers = groups.filter(\.isHandover).count
    let shown = groups.prefix(5).map { g in
      g.ids.indices.map { i -> String in
        // A billing system's id beside its name: the name, then the id.
        let systemName = i < g.names.count ? g.names[i] : nil
        let label = "\"\(systemName ?? g.ids[i])\" (" + (systemName == nil ? "" : "\(g.ids[i]), ")
        guard let span = g.spans[i] else { return label + "no MRR)" }
        if span.last == asOf { return label + "from \(span.first))" }
        return label + "\(span.first) to \(span.last))"
      }.joined(separator: " and ")
    }
    let one = groups.count == 1
    return
      "\(file): \(Counted.phrase(groups.count, "customer")) \(one ? "is" : "are") written "
      + "two ways (the same name once letter case, punctuation and spaces are set aside) and "
      + "read as separate accounts: " + shown.joined(separator: "; ")
      + (groups.count > 5 ? "; …" : "") + ". "
      + (handovers > 0
        ? "In \(handovers == groups.count ? (one ? "it" : "each") : "\(handovers) of them"), "
          + "one spelling stops paying as the other starts: if that is one customer, retention "
          + "counts a churn and a new logo where it renewed. "
        : "")
      + "They are kept apart (a spelling is joined only when it takes over at the same MRR, "
      + "within \(Int(renameMRRTolerance * 100))%, or fills a gap in the other's months at "
      + "between half and twice its MRR, and never when both have ids of their own); if they are "
      + "one customer, write the name the same way on every row"
      + (groups.contains { $0.names.contains { $0 != nil } } ? " and give them one id" : "")
  }
}
