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
/// before another word (`Lifetime value analytics add-on`, billed every month) says nothing.
extension LedgerImporter {
  /// Words after `lifetime` naming what is bought for life.
  static let lifetimeNouns: Set<String> = [
    "license", "licence", "licenses", "licences", "deal", "access", "plan", "purchase",
    "membership", "subscription", "edition", "pass",
  ]

  /// Whether `text` names a lifetime or perpetual purchase (see the type's notes).
  static func namesLifetimePurchase(_ text: String) -> Bool {
    let w = UsageMonths.words(text)
    guard let last = w.last else { return false }
    if last == "lifetime" { return true }
    for i in w.indices.dropLast() {
      let next = String(w[i + 1])
      if w[i] == "lifetime" && lifetimeNouns.contains(next) { return true }
      if w[i] == "perpetual" && (next.hasPrefix("licen")) { return true }
    }
    return UsageMonths.hasWord(text, of: ["one time purchase", "one time payment"])
  }
}
