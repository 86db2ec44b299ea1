import ARRCore

/// An account billing a minimum commitment and, beside it, only usage above it (overage) is a
/// usage contract with a committed minimum (`docs/import.md`, "Invoice ledger", "Minimum
/// commitments"; session 51, crm lane; trial 50, T50-19).
///
/// The finding of ``LedgerMinimums/apply(_:uses:file:currency:into:)`` says the revenue above
/// the minimum is read as usage, but the account's contract type stayed as the shape of its
/// revenue read it (unknown, a minimum plus a varying overage), so recurring ARR counted its
/// as-of month whole: Orion AI's October overage spike of 14,000 (seven times August's) was 12
/// months of recurring revenue, $332,800 for $252,800.
///
/// Decided: an account whose minimum lines name a minimum (``LedgerMinimums/words``, or a
/// shortfall: ``LedgerMinimums/namesShortfall(_:)``) and whose other positive lines not read as
/// one-time all bill usage (typed usage, a usage series, or naming overage or usage as a whole
/// word and no fee, `flat`, `protection`, `add-on`, `plan`…, nor billed at one amount three
/// months or more; session 52, crm lane; review 51b, R51b-4 and R51b-10; or naming usage and a
/// fee word but billed at an amount that moves every month, ``moves(_:)``, three months or
/// more: session 53, review 52b, R52b-4), at least one of them, is contract type `usage`, inferred, unless a column gives its type or the
/// import inferred a committed term or a pilot: recurring ARR counts its trailing three-month
/// mean (the minimum billed every month of it stays whole, the overage is averaged), committed
/// ARR its minimum. A line naming an annual contract is a term, not a minimum, and a fee beside
/// the usage (a platform fee) is a price: neither account is read so.
extension LedgerMinimums {
  /// Words (whole words) naming usage on a line beside a minimum: `Overage`, `Usage above
  /// commitment` (review 51b, R51b-10: the October spike was 12 months of recurring revenue,
  /// $312,000 for $232,000).
  /// Usage named otherwise too: `Excess consumption`, German `Mehrverbrauch`, French
  /// `dépassement`, Spanish and Portuguese `excedente` (session 53, crm lane; review 52b,
  /// R52b-16: such lines were fixed prices at their October spike, recurring +34%).
  static let usageNameWords = [
    "overage", "overages", "usage", "consumption", "excess", "overrun", "overruns",
    "mehrverbrauch", "überverbrauch", "dépassement", "depassement", "dépassements",
    "excedente", "excedentes", "eccedenza", "sobreconsumo",
  ]

  /// Words (whole words) naming a fee on a line that names overage or usage: what it protects
  /// against or includes, never usage billed (review 51b, R51b-4: a flat `Overage protection
  /// add-on (flat fee)` made its account a usage contract, recurring −$6,000).
  static let feeWords = [
    "flat", "fixed", "protection", "insurance", "add on", "addon", "plan", "subscription",
    "license", "licence", "unlimited",
  ]

  /// Whether `e` bills usage: typed usage, a usage series, or naming overage or usage (whole
  /// words, ``usageNameWords``) and no fee (``feeWords``).
  static func billsUsage(_ e: LedgerEntry, use: LedgerImporter.Use) -> Bool {
    LedgerUsage.isUsageLine(e, use: use) || namesUsage(e.description)
  }

  /// Whether `description` names overage or usage and no fee (see ``billsUsage(_:use:)``).
  static func namesUsage(_ description: String) -> Bool {
    UsageMonths.hasWord(description, of: usageNameWords)
      && !UsageMonths.hasWord(description, of: feeWords)
  }

  /// Months a line must be billed in for its moving amount to decide (``moves(_:)``).
  static let movingMonths = 3

  /// Whether the amounts a line bills month by month (`byMonth`) move every month: billed in
  /// ``movingMonths`` months or more, never at the same amount two months in a row. Such a line
  /// bills usage, whatever fee word its name holds (`Overage above plan limit`, `Overage at
  /// fixed rate`, `usage beyond subscription allowance`: 2,000, 6,000, 14,000; session 53, crm
  /// lane; review 52b, R52b-4); a fee is billed at one amount, a price rise steps once.
  static func moves(_ byMonth: [Month: Int64]) -> Bool {
    guard byMonth.count >= movingMonths else { return false }
    let amounts = byMonth.sorted { $0.key < $1.key }.map(\.value)
    return zip(amounts, amounts.dropFirst()).allSatisfy { $0 != $1 }
  }

