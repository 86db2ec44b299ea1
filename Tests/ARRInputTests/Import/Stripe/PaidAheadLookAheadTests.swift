import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's terms at a past month come from the rows billing then
/// (``SubscriptionPaidAhead``, ``SubscriptionTermChange``; `docs/import.md`, "Terms as of a past
/// month"). Trial 20, N1: annual typing came from the as-of month's rows alone, so a backtest a
/// year back saw an account that moved to annual billing last quarter as annual and no annual
/// account that left: "0 churned" among annual accounts, an inflated AUC.
@Suite struct PaidAheadLookAheadTests {
  /// As of 2024-12 (the latest start, `new`'s); a year back is 2023-12:
  /// - `switch` billed monthly 2023-01 to 2024-09, annually from 2024-10-01 (paid through
  ///   2025-09-30): annual now, its type, cadence and end known from 2024-10;
  /// - `leaver` billed monthly 2023-01 to 2024-06 and left;
  /// - `stayer` billed annually since 2023-01-01 (paid year 2024-01-01 to 2024-12-31);
  /// - `annualLeaver` billed annually from 2023-01-01 and left after 2024-06: annual from
  ///   2023-01 as `stayer` is, paid through 2024-12-31 (its second paid year, 2024-01-01 to
  ///   2024-12-31, holds its last billed day, 2024-06-29), with no `committed_mrr`;
  /// - `mix` bills a monthly row beside an annual one, both running: a mix, not a change.
  static let table = """
    subscription_id,account_id,start_date,end_date,mrr_amount,billing_frequency
    S-1,switch,2023-01-01,2024-09-30,100,monthly
    S-2,switch,2024-10-01,,90,annual
    S-3,leaver,2023-01-01,2024-06-30,100,monthly
    S-4,stayer,2023-01-01,,100,annual
    S-5,annualLeaver,2023-01-01,2024-06-30,100,annual
    S-6,mix,2023-01-01,,300,annual
    S-7,mix,2023-06-01,,20,monthly
    S-8,new,2024-12-01,,50,monthly
    """

  static func imported() throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(table.utf8))])
  }

  @Test func termsTodayCarryTheMonthTheyHoldFrom() throws {
    let c = try Self.imported()
    #expect(c.asOf == Month(year: 2024, month: 12))
    let sw = try #require(c.account("switch"))
    #expect(sw.contractType == .annual && sw.billingCadence == .annual)
    #expect(sw.inferred.isSuperset(of: [.contractType, .billingCadence, .contractEndDate]))
    #expect(sw.contractEndDate == CivilDate(year: 2025, month: 9, day: 30))
    #expect(sw.inferredFrom == Month(year: 2024, month: 10))
    let gone = try #require(c.account("annualLeaver"))
    #expect(gone.contractType == .annual && gone.inferred.contains(.contractType))
    #expect(gone.inferredFrom == Month(year: 2023, month: 1))
    #expect(gone.contractEndDate == CivilDate(year: 2024, month: 12, day: 31))
    #expect(gone.inferred.contains(.contractEndDate) && gone.committedMRR == nil)
    let stayer = try #require(c.account("stayer"))
    #expect(stayer.contractType == .annual && stayer.inferredFrom == Month(year: 2023, month: 1))
    #expect(stayer.contractEndDate == CivilDate(year: 2024, month: 12, day: 31))
    let mix = try #require(c.account("mix"))
    #expect(mix.contractType == nil && mix.billingCadence == .annual)
    #expect(!mix.inferred.contains(.billingCadence))
    #expect(mix.committedMRR == 30_000 && mix.inferredFrom == Month(year: 2023, month: 1))
    let leaver = try #require(c.account("leaver"))
    #expect(leaver.contractType == nil && leaver.inferredFrom == nil)
  }

  /// A year back, `switch` was billed monthly: neither annual by type nor by cadence; both
  /// annual payers (one stayed, one left) read annual, so the backtest's annual accounts hold
  /// one churner of two.
  @Test func aYearBackTheSwitchIsNotAnnual() throws {
    let company = try Self.imported().company(name: "Subs").company
    let past = company.pointInTime(Month(year: 2023, month: 12))
    let byId = Dictionary(uniqueKeysWithValues: past.accounts.map { ($0.id, $0) })
    let sw = try #require(byId["switch"])
    #expect(sw.contractType == .unknown && sw.billingCadence == .unknown)
    #expect(sw.contractEndDate == nil)
    #expect(byId["stayer"]?.contractType == .annual)
    #expect(byId["annualLeaver"]?.contractType == .annual)
    #expect(byId["leaver"]?.contractType == .unknown)
    #expect(byId["leaver"]?.billingCadence == .monthly)
    // The commitment of `mix`'s annual row holds from its start, 2023-01.
    #expect(byId["mix"]?.committedMRR == 30_000)
    let annualThen = ["switch", "leaver", "stayer", "annualLeaver", "mix"].filter {
      byId[$0]?.contractType == .annual
    }
    #expect(annualThen == ["stayer", "annualLeaver"])
    // Now, 2024-12: the switch is annual.
    #expect(company.accounts.first { $0.id == "switch" }?.contractType == .annual)
  }

  /// A committed minimum inferred from paid-ahead rows is unknown before their first start,
  /// as the rest of the inferred terms are (``Account/Terms``, the no-look-ahead rule).
  @Test func anInferredCommitmentIsUnknownBeforeItsMonth() throws {
    let company = try Self.imported().company(name: "Subs").company
    let mix = try #require(company.accounts.first { $0.id == "mix" })
    #expect(
      mix.terms(knownAtEndOf: Month(year: 2022, month: 12), dataAsOf: company.asOf)
        .committedMRR == nil)
    #expect(
      mix.terms(knownAtEndOf: Month(year: 2023, month: 1), dataAsOf: company.asOf)
        .committedMRR == 30_000)
  }
}
