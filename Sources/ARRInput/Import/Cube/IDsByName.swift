/// A row without an id takes the id the other rows give its name, when they give one only: in a
/// long table one month with a blank id would otherwise split a customer in two, and in a cube
/// an add-on row `,Acme` beside `C1,Acme` was a second customer (review 13, F38). A name that
/// several ids carry cannot say which; such rows are kept for the cube's finding. One rule for
/// the cube's and the monthly table's readers.
struct IDsByName: Sendable {
  private var ids = [String: Set<String>]()
  /// Rows that took their name's id.
  private(set) var taken = 0
  /// Rows without an id whose name several ids carry, with those ids sorted.
  private(set) var ambiguous = [(line: Int, name: String, ids: [String])]()

  /// The ids each name is given in `rows` (when the table has both an id and a name column).
  init(rows: some Sequence<ImportTable.Record>, id: Int?, name: Int?) {
    guard let id, let name else { return }
    for r in rows where id < r.cells.count && name < r.cells.count {
      let (i, n) = (r.cells[id], r.cells[name])
      if !i.isEmpty && !n.isEmpty { ids[n, default: []].insert(i) }
    }
  }

  /// The id of a row on `line` without one, named `name`: its name's only id, or `nil` (no id
  /// for the name, or several, then recorded in ``ambiguous``).
  mutating func id(forName name: String, line: Int) -> String? {
    guard let found = ids[name] else { return nil }
    guard found.count == 1 else {
      ambiguous.append((line, name, found.sorted()))
      return nil
    }
    taken += 1
    return found.first
  }

  /// The note counting the rows that took their name's id, or `nil` for none.
  func note(file: String) -> String? {
    guard taken > 0 else { return nil }
    return "\(file): \(taken) row\(taken == 1 ? "" : "s") without an id took the id the other "
      + "rows give the same name"
  }
}
