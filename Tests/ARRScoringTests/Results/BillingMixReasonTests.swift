import ARRCore
import Testing

@testable import ARRScoring

/// The billing-cadence reason of an account billed on two cadences states the split of its
/// MRR, largest first (trial 21, R1: "billed monthly" on accounts with up to half their MRR
/// billed annually and counted in committed ARR).
@Suite struct BillingMixReasonTests {
  static func words(_ mix: [BillingCadence: Double]) -> String {
    var t = ReasonText()
    Reasons.billedOn(mix, into: &t)
    return String(decoding: t.bytes, as: UTF8.self)
  }

  @Test func theSplitIsStatedLargestFirst() {
    #expect(
      Self.words([.annual: 0.43, .monthly: 0.57])
        == "billed monthly on 57%, annually on 43% of its MRR")
    // A tie in BillingCadence order: annual before monthly.
    #expect(
      Self.words([.monthly: 0.5, .annual: 0.5])
        == "billed annually on 50%, monthly on 50% of its MRR")
  }
}
