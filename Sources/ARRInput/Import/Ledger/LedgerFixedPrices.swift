/// Ledger accounts billed at fixed prices (`docs/import.md`, "Contract type from the revenue's
/// shape"; session 21, trial20 lane; trial 20, A2): every positive line with a service period,
/// none typed usage, bills a price another of the account's lines bills too. Its total may move
/// month to month (an add-on of 50 beside a plan of 100 in alternate months), but only because
/// items at fixed prices start and end: metered usage bills amounts that do not repeat to the
/// cent. Such an account is never usage by its shape (``ContractInference``).
struct LedgerFixedPrices {
  private var lines = [(account: Int, amount: Int64)]()
  private var hasUsage: [Bool]

  init(accounts: Int) { hasUsage = [Bool](repeating: false, count: accounts) }

  /// Records a line of `account` with a service period: its price when positive and not
  /// usage; a usage line makes the account's shape its own again.
  mutating func see(account: Int, amount: Int64, isUsage: Bool) {
    if isUsage {
      hasUsage[account] = true
    } else if amount > 0 {
      lines.append((account, amount))
    }
  }

  /// Per account: whether it has such lines, none typed usage, and each price recurs.
  /// - Complexity: O(lines × log lines).
  func accounts() -> [Bool] {
    var fixed = [Bool](repeating: false, count: hasUsage.count)
    var once = [Bool](repeating: false, count: hasUsage.count)
    let sorted = lines.sorted { ($0.account, $0.amount) < ($1.account, $1.amount) }
    var i = 0
    while i < sorted.count {
      var j = i + 1
      while j < sorted.count && sorted[j].account == sorted[i].account
        && sorted[j].amount == sorted[i].amount
      {
        j += 1
      }
      let a = sorted[i].account
      fixed[a] = true
      if j - i < 2 { once[a] = true }
      i = j
    }
    return fixed.indices.map { fixed[$0] && !once[$0] && !hasUsage[$0] }
  }
}
