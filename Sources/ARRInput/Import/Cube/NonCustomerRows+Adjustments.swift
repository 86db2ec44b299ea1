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

  /// Cores that name many adjustments at once (a plural) or the kind of one (`manual`): a
  /// combined label holds one of them, or two different cores.
  static let adjustmentKinds: Set<String> = [
    "credits", "adjustments", "discounts", "refunds", "rebates", "writeoffs", "chargebacks",
    "offs",
  ]

  /// Filler words no company is named with (`revenue`, `other`, `one time`): beside them one
  /// core in the singular is an adjustment (`Revenue adjustment`, `One-time credit`), while
  /// `one` alone and `billing` may be a name's (`Credit One`, `Discount Billing`; review 55,
  /// R55-2).
  static let nonNameFillers: Set<String> = [
    "manual", "writeoff", "revenue", "other", "misc", "miscellaneous", "unallocated", "time",
  ]

  /// Whether `key` (``key(_:)``) names a company-level adjustment: one of ``adjustments``, or
  /// two to five words, every one of ``adjustmentWords``, with a plural core
  /// (``adjustmentKinds``: `credits and adjustments`, `billing credits`), two different cores
  /// (`credit adjustment`), the core `adjustment` (no company is named so: `Billing
  /// adjustment`), or a filler no company is named with beside one (``nonNameFillers``:
  /// `manual credit`, `Revenue adjustment`, `One-time credit`). Trial 50, T50-16:
  /// `Credits & adjustments`, a combination the list of whole labels did not hold, was read as
  /// a customer and its `$(150)` refused the cube. A company named with such a word (`Credit
  /// Suisse AG`, `Credit Karma`, `Adjustable Beds Inc`) has a word outside them and stays a
  /// customer; so does a one-word name outside the list (`Credit`), and one core in the
  /// singular among filler words (review 54, R54-9: `Credit One`, a bank, and `Discount
  /// Billing` were left out of ARR).
  /// - Complexity: O(label length).
  static func isAdjustment(_ key: String) -> Bool {
    if adjustments.contains(key) { return true }
    // One word is a label of the list or a name (a customer called `Credit`): words combine.
    let words = key.split(separator: " ").map(String.init)
    guard words.count >= 2, words.count <= 5,
      words.allSatisfy(adjustmentWords.contains)
    else { return false }
    let cores = Set(words.filter(adjustmentCores.contains))
    guard !cores.isEmpty else { return false }
    return !cores.isDisjoint(with: adjustmentKinds) || cores.count >= 2
      || cores.contains("adjustment") || words.contains(where: nonNameFillers.contains)
  }
}
