import ARRCore

/// An account billing a flat part and usage beside it (a plan and its overage, an annual commit
/// and the usage above it) counts its usage part at its recent mean (`docs/import.md`, "Invoice
/// ledger", "A flat part and usage beside it"; session 53, crm lane; trial 51, T51-13).
///
/// Trial 51's `c12` (Orb's invoice line items): Atlas billed `Pro Plan` 2,000 a month and `Tokens
/// overage` 1,200, 1,500 then 6,000 in October; Cirrus an `Enterprise Commit - annual minimum` of
/// 120,000 for 2026 and `Overage - tokens above commit` 800 and 2,400. Each account was typed by
/// its flat part, so the October overage was recurring at its spike, and Cirrus's overage was
/// committed with its annual term: recurring $263,752.68 for $210,549, committed $148,800 for
/// $120,000.
///
/// Decided: an account whose contract type no column gave (none, unknown, monthly, or a term
/// inferred from its lines) whose positive lines not read as one-time billing the as-of month
/// and the two before are usage lines (typed usage, a usage series, or naming usage or overage:
/// ``LedgerMinimums/usageNameWords``, ``UsageMonths/usageWords``; not a fee billed at one amount
/// three months or more) and flat lines, with
/// - usage (no seat or licensed noun: `Seat overage` is a price) billing two amounts at least in
///   the window, and the as-of month above its mean over the window (a spike: usage fading or
///   stopped beside a paid fee is left at its as-of month, the usage signal's to score, never
///   counted above what the account still bills; `LedgerUsageSignalTests`), and
/// - the flat lines billing one amount in each of the three months (a price that did not move,
///   so the mean of the account's MRR is the flat part plus the usage's mean),
/// is contract type `usage`, inferred: recurring ARR counts its three-month mean (the flat part
/// whole, the usage averaged). Its flat part on a committed term (an annual commit) is its
/// committed minimum: the usage above it is never committed. A note counts them.
enum LedgerHybridUsage {
  /// Months of the window (the as-of month and the two before), as recurring ARR averages usage.
  static let window = 3

  /// Whether `e` (used as `use`) bills usage by its type or its words.
  /// A line naming a fee (``LedgerMinimums/feeWords``: `Overage protection add-on (flat fee)`)
  /// is usage only by its type.
  static func isUsageLike(_ e: LedgerEntry, use: LedgerImporter.Use) -> Bool {
    var readings = Readings()
    return readings.isUsageLike(e, use: use)
  }

  /// Whether an untyped line with `description` bills usage by its words (see
  /// ``isUsageLike(_:use:)``).
  static func namesUsage(_ description: String) -> Bool {
    // Seats above a minimum are licensed (`Seat overage (10 additional seats)`: review 51b's
    // `u04`, a price).
    guard !UsageMonths.hasWord(description, of: LedgerMinimums.feeWords),
      !UsageMonths.words(description).contains(where: {
        MeteredLines.licensedNouns.contains(String($0))
      })
    else {
      return false
    }
    return UsageMonths.hasWord(description, of: LedgerMinimums.usageNameWords)
      || UsageMonths.namesUsage(description)
  }

  /// What the rule reads from descriptions, each distinct one once (hostile 55, H55-2).
  struct Readings {
    var purchases = PrepaidCommits.Readings()
    var usage = DescriptionMemo(LedgerHybridUsage.namesUsage)
    var normalized = DescriptionMemo(CubeLayout.normalized)

    /// ``LedgerHybridUsage/isUsageLike(_:use:)``.
    mutating func isUsageLike(_ e: LedgerEntry, use: LedgerImporter.Use) -> Bool {
      if LedgerUsage.isUsageLine(e, use: use, readings: &purchases) { return true }
      return e.kind == nil && usage(e.description)
    }
  }

  /// Reads the accounts of `entries` so (see the type's notes) into `company`; returns how many.
  /// - Complexity: O(lines).
  @discardableResult
  static func apply(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], file: String,
    into company: inout ImportedCompany
  ) -> Int {
    let asOf = company.asOf
    let months = (0..<window).map { asOf.adding(months: $0 - window + 1) }
    guard months[0] >= company.firstMonth else { return 0 }
    struct Key: Hashable {
      let account: Int
      let text: String
    }
    // Each usage-like description's months and amounts (all months: a fee billed at one amount
    // three months or more is flat).
    var named = [Key: (amounts: Set<Int64>, months: Set<Month>)]()
    var readings = Readings()
    for (e, use) in zip(entries, uses) where e.amount > 0 && readings.isUsageLike(e, use: use) {
      let k = Key(account: e.account, text: readings.normalized(e.description))
      named[k, default: ([], [])].amounts.insert(e.amount)
      named[k, default: ([], [])].months.insert(e.date.month)
    }
    let fees = Set(
      named.filter { _, v in v.amounts.count == 1 && v.months.count >= LedgerMinimums.flatMonths }
        .keys)
    // Per account: the window's flat and usage parts, month by month.
    var flat = [Int: [Int64]]()
    var usage = [Int: [Int64]]()
    var excluded = Set<Int>()
    for (e, use) in zip(entries, uses) where e.account < company.accounts.count {
      switch use {
      case .oneTime, .refund, .oneOffCredit: continue
      default: break
      }
      if e.amount < 0 {
        // A credit against the window makes its parts unclear: left as it is.
        if months.contains(where: { LedgerMinimums.billed(e, in: $0).cents != 0 }) {
          excluded.insert(e.account)
        }
        continue
      }
      let k = Key(account: e.account, text: readings.normalized(e.description))
      let isUsage = readings.isUsageLike(e, use: use) && !fees.contains(k)
      for (j, m) in months.enumerated() {
        let cents = LedgerMinimums.billed(e, in: m).cents
        guard cents != 0 else { continue }
        if isUsage {
          usage[e.account, default: [Int64](repeating: 0, count: window)][j] &+= cents
        } else {
          flat[e.account, default: [Int64](repeating: 0, count: window)][j] &+= cents
        }
      }
    }
    var read = 0
    var example: String?
    for (a, parts) in usage.sorted(by: { $0.key < $1.key }) where !excluded.contains(a) {
      // Only a spike is averaged: the as-of month's usage above the window's mean.
      let total = parts.reduce(Int64(0), &+)
      // The usage moves: two amounts at least among the months it bills (a step to one amount
      // held is a price).
      guard let base = flat[a], let first = base.first, first > 0,
        base.allSatisfy({ $0 == first }), let now = parts.last,
        now &* Int64(window) > total, Set(parts.filter { $0 > 0 }).count >= 2
      else { continue }
      var account = company.accounts[a]
      if let type = account.contractType {
        guard account.inferred.contains(.contractType), type != .usage, type != .pilot else {
          continue
        }
      }
      if account.contractType?.isCommitted == true && account.committedMRR == nil {
        LedgerMinimums.commit(&account, cents: first, from: months[0])
      }
      account.contractType = .usage
      account.inferred.insert(.contractType)
      company.accounts[a] = account
      read += 1
      if example == nil { example = account.id }
    }
    if let example {
      company.log.notes.append(
        "\(file): \(Counted.phrase(read, "account")) \(read == 1 ? "bills" : "bill") a flat part "
          + "and usage beside it (e.g. \"\(example)\"): read as usage contracts, recurring ARR "
          + "counting the mean MRR of the last \(window) months (the flat part whole, the usage "
          + "averaged); a flat part on a committed term is the committed minimum, the usage above "
          + "it never committed")
    }
    return read
  }
}
