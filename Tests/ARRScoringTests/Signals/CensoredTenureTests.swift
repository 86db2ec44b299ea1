import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// An account already paying in the data's first month, whose start was inferred (an importer
/// read no start date), has a tenure of at least the data's length, not that length: while that
/// bound is under a year `new_account` is unknown, not "new" (trial 44, T44-7; `docs/scoring.md`).
@Suite struct CensoredTenureTests {
  @Test(arguments: [
    // (tenure, inferred, at the data's start, expected)
    (2, true, true, nil as Double?),
    (11, true, true, nil),
    (12, true, true, 0),
    (2, false, true, 10.0 / 12),
    (2, true, false, 10.0 / 12),
    (0, true, false, 1),
  ])
  func theSignalIsUnknownOnlyForACensoredStartUnderAYear(
    tenure: Int, isInferred: Bool, isAtStart: Bool, expected: Double?
  ) {
    #expect(
      AccountFactSignals.newAccount(
        tenureMonths: tenure, isStartInferred: isInferred, isStartAtDataStart: isAtStart)
        == expected)
  }

  /// Three months, 2024-01 … 2024-03. `Old` paid from the first month with an inferred start:
  /// unknown tenure, no "new account" reason. `Read` paid from the first month with a start read
  /// in it: two months old, new. `Late` was first paid in 2024-02 (inferred): one month old, new
  /// whatever the start's source.
  @Test func onlyAnAccountFirstSeenAtTheDataStartLosesTheSignal() throws {
    func account(_ id: String, start: String, isInferred: Bool) -> Account {
      Account(
        id: id, contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date(start), inferred: isInferred ? [.startDate] : [])
    }
    let accounts = [
      account("Old", start: "2024-01-01", isInferred: true),
      account("Read", start: "2024-01-01", isInferred: false),
      account("Late", start: "2024-02-01", isInferred: true),
    ]
    let rows: [[Int64]] = [
      [50_000, 50_000, 50_000], [50_000, 50_000, 50_000], [0, 50_000, 50_000],
    ]
    let company = Fixture.company(accounts, mrr: rows)
    let measurer = SignalMeasurer(company: company, column: 2)
    let new = Signal.newAccount.rawValue
    #expect(measurer.values(0)[new].isNaN)
    #expect(measurer.values(1)[new] == 10.0 / 12)
    #expect(measurer.values(2)[new] == 11.0 / 12)
    let r = Scoring.run(company)
    func newAccount(_ i: Int) throws -> Double? {
      let score = try #require(r.scores.first { $0.account == i })
      return r.signals(for: score).first { $0.signal == .newAccount }?.value
    }
    #expect(try newAccount(0) == nil)
    #expect(try newAccount(1) == 10.0 / 12)
    // Not new: a lower risk than the same revenue and terms read as two months old.
    let old = try #require(r.scores.first { $0.account == 0 })
    let read = try #require(r.scores.first { $0.account == 1 })
    #expect(old.riskScore < read.riskScore)
    #expect(!r.reasons(for: old).contains { $0.contains("new account") })
  }
}
