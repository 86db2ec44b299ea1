import ARRCore

/// Contract-type inference shared by importers: what the monthly amounts' shape says where no
/// column gave the contract type (`docs/import.md`, "Contract type").
enum ContractInference {
  /// For each account without a given contract type: `usage` when its MRR fluctuates
  /// (``ShapeInference``), from the month the rule first holds; otherwise it stays unknown
  /// (``ImportRule/flatUnknown``). Given types are kept.
  /// - Complexity: O(accounts × months).
  static func inferFromShape(_ company: inout ImportedCompany) {
    let months = company.monthCount
    company.mrr.withUnsafeBufferPointer { mrr in
      for a in company.accounts.indices where company.accounts[a].contractType == nil {
        let row = UnsafeBufferPointer(rebasing: mrr[(a * months)..<((a + 1) * months)])
        guard row.contains(where: { $0 > 0 }) else { continue }
        if let from = ShapeInference.fluctuatingFrom(row) {
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
