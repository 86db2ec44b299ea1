import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Readings a ledger cannot decide, given as a range with the stake (review 45, fixtures
/// `/work/team/s45/review/`, made smaller): a year of services billed like a retainer with no
/// contract word (X-6's variant), and three month-named workshops read as a fee (Y-14). Each
/// beside a file the rule must not fire on. Every file: a book through 2024, read at 2024-12.
@Suite struct ServiceRunRangesTests {
  typealias Y = LedgerReviewFortyFiveTests

  /// Acme's 1,000 a month, and `extra(m)` for Echo in month m (none when nil).
  func book(_ extra: (Int) -> String?) throws -> ImportedCompany {
    try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in
        ["A-\(m),\(Y.day(m)),Acme,Platform subscription,1000.00"]
          + (extra(m).map { ["E-\(m),\(Y.day(m, 15)),Echo,\($0)"] } ?? [])
      })
  }

  /// The as-of MRR range of the account `id`, or nil.
  func range(_ c: ImportedCompany, _ id: String) -> (low: Int64, high: Int64)? {
    c.accounts.first { $0.id == id }?.ambiguousMRR
  }

  /// X-6's variant: `Monthly consulting hours` 2,500 every month, no retainer word. Read
  /// one-time by its words (Acme's $12,000); a retainer would add $30,000: Echo's range is 0
  /// to 2,500 a month, and a finding says so.
  @Test func aYearOfUnwordedServicesIsARange() throws {
    let c = try book { _ in "Monthly consulting hours,2500.00" }
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
    #expect(range(c, "Echo")?.low == 0)
    #expect(range(c, "Echo")?.high == 250_000)
    #expect(
      c.log.findings.contains {
        $0.contains("\"Monthly consulting hours\"") && $0.contains("read one-time by its words")
      })
  }

  /// Twins: a reseller's onboarding fee every month (once per end client), and consulting that
  /// ended in June, give no range: Acme's $12,000 alone.
  @Test func setUpFeesAndEndedProjectsAreNoRange() throws {
    for extra: (Int) -> String? in [
      { _ in "Onboarding - new client setup,2000.00" },
      { m in m <= 6 ? "Monthly consulting hours,2500.00" : nil },
    ] {
      let c = try book(extra)
      #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_200_000)
      #expect(range(c, "Echo") == nil)
      #expect(!c.log.findings.contains { $0.contains("read one-time by its words") })
    }
  }

  /// Y-14: `Training workshop - October 2024`, `- November 2024`, `- December 2024`, 2,000
  /// each: read as a fee (Acme 12,000 + Echo 24,000, $36,000), its low end one-off (0 for Echo)
  /// with a finding.
  @Test func threeMonthNamedWorkshopsAreAFeeWithAOneOffLowEnd() throws {
    let names = [10: "October", 11: "November", 12: "December"]
    let c = try book { m in names[m].map { "Training workshop - \($0) 2024,2000.00" } }
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_600_000)
    #expect(range(c, "Echo")?.low == 0)
    #expect(range(c, "Echo")?.high == 200_000)
    #expect(c.log.findings.contains { $0.contains("whose words say one-off work") })
  }

  /// Y-14's twin: a support fee named for its month (no one-off word) is a fee, no range.
  /// By hand: Acme 12,000 + Echo 6,000, $18,000.
  @Test func aMonthNamedSupportFeeIsNoRange() throws {
    let names = [10: "October", 11: "November", 12: "December"]
    let c = try book { m in names[m].map { "Premium support - \($0) 2024,500.00" } }
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
    #expect(range(c, "Echo") == nil)
    #expect(!c.log.findings.contains { $0.contains("whose words say one-off work") })
  }
}
