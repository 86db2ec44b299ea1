import ARRCore

/// Two header cells of one name where the importer reads one of them (`mrr,mrr`,
/// `customer_id,customer_id`, `customer,customer`): which column holds the figure is a guess,
/// so the file is refused at the other one, as the folder loader refuses a duplicate column
/// (trial 30, T30-4: the first was read and the second listed only as ignored). Names are
/// compared as ``CubeLayout/normalized(_:)`` writes them (`MRR` and `mrr`, `Customer ID` and
/// `customer_id` are one name); a duplicate of a column not read (two `Notes`) is left as it is.
enum DuplicateRoleColumns {
  /// What a role's column is read as, in a message (`the customer id`, `start_date`).
  static func words(_ role: CubeLayout.Role) -> String {
    switch role {
    case .id: "the customer id"
    case .name: "the customer name"
    default: role.rawValue
    }
  }

  /// - Parameters:
  ///   - cells: The header's cells.
  ///   - read: Each column read, with what it is read as (`the amount`, `the month`, `id`).
  ///   - file: The file's name, for the message.
  ///   - line: The header's 1-based line.
  /// - Complexity: O(cells × columns read).
  /// - Throws: `.invalidData` naming the duplicate's line and column and the column read:
  ///   `monthly.csv:1:4: duplicate column "mrr" (column 3, of the same name, is read as the
  ///   amount; which of the two holds it is a guess: rename or remove one)`.
  static func check(
    _ cells: [String], read: [(what: String, column: Int)], file: String, line: Int
  ) throws(ARRQualityError) {
    let names = cells.map(CubeLayout.normalized)
    var first: (column: Int, read: Int, what: String)?
    for (what, c) in read where c < cells.count && !names[c].isEmpty {
      guard let other = names.indices.first(where: { $0 != c && names[$0] == names[c] }) else {
        continue
      }
      if first == nil || other < first!.column { first = (other, c, what) }
    }
    guard let first else { return }
    throw .data(
      "\(file):\(line):\(first.column + 1): duplicate column "
        + "\(FieldMessages.quoted(cells[first.column])) (column \(first.read + 1), of the same "
        + "name, is read as \(first.what); which of the two holds it is a guess: rename or "
        + "remove one)")
  }
}
