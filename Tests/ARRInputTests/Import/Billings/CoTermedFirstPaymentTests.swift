import ARRCore
import Testing

@testable import ARRInput

/// A first payment prorated to co-term with the annual contract that follows (or a cube that
/// opens mid-term): it pays for the months up to the next term's start, not 12 months
/// overlapping it (`docs/import.md`, "Billings", co-termed first payments; render review 33,
/// R33-13: the data-room billings cube's trailing NDR 115.1% for a true 142.3%). Figures by hand
/// from the invoices; cubes of 24 months from January 2024.
@Suite struct CoTermedFirstPaymentTests {
  /// `amounts` at their months, nothing elsewhere.
  func row(_ amounts: [Int: Int]) -> [Int?] {
    (0..<24).map { amounts[$0] }
  }

  /// 10 months' worth (10 × 4,000 = 40,000) in month 0, then 48,000 in months 10 and 22: the
  /// first pays 4,000 a month for months 0–9, each renewal 4,000 for its 12 months, flat at
  /// 4,000 throughout (before: 3,333.33 a month for 12 months from month 0, so 7,333.33 in
  /// months 10 and 11, and the renewals single payments).
  @Test func aProratedFirstPaymentCoversTheMonthsToTheNextTerm() throws {
    let c = try importCube(
      billingsCube([("Coterm", row([0: 40_000, 10: 48_000, 22: 48_000]))]),
      options: ImportOptions(values: .billings))
    #expect(c.mrrRow("Coterm") == Array(repeating: 400_000, count: 24))
    let account = try #require(c.account("Coterm"))
    #expect(account.rules.contains(.rhythmAnnual))
  }

  /// A first payment at a rate a little above the next contract's (26,000 for months 0–5,
  /// 4,333.33 a month, within 1.25 times the 4,000 of 48,000 from month 6, renewed in month 18):
  /// 4,333.33 a month for 6 months (the 2 cents of rounding to the tie-out), then 4,000.
  @Test func aFirstPaymentAtAHigherRateStillEndsWhereTheContractStarts() throws {
    let c = try importCube(
      billingsCube([("Ramp", row([0: 26_000, 6: 48_000, 18: 48_000]))]),
      options: ImportOptions(values: .billings))
    let expected = (0..<24).map { $0 < 6 ? Int64(433_333) : 400_000 }
    #expect(c.mrrRow("Ramp") == expected)
  }

  /// A whole year paid (48,000 in month 0), then a new contract of 48,000 from month 4 renewed
  /// in month 16: the first's rate over the 4 months to the new start (12,000) is 3 times the
  /// next's 4,000, above the 1.25 allowed, so it is no prorated payment and keeps its 12 months
  /// (4,000 a month for months 0–11, overlapping: 8,000 in months 4–11).
  @Test func aWholePeriodPaidBeforeAnotherContractKeepsItsTerm() throws {
    let c = try importCube(
      billingsCube([("Replaced", row([0: 48_000, 4: 48_000, 16: 48_000]))]),
      options: ImportOptions(values: .billings))
    let expected = (0..<24).map { $0 < 4 ? Int64(400_000) : $0 < 12 ? 800_000 : 400_000 }
    #expect(c.mrrRow("Replaced") == expected)
  }

  /// The walk: the lone anchor at month 0 gets a term of 10; the chain from month 10 continues
  /// at month 22.
  @Test func theWalkGivesTheLoneAnchorItsTerm() {
    let invoices = (0..<24).map { [0: 40_000, 10: 48_000, 22: 48_000][$0].map(Int64.init) ?? 0 }
    let r = invoices.withUnsafeBufferPointer { BillingRhythm.walk($0, every: 12) }
    #expect(r.chains.map { $0.map(\.billed) } == [[0], [10, 22]])
    #expect(r.chains[0][0].term == 10)
    #expect(r.chains[1].allSatisfy { $0.term == nil })
    #expect(r.score == 48_000)
  }

  /// An invoice inside the lone anchor's period that starts no chain of its own stays off-cycle:
  /// 48,000 in month 0 and 30,000 in month 5, nothing 12 months after either: one lone chain,
  /// month 5 off-cycle, no continuation (no rhythm at 12).
  @Test func anInvoiceThatContinuesNothingStartsNoChain() {
    let invoices = (0..<24).map { [0: 48_000, 5: 30_000][$0].map(Int64.init) ?? 0 }
    let r = invoices.withUnsafeBufferPointer { BillingRhythm.walk($0, every: 12) }
    #expect(r.chains.map { $0.map(\.billed) } == [[0]])
    #expect(r.offCycle.map(\.month) == [5])
    #expect(r.score == 0)
  }
}
