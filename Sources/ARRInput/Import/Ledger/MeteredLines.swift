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
/// the word `metered`, Stripe's tier text (`150000 × API calls (Tier 1 at $0.01 / month)`), or a
/// usage word (`usage`, `overage`, `consumption`) outside Stripe's text for a licensed price
/// (`1 × Usage Analytics (at $500.00 / month)`: a product named so, billed flat, recurs). A line
/// typed one-time, or typed otherwise than `subscription`, is left as its type says.
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
  static func isMetered(
    type: String, description: String, usageType: String?, dialect: LedgerLayout.Dialect
  ) -> Bool {
    switch usageType.map(CubeLayout.normalized) {
    case "metered": return true
    case "licensed": return false
    default: break
    }
    guard dialect == .stripeInvoiceLines, CubeLayout.normalized(type) == "subscription" else {
      return false
    }
    return describesMetered(description)
  }

  /// Whether a Stripe line's `description` names metered usage: `metered`, Stripe's tier text
  /// (`(Tier 1 at`), or a usage word outside a licensed price's text (`(at $49.00 / month)`).
  static func describesMetered(_ description: String) -> Bool {
    let words = UsageMonths.words(description)
    if words.contains("metered") || isTierText(description) { return true }
    let isLicensedText = description.lowercased().contains("(at ")
    return !isLicensedText && words.contains { usageWords.contains(String($0)) }
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
