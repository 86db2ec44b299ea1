import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct ReasonsTests {
  @Test func monthToMonthWithFallingUsage() throws {
    let c = Fixture.company(
      [Fixture.account("M", .monthly, .monthly), Fixture.account("R")],
      mrr: [[500, 500, 500, 500, 500, 500], [900, 900, 900, 900, 900, 900]],
      usage: [[100, 100, 100, 62, 62, 62], [10, 10, 10, 10, 10, 10]])
    let r = Scoring.run(c)
    // −3 + 1.5 + 0.3 + 2.5 × 0.38 = −0.25 → 43.8 → at risk.
    #expect(abs(r.scores[0].riskScore - 100 / (1 + exp(0.25))) < 1e-9)
    #expect(r.scores[0].revenueClass == .atRisk)
    #expect(
      r.reasons(for: r.scores[0]) == [
        "month-to-month, billed monthly", "usage down 38% (last 3 months vs prior 3)",
      ])
    #expect(r.scores[1].revenueClass == .retained)
    #expect(r.reasons(for: r.scores[1]).isEmpty)
    let signals = r.signals(for: r.scores[0])
    #expect(signals.count == Signal.count)
    #expect(signals[Signal.usageDecline.rawValue].value! == 0.38)
    #expect(signals[Signal.pastDue.rawValue].value == nil)
  }

  @Test func renewalSoonWithUsageFalling() {
    var a = Fixture.account("R")
    a.contractEndDate = Fixture.date("2024-08-15")
    let c = Fixture.company(
      [a], mrr: [[900, 900, 900, 900, 900, 900]], usage: [[100, 100, 100, 50, 50, 50]],
      columns: [.contractEndDate])
    let r = Scoring.run(c)
    let s = r.scores[0]
    // −3 + 0.5 + 2.5 × 0.5 = −1.25 → 22.3 → wavering.
    #expect(s.revenueClass == .wavering)
    #expect(
      r.reasons(for: s) == [
        "usage down 50% (last 3 months vs prior 3)", "renews 2024-08-15, usage falling",
      ])
  }

  @Test func trialConvertedAndNewAccount() {
    var a = Fixture.account("T", .monthly, .monthly, start: "2024-04-01")
    a.trialStatus = .converted
    a.trialEndDate = Fixture.date("2024-05-10")
    let c = Fixture.company(
      [a], mrr: [[0, 0, 0, 0, 300, 300]], columns: [.trialStatus, .trialEndDate])
    let r = Scoring.run(c)
    let reasons = r.reasons(for: r.scores[0])
    #expect(reasons.contains("trial converted 1 month ago"))
    #expect(reasons.contains("month-to-month, billed monthly"))
  }

  /// Seat use is a reason only when it is low: a month-to-month account with 95 of 100 seats
  /// active (5% unused, healthy) is not told "seat use" as a risk; with 60 of 100 it is, in
  /// words that say what is wrong (40% unused).
  @Test(arguments: [
    (95, nil as String?), (60, "seats underused: 40% unused (60 of 100 seats active)"),
  ])
  func onlyLowSeatUseIsAReason(active: Int, reason: String?) {
    var a = Fixture.account("M", .monthly, .monthly)
    a.seatsPurchased = 100
    a.seatsActive = active
    let c = Fixture.company(
      [a], mrr: [[500, 500, 500, 500, 500, 500]],
      columns: [.seatsPurchased, .seatsActive])
    let r = Scoring.run(c)
    let reasons = r.reasons(for: r.scores[0])
    #expect(r.scores[0].revenueClass != .retained)
    #expect(reasons.first == "month-to-month, billed monthly")
    #expect(reasons.contains { $0.hasPrefix("seat") } == (reason != nil))
    if let reason { #expect(reasons.contains(reason)) }
  }
}
