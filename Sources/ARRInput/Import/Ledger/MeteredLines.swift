import ARRCore

/// Lines a metered price bills (`docs/import.md`, "Invoice ledger", "Metered lines"; session 50,
/// crm lane; trial 50, T50-2): Stripe types every line a subscription bills `subscription`, its
/// metered prices' too (`API calls (metered, tiered)`, 250 to 1,500 a month by the calls made),
/// so such lines were a fixed recurring price, and October's spike counted 12 × 1,500 in
/// recurring ARR (+17.8%).
///
/// Decided: a line is usage when a usage-type column (Stripe's `Price Usage Type`, `Plan Usage
/// Type`, `usage_type`) says `metered` (`licensed` says it is not); without such a cell, a line
/// of Stripe's invoice line items typed `subscription` whose description names metered usage:
/// the word `metered`, Stripe's tier text (`150000 × API calls (Tier 1 at $0.01 / month)`) with a
/// sign of usage, a per-unit price under $1 beside a usage word or a count of thousands, or a
/// usage word (`usage`, `overage`, `consumption`) outside Stripe's text for a price (`1 × Usage
/// Analytics (at $500.00 / month)`: a product named so, billed flat, recurs). A line typed
/// one-time, or typed otherwise than `subscription`, is left as its type says.
enum MeteredLines {
  /// Headers (normalized, ``LedgerLayout/normalized(_:)``) of a price's usage type.
  static let usageTypeKeys: Set<String> = [
    "price usage type", "plan usage type", "usage type", "price recurring usage type",
    "plan recurring usage type", "recurring usage type",
  ]

  /// Usage words of a metered line's description, outside a licensed price's text.
  static let usageWords: Set<String> = ["usage", "overage", "overages", "consumption", "metered"]

  /// The column of `header` naming a price's usage type, none of them `assigned` a role.
  static func usageTypeColumn(_ header: [String], assigned: Set<Int>) -> Int? {
    header.indices.first {
      !assigned.contains($0) && usageTypeKeys.contains(LedgerLayout.normalized(header[$0]))
    }
  }

  /// Whether a line of type `type` and `description`, whose usage-type cell is `usageType`
  /// (`nil` without the column), is billed by a metered price, in a file of `dialect`.
  /// - Parameter counts: What the line's count says month by month (``CountShape``), `nil`
  ///   when its series does not decide.
  static func isMetered(
    type: String, description: String, usageType: String?, dialect: LedgerLayout.Dialect,
    counts: CountShape? = nil
  ) -> Bool {
    switch usageType.map(CubeLayout.normalized) {
    case "metered": return true
    case "licensed": return false
    default: break
    }
    guard dialect == .stripeInvoiceLines, CubeLayout.normalized(type) == "subscription" else {
      return false
    }
    return describesMetered(description, counts: counts)
  }

  /// Whether a Stripe line's `description` names metered usage: `metered`; Stripe's tier text
  /// (`(Tier 1 at`) with a sign of usage (``isUsagePriced(_:words:)``); a per-unit price's text
  /// (`(at $0.01 / month)`) under $1 a unit beside a usage word or a count of 1,000 or more; or
  /// a usage word outside a price's text.
  ///
  /// Stripe writes the same tier text for a licensed tiered price (`10 × Seats (Tier 1 at $20.00
  /// / month)`, seats with volume tiers; review 51, R51-15: read as usage, recurring −19%) and
  /// the same `(at …)` text for a metered per-unit price (`25000 × API usage (at $0.01 /
  /// month)`; R51-16: a fixed price at its spike, +53%).
  static func describesMetered(_ description: String, counts: CountShape? = nil) -> Bool {
    let words = UsageMonths.words(description)
    if words.contains("metered") { return true }
    if isTierText(description) {
      return isUsagePriced(description, words: words, counts: counts)
    }
    if description.lowercased().contains("(at ") {
      guard let unit = unitPrice(description), unit < 1 else { return false }
      let named = words.contains {
        usageWords.contains(String($0)) || meterWords.contains(String($0))
      }
      return named || (leadingQuantity(description) ?? 0) >= 1000
    }
    return words.contains { usageWords.contains(String($0)) }
  }

  /// Words naming what a meter counts (`API calls`, `requests`, `GB`), read beside a price's
  /// text only.
  static let meterWords: Set<String> = [
    "calls", "call", "requests", "events", "gb", "tb", "minutes", "messages", "tokens",
    "queries", "executions", "invocations",
  ]

