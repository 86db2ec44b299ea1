import ARRCore
import Testing

@testable import ARRInput

/// An annual customer that left carries its paid year's end as a stayer does
/// (``SubscriptionPaidAhead/applyLeft(_:to:asOf:)``; `docs/import.md`, "Terms as of a past
/// month"). Review of session 21: a leaver got an annual type and no end date while a stayer got
/// one, so a year-ago backtest told them apart by the end date alone (its `renewal_due` signal
/// and the term lock), a leak that flattered it.
@Suite struct AnnualLeaverEndTests {
  /// As of 2024-12 (`new`'s start); a year back is 2023-12, cutoff 2023-12-31.
  /// - `stayer` and `leaver` both billed annually from 2023-03-15 (paid years end on the 14th of
  ///   March); `leaver` ended 2024-08-20, in its second paid year (2024-03-15 to 2025-03-14),
  ///   its last billed day 2024-08-19.
  /// - `stays1st` and `leaves1st` billed annually from 2023-01-01; `leaves1st` ended
  ///   2024-01-01, at its first anniversary: its last paid year is 2023-01-01 to 2023-12-31.
  static let table = """
    subscription_id,account_id,start_date,end_date,mrr_amount,billing_frequency
    S-1,stayer,2023-03-15,,100,annual
    S-2,leaver,2023-03-15,2024-08-20,100,annual
    S-3,stays1st,2023-01-01,,100,annual
    S-4,leaves1st,2023-01-01,2024-01-01,100,annual
    S-5,new,2024-12-01,,50,monthly
    """

  static func imported(asOf: Month? = nil) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(table.utf8))],
      options: ImportOptions(asOf: asOf))
  }

  /// Today the leaver's end is the last day of the paid year holding its last billed day, not
  /// its leaving date: the year was paid ahead. Inferred, from the first paid row's start.
  @Test func aLeaverEndsWithItsLastPaidYear() throws {
    let c = try Self.imported()
    #expect(c.asOf == Month(year: 2024, month: 12))
    let leaver = try #require(c.account("leaver"))
    #expect(leaver.contractType == .annual)
    #expect(leaver.contractEndDate == CivilDate(year: 2025, month: 3, day: 14))
    #expect(leaver.inferred.isSuperset(of: [.contractType, .contractEndDate]))
    #expect(leaver.inferredFrom == Month(year: 2023, month: 3))
    #expect(leaver.committedMRR == nil)
    let stayer = try #require(c.account("stayer"))
    #expect(stayer.contractEndDate == CivilDate(year: 2025, month: 3, day: 14))
    let gone = try #require(c.account("leaves1st"))
    #expect(gone.contractEndDate == CivilDate(year: 2023, month: 12, day: 31))
    #expect(gone.inferred.contains(.contractEndDate))
  }

  /// A year back the two pairs were alike, and each pair carries the same facts: annual, an
  /// inferred end on the same day. `stayer`/`leaver`: 2025-03-14 stepped back a year,
  /// 2024-03-14 (the first anniversary after the cutoff).
  @Test func aYearBackLeaverAndStayerCarryTheSameFacts() throws {
    let company = try Self.imported().company(name: "Subs").company
    let past = company.pointInTime(Month(year: 2023, month: 12))
    let byId = Dictionary(uniqueKeysWithValues: past.accounts.map { ($0.id, $0) })
    for (stays, leaves) in [("stayer", "leaver"), ("stays1st", "leaves1st")] {
      let s = try #require(byId[stays])
      let l = try #require(byId[leaves])
      #expect(s.contractType == .annual && l.contractType == .annual)
      #expect(s.contractEndDate != nil && s.contractEndDate == l.contractEndDate, "\(stays)")
      #expect(s.inferred == l.inferred, "\(stays)")
    }
    #expect(byId["leaver"]?.contractEndDate == CivilDate(year: 2024, month: 3, day: 14))
  }

  /// The year-ago view agrees with reading the table as of that month: each stayer's end is the
  /// paid period holding 2023-12-31 (2024-03-14; 2023-12-31 for the pair from 2023-01-01, whose
  /// year ends on the cutoff day itself and is at its renewal then).
  @Test func aYearBackAgreesWithReadingAsOfThen() throws {
    let company = try Self.imported().company(name: "Subs").company
    let past = company.pointInTime(Month(year: 2023, month: 12))
    let then = try Self.imported(asOf: Month(year: 2023, month: 12))
    for id in ["stayer", "leaver", "stays1st", "leaves1st"] {
      let rolled = past.accounts.first { $0.id == id }?.contractEndDate
      #expect(rolled != nil && rolled == then.account(id)?.contractEndDate, "\(id)")
    }
    #expect(then.account("stays1st")?.contractEndDate == CivilDate(year: 2023, month: 12, day: 31))
  }
}
