import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A subscriptions table's rows billed a year ahead are committed until their paid year ends
/// (``SubscriptionPaidAhead``; `docs/import.md`, "Subscriptions table"; session 18, import5
/// lane). Trial 18a, R1: Maven's RavenStack `ravenstack_subscriptions.csv`, half its open MRR
/// `billing_frequency` annual, read committed ARR $0 and "none of it carries a commitment
/// beyond this month".
@Suite struct SubscriptionPaidAheadTests {
  /// RavenStack's layout (``ImportFixtures/ravenSubscriptions``, whose rows are described there).
  static let raven = ImportFixtures.ravenSubscriptions

  @Test func annualRowsAreCommittedUntilTheirPaidYearEnds() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "ravenstack_subscriptions.csv", bytes: Array(Self.raven.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 12))
    let a1 = try #require(c.account("A-1"))
    #expect(a1.contractType == .annual)
    #expect(a1.inferred.contains(.contractType))
    #expect(a1.contractEndDate == CivilDate(year: 2025, month: 3, day: 14))
    #expect(a1.committedMRR == nil)
    #expect(a1.inferredFrom == Month(year: 2024, month: 3))
    let a2 = try #require(c.account("A-2"))
    #expect(a2.contractType == nil)
    #expect(a2.committedMRR == 20_000)
    #expect(a2.contractEndDate == CivilDate(year: 2025, month: 12, day: 22))
    #expect(a2.inferredFrom == Month(year: 2023, month: 12))
    for id in ["A-3", "A-4"] {
      let a = try #require(c.account(id))
      #expect(a.contractType == nil && a.committedMRR == nil && a.contractEndDate == nil)
    }
    // A-5 left after annual billing: annual from its row's start, no commitment, its end the
    // paid year holding its last billed day (2024-11-19): 2024-05-01 to 2025-04-30.
    let a5 = try #require(c.account("A-5"))
    #expect(a5.contractType == .annual && a5.inferredFrom == Month(year: 2023, month: 5))
    #expect(a5.committedMRR == nil)
    #expect(a5.contractEndDate == CivilDate(year: 2025, month: 4, day: 30))
    #expect(a5.inferred.contains(.contractEndDate))
  }

  /// The paid period holding the as-of month's last day, from the row's start: 2024-12-31 is in
  /// 2024-03-15's first year (to 2025-03-14), in 2023-12-23's second (2024-12-23 to 2025-12-22)
  /// and in 2022-12-31's third (2024-12-31 to 2025-12-30); a row ending in the as-of month
  /// (2024-12-20) runs past nothing; one ending later (2025-02-01) is cut at its last day.
  @Test(
    arguments: [
      ("2024-03-15", "", "2025-03-14"), ("2023-12-23", "", "2025-12-22"),
      ("2022-12-31", "", "2025-12-30"), ("2024-01-01", "2024-12-20", nil),
      ("2024-06-01", "2025-02-01", "2025-01-31"),
    ] as [(String, String, String?)])
  func paidThrough(start: String, end: String, expected: String?) throws {
    let s = StripeSubscription(
      customer: "c", line: 2, status: .active, mrr: 100, intervalMonths: nil,
      start: CivilDate(start), trialEnd: nil, canceledAt: nil, cancelAtPeriodEnd: false,
      currentPeriodStart: nil, currentPeriodEnd: nil, endedAt: CivilDate(end),
      givenCadence: .annual)
    #expect(
      SubscriptionPaidAhead.paidThrough(s, asOf: Month(year: 2024, month: 12))
        == expected.flatMap(CivilDate.init))
  }

  /// A contract type given by a column wins: `monthly` billed annually stays monthly, nothing
  /// inferred.
  @Test func aGivenContractTypeWins() throws {
    let text = """
      customer_id,start_date,end_date,mrr,billing_frequency,contract_type
      a,2024-03-15,,100,annual,monthly
      """
    let c = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
    let a = try #require(c.account("a"))
    #expect(a.contractType == .monthly)
    #expect(a.committedMRR == nil && a.contractEndDate == nil)
  }
}
