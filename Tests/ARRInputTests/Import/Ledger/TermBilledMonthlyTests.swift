import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-34 (fixture `/work/team/s48/trial/c29_annual_billed_monthly.py`, made
/// smaller): a yearly term billed by the month commits its account whatever noun names the term;
/// its twins (a negated, a half-year or a noun-less year, a date that looks like a counter)
/// commit nothing. Every file: Acme billed 1,000 on the 1st of each month, January to June 2024,
/// under one description, beside Beta's `Support retainer`, 500 a month, read at 2024-06.
@Suite struct TermBilledMonthlyTests {
  static func read(_ description: (Int) -> String) throws -> ImportedCompany {
    let rows = (1...6).flatMap { m in
      let day = LedgerReviewFortyFiveTests.day(m)
      return ["\(day),Acme,\"\(description(m))\",1000.00", "\(day),Beta,Support retainer,500.00"]
    }
    return try importLedger((["Date,Customer,Description,Amount"] + rows).joined(separator: "\n"))
  }

  /// Each names an annual term billed monthly: Acme's committed minimum is its 1,000 a month.
  @Test(arguments: [
    "Annual plan, billed monthly (month {k} of 12)",
    "Annual subscription - monthly installment {k}/12",
    "Annual subscription (billed monthly)",
    "12-month licence, paid monthly",
    "Yearly agreement - instalment {k} of 12",
  ])
  func anAnnualTermBilledMonthlyIsCommitted(text: String) throws {
    let c = try Self.read { text.replacingOccurrences(of: "{k}", with: "\($0)") }
    #expect(c.account("Acme")?.committedMRR == 100_000)
    #expect(c.account("Beta")?.committedMRR == nil)
  }

  /// Twins: no annual term, or no monthly billing: nothing committed.
  @Test(arguments: [
    "Team plan - no annual contract, billed monthly",
    "Semi-annual plan, billed monthly",
    "Annual conference pass, instalment {k} of 12",
    "Annual subscription invoice 0{k}/12/2024",
  ])
  func noYearlyTermBilledMonthlyCommitsNothing(text: String) throws {
    let c = try Self.read { text.replacingOccurrences(of: "{k}", with: "\($0)") }
    #expect(c.account("Acme")?.committedMRR == nil)
  }
}
