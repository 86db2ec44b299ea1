import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Reconciliation")
struct ReconciliationTests {
  // Headline ARR 12 × $1,226.01 = $14,712.12; with the as-of month's one-time $999.99 the
  // run rate is 12 × $2,226.00 = $26,712.00.
  static let headline: Int64 = 1_471_212
  static let withOneTime: Int64 = 2_671_200

  static func reconcile(_ claim: Int64?, oneTime: [Int64] = [0, 0, 99_999]) -> Reconciliation {
    let c = LadderCompany.make(reportedARR: claim, oneTime: oneTime)
    return Reconciliation.compute(c, ladder: ARRLadder.compute(c))
  }

  @Test func claimCountingOneTimeFeesIsFlagged() {
    let r = Self.reconcile(Self.withOneTime)
    #expect(r.runRateWithOneTime == Self.withOneTime)
    #expect(r.isOneTimeInClaim)
    #expect(r.gapToHeadline == 1_199_988)
    #expect(r.gapToRecurring == 1_662_000)  // − recurring $10,092.00 (V's first paid month alone)
    #expect(r.gapToCommitted == 1_927_200)  // − committed $7,440.00
  }

  @Test func withinHalfAPercentStillFlagged() {
    // 0.5% of $26,712.00 is $133.56: $133.56 above is flagged, $133.57 above is not.
    #expect(Self.reconcile(Self.withOneTime + 13_356).isOneTimeInClaim)
    #expect(!Self.reconcile(Self.withOneTime + 13_357).isOneTimeInClaim)
  }

  @Test func claimMatchingHeadlineIsNotFlagged() {
    let r = Self.reconcile(Self.headline)
    #expect(!r.isOneTimeInClaim)
    #expect(r.gapToHeadline == 0)
  }

  @Test func claimMatchingNeitherIsNotFlagged() {
    #expect(!Self.reconcile(2_000_000).isOneTimeInClaim)
  }

  @Test func withoutOneTimeFeesBothMatchSoNoFlag() {
    let r = Self.reconcile(Self.headline, oneTime: [0, 0, 0])
    #expect(r.runRateWithOneTime == Self.headline)
    #expect(!r.isOneTimeInClaim)
  }

  @Test func noClaimNoGaps() {
    let r = Self.reconcile(nil)
    #expect(r.reportedARR == nil)
    #expect(r.gapToHeadline == nil && r.gapToRecurring == nil && r.gapToCommitted == nil)
    #expect(!r.isOneTimeInClaim)
  }
}
