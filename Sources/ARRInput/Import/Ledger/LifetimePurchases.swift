import ARRCore

/// A line selling a lifetime licence or deal: one-time, whatever its amount's rhythm
/// (`docs/import.md`, "What a line is", rule 2; session 52, crm lane; trial 51, T51-2).
///
/// A Lemon Squeezy orders export sold `Inkwell Lifetime` (variant `Lifetime License`) once, for
/// 299: a single payment with no rhythm was read as an annual contract, live, recurring ARR
/// 299.04 and a renewal in 2027 (headline $3,535.44 for $3,236.40, +9.2%, and committed).
///
/// Decided: a description whose last word is `lifetime` (a product's lifetime edition), or
/// that names a lifetime or perpetual purchase (`lifetime` before `license`, `licence`, `deal`,
/// `access`, `plan`, `purchase`, `membership`, `subscription`, `edition`, `pass`; `perpetual`
/// before `license`, `licence`; `one time purchase`, `one time payment`), is one-time. `Lifetime`
/// before another word (`Lifetime value analytics add-on`, billed every month) says nothing; nor
/// does a line naming maintenance, support, updates or a price kept (``notPurchaseWords``), and a
/// lifetime line billed in two months or more recurs (``LedgerImporter/repeatedLifetimeLines``).
extension LedgerImporter {
  /// Words after `lifetime` naming what is bought for life.
  static let lifetimeNouns: Set<String> = [
    "license", "licence", "licenses", "licences", "deal", "access", "plan", "purchase",
    "membership", "subscription", "edition", "pass",
  ]

  /// Words saying a line sells what comes with a licence, or a price kept, not the licence:
  /// `Annual maintenance & support - perpetual licence`, `Founders plan - price locked for
  /// lifetime` (session 53, crm lane; review 53, R53-7: both read one-time, −95%).
  static let notPurchaseWords: Set<String> = [
    "maintenance", "support", "updates", "update", "upgrades", "subscription", "renewal",
    "hosting", "service", "services", "price", "pricing", "rate", "locked", "lock", "guarantee",
    "guaranteed", "warranty", "discount", "wartung",
  ]

  /// Words saying what follows comes with the licence bought, not sold by the line: `Lifetime
  /// licence (includes free updates)` (session 54, crm lane; review 53, R53-27: read as an
  /// annual plan, +51%).
  static let includedWords: Set<String> = [
    "includes", "including", "included", "incl", "inclusive", "with", "free", "plus", "inkl",
    "inklusive", "mit", "avec", "inclus", "incluye", "con",
  ]

  /// Whether `text` names a lifetime or perpetual purchase (see the type's notes): not with a
  /// word of ``notPurchaseWords`` the line sells, save `subscription` in `lifetime subscription`
  /// (what is bought for life) and a word within three after one of ``includedWords`` (`includes
  /// free updates`: what comes with it). Also `Lizenz auf Lebenszeit`, `Licence perpétuelle`, `licencia
  /// perpetua`.
  static func namesLifetimePurchase(_ text: String) -> Bool {
    let w = UsageMonths.words(text)
    guard let last = w.last else { return false }
    let vetoed = w.indices.contains { i in
      notPurchaseWords.contains(String(w[i]))
        && !(w[i] == "subscription" && i > 0 && w[i - 1] == "lifetime")
        && !w[max(0, i - 3)..<i].contains { includedWords.contains(String($0)) }
    }
    if vetoed { return false }
    if last == "lifetime" { return true }
    for i in w.indices.dropLast() {
      let next = String(w[i + 1])
      if w[i] == "lifetime" && lifetimeNouns.contains(next) { return true }
      if w[i] == "perpetual" && (next.hasPrefix("licen")) { return true }
      if w[i].hasPrefix("licen")
        && ["perpétuelle", "perpetuelle", "perpetua", "perpétua"]
          .contains(next)
      {
        return true
      }
    }
    return UsageMonths.hasWord(
      text, of: ["one time purchase", "one time payment", "auf lebenszeit", "à vie", "de por vida"])
  }

  /// The lines `isOneTimeByText` reads one-time by their lifetime words alone whose account bills
  /// the same description (``repeatKey(_:)``) in two months or more: a lifetime purchase is
  /// bought once, so such a line recurs (review 53, R53-7).
  /// - Complexity: O(lines).
  static func repeatedLifetimeLines(_ entries: [LedgerEntry], isOneTimeByText: [Bool]) -> [Int] {
    var candidates = [Int]()
    var months = [String: Set<Month>]()
    // Each distinct description read once (hostile 55, H55-2): its repeat key when it is
    // one-time by its lifetime words alone.
    var lifetimeKey = DescriptionMemo { text -> String? in
      let t = text.lowercased()
      guard namesLifetimePurchase(t), !ServicesWords.isIn(t),
        !UsageMonths.hasWord(t, of: oneOffEventWords)
      else { return nil }
      return repeatKey(text)
    }
    var keys = [Int: String]()
    for (i, e) in entries.enumerated() where isOneTimeByText[i] && e.amount > 0 {
      guard let key = lifetimeKey(e.description) else { continue }
      candidates.append(i)
      keys[i] = key
      months["\(e.account) \(key)", default: []].insert(e.date.month)
    }
    return candidates.filter { i in
      (months["\(entries[i].account) \(keys[i]!)"]?.count ?? 0) >= 2
    }
  }
}