  /// Whether `e` bills a minimum by its words (not an annual contract's).
  static func billsMinimumWords(_ e: LedgerEntry) -> Bool { namesMinimumWords(e.description) }

  /// Whether `description` names a minimum by its words (``billsMinimumWords(_:)``).
  static func namesMinimumWords(_ description: String) -> Bool {
    if namesShortfall(description) { return true }
    guard namesMinimum(description) else { return false }
    let t = CubeLayout.normalized(description)
    return words.contains { t.contains($0) }
  }

  /// Lines billed at one amount in three months or more: a fee, though its name says usage.
  static let flatMonths = 3

  /// The accounts of `accounts` whose positive lines not read as one-time are each a minimum
  /// (``billsMinimumWords(_:)``) or usage (``billsUsage(_:use:)``), with one of each at least. A
  /// line named as usage but neither typed usage nor a usage series, billed at one amount in
  /// ``flatMonths`` months or more (its account and description the same), is a fee.
  /// - Complexity: O(lines).
  static func usageAboveMinimum(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], accounts: Set<Int>
  ) -> Set<Int> {
    guard !accounts.isEmpty else { return [] }
    var minimum = Set<Int>()
    var usage = Set<Int>()
    var other = Set<Int>()
    // Lines usage by name only: each account and description's amounts and months.
    struct Key: Hashable {
      let account: Int
      let text: String
    }
    var named = [Key: (amounts: Set<Int64>, months: Set<Month>)]()
    // Lines naming usage and a fee word: each month's amount (``moves(_:)``).
    var feeNamed = [Key: [Month: Int64]]()
    // Each distinct description read once (hostile 55, H55-2): whether it names a minimum,
    // usage and no fee, or usage beside a fee word, and its normalized text.
    var reading = DescriptionMemo {
      text -> (minimum: Bool, usage: Bool, feeUsage: Bool, normalized: String) in
      if namesMinimumWords(text) { return (true, false, false, "") }
      let usage = namesUsage(text)
      let feeUsage = !usage && UsageMonths.hasWord(text, of: usageNameWords)
      return (false, usage, feeUsage, usage || feeUsage ? CubeLayout.normalized(text) : "")
    }
    var purchases = PrepaidCommits.Readings()
    for (e, use) in zip(entries, uses) where e.amount > 0 && accounts.contains(e.account) {
      switch use {
      case .oneTime, .refund, .monthCredit, .oneOffCredit: continue
      default: break
      }
      let read = reading(e.description)
      if read.minimum {
        minimum.insert(e.account)
      } else if LedgerUsage.isUsageLine(e, use: use, readings: &purchases) {
        usage.insert(e.account)
      } else if read.usage {
        let k = Key(account: e.account, text: read.normalized)
        named[k, default: ([], [])].amounts.insert(e.amount)
        named[k, default: ([], [])].months.insert(e.date.month)
      } else if read.feeUsage {
        let k = Key(account: e.account, text: read.normalized)
        feeNamed[k, default: [:]][e.date.month, default: 0] &+= e.amount
      } else {
        other.insert(e.account)
      }
    }
    for (k, v) in feeNamed {
      if moves(v) { usage.insert(k.account) } else { other.insert(k.account) }
    }
    for (k, v) in named {
      if v.amounts.count == 1 && v.months.count >= flatMonths {
        other.insert(k.account)
      } else {
        usage.insert(k.account)
      }
    }
    return minimum.intersection(usage).subtracting(other)
  }

  /// Reads each account of `accounts` (committed to a minimum) that bills only usage above it
  /// as a usage contract (see the type's notes), unless its contract type was given or inferred
  /// committed or a pilot; returns how many were read so.
  static func readUsageContracts(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], accounts: Set<Int>,
    into company: inout ImportedCompany
  ) -> Int {
    var read = 0
    for a in usageAboveMinimum(entries, uses: uses, accounts: accounts).sorted() {
      var account = company.accounts[a]
      if let type = account.contractType {
        guard account.inferred.contains(.contractType), type == .monthly || type == .unknown
        else { continue }
      }
      account.contractType = .usage
      account.inferred.insert(.contractType)
      company.accounts[a] = account
      read += 1
    }
    return read
  }
}
