extension PrepaidCommits {
  /// What the purchase rules read from a line's description (``isPurchase(_:)``,
  /// ``isTopUp(_:)``, ``isUsageBilled(_:)``), each distinct description once
  /// (``DescriptionMemo``; hostile 55, H55-2: every line's words were read again by each rule,
  /// and a 2,000,000-line ledger never finished). A rule's loop keeps one; the static functions
  /// make a fresh one per line.
  struct Readings {
    private var purchase = DescriptionMemo { text in
      // Units named for the month they measure are that month's usage (``UsageMonths``), when
      // UsageMonths reads them so: "Credit top-up - Dec 2025" names no usage and stays a
      // purchase (review 34, item 2).
      namesPurchase(text) && UsageMonths.reads(text) == nil
    }
    private var commitment = DescriptionMemo { UsageMonths.hasWord($0, of: commitmentWords) }
    private var usage = DescriptionMemo(UsageMonths.namesUsage)

    /// ``PrepaidCommits/isPurchase(_:)``.
    mutating func isPurchase(_ e: LedgerEntry) -> Bool {
      guard e.amount > 0, e.kind != .oneTime else { return false }
      if e.isPrepaidPurchase { return true }
      return purchase(e.description)
    }

    /// ``PrepaidCommits/isTopUp(_:)``.
    mutating func isTopUp(_ e: LedgerEntry) -> Bool {
      guard isPurchase(e), !e.isCommitmentType else { return false }
      return !commitment(e.description)
    }

    /// ``PrepaidCommits/isUsageBilled(_:)``.
    mutating func isUsageBilled(_ e: LedgerEntry) -> Bool {
      guard e.amount > 0, !isPurchase(e) else { return false }
      return e.kind == .usage || (e.kind == nil && usage(e.description))
    }
  }
}
