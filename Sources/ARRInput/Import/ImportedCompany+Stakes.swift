import ARRCore

extension ImportedCompany {
  /// What each of `log`'s findings can move, by its index in ``ImportLog/findings``
  /// (``DataQuality/findingStakes``). A finding naming accounts is staked at their ARR at the
  /// as-of month (12 × their MRR then), and says that figure in its own words, so that
  /// `import.md` and the report give the ARR a fix would move (T22-12: a customer list's
  /// near-matched rows held 61% of the headline and no figure said so).
  /// - Parameters:
  ///   - log: The import's log; its findings naming accounts gain the ARR they hold.
  ///   - currency: ISO 4217 code of the amounts; `nil` for USD.
  /// - Returns: The stakes, by finding index.
  /// - Complexity: O(accounts + findings + accounts named).
  func stakes(_ log: inout ImportLog, currency: String?) -> [Int: ImportFindingStake] {
    guard !log.stakes.isEmpty else { return [:] }
    var row = [String: Int]()
    for (i, a) in accounts.enumerated() where row[a.id] == nil { row[a.id] = i }
    let last = monthCount - 1
    var out = [Int: ImportFindingStake]()
    for (i, text) in log.findings.enumerated() {
      guard let stake = log.stakes[text] else { continue }
      var arr = stake.arrCents
      let ids = Set(stake.accountIDs)
      if !ids.isEmpty {
        var mrrSum: Int64 = 0
        for id in ids {
          guard let r = row[id] else { continue }
          let (s, o) = mrrSum.addingReportingOverflow(mrr[cell(r, last)])
          mrrSum = o ? .max : s
        }
        let (held, o) = mrrSum.multipliedReportingOverflow(by: 12)
        let named = o ? Int64.max : held
        arr = named
        let one = ids.count == 1
        log.findings[i] =
          text + "; the account\(one ? "" : "s") named hold\(one ? "s" : "") "
          + "\(Money.text(cents: named, currency: currency, wholeUnits: true)) of ARR in \(asOf) "
          + "(12 × \(one ? "its" : "their") MRR then)"
      }
      out[i] = ImportFindingStake(
        arrCents: arr, isUnitDoubt: stake.isUnitDoubt, isDecision: stake.isDecision,
        customerShare: stake.customerShare)
    }
    return out
  }
}
