import ARRCore

/// A list row's name joined to an account's once legal-entity suffixes are set aside (`Acme
/// Robotics, Inc.` is the billing system's `Acme Robotics`; `docs/import.md`, "Joining a list"),
/// and once letter case is (`BIRCH HEALTH` is `Birch Health`; session 53, trial 51, T51-42).
///
/// Decided (session 44, lead; trial 44, T44-13): a HubSpot companies export naming 5 of 15
/// customers with `, Inc.`, ` LLC`, ` plc`, ` LLP`, ` GmbH` joined 10 of 15: the terms of the
/// other five were lost (committed ARR 13% low) and its ARR column was no claim. Review 10 keeps
/// loose joins out (a letter's case, punctuation, a typo are not read as the same customer);
/// a legal form is not a spelling of the name but a word the CRM adds or leaves off, so the
/// name without it is joined, only when that names one account and one row, and said in a note.
extension CustomerList {
  /// Legal forms as words of their own at a name's end, dots left out (`S.A.` is `sa`).
  static let legalForms: Set<String> = [
    "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "gmbh", "ag", "plc",
    "llp", "lp", "sa", "sas", "sarl", "bv", "nv", "pty", "pte", "srl", "spa", "oy", "ab", "kg",
  ]

  /// `name` without its trailing legal forms (`Acme Robotics, Inc.` → `Acme Robotics`, `Bolt
  /// Pty Ltd` → `Bolt`) and the commas and spaces before them; `nil` when it ends in none or
  /// nothing else is left.
  /// - Complexity: O(n) in the name's length.
  static func legalBase(_ name: String) -> String? {
    var words = singleSpaced(name).split(separator: " ").map(String.init)
    var dropped = false
    while words.count > 1, let last = words.last {
      let key = last.lowercased().filter { $0 != "." && $0 != "," && $0 != "(" && $0 != ")" }
      guard legalForms.contains(key) else { break }
      words.removeLast()
      dropped = true
    }
    guard dropped else { return nil }
    var base = words.joined(separator: " ")
    while let last = base.last, last == "," || last == " " { base.removeLast() }
    return base.contains(where: \.isLetter) ? base : nil
  }

  /// The legal base of an account's or row's name, else its name, in lower case: what the third
  /// pass joins (letter case set aside since session 53, crm lane; trial 51, T51-42: `Birch
  /// Health` and `BIRCH HEALTH`, an ERP's capitals, were not joined and the list's terms lost,
  /// though `Acme Inc` and `Acme, Inc.` were).
  static func legalKey(_ name: String) -> String {
    (legalBase(name) ?? singleSpaced(name)).lowercased()
  }

  /// Joins the rows `matches` leaves unmatched whose legal key (``legalKey(_:)``) is one row's
  /// and one unmatched account's, when either name carries a legal form.
  static func matchLegalNames(
    _ list: [ImportedAccount], _ accounts: [ImportedAccount], _ matches: inout [Int?]
  ) {
    let matched = Set(matches.compactMap { $0 })
    var accountCount = [String: Int]()
    var byKey = [String: Int]()
    for (i, a) in accounts.enumerated() {
      let k = legalKey(a.name ?? a.id)
      accountCount[k, default: 0] += 1
      byKey[k] = byKey[k] ?? i
    }
    let keys = list.indices.map { r in
      matches[r] == nil ? legalKey(list[r].name ?? list[r].id) : nil
    }
    var rowCount = [String: Int]()
    for case let k? in keys { rowCount[k, default: 0] += 1 }
    for r in list.indices {
      guard let k = keys[r], rowCount[k] == 1, accountCount[k] == 1, let i = byKey[k],
        !matched.contains(i),
        legalBase(list[r].name ?? list[r].id) != nil
          || legalBase(accounts[i].name ?? accounts[i].id) != nil
          || singleSpaced(list[r].name ?? list[r].id)
            != singleSpaced(accounts[i].name ?? accounts[i].id)
      else { continue }
      // A row with an id of its own that did not join (`123` beside `00123`) joins by a name
      // equal in case only (review 13, F36: no loose join of a near-miss id).
      let rowName = list[r].name ?? list[r].id
      let accountName = accounts[i].name ?? accounts[i].id
      if list[r].name != nil && list[r].id != list[r].name,
        (legalBase(rowName) ?? singleSpaced(rowName))
          != (legalBase(accountName) ?? singleSpaced(accountName))
      {
        continue
      }
      matches[r] = i
    }
  }
}
