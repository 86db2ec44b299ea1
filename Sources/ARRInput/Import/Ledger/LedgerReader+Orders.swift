import ARRCore

/// An orders export read as a ledger (Shopify's "Export orders"; `docs/import.md`, "Invoice
/// ledger", session 17, import2 lane): a multi-line order's further lines, the tags a
/// subscription app writes on the orders it places, and a shipping column beside the subtotal.
extension LedgerReader {
  /// Whether an order's tags cell (comma-separated tags) holds a subscription tag: a tag with the
  /// word `subscription` (Recharge's `Subscription`, `Subscription First Order`, `Subscription
  /// Recurring Order`, and the like of other subscription apps).
  static func subscriptionTagged(_ cell: String) -> Bool {
    cell.split(separator: ",").contains { tag in
      CubeLayout.normalized(String(tag)).split(separator: " ").contains {
        $0 == "subscription" || $0 == "subscriptions"
      }
    }
  }

  /// Whether the tags column types the lines: some line with a date and an amount carries a
  /// subscription tag and some does not. Tagged orders are the subscription's; the others,
  /// beside them, are one-off purchases (a gift, a mug). A column with no subscription tag, or
  /// one on every line, says nothing of which orders recur.
  static func tagsTypeLines(
    _ body: ArraySlice<ImportTable.Record>, column: Int,
    isLine: (ImportTable.Record) -> Bool
  ) -> Bool {
    var tagged = false
    var untagged = false
    for r in body where isLine(r) {
      if subscriptionTagged(r.cell(column)) {
        tagged = true
      } else {
        untagged = true
      }
      if tagged && untagged { return true }
    }
    return false
  }

  /// Whether record `r` continues the line above it (a multi-line order's further item): no
  /// date and no amount, the line above's customer (a blank one is no continuation: such a
  /// row is a footnote), the line above's name and document number where it writes them, and
  /// some other cell written (the item's). Shopify writes only the order's number, its email
  /// and the item's cells on such lines; its first line's amount is the whole order's.
  static func continues(
    _ r: ImportTable.Record, key: String, above: (key: String, name: String, document: String)?,
    layout: LedgerLayout, cell: (ImportTable.Record, LedgerLayout.Role) -> String
  ) -> Bool {
    guard let above, !layout.isGrouped, !key.isEmpty, key == above.key,
      cell(r, .date).isEmpty, cell(r, .amount).isEmpty, cell(r, .status).isEmpty
    else { return false }
    for (role, value) in [
      (LedgerLayout.Role.customerName, above.name), (.document, above.document),
    ]
    where !cell(r, role).isEmpty && cell(r, role) != value {
      return false
    }
    let own = Set(
      [LedgerLayout.Role.customerID, .customerName, .document].compactMap { layout.columns[$0] })
    return r.cells.indices.contains { !own.contains($0) && !r.cells[$0].isEmpty }
  }

  /// `; …` after a ledger's "amounts in 2 currencies": each currency but the one with the most
  /// lines, with its lines and the first's customer, and how to read the main currency's lines
  /// alone (`--currency` with `--lenient`: the others are bad rows, listed; never converted).
  static func mixedCurrencyAdvice(
    _ first: [String: Int], lines: [String: (count: Int, customer: String)]
  ) -> String {
    let ranked = lines.sorted {
      ($1.value.count, first[$0.key] ?? 0) < ($0.value.count, first[$1.key] ?? 0)
    }
    guard let main = ranked.first?.key else { return "" }
    let others = ranked.dropFirst().map { c, l in
      "\(Counted.phrase(l.count, "line")) in \(c) (the first on line \(first[c] ?? 0), "
        + "\"\(l.customer)\")"
    }
    return
      "; \(others.joined(separator: ", ")) beside \(CountText.grouped(lines[main]!.count)) in \(main): to read "
      + "the \(main) lines alone, pass --currency \(main) --lenient (the lines in another currency "
      + "are skipped and listed, their revenue in no figure), or convert those lines to \(main) in "
      + "the file"
  }

  /// Headers of a shipping column: what an order charged for delivery, outside its subtotal.
  static let shippingNames: Set<String> = [
    "shipping", "shipping amount", "shipping cost", "shipping price", "shipping charge",
    "shipping charges", "shipping total", "total shipping", "delivery", "delivery charge",
  ]

  /// The note's sentence on a shipping column beside a subtotal read: delivery charged is no
  /// recurring revenue, and the subtotal leaves it out.
  static func shippingSentence(layout: LedgerLayout, header: [String]) -> String {
    guard let amount = layout.columns[.amount],
      LedgerLayout.subtotalNames.contains(
        LedgerLayout.strippingCurrency(LedgerLayout.normalized(header[amount])).key),
      let c = header.firstIndex(where: { shippingNames.contains(LedgerLayout.normalized($0)) })
    else { return "" }
    return "; the shipping column \"\(header[c])\" is left out too (delivery charged, not "
      + "recurring revenue)"
  }
}
