import ARRCore

/// A CRM's won deals read as a subscriptions table (`docs/import.md`, "Every row accounted
/// for": "A CRM's won deals read as contracts"; session 17, lead).
extension SubscriptionTableReader {
  /// Whether `table` is a CRM's deals (`DeletedRows`: a `Stage` column naming closing stages,
  /// `Closed Won`; the deals not won are already taken out).
  static func isDeals(_ table: ImportTable, header: ImportTable.Record) -> Bool {
    header.cells.indices.contains { c in
      DeletedRows.markers[CubeLayout.headerKey(header.cells[c])] == .dealStage
        && DeletedRows.isStageColumn(
          header: header.cells[c], table.records.dropFirst(), column: c)
    }
  }

  /// A CRM's deals read as contracts (decided, session 17, lead; trial 17, CRM1: a Salesforce
  /// opportunities report was refused, and each path its hints opened read a booking as ARR,
  /// 12 × a $36,000 annual deal, or a 3-year $360,000 deal as a yearly price): a deal's
  /// `Amount` is its total over the contract (Salesforce: "the estimated total sale amount"),
  /// never a price per billing cycle, so it is read as the total contract value, spread over
  /// the contract's months (a start and an end column are needed); and the deal's `Account
  /// Name` is its customer when no column gives a customer id.
  ///
  /// A deal's type (`Deal Type`, `Opportunity Type`, Salesforce's `Type`) is its contract type
  /// when no contract type column is named, read by the contract column's words
  /// (``TermText/contractType(_:)``: `Pilot`, `Paid Pilot`, `POC`, `Proof of concept` → pilot;
  /// `New Business` names none). Decided, session 34, crm lane (trial 34, T34-4: a HubSpot
  /// deals export's `Deal Type` "Pilot" was ignored, each pilot's end read as notice and its fee
  /// as recurring ARR).
  static func readAsDeals(_ columns: inout [Role: Int], header: ImportTable.Record) {
    if columns[.customer] == nil, let name = columns[.name] {
      columns[.customer] = name
      columns[.name] = nil
    }
    if columns[.contractType] == nil {
      let keys = header.cells.map { LedgerLayout.normalized($0) }
      let taken = Set(columns.values)
      columns[.contractType] =
        dealTypeKeys.lazy.compactMap { k in
          keys.indices.first { keys[$0] == k && !taken.contains($0) }
        }.first
    }
    if columns[.total] == nil, columns[.monthly] == nil, columns[.annual] == nil,
      let price = columns[.price], LedgerLayout.normalized(header.cells[price]) == "amount"
    {
      columns[.total] = price
      columns[.price] = nil
    }
    // Pipedrive's deal `Value` is its total too (session 54, crm lane; trial 51, T51-28).
    if columns[.total] == nil, columns[.monthly] == nil, columns[.annual] == nil,
      columns[.price] == nil
    {
      let taken = Set(columns.values)
      columns[.total] = header.cells.indices.first { c in
        !taken.contains(c)
          && ["value", "deal value"].contains(LedgerLayout.normalized(header.cells[c]))
      }
    }
  }

  /// A deal's type headers (normalized), in the order tried: read as its contract type.
  /// Pipedrive's `Pipeline` (`Pilots`, `Renewals`) last (T51-28).
  static let dealTypeKeys = ["deal type", "opportunity type", "type", "pipeline"]

  /// A deal's close date headers (normalized).
  static let closeDateKeys: Set = [
    "close date", "closedate", "closed date", "close", "won time", "won date",
  ]

  /// `; line 1 is a CRM's deals …` when `table` is a CRM's deals with no contract start column
  /// (HubSpot's deals export: `Close Date` beside `Annual recurring revenue`), else `nil`.
  /// Refused (decided, session 18, import4 lane; trial 17, CRM2): a deal's close date is when
  /// it was signed, not when its service runs, and nothing says when it ends, so read from its
  /// close date a one-year deal closed years ago would still count; the refusal says what to
  /// add, never a rename that reads a booking as revenue.
  static func datelessDealsHint(_ table: ImportTable) -> String? {
    guard let header = table.records.first, isDeals(table, header: header) else { return nil }
    var columns = HeaderRoles.assign(
      header.cells.map { AmountUnit.strip(LedgerLayout.normalized($0), raw: $0).key },
      aliases: aliases)
    readAsDeals(&columns, header: header)
    guard columns[.start] == nil,
      let stage = header.cells.first(where: {
        DeletedRows.markers[CubeLayout.headerKey($0)] == .dealStage
      })
    else { return nil }
    let close = header.cells.first { closeDateKeys.contains(LedgerLayout.normalized($0)) }
    let revenue = [columns[.annual], columns[.monthly], columns[.total]].compactMap { $0 }
      .map { "\"\(header.cells[$0])\"" }
    return "; line \(header.line) is a CRM's deals (\"\(stage)\" names closing stages) with no "
      + "contract start: "
      + (close.map {
        "a deal's close date (\"\($0)\") is when it was signed, not when its service "
          + "runs, and nothing says when it ends"
      } ?? "nothing says when a deal's service runs")
      + (revenue.isEmpty
        ? ", so its amount cannot be placed in months"
        : ", so " + revenue.dropLast().joined(separator: ", ")
          + (revenue.count > 1 ? " and " : "") + revenue.last! + " cannot be placed in months")
      + "; add each won deal's contract start and end (headers such as \"contract start date\" "
      + "and \"contract end date\") and its customer (\"account name\"), or import the billing "
      + "system's subscriptions or invoices instead"
  }
}
