import ARRCore

/// Where things are in an MRR movements log: one row per change in a customer's MRR (customer,
/// date, movement type, amount), as MRR trackers export them (`docs/import.md`, "MRR movements
/// log").
///
/// A table is a movements log when a header row names a customer (id or name), a date and an
/// amount, a further column's values name both a gain (`new`, `expansion`, `reactivation`) and a
/// loss (`contraction`, `churn`) of MRR, and the amounts are changes: the amount header names a
/// change (`mrr_movement`, `mrr_change`, `delta`), or some loss row has a negative amount, or
/// some churn row has an amount (a level after a churn is 0). Without that last evidence the
/// labels may be a deal type beside invoice amounts (`New Business`, `Upgrade`, `Downgrade`) or
/// a lifecycle status beside MRR levels (`new`, `active`, `churned` at 0): those files are read
/// as they were. `--shape movements` takes the file as a log without the evidence.
struct MovementLogLayout: Sendable, Equatable {
  var headerIndex: Int
  /// Customer id and name columns (0-based); at least one.
  var id: Int?
  var name: Int?
  var date: Int
  /// The column of movement labels.
  var type: Int
  var amount: Int
  /// Whether the amount header names a change (`mrr_movement`), not a bare amount or a level.
  var isChangeByHeader: Bool
  /// Whether the amount header names minor units (`mrr_movement_cents`).
  var isAmountInMinorUnits: Bool
  /// The currency the amount header names (`mrr_change_usd`), if any.
  var headerCurrency: String?
  /// A currency column, if any.
  var currency: Int?
  /// A column of the level after each movement (ChartMogul's `MRR`), beside a change or plain
  /// amount, if any: it gives a mid-life customer's level before the log, and checks the
  /// rebuilt levels.
  var levelAfter: Int? = nil
  /// Header cells not read, as written.
  var ignored: [String]

  /// The customer column a row's key comes from first.
  var customer: Int { id ?? name! }

  /// Customer id headers beyond a cube's (``CubeLayout/aliases``): ChartMogul's
  /// `customer_uuid` and `customer_external_id`, Baremetrics' `customer_oid`.
  static let extraIDNames: [String] = [
    "customer external id", "external id", "customer uuid", "customer oid", "subscriber id",
  ]
  /// Headers of a movement's date or month.
  static let dateNames: [String] =
    [
      "date", "movement date", "activity date", "event date", "event month", "effective date",
      "effective month", "occurred at", "changed at", "timestamp", "day",
    ] + MonthlyTableLayout.periodNames
  /// Amount headers naming a change in MRR.
  static let changeNames: [String] = [
    "mrr movement", "movement amount", "activity mrr movement", "mrr change",
    "change", "mrr delta", "delta", "net change", "change in mrr", "mrr diff",
    "mrr difference", "movement mrr", "mrr movement in account currency", "net mrr change",
    "amount change",
  ]
  /// Amount headers that say nothing of a change or a level.
  static let plainNames: [String] = [
    "amount", "value", "mrr amount", "revenue", "net revenue", "monthly revenue",
  ]
  /// Amount headers naming a level (the month's MRR).
  static let levelNames: [String] = [
    "mrr", "net mrr", "monthly recurring revenue", "recurring revenue",
  ]
  /// Headers of the level after each movement, beside the change: ChartMogul's `MRR` ("the new
  /// MRR after the activity has occurred"), `mrr_after_event`.
  static let levelAfterNames: [String] = [
    "mrr after event", "mrr after movement", "mrr after", "mrr after change", "new mrr level",
    "mrr level", "ending mrr", "mrr",
  ]
  /// Headers naming the column of labels, searched first.
  static let typeNames: Set<String> = [
    "movement type", "type", "event", "event type", "activity type", "activity", "category",
    "mrr type", "kind", "movement", "change type", "mrr movement type",
  ]

  /// The layout of `table` when it reads as a movements log (the type's rules); `nil`
  /// otherwise.
  /// - Parameter isForced: `--shape movements`: the amounts need not show they are changes.
  /// - Complexity: O(cells of the rows searched + rows × columns tried).
  static func find(in table: ImportTable, isForced: Bool = false) -> MovementLogLayout? {
    for (index, record) in table.records.prefix(CubeLayout.headerSearchRows).enumerated() {
      if let layout = layout(record.cells, headerIndex: index, table: table, isForced: isForced) {
        return layout
      }
    }
    return nil
  }

