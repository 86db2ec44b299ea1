extension NonCustomerRows {
  /// Words an adjustment row's label is made of (`Credits & adjustments`, `Refunds and
  /// credits`, `Manual adjustments`), ``adjustmentCores`` among them.
  static let adjustmentWords: Set<String> = [
    "credit", "credits", "adjustment", "adjustments", "discount", "discounts", "refund",
    "refunds", "rebate", "rebates", "write", "writeoff", "writeoffs", "off", "offs", "and",
    "manual", "other", "misc", "miscellaneous", "revenue", "billing", "one", "time",
    "unallocated", "chargebacks", "chargeback",
  ]
  /// The words of which an adjustment's label holds at least one.
  static let adjustmentCores: Set<String> = [
    "credit", "credits", "adjustment", "adjustments", "discount", "discounts", "refund",
    "refunds", "rebate", "rebates", "writeoff", "writeoffs", "chargebacks", "chargeback",
  ]

  /// Whether `key` (``key(_:)``) names a company-level adjustment: one of ``adjustments``, or
  /// two to five words, every one of ``adjustmentWords`` and one of them a core (`credits and
  /// adjustments`, `manual credits`). Trial 50, T50-16: `Credits & adjustments`, a combination
  /// the list of whole labels did not hold, was read as a customer and its `$(150)` refused the
  /// cube. A company named with such a word (`Credit Suisse AG`, `Credit Karma`, `Adjustable
  /// Beds Inc`) has a word outside them and stays a customer; so does a one-word name outside
  /// the list (`Credit`).
  /// - Complexity: O(label length).
  static func isAdjustment(_ key: String) -> Bool {
    if adjustments.contains(key) { return true }
    // One word is a label of the list or a name (a customer called `Credit`): words combine.
    let words = key.split(separator: " ")
    guard words.count >= 2, words.count <= 5 else { return false }
    var hasCore = false
    for word in words {
      let w = String(word)
      guard adjustmentWords.contains(w) else { return false }
      if adjustmentCores.contains(w) { hasCore = true }
    }
    return hasCore
  }
}
