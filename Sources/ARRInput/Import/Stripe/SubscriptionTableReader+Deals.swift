import ARRCore

/// A CRM's won deals read as a subscriptions table (`docs/import.md`, "Every row accounted
/// for": "A CRM's won deals read as contracts"; session 17, lead).
extension SubscriptionTableReader {
  /// Whether `table` is a CRM's deals (`DeletedRows`: a `Stage` column naming closing stages,
  /// `Closed Won`; the deals not won are already taken out).
  static func isDeals(_ table: ImportTable, header: ImportTable.Record) -> Bool {
    header.cells.indices.contains { c in
      DeletedRows.markers[CubeLayout.headerKey(header.cells[c])] == .dealStage
        && DeletedRows.namesClosingStages(table.records.dropFirst(), column: c)
    }
  }

  /// A CRM's deals read as contracts (decided, session 17, lead; trial 17, CRM1: a Salesforce
  /// opportunities report was refused, and each path its hints opened read a booking as ARR,
  /// 12 × a $36,000 annual deal, or a 3-year $360,000 deal as a yearly price): a deal's
  /// `Amount` is its total over the contract (Salesforce: "the estimated total sale amount"),
  /// never a price per billing cycle, so it is read as the total contract value, spread over
  /// the contract's months (a start and an end column are needed); and the deal's `Account
  /// Name` is its customer when no column gives a customer id.
  static func readAsDeals(_ columns: inout [Role: Int], header: ImportTable.Record) {
    if columns[.customer] == nil, let name = columns[.name] {
      columns[.customer] = name
      columns[.name] = nil
    }
    if columns[.total] == nil, columns[.monthly] == nil, columns[.annual] == nil,
      let price = columns[.price], LedgerLayout.normalized(header.cells[price]) == "amount"
    {
      columns[.total] = price
      columns[.price] = nil
    }
  }
}
