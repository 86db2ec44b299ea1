import ARRCore

/// A grouped report whose groups are items or products, its customers in a `Name` column
/// (QuickBooks' *Sales by Item Detail*: `Parts` > `A00100 (CHULERIA EN POTE …)` above lines
/// whose `Name` is `Monte Adentro Corp`; `docs/import.md`, "Names in the first column"; trial
/// 54, T54-9: 98 product codes were read as customers, 95 of them "not started").
extension LedgerReader {
  /// The column of a bare `Name` header whose cells on the lines of a grouped report name
  /// another than the group they sit in, most of the time: then the groups are no customers
  /// and the line's `Name` is (`nil` when most lines name their group or a job of it,
  /// `Customer:Job` in QuickBooks Desktop's reports by customer).
  /// Decided: three lines at least name another than their group, four times as many as name
  /// it; a group is the last row before the line holding text in a group column alone
  /// (`Total …` rows aside).
  static func itemGroupsNameColumn(
    header: [String], body: ArraySlice<ImportTable.Record>, layout: LedgerLayout
  ) -> Int? {
    guard layout.isGrouped,
      let n = header.indices.first(where: {
        CubeLayout.normalized(header[$0]) == "name" && !layout.groupColumns.contains($0)
      })
    else { return nil }
    func key(_ s: String) -> String { CubeLayout.normalized(s) }
    var group: String?
    var (same, other) = (0, 0)
    for r in body {
      let cells = r.cells
      let lead = layout.groupColumns.lazy.compactMap { c in
        c < cells.count && !cells[c].isEmpty ? cells[c] : nil
      }.first
      let rest = cells.indices.contains { !layout.groupColumns.contains($0) && !cells[$0].isEmpty }
      if let lead, !rest || key(lead).hasPrefix("total") {
        if !key(lead).hasPrefix("total") { group = key(lead) }
        continue
      }
      guard let g = group, n < cells.count, !cells[n].isEmpty else { continue }
      let name = key(cells[n])
      let parts = cells[n].split(separator: ":").map { key(String($0)) }
      if name == g || parts.contains(g) || g.hasPrefix(name) { same += 1 } else { other += 1 }
    }
    return other >= 3 && other > 4 * same ? n : nil
  }
}
