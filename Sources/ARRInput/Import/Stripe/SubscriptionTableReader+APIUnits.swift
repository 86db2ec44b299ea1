import ARRCore

/// A subscriptions table dumped from a billing API (`docs/import.md`, "Amount units" and
/// "Subscriptions table"; trial 22, T22-25): its amounts' unit, and the price an ended
/// subscription billed when its current MRR is 0.
extension SubscriptionTableReader {
  /// A price per billing period beside the monthly column (Chargebee's `plan_unit_price` ×
  /// `plan_quantity` per `billing_period` `billing_period_unit`, beside its `mrr`): what an
  /// ended subscription billed while it ran, when the monthly column holds its current MRR, 0
  /// once it is cancelled (trial 22, T22-25: twelve cancelled subscriptions at `mrr` 0 read as
  /// never billing, and every churn was gone: NDR, GRR and logo retention 100%).
  struct EndedPrice: Sendable {
    /// The price column.
    var price: Int
    /// Its units' column, when the price is per unit (`plan_quantity`).
    var quantity: Int?
    /// The period's count column (`billing_period`; `nil`: 1) and unit column, or a billing
    /// cycle's keyword column (`monthly`, `annual`).
    var count: Int?
    var unit: Int?

    /// The monthly amount (hundredths) the row `cells` bills at this price, or `nil` when the
    /// price, its quantity or its period does not read.
    func monthly(_ cells: [String], amounts: AmountCells) -> Int64? {
      func cell(_ c: Int?) -> String? { c.flatMap { $0 < cells.count ? cells[$0] : nil } }
      guard let text = cell(price), !text.isEmpty,
        var cents = try? amounts.hundredths(text), cents > 0
      else { return nil }
      if let q = quantity {
        guard let units = Int64(cell(q) ?? ""), units >= 0,
          case let (product, false) = cents.multipliedReportingOverflow(by: units)
        else { return nil }
        cents = product
      }
      let share: (part: Int64, whole: Int64)?
      if let u = unit {
        share = SubscriptionTableReader.periodShare(
          count: cell(count) ?? "1", unit: cell(u) ?? "")
      } else {
        share = SubscriptionTableReader.months(TermText.billingCadence(cell(count) ?? ""))
          .map { (1, Int64($0)) }
      }
      return share.map { ServicePeriod.proportion(cents, $0.part, $0.whole) }
    }
  }

  /// The ``EndedPrice`` of a table whose price column is monthly (`basis`) when it also has a
  /// per-period price and the period's columns; else `nil`.
  static func endedPrice(
    columns: [Role: Int], keys: [String], basis: Basis, priceColumn: Int
  ) -> EndedPrice? {
    guard basis == .monthly, let p = columns[.price], p != priceColumn,
      columns[.periodUnit] != nil || columns[.billingCadence] != nil
    else { return nil }
    let isPerUnit = perUnitPrices.contains(keys[p])
    return EndedPrice(
      price: p,
      quantity: isPerUnit ? keys.firstIndex(of: "plan quantity") ?? columns[.quantity] : nil,
      count: columns[.billingCadence], unit: columns[.periodUnit])
  }

  /// The note for `count` ended rows billed at their period's price (the first `first`),
  /// or `nil` for none.
  static func endedPriceNote(
    file: String, count: Int, first: (customer: String, line: Int, monthly: Int64)?,
    monthlyHeader: String, priceHeader: String, currency: String?
  ) -> String? {
    guard count > 0, let first else { return nil }
    return "\(file): \(Counted.phrase(count, "subscription", verb: ("has", "have"))) an end and "
      + "0 under \"\(monthlyHeader)\" (a cancelled subscription's current MRR) but a price under "
      + "\"\(priceHeader)\": \(count == 1 ? "it is" : "each is") read as billing that price per "
      + "billing period while it ran (\"\(first.customer)\" on line \(first.line): "
      + "\(Money.text(cents: first.monthly, currency: currency)) a month), so "
      + "\(count == 1 ? "its" : "their") revenue and churn are in the figures"
  }

  /// How the table's amounts are read when nothing decided their unit: in cents when the
  /// header carries a billing API vendor's field names (``APIMinorUnits/vendor(_:)``) and
  /// every amount of the price column (and of an ``EndedPrice``'s) is a whole number; else
  /// `amounts` as they are, with the doubt's finding when some API evidence stands beside
  /// whole numbers, returned for the caller to give when no stronger unit finding does
  /// (``CentsLikeAmounts``). Appends the note to `log`.
  static func apiUnit(
    _ body: ArraySlice<ImportTable.Record>, header: [String], priceColumn: Int,
    endedPrice: EndedPrice?, customer: Int?, dateCells: [(text: String, line: Int)],
    amounts: AmountCells, options: ImportOptions, file: String, log: inout ImportLog
  ) -> (amounts: AmountCells, doubt: String?) {
    guard options.amounts == nil, amounts.unit == .units else { return (amounts, nil) }
    let priceCells = body.lazy.map { priceColumn < $0.cells.count ? $0.cells[priceColumn] : "" }
    guard APIMinorUnits.areWholeNumbers(priceCells) else { return (amounts, nil) }
    if let v = APIMinorUnits.vendor(header),
      endedPrice.map({ e in
        APIMinorUnits.areWholeNumbers(
          body.lazy.map { e.price < $0.cells.count ? $0.cells[e.price] : "" })
      }) ?? true,
      let example = body.first(where: { r in
        priceColumn < r.cells.count && (Int64(r.cells[priceColumn]) ?? 0) != 0
      })
    {
      log.notes.append(
        APIMinorUnits.note(
          file: file, vendor: v, header: header[priceColumn],
          example: (example.cells[priceColumn], example.line)))
      let cents = AmountCells(
        unit: .cents, isDecimalComma: amounts.isDecimalComma,
        reason: "\(v.possessive) \(v.kind) say so", currency: amounts.currency)
      return (cents, nil)
    }
    let ids =
      customer.map { c in
        body.prefix(1).compactMap { c < $0.cells.count ? $0.cells[c] : nil }
      } ?? []
    guard let why = APIMinorUnits.doubt(header: header, dateCells: dateCells, idCells: ids)
    else { return (amounts, nil) }
    let finding = AmountUnit.wholeNumbersFinding(
      file: file, header: header[priceColumn],
      cells: body.map { r in
        (priceColumn < r.cells.count ? r.cells[priceColumn] : "", r.line, "")
      }, evidence: why)
    return (amounts, finding)
  }
}
