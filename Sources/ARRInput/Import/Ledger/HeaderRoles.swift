/// Assigns header columns to roles by alias, in priority order: for each role, the first of its
/// aliases (in the order listed) that some header has wins, so `Start Date (UTC)` beats
/// `Created (UTC)` whatever the column order. A column serves one role.
enum HeaderRoles {
  /// The column of each role found among `keys` (normalised headers): for an alias, the leftmost
  /// column with that header not already serving a role.
  /// - Complexity: O(columns + aliases): the columns are indexed by header once (a header row of
  ///   a million cells, as a hostile file has, was scanned once per alias: 27 s in a debug build).
  static func assign<Role: Hashable>(_ keys: [String], aliases: [(Role, [String])]) -> [Role: Int] {
    // The columns of each header some alias names, leftmost last (popped first).
    let names = Set(aliases.flatMap(\.1))
    var columnsOf = [String: [Int]]()
    for c in keys.indices.reversed() where names.contains(keys[c]) {
      columnsOf[keys[c], default: []].append(c)
    }
    var columns = [Role: Int]()
    for (role, names) in aliases where columns[role] == nil {
      for name in names {
        if let c = columnsOf[name]?.popLast() {
          columns[role] = c
          break
        }
      }
    }
    return columns
  }
}
