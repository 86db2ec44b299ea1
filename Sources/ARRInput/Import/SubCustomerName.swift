/// QuickBooks' `Parent:Child` and NetSuite's `Parent : Child` customer names: a sub-customer
/// (a site, a project) written as its parent's name, a colon and its own (`docs/import.md`,
/// "Customer groups" and "Invoice ledger"). The one rule that joins a sub-customer into its
/// parent, for a cube's customer groups (``CubeGroups``) and a ledger's customer column
/// (``LedgerData/joinSubCustomers(file:log:)``).
///
/// Decided (session 27, t27a lane; trial 25, T25-13): QuickBooks says a sub-customer is part of
/// its parent, so a site lost while the parent pays on is contraction, not a lost logo. A colon
/// alone joins nothing: a name is joined only where the file shows its parent is a customer with
/// sub-customers (a cube's group named after it; in a ledger, the parent's own name or a second
/// sub-customer of it; session 28, t28b lane).
enum SubCustomerName {
  /// How a label stands to a parent's name.
  enum Relation: Sendable, Equatable {
    /// The label is the parent's name itself.
    case parent
    /// The parent's name, a colon and a child's name (`Holding Group : Site A`).
    case child
  }

  /// How `label` stands to `parent` (compared lowercased, runs of spaces as one, spaces around
  /// the colon ignored), or `nil` when it is neither the parent nor one of its children.
  static func relation(_ label: String, to parent: String) -> Relation? {
    let k = key(label)
    let n = key(parent)
    guard k.hasPrefix(n) else { return nil }
    let rest = k.dropFirst(n.count).drop { $0 == " " }
    if rest.isEmpty { return .parent }
    guard rest.first == ":", rest.dropFirst().contains(where: { $0 != " " }) else { return nil }
    return .child
  }

  /// The parent `label` names before its first colon (trimmed), when a child's name follows;
  /// `nil` for a name without a colon, or with nothing on either side of it.
  static func parent(of label: String) -> String? {
    guard let colon = label.firstIndex(of: ":") else { return nil }
    let parent = trimmed(label[..<colon])
    let child = trimmed(label[label.index(after: colon)...])
    guard !parent.isEmpty, !child.isEmpty else { return nil }
    return parent
  }

  /// The parent each of `names` joins, by name (names not joined are absent): a name
  /// `Parent : Child` joins `Parent` when another of `names` is `Parent` itself or another child
  /// of it. A lone `Acme: EMEA` stays its own customer (one account under either reading). The
  /// parent is written as its own name is in `names`, else as the first child writes it.
  /// - Complexity: O(names).
  static func parents(of names: [String]) -> [String: String] {
    var ownName = [String: String]()
    for n in names where ownName[key(n)] == nil { ownName[key(n)] = n }
    var children = [String: [String]]()
    var order = [String]()
    for n in names {
      guard let p = parent(of: n), relation(n, to: p) == .child else { continue }
      let k = key(p)
      if children[k] == nil { order.append(k) }
      children[k, default: []].append(n)
    }
    var joined = [String: String]()
    for k in order {
      let kids = children[k]!
      let distinct = Set(kids.map(key)).count
      guard distinct >= 2 || ownName[k] != nil else { continue }
      let written = ownName[k] ?? parent(of: kids[0])!
      for child in kids { joined[child] = written }
    }
    return joined
  }

  /// A name compared: lowercased, runs of spaces as one.
  static func key(_ name: String) -> String {
    name.lowercased().split(separator: " ").joined(separator: " ")
  }

  private static func trimmed(_ s: Substring) -> String {
    var s = s
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
