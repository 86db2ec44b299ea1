import ARRCore

/// Reads the free text of contract and billing columns in data-room files ("Annual - auto
/// renew", "Billed quarterly", "Month-to-month"). The first matching word wins, in the order
/// below; text that matches nothing stays unknown and is reported (`docs/import.md`).
///
/// Every row of a cube or customer list passes through here, so ASCII text (nearly all of it) is
/// matched on its bytes, lowercased in place; other text goes through `String.lowercased()` and
/// `String.contains`, which agree with the byte search on ASCII.
enum TermText {
  /// Words naming each contract type, in the order they are tried.
  private static let contractWords: [(words: [[UInt8]], value: ContractType)] = [
    (
      bytes(
        "multi", "2 year", "3 year", "two year", "three year", "24 month", "36 month", "2-year",
        "3-year"), .multiYear
    ),
    (bytes("usage", "pay as you go", "pay-as-you-go", "payg", "consumption", "metered"), .usage),
    (bytes("pilot", "poc", "proof of concept"), .pilot),
    (bytes("month-to-month", "month to month", "monthly", "mtm", "m2m"), .monthly),
    (bytes("annual", "yearly", "12 month", "1 year", "one year", "12-month", "1-year"), .annual),
  ]

  /// Words naming each billing cadence, in the order they are tried.
  private static let cadenceWords: [(words: [[UInt8]], value: BillingCadence)] = [
    (bytes("upfront", "up-front", "up front", "prepaid", "pre-paid", "multi"), .upfront),
    (bytes("arrears", "usage", "metered"), .inArrears),
    (bytes("semi", "half", "biannual", "bi-annual", "6 month", "6-month"), .semiannual),
    (bytes("quarter", "3 month", "3-month"), .quarterly),
    (bytes("annual", "yearly", "year", "12 month", "12-month"), .annual),
    (bytes("month"), .monthly),
  ]

  /// Contract type named by `text`, or `nil` when it names none.
  /// - Complexity: O(length of `text` × number of words).
  static func contractType(_ text: String) -> ContractType? {
    firstMatch(text, in: contractWords)
  }

  /// A trial status cell: the product's own names (`none`, `active`, `converted`, `expired`,
  /// any letter case), `trialing`/`in trial` (active), `paid` (converted), `lapsed` (expired),
  /// or a yes/no flag (yes: in trial); `nil` for anything else.
  static func trialStatus(_ text: String) -> TrialStatus? {
    let t = CubeLayout.normalized(text)
    if let status = TrialStatus(rawValue: t) { return status }
    switch t {
    case "trialing", "in trial", "trial": return .active
    case "paid": return .converted
    case "lapsed": return .expired
    default: return ScalarParsers.bool(t).map { $0 ? .active : TrialStatus.none }
    }
  }

  /// Whether a trial-status cell is a yes/no answer (`no`, `false`, `0`…) rather than a status
  /// word (``trialStatus(_:)`` reads both).
  static func isYesNo(_ text: String) -> Bool {
    let t = CubeLayout.normalized(text)
    return TrialStatus(rawValue: t) == nil && ScalarParsers.bool(t) != nil
  }

  /// Billing cadence named by `text`, or `nil` when it names none.
  /// - Complexity: O(length of `text` × number of words).
  static func billingCadence(_ text: String) -> BillingCadence? {
    let cadence = firstMatch(text, in: cadenceWords)
    // "Annual upfront", "prepaid annually", "Monthly (prepaid)": each period paid in advance, at
    // the period's cadence; upfront alone, or beside a multi-year term, is the whole term paid at
    // signing (review 13, F2: "Annual upfront" forced a 24- or 36-month spread of invoices 12
    // months apart).
    guard cadence == .upfront, firstMatch(text, in: multiYearWords) == nil else { return cadence }
    return firstMatch(text, in: Array(cadenceWords.dropFirst(2))) ?? .upfront
  }

  /// Words naming a term of several years (the multi-year contract type's).
  private static let multiYearWords = [(words: contractWords[0].words, value: true)]

  private static func firstMatch<Value>(
    _ text: String, in table: [(words: [[UInt8]], value: Value)]
  ) -> Value? {
    if text.isEmpty { return nil }
    var lowered = Array(text.utf8)
    guard lowered.allSatisfy({ $0 < 0x80 }) else {
      let t = text.lowercased()
      for entry in table
      where entry.words.contains(where: { t.contains(String(decoding: $0, as: UTF8.self)) }) {
        return entry.value
      }
      return nil
    }
    for i in lowered.indices where lowered[i] >= 0x41 && lowered[i] <= 0x5A { lowered[i] |= 0x20 }
    for entry in table where entry.words.contains(where: { contains(lowered, $0) }) {
      return entry.value
    }
    return nil
  }

  /// Whether `word` occurs in `text` (both bytes; words are a few letters, texts a few dozen).
  private static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
    guard word.count <= text.count else { return false }
    let first = word[0]
    var i = 0
    let last = text.count - word.count
    outer: while i <= last {
      if text[i] == first {
        var k = 1
        while k < word.count {
          if text[i + k] != word[k] {
            i += 1
            continue outer
          }
          k += 1
        }
        return true
      }
      i += 1
    }
    return false
  }

  private static func bytes(_ words: String...) -> [[UInt8]] { words.map { Array($0.utf8) } }
}
