import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// An account whose live subscriptions are billed on two cadences carries the split of its
/// as-of MRR (trial 21, R1), so its reason can say it.
@Suite struct BillingMixTests {
  /// RavenStack's layout (``ImportFixtures/ravenSubscriptions``): A-2 pays 200 a month on an
  /// annual row and 50 on a monthly one at 2024-12: by hand 200 / 250 = 80% annual, 20%
  /// monthly. A-1 (one annual row) and A-3 (one monthly row) have no mix.
  @Test func twoCadencesSplitTheMRR() throws {
    let c = try ImportFixtures.read([
      ("ravenstack_subscriptions.csv", ImportFixtures.ravenSubscriptions)
    ])
    #expect(c.account("A-2")?.billingMix == [.annual: 0.8, .monthly: 0.2])
    #expect(c.account("A-1")?.billingMix == [:])
    #expect(c.account("A-3")?.billingMix == [:])
    let company = try c.company(name: "T").company
    #expect(company.billingMix == ["A-2": [.annual: 0.8, .monthly: 0.2]])
  }
}
