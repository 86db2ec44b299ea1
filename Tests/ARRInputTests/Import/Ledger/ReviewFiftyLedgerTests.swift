import ARRCore
import Testing

@testable import ARRInput

/// Review 50's regressions of session 49's ledger rules (imp lane): a credit on a term's invoice
/// is a discount by a `%` only when its words name no other kind of credit (R50-16, R50-17), and
/// a German compound ending in `rabatt` or `nachlass` is one (R50-18); a year naming another noun
/// than the term (`12-month price lock`) commits nothing (R50-22); a true-up is a shortfall only
/// beside a minimum or commitment, and a minimum's adjustment is one (R50-23, R50-37).
@Suite struct ReviewFiftyLedgerTests {
  /// Base 1,000 a month January to November 2026, beside Quin's annual licence of 12,000 for
  /// 2026 (invoiced 2026-01-05, its period given) and a credit on the same invoice.
  static func annual(_ licence: String = "Annual licence", credit: String, cents: String)
    throws -> ImportedCompany
  {
    let base = (1...11).map { m in
      "2026-\(m < 10 ? "0" : "")\(m)-01,Base,Monthly plan,1000.00,,"
    }
    return try importLedger(
      (["Date,Customer,Description,Amount,Service Start,Service End"] + base + [
        "2026-01-05,Quin,\(licence),12000.00,2026-01-01,2026-12-31",
        "2026-01-05,Quin,\"\(credit)\",-\(cents),,",
      ]).joined(separator: "\n"))
  }

  /// R50-16, R50-17: an SLA credit or a deposit deducted is no price: Quin's 1,000 a month
  /// stays (headline $24,000, by hand).
  @Test(arguments: [
    ("Service credit - 20% SLA credit for Q4 2025 outage", "2400.00"),
    ("Less: 50% deposit received (INV-0912)", "6000.00"),
    ("Goodwill credit 10%", "1200.00"),
  ])
  func otherCreditsWithAPercentAreNoDiscount(credit: String, cents: String) throws {
    let c = try Self.annual(credit: credit, cents: cents)
    #expect(c.mrrRow("Quin").last == 100_000)
  }

  /// The twins: a discount by its words or by a bare percentage is netted over the year
  /// (12,000 − 1,800 = 10,200 ÷ 12 = 850.00); R50-18: German compounds too.
  @Test(arguments: [
    ("Annual licence", "Annual prepay discount 15%"), ("Annual licence", "15% off first year"),
    ("Jahreslizenz 2026", "Neukundenrabatt Jahreslizenz"),
    ("Jahreslizenz 2026", "Preisnachlass Jahreslizenz"),
  ])
  func discountsAreNetted(licence: String, credit: String) throws {
    let c = try Self.annual(licence, credit: credit, cents: "1800.00")
    #expect(c.mrrRow("Quin").last == 85_000)
  }

  /// R50-22: a monthly subscription with a 12-month price lock (or a subscription whose year
  /// names the lock) is month to month: nothing committed. Its twin, an annual subscription
  /// billed monthly, commits.
  @Test(arguments: [
    ("Monthly subscription - billed monthly; 12-month price lock", false),
    ("Subscription, billed monthly; 12-month price lock", false),
    ("Subscription - billed monthly, price guaranteed for 1 year", false),
    ("Annual Pro subscription, billed monthly", true),
    ("Subscription - annual, billed monthly", true),
  ])
  func aYearOfAnotherNounIsNoTerm(text: String, isCommitted: Bool) throws {
    let c = try TermBilledMonthlyTests.read { _ in text }
    #expect((c.account("Acme")?.committedMRR == 100_000) == isCommitted)
  }

  /// R50-23: a usage true-up without a minimum is usage caught up, no shortfall; R50-37: a
  /// minimum's adjustment is one.
  @Test func trueUpsAndAdjustments() {
    #expect(!LedgerMinimums.namesShortfall("API usage true-up (Q1 under-billed)"))
    #expect(!LedgerMinimums.namesShortfall("Seat true-up"))
    #expect(!LedgerMinimums.namesShortfall("Commitment adjustment - seat increase"))
    #expect(LedgerMinimums.namesShortfall("Minimum spend adjustment"))
    #expect(LedgerMinimums.namesShortfall("Minimum fee top-up"))
    #expect(LedgerMinimums.namesShortfall("Commit make-up"))
    #expect(LedgerMinimums.namesShortfall("Commit true-up"))
    #expect(LedgerMinimums.namesShortfall("Minimum commitment shortfall"))
  }

  /// R50-23's file: usage billed in arrears and a true-up of under-billed usage: committed 0.
  @Test func aUsageTrueUpCommitsNothing() throws {
    let rows = [
      "2026-02-01,Acme,Usage - API calls,3000.00,2026-01-01,2026-01-31",
      "2026-03-01,Acme,Usage - API calls,3100.00,2026-02-01,2026-02-28",
      "2026-04-01,Acme,Usage - API calls,2900.00,2026-03-01,2026-03-31",
      "2026-05-01,Acme,Usage - API calls,3200.00,2026-04-01,2026-04-30",
      "2026-06-01,Acme,Usage - API calls,3300.00,2026-05-01,2026-05-31",
      "2026-06-01,Acme,API usage true-up (Q1 under-billed),1500.00,2026-05-01,2026-05-31",
    ]
    let c = try importLedger(
      (["Invoice date,Customer,Line item name,Amount,Invoice line item start,Invoice line item end"]
        + rows).joined(separator: "\n"),
      options: ImportOptions(asOf: Month(year: 2026, month: 6)))
    #expect(c.account("Acme")?.committedMRR == nil)
  }
}
