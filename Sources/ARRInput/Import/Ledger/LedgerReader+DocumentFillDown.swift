import ARRCore

/// A grouped "invoice details" report saved to CSV writes the customer and date on each
/// invoice's first row only; the item lines under it repeat the invoice number and leave both
/// blank (session 44, crm lane; review 43, V22: the item lines were skipped as footnotes and
/// the invoice's gross, tax included, read, $38,280 for $34,800).
extension LedgerReader {
  /// Fills the customer and date of `table`'s rows down from the row above when, with a
  /// document column, a row leaves every customer cell and the date blank, holds an amount,
  /// and repeats the document number of the row above that has them (or was filled so): a line
  /// of that document. A row without an amount or under another number is left as it is.
  /// - Returns: The note saying so, or `nil` when no row was filled.
  /// - Complexity: O(rows).
  static func fillDocumentsDown(
    _ table: inout ImportTable, layout: LedgerLayout, file: String
  ) -> String? {
    guard !layout.isGrouped, layout.headerIndex + 1 < table.records.count,
      let doc = layout.columns[.document], let amount = layout.columns[.amount],
      let date = layout.columns[.date]
    else { return nil }
    let customers = Set(
      [layout.columns[.customerID], layout.columns[.customerName]].compactMap { $0 })
    guard !customers.isEmpty else { return nil }
    let filled = customers.union([date]).sorted()
    var source: (document: String, cells: [String])?
    var count = 0
    var firstLine: Int?
    for i in (layout.headerIndex + 1)..<table.records.count {
      let cells = table.records[i].cells
      func at(_ c: Int) -> String { c < cells.count ? cells[c] : "" }
      let number = at(doc)
      if filled.allSatisfy({ at($0).isEmpty }) {
        guard let s = source, !number.isEmpty, number == s.document, !at(amount).isEmpty else {
          source = nil
          continue
        }
        var row = cells
        if row.count <= filled.last! {
          row += Array(repeating: "", count: filled.last! + 1 - row.count)
        }
        for c in filled { row[c] = c < s.cells.count ? s.cells[c] : "" }
        table.records[i].cells = row
        count += 1
        if firstLine == nil { firstLine = table.records[i].line }
      } else {
        let isWhole = customers.contains { !at($0).isEmpty } && !at(date).isEmpty
        source = isWhole && !number.isEmpty ? (number, cells) : nil
      }
    }
    guard count > 0, let firstLine else { return nil }
    return "\(file): \(Counted.phrase(count, "line")) (the first on line \(firstLine)) "
      + "leave\(count == 1 ? "s" : "") the customer and the date blank below their invoice's "
      + "first row, under its number, with an amount: read as that invoice's lines, its "
      + "customer and date filled down (a report grouped by invoice)"
  }
}
