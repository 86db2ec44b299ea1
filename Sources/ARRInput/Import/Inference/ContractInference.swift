import ARRCore

/// Contract-type inference shared by importers: what the monthly amounts' shape says where no
/// column gave the contract type (`docs/import.md`, "Contract type").
enum ContractInference {
  /// For each account without a given contract type: `usage` when its MRR fluctuates
  /// (``ShapeInference``), from the month the rule first holds; otherwise it stays unknown
  /// (``ImportRule/flatUnknown``). Given types are kept. An account for which `isPriced` holds
  /// (its every subscription or paid period has a fixed price) is never usage by its shape: its
  /// total moves because subscriptions start and end, or periods of different lengths are
  /// spread by days (``ImportRule/pricedNotUsage``; session 18, import5 lane; trial 18a, R2 and
  /// K2: RavenStack's add-ons and KKBox's 30- to 410-day prepaid plans read "pay-as-you-go
  /// usage … volatile").
  /// - Complexity: O(accounts × months).
  static func inferFromShape(
    _ company: inout ImportedCompany, isPriced: (Int) -> Bool = { _ in false }
  ) {
    let months = company.monthCount
    company.mrr.withUnsafeBufferPointer { mrr in
      for a in company.accounts.indices where company.accounts[a].contractType == nil {
        let row = UnsafeBufferPointer(rebasing: mrr[(a * months)..<((a + 1) * months)])
        guard row.contains(where: { $0 > 0 }) else { continue }
        if let from = ShapeInference.fluctuatingFrom(row) {
          if isPriced(a) {
            company.accounts[a].apply(.pricedNotUsage)
            continue
          }
          if QuantityPricing.unit(of: row) != nil {
            company.accounts[a].apply(.quantityPricedNotUsage)
            continue
          }
          company.accounts[a].contractType = .usage
          company.accounts[a].inferred.insert(.contractType)
          company.accounts[a].apply(.fluctuatingUsage)
          let month = company.firstMonth.adding(months: from)
          if let have = company.accounts[a].inferredFrom {
            company.accounts[a].inferredFrom = max(have, month)
          } else {
            company.accounts[a].inferredFrom = month
          }
        } else {
          company.accounts[a].apply(.flatUnknown)
        }
      }
    }
  }
}
