import ARRCore

extension CustomerList {
  /// Joins list rows whose id a workbook holds as a **number cell** to the account whose id is
  /// that number with leading zeros (`123` to `00123`): a number cannot hold leading zeros, so
  /// Excel dropped them when it read the typed id as a number (session 35, H35-17: a list kept
  /// in Excel joined none of 3 accounts, committed ARR $0 of $42,000). Only when it is one to
  /// one for every such row: each row's number names one unjoined account (an id of ASCII
  /// digits starting with `0`), and no account is named by two rows; otherwise none of them is
  /// joined so, and the near-match finding names them as before. A row with no such account
  /// stays unjoined (a customer without revenue). Text ids that differ stay unjoined (review
  /// 13, F36: loose keys never join).
  /// - Parameters:
  ///   - matches: The joins so far (``match(_:_:)``), given the new ones.
  /// - Returns: Each joined row's line, its number and the account's id, in list order.
  /// - Complexity: O(rows + accounts).
  static func zeroPadded(
    _ list: [ImportedAccount], _ accounts: [ImportedAccount], _ matches: inout [Int?]
  ) -> [(line: Int, number: String, id: String)] {
    func isDigits(_ s: String) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
    func unpadded(_ s: String) -> String {
      let t = s.drop { $0 == "0" }
      return t.isEmpty ? "0" : String(t)
    }
    let rows = list.indices.filter {
      matches[$0] == nil && list[$0].isIDWholeNumber && isDigits(list[$0].id)
    }
    guard !rows.isEmpty else { return [] }
    let matched = Set(matches.compactMap { $0 })
    var byNumber = [String: [Int]]()
    for (i, a) in accounts.enumerated()
    where !matched.contains(i) && a.id.hasPrefix("0") && isDigits(a.id) {
      byNumber[unpadded(a.id), default: []].append(i)
    }
    var joins = [(row: Int, account: Int)]()
    var taken = Set<Int>()
    for r in rows {
      let found = byNumber[unpadded(list[r].id)] ?? []
      if found.isEmpty { continue }
      guard found.count == 1, taken.insert(found[0]).inserted else { return [] }
      joins.append((r, found[0]))
    }
    for j in joins { matches[j.row] = j.account }
    return joins.map { (list[$0.row].source.line, list[$0.row].id, accounts[$0.account].id) }
  }

  /// The note for rows ``zeroPadded(_:_:_:)`` joined; `nil` when none.
  static func zeroPaddedNote(_ joined: [(line: Int, number: String, id: String)], file: String)
    -> String?
  {
    guard !joined.isEmpty else { return nil }
    let shown = joined.prefix(5).map { "line \($0.line) \($0.number) = \"\($0.id)\"" }
    return "\(file): \(Counted.phrase(joined.count, "row")) joined the account whose id is the "
      + "row's id with leading zeros, the row's id being a number cell (a number holds no "
      + "leading zeros: Excel drops them from an id it reads as a number), one to one: "
      + shown.joined(separator: "; ") + (joined.count > 5 ? "; …" : "")
  }
}