  /// The header keys of `cells` (``MonthlyTableLayout/key(_:)``), a unit of minor units taken
  /// off, with whether each named one.
  static func keys(_ cells: [String]) -> [(key: String, isMinor: Bool)] {
    cells.map { cell in
      let unit = AmountUnit.strip(CubeLayout.normalized(cell), raw: cell)
      return unit.isMinor
        ? (MonthlyTableLayout.key(unit.key), true) : (MonthlyTableLayout.key(cell), false)
    }
  }

  /// The column of movement labels among `candidates` of `body`: header-named first, each
  /// while it has at most 64 distinct values (ids, dates and amounts are no labels).
  static func labelColumn(
    _ body: ArraySlice<ImportTable.Record>, candidates: [Int], keys: [String]
  ) -> Int? {
    let ordered =
      candidates.filter { typeNames.contains(keys[$0]) }
      + candidates.filter { !typeNames.contains(keys[$0]) }
    for c in ordered.prefix(200) {
      var values = Set<String>()
      for r in body where c < r.cells.count && !r.cells[c].isEmpty {
        values.insert(r.cells[c])
        if values.count > 64 { break }
      }
      if values.count <= 64 && MovementKind.namesGainAndLoss(values) { return c }
    }
    return nil
  }

  private static func layout(
    _ cells: [String], headerIndex: Int, table: ImportTable, isForced: Bool
  ) -> MovementLogLayout? {
    let units = keys(cells)
    let keys = units.map(\.key)
    func first(_ names: [String], excluding used: Set<Int> = []) -> Int? {
      names.lazy.compactMap { n in keys.indices.first { keys[$0] == n && !used.contains($0) } }
        .first
    }
    // A bare `id` beside a customer's name is more likely the movement's own id.
    let idNames =
      (CubeLayout.aliases.first { $0.0 == .id }?.1.sorted() ?? []).filter { $0 != "id" }
      + extraIDNames
    let nameNames = CubeLayout.aliases.first { $0.0 == .name }?.1.sorted() ?? []
    var id = first(idNames)
    let name = first(nameNames, excluding: Set([id].compactMap { $0 }))
    if id == nil && name == nil { id = first(["id"]) }
    guard id != nil || name != nil else { return nil }
    var used = Set([id, name].compactMap { $0 })
    guard let date = first(dateNames, excluding: used) else { return nil }
    used.insert(date)
    let change = first(changeNames, excluding: used)
    guard
      let amount = change ?? first(plainNames, excluding: used)
        ?? first(levelNames, excluding: used)
    else { return nil }
    used.insert(amount)
    let body = table.records[(headerIndex + 1)...]
    let candidates = cells.indices.filter { !used.contains($0) && !cells[$0].isEmpty }
    guard let type = labelColumn(body, candidates: candidates, keys: keys) else { return nil }
    used.insert(type)
    guard isForced || change != nil || showsChanges(body, type: type, amount: amount) else {
      return nil
    }
    let currency = keys.indices.first {
      !used.contains($0) && LedgerLayout.currencyNames.contains(keys[$0])
    }
    if let currency { used.insert(currency) }
    // A level beside a change or a plain amount (never the amount itself).
    let levelAfter =
      levelNames.contains(keys[amount]) ? nil : first(levelAfterNames, excluding: used)
    if let levelAfter { used.insert(levelAfter) }
    return MovementLogLayout(
      headerIndex: headerIndex, id: id, name: name, date: date, type: type, amount: amount,
      isChangeByHeader: change != nil, isAmountInMinorUnits: units[amount].isMinor,
      headerCurrency: LedgerLayout.strippingCurrency(CubeLayout.headerKey(cells[amount])).currency,
      currency: currency, levelAfter: levelAfter,
      ignored: cells.indices.filter { !used.contains($0) && !cells[$0].isEmpty }.map { cells[$0] })
  }

  /// Whether some row's amount is a change: a loss with a negative amount, or a churn with any
  /// amount (``MovementKind/churnEvidence``).
  static func showsChanges(_ body: ArraySlice<ImportTable.Record>, type: Int, amount: Int)
    -> Bool
  {
    body.contains { r in
      guard type < r.cells.count, amount < r.cells.count, let kind = MovementKind.of(r.cells[type])
      else { return false }
      let text = r.cells[amount]
      guard
        let v = (try? CubeMoney.cents(text, isDecimalComma: false))
          ?? (try? CubeMoney.cents(text, isDecimalComma: true))
      else { return false }
      return (v < 0 && kind.isLoss)
        || (v != 0 && MovementKind.churnEvidence.contains(CubeLayout.normalized(r.cells[type])))
    }
  }
}
