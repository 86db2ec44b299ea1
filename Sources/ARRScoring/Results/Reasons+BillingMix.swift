import ARRCore

/// The billing-cadence words of an account billed on two or more cadences
/// (``Company/billingMix``).
///
/// Decided (session 25, lane t25b; trial 21, R1): an account's cadence is its largest live
/// subscription's, so RavenStack's accounts read "contract type unknown, billed monthly" while
/// up to half of their MRR was billed annually and counted in committed ARR by the same report.
/// The reason now states the mix by share of MRR, largest first ("billed monthly on 57%,
/// annually on 43% of its MRR"); the `billed_monthly` signal still reads the largest
/// subscription's cadence (`docs/scoring.md`).
extension Reasons {
  /// Account `account`'s mix, when the company has one for it and the measurer reads today's
  /// terms (an earlier view's cadences may differ).
  static func billingMix(_ account: Int, _ m: SignalMeasurer) -> [BillingCadence: Double]? {
    let mixes = m.company.billingMix
    guard !mixes.isEmpty, m.rollBackCutoff == nil else { return nil }
    return mixes[m.company.withAccountRows { $0.id(account) }]
  }

  /// `billed monthly on 57%, annually on 43% of its MRR`: largest share first, ties in
  /// ``BillingCadence`` order.
  static func billedOn(_ mix: [BillingCadence: Double], into t: inout ReasonText) {
    let parts = mix.sorted {
      $0.value > $1.value || ($0.value == $1.value && $0.key.code < $1.key.code)
    }
    t.append("billed ")
    for (i, p) in parts.enumerated() {
      if i > 0 { t.append(", ") }
      t.append(adverb(p.key))
      t.append(" on ")
      t.percent(p.value)
    }
    t.append(" of its MRR")
  }

  /// `monthly`, `annually`, `in arrears`…
  static func adverb(_ c: BillingCadence) -> StaticString {
    switch c {
    case .upfront: "up front"
    case .annual: "annually"
    case .semiannual: "semiannually"
    case .quarterly: "quarterly"
    case .monthly: "monthly"
    case .inArrears: "in arrears"
    case .unknown: "on an unknown cadence"
    }
  }
}