  /// Whether a line with tier text prices usage: no `N ×` count before it (Stripe writes one for
  /// a licensed quantity), a unit price under $1, a usage or meter word (`usage`, `calls`), or a
  /// count of 1,000 or more unless a licensed noun (``licensedNouns``: `Seats`, `Users`) is
  /// priced at $1 or more a unit (session 52, crm lane; review 52, R52-15: `1000 × Seats (Tier 2
  /// at $8.00 / month)` was usage, recurring −21%: enterprise seat counts pass 1,000).
  /// A count series that decides (``CountShape``) wins over the noun (session 53, review 52b,
  /// R52b-7 and R52b-15).
  static func isUsagePriced(
    _ description: String, words: [Substring], counts: CountShape? = nil
  ) -> Bool {
    guard let quantity = leadingQuantity(description) else { return true }
    let unit = unitPrice(description)
    if let unit, unit < 1 { return true }
    if words.contains(where: { usageWords.contains(String($0)) || meterWords.contains(String($0)) })
    {
      return true
    }
    guard quantity >= 1000 else { return false }
    if let counts { return counts == .moves }
    return !words.contains { licensedNouns.contains(String($0)) }
  }

  /// Nouns of what a licence is bought for: a count of them is bought, not metered.
  static let licensedNouns: Set<String> = [
    "seat", "seats", "user", "users", "license", "licenses", "licence", "licences", "agent",
    "agents", "member", "members", "editor", "editors", "employee", "employees", "host", "hosts",
    "device", "devices", "endpoint", "endpoints", "learner", "learners", "student", "students",
    // Fleets, sites and licences in other languages (session 53, review 52b, R52b-15).
    "vehicle", "vehicles", "location", "locations", "site", "sites", "lizenz", "lizenzen",
    "nutzer", "benutzer", "arbeitsplätze", "utilisateurs", "utilisateur", "licencias",
    "licencia", "usuarios", "licenças", "licença", "usuários", "licenze", "licenza", "utenti",
  ]

  /// The count Stripe writes before `×` (`10 × Seats …`; `x` too), `nil` without one.
  static func leadingQuantity(_ description: String) -> Int? {
    let t = description.drop { $0 == " " }
    let digits = t.prefix { $0.isNumber || $0 == "," }
    guard !digits.isEmpty else { return nil }
    let rest = t.dropFirst(digits.count).drop { $0 == " " }
    guard rest.first == "×" || rest.first == "x" || rest.first == "X" else { return nil }
    return Int(digits.filter(\.isNumber).prefix(12))
  }

  /// The unit price of Stripe's price text, after `at` inside parentheses (`(at $0.01 / month)`,
  /// `(Tier 1 at €20.00 / month)`), in major units; `nil` when there is none.
  static func unitPrice(_ description: String) -> Double? {
    let lower = description.lowercased()
    guard let open = lower.lastIndex(of: "(") else { return nil }
    let words = lower[lower.index(after: open)...].split(separator: " ")
    guard let at = words.firstIndex(of: "at"), at + 1 < words.count else { return nil }
    let after = words[(at + 1)...].joined().drop { !$0.isNumber && $0 != "." }
    let number = after.prefix { $0.isNumber || $0 == "." || $0 == "," }.filter { $0 != "," }
    return Double(String(number))
  }

  /// Whether `text` holds Stripe's tier text: `(tier`, a number, `at`.
  static func isTierText(_ text: String) -> Bool {
    text.lowercased().split(separator: "(", omittingEmptySubsequences: false).dropFirst()
      .contains { part in
        guard part.hasPrefix("tier ") else { return false }
        let after = part.dropFirst(5)
        let digits = after.prefix { $0.isNumber }
        return !digits.isEmpty && after.dropFirst(digits.count).hasPrefix(" at ")
      }
  }

  /// The note on the lines read as metered usage (`count` lines of `accounts` accounts, the
  /// first on `line` with `description`), or `nil` when none is.
  static func note(
    count: Int, accounts: Int, line: Int, description: String, byColumn: String?, file: String
  ) -> String? {
    guard count > 0 else { return nil }
    let why =
      byColumn.map { "\"\($0)\" says metered" }
      ?? "typed \"subscription\" as Stripe types every line a subscription bills, its "
      + "description naming metered usage"
    return
      "\(file): \(Counted.phrase(count, "line")) of \(Counted.phrase(accounts, "account")) "
      + "\(count == 1 ? "is" : "are") billed by a metered price (\(why); e.g. \"\(description)\" "
      + "on line \(line)): read as usage, which recurring ARR averages over recent months, not "
      + "a fixed price at the latest month's amount"
  }
}
