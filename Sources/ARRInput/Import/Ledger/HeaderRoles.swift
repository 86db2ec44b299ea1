/// Assigns header columns to roles by alias, in priority order: for each role, the first of its
/// aliases (in the order listed) that some header has wins, so `Start Date (UTC)` beats
/// `Created (UTC)` whatever the column order. A column serves one role.
enum HeaderRoles {
  /// The column of each role found among `keys` (normalised headers).
  /// - Complexity: O(roles × aliases × columns).
  static func assign<Role: Hashable>(_ keys: [String], aliases: [(Role, [String])]) -> [Role: Int] {
    var columns = [Role: Int]()
    var used = Set<Int>()
    for (role, names) in aliases where columns[role] == nil {
      for name in names {
        if let c = keys.indices.first(where: { keys[$0] == name && !used.contains($0) }) {
          columns[role] = c
          used.insert(c)
          break
        }
      }
    }
    return columns
  }
}
