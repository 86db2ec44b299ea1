import ARRCore

/// How an account's as-of MRR splits between billing cadences when its live subscriptions are
/// billed on two or more (``ImportedAccount/billingMix``; trial 21, R1: RavenStack accounts read
/// "billed monthly" with up to half of their MRR billed annually).
enum BillingMix {
  /// Shares of the MRR of `subs` billed in `asOf`, by cadence, when two or more cadences hold
  /// some; empty otherwise (one cadence, or none known).
  static func shares(_ subs: [StripeSubscription], asOf: Month) -> [BillingCadence: Double] {
    var cents = [BillingCadence: Int64]()
    for s in subs where s.isBilled(asOf) {
      guard let cadence = s.billingCadence, cadence != .unknown, let mrr = s.mrr, mrr > 0
      else { continue }
      cents[cadence, default: 0] += mrr
    }
    guard cents.count > 1 else { return [:] }
    let total = Double(cents.values.reduce(0, +))
    return cents.mapValues { Double($0) / total }
  }
}
