import ARRCore

/// A CRM's won services deals (implementation, onboarding, professional services, training):
/// one-time revenue over their term, not subscriptions (trial 32, T32-32; `docs/import.md`, "A
/// CRM's won deals read as contracts").
extension SubscriptionTableReader {
  /// The columns a deal's kind is read from (normalized headers): its type, its pipeline, its
  /// product and its name.
  static let dealKindKeys: Set = [
    "deal type", "type", "opportunity type", "opportunity record type", "record type",
    "pipeline", "deal pipeline", "product", "product name", "product family", "deal name",
    "opportunity name", "opportunity",
  ]

  /// The columns of `keys` a deal's kind is read from (``dealKindKeys``): types and pipelines
  /// first (what the CRM files the deal under), then products, then names, each in header
  /// order.
  static func dealKindColumns(_ keys: [String]) -> [Int] {
    let found = keys.indices.filter { dealKindKeys.contains(keys[$0]) }
    func rank(_ c: Int) -> Int {
      keys[c].hasPrefix("product")
        ? 1 : keys[c].contains("name") || keys[c] == "opportunity" ? 2 : 0
    }
    return found.sorted { (rank($0), $0) < (rank($1), $1) }
  }

  /// Whether a deal's kind cell says services: one of the ledger's one-time words
  /// (``ServicesWords``: setup, onboarding, implementation, professional services, consulting,
  /// training, installation), or, under a type or pipeline column, `services` as a
  /// word (a `Services Pipeline`, a type `Services`) but not `managed services`, which is
  /// recurring. The words of the customer's name are taken out of the cell first, so `Beta
  /// Consulting - Renewal` of `Beta Consulting LLC` is no services deal.
  /// - Parameters:
  ///   - cell: The cell as written.
  ///   - key: Its column's normalized header.
  ///   - customer: The row's customer as written.
  static func saysServices(_ cell: String, key: String, customer: String) -> Bool {
    let who = Set(LedgerLayout.normalized(customer).split(separator: " "))
    let text = LedgerLayout.normalized(cell).split(separator: " ").filter { !who.contains($0) }
      .joined(separator: " ")
    guard !text.isEmpty else { return false }
    if ServicesWords.isIn(text) { return true }
    guard !key.contains("name"), !key.hasPrefix("product"), key != "opportunity" else {
      return false
    }
    let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    return words.contains("services") && !text.contains("managed services")
  }

  /// The finding for won deals read as services (``StripeSubscription/servicesKind``): their
  /// count, the first's line, customer and kind, and the ARR they would add at as-of
  /// (`arrCents`, 12 × their monthly amounts billed then) if they were subscriptions.
  static func servicesDealsFinding(
    _ deals: [StripeSubscription], arrCents: Int64, asOf: Month, file: String,
    currency: String?
  ) -> String {
    let count = deals.count
    let first = deals.min { $0.line < $1.line }!
    let one = count == 1
    return
      "\(file): \(Counted.phrase(count, "won deal")) \(one ? "is" : "are") services "
      + "(\(first.servicesKind ?? "") on line \(first.line), \"\(first.customer)\"\(one ? "" : " first")): "
      + "read as one-time revenue over \(one ? "its" : "each one's") term, not as "
      + "\(one ? "a subscription" : "subscriptions"), so \(one ? "it adds" : "they add") nothing "
      + "to MRR; if \(one ? "it is" : "they are") recurring, ARR in \(asOf) is "
      + "\(Money.text(cents: arrCents, currency: currency)) higher"
  }
}
