/// Headers that carry their CRM record's type before a dash (`Deal - Title`, `Deal -
/// Organization`, `Person - Email`), as Pipedrive's exports write every column
/// (`docs/import.md`, "Table prefixes"; session 54, crm lane; trial 51, T51-28).
///
/// No alias names `Deal - Value`, so a Pipedrive deals export was refused, "shape not
/// recognised", its advice quoting a data row's dates. Decided: when three header cells or more,
/// and at least half of the written ones, start with one of ``entities`` and ` - `, the record
/// type most cells carry is the main one and its columns are read by their own names (`Deal -
/// Value` → `Value`), but its status (`Deal - Status` → `Deal Status`: won, lost or open, a
/// deal's state, never a subscription's); another type's columns keep its name (`Organization -
/// Name` → `Organization Name`). A header with fewer such cells, or dashes of another kind
/// (`MRR - Jan`, `Amount - USD`), is left as it is.
enum EntityPrefixes {
  /// A CRM's record types (lowercased).
  static let entities: Set<String> = [
    "deal", "organization", "organisation", "person", "lead", "product", "activity", "contact",
    "company", "account", "opportunity",
  ]

  /// The fewest prefixed header cells for a header to be read as prefixed.
  static let minimumCells = 3

  /// `cell` split at its first ` - ` when what comes before is one of ``entities`` and a column
  /// name follows; else `nil`.
  static func split(_ cell: String) -> (entity: String, column: String)? {
    guard let r = cell.firstRange(of: " - ") else { return nil }
    let entity = String(cell[..<r.lowerBound].drop { $0 == " " })
    let column = String(cell[r.upperBound...].drop { $0 == " " })
    guard entities.contains(entity.lowercased()), column.contains(where: \.isLetter) else {
      return nil
    }
    return (entity, column)
  }

  /// `cells` read without their record types (see the type's notes), and the main type; `nil`
  /// when too few are prefixed.
  /// - Complexity: O(cells).
  static func strip(_ cells: [String]) -> (cells: [String], main: String)? {
    let splits = cells.map(split)
    let prefixed = splits.compactMap { $0 }
    let written = cells.filter { !$0.isEmpty }.count
    guard prefixed.count >= minimumCells, prefixed.count * 2 >= written else { return nil }
    var counts = [String: Int]()
    var order = [(key: String, written: String)]()
    for s in prefixed {
      let key = s.entity.lowercased()
      if counts[key] == nil { order.append((key, s.entity)) }
      counts[key, default: 0] += 1
    }
    let most = counts.values.max() ?? 0
    guard let main = order.first(where: { counts[$0.key] == most }) else { return nil }
    let renamed = zip(cells, splits).map { cell, s -> String in
      guard let s else { return cell }
      if s.entity.lowercased() == main.key && s.column.lowercased() != "status" {
        return s.column
      }
      return s.entity + " " + s.column
    }
    return (renamed, main.written)
  }

  /// Rewrites the first record of `table` when it is such a header, with a note; a table
  /// without one is left as it is.
  static func take(from table: inout ImportTable, notes: inout [String]) {
    guard let header = table.records.first, let (cells, main) = strip(header.cells) else {
      return
    }
    let first = zip(header.cells, cells).first { $0 != $1 }
    notes.append(
      "\(table.file): the header's columns carry their record's type (\"\(main) - \"…, as "
        + "Pipedrive's exports write them): read without it"
        + (first.map { " (\"\($0.0)\" as \"\($0.1)\")" } ?? ""))
    table.records[0].cells = cells
  }
}
