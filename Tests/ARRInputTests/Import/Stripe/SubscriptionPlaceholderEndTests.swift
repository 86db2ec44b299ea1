import ARRCore
import Testing

@testable import ARRInput

/// An end date far past any contract term (`9999-12-31`, `2099-12-31`: an open end as billing
/// systems and databases write it) is read as no end, with a finding (review 8, finding 2). It
/// was read as notice given (at-risk 85) when its start fell off an anniversary, and as a
/// 7,976-year contract term when it fell on one (2024-01-01 to 9999-12-31).
@Suite struct SubscriptionPlaceholderEndTests {
  /// At most 10 years after the start is a date (2024-01-01 to 2033-12-31, the day before the
  /// 10th anniversary, or 2034-01-01, the anniversary itself); a day later, or a far year, is a
  /// placeholder.
  @Test(
    arguments: [
      ("2024-01-01", "2033-12-31", false), ("2024-01-01", "2034-01-01", false),
      ("2024-01-01", "2034-01-02", true), ("2024-03-15", "9999-12-31", true),
      ("2024-05-01", "2099-12-31", true), ("2024-04-01", "2026-03-31", false),
    ] as [(String, String, Bool)])
  func placeholder(start: String, end: String, isPlaceholder: Bool) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(SubscriptionTermEnd.isPlaceholder(e, start: s) == isPlaceholder)
  }

  /// No term is read longer than 10 years: 2024-01-01 to 2043-12-31 closes 20 whole years, and is
  /// no term.
  @Test func noTermIsLongerThanTenYears() throws {
    let s = try #require(CivilDate("2024-01-01"))
    #expect(
      SubscriptionTermEnd.wholeYears(from: s, to: try #require(CivilDate("2033-12-31"))) == 10)
    #expect(
      SubscriptionTermEnd.wholeYears(from: s, to: try #require(CivilDate("2043-12-31"))) == nil)
  }

  /// The reviewer's `far.csv`: every row `active`. a (from 2024-01-01, on an anniversary) and b
  /// (from 2024-03-15) end 9999-12-31, d (from 2024-05-01) 2099-12-31, c has no end. With those
  /// ends read as none, the as-of month is the latest start's, 2025-06 (c, line 4), and all four
  /// run alike: no cancel date, no contract end, 100.00 a month each at as-of.
  @Test func placeholderEndsAreNoEnds() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,status
      a,2024-01-01,9999-12-31,100,active
      b,2024-03-15,9999-12-31,100,active
      c,2025-06-01,,100,active
      d,2024-05-01,2099-12-31,100,active
      """
    let c = try Importer.read([Importer.SourceFile(name: "far.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    for id in ["a", "b", "c", "d"] {
      let a = try #require(c.accounts.first { $0.id == id })
      #expect(a.cancelDate == nil)
      #expect(a.contractEndDate == nil)
      #expect(c.mrrRow(id).last == 10_000)
    }
    #expect(
      c.log.findings.contains(
        "far.csv: 3 ends fall more than 10 years after their start (\"9999-12-31\" on line 2): "
          + "read as a placeholder for no end, still running, as a blank end is (no contract term "
          + "is read longer than 10 years; an end that is real is not kept)"))
    #expect(!c.log.findings.contains { $0.contains("contract terms") })
    #expect(!c.log.notes.contains { $0.contains("9999") })
    #expect(c.log.files[0].rowsRead == 4)
    #expect(c.log.files[0].rowsUsed == 4)
  }
}
