import ARRCore

extension StripeSubscriptionImporter {
  /// Adds a CRM's won services deals (``StripeSubscription/servicesKind``) to `company` as
  /// one-time revenue: each deal's monthly amount (its total over its term) in every month of
  /// its term up to the as-of month, in the tie-out as billed, never in MRR; and a finding
  /// counting them with the ARR they would add at as-of were they subscriptions (trial 32,
  /// T32-32: two won implementation and onboarding deals read as $15,000 of MRR, +$180,000 of
  /// ARR, +13.7%, and as expansion in the bridge).
  /// - Complexity: O(deals × months).
  static func addServices(
    _ deals: [StripeSubscription], file: String, into company: inout ImportedCompany
  ) {
    let n = company.monthCount
    var index = [String: Int]()
    for (i, a) in company.accounts.enumerated() where index[a.id] == nil { index[a.id] = i }
    var atAsOf: Int64 = 0
    var ids = [String]()
    for s in deals {
      guard let a = index[s.customer], let mrr = s.mrr else { continue }
      if !ids.contains(s.customer) { ids.append(s.customer) }
      for m in 0..<n where s.isBilled(company.firstMonth.adding(months: m)) {
        company.log.tieOut.add(mrr, to: \.sourceCents)
        LedgerImporter.add(mrr, to: &company.oneTime[company.cell(a, m)], tie: &company.log.tieOut)
        if m == n - 1 { LedgerImporter.add(mrr, to: &atAsOf, tie: &company.log.tieOut) }
      }
    }
    let arr = Money.saturatingProduct(atAsOf, times: 12)
    company.log.addFinding(
      SubscriptionTableReader.servicesDealsFinding(
        deals, arrCents: arr, asOf: company.asOf, file: file, currency: company.log.currency),
      arrCents: arr)
  }
}
