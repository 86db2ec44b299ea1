import ARRCore
import Testing

@testable import ARRInput

/// Paid rows of one customer running side by side at as-of, the later starting in a later
/// month: added up, with the later replacing the earlier as the low end of the range.
@Suite struct SubscriptionStackingTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  /// A: Enterprise 500 from January and Enterprise Plus 750 from March, neither ended: March
  /// reads 1,250 (an add-on), its range 750–1,250 (an upgrade whose old row was not ended).
  /// B's two rows start in one month (two products bought together): 120, no range. The
  /// as-of month is the latest start, 2024-03.
  @Test func aLaterRowBesideAnEarlierOneIsPricedBothWays() throws {
    let c = try read(
      """
      customer_id,plan,start_date,end_date,mrr
      A,Enterprise,2024-01-15,,500
      B,Pro,2024-01-10,,100
      B,Addon,2024-01-20,,20
      A,Enterprise Plus,2024-03-01,,750
      """)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("A") == [50_000, 50_000, 125_000])
    #expect(c.mrrRow("B") == [12_000, 12_000, 12_000])
    let a = try #require(c.accounts.first { $0.id == "A" })
    #expect(a.ambiguousMRR?.low == 75_000 && a.ambiguousMRR?.high == 125_000)
    // Its cause, priced alone: headline 12 × (1,250 + 120) = $16,440, without A's earlier
    // $500 row 12 × (750 + 120) = $10,440 (session 19, lead; trial 18a, R3).
    #expect(a.ambiguityShares == [AmbiguityShare(cause: .stackedRows, low: -50_000, high: 0)])
    let summary = try c.company(name: "Stacked").company.dataQuality.imported
    #expect(
      summary?.ambiguousChoices.first
        == ImportSummary.AmbiguousChoice(
          code: "stacked_rows", words: AmbiguityCause.stackedRows.words, accounts: 1,
          arrLow: 1_044_000, arrHigh: 1_644_000))
    #expect(c.accounts.first { $0.id == "B" }?.ambiguousMRR == nil)
    #expect(
      c.log.findings.contains {
        $0.contains(
          "1 customer has a paid row running beside a later one at as-of (first \"A\", "
            + "line 2 beside line 5)") && $0.contains("MRR is $500.00 lower, ARR $6,000.00")
      })
  }

  /// An earlier row that ended before the later one started is a plan change, no range.
  @Test func anEndedRowIsNoAddOn() throws {
    let c = try read(
      """
      customer_id,plan,start_date,end_date,mrr
      A,Basic,2024-01-15,2024-03-01,500
      A,Pro,2024-03-01,,750
      """)
    #expect(c.accounts[0].ambiguousMRR == nil)
    #expect(!c.log.findings.contains { $0.contains("running beside a later one") })
  }

  /// A plan change in the as-of month (session 17, import lane: trial 16, V1, Baremetrics'
  /// delta): Basic at 200 ends on 2024-03-15, Pro at 600 starts that day, and the as-of month is
  /// March, the latest start. March bills the new price only (the plan change rule), so no row
  /// runs beside a later one: by hand A is 200, 200, 600, with no range and no add-on finding
  /// (the notes said both "added up as an add-on; … MRR is $200.00 lower" and "that month bills
  /// the new spell's price only").
  @Test func aPlanChangeInTheAsOfMonthIsNoAddOn() throws {
    let c = try read(
      """
      customer_id,plan,start_date,end_date,mrr
      A,Basic,2024-01-15,2024-03-15,200
      A,Pro,2024-03-15,,600
      """)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("A") == [20_000, 20_000, 60_000])
    #expect(c.accounts[0].ambiguousMRR == nil)
    #expect(!c.log.findings.contains { $0.contains("running beside a later one") })
    #expect(!c.log.notes.contains { $0.contains("running beside a later one") })
    #expect(c.log.notes.contains { $0.contains("(a plan change): that month bills") })
  }

  /// `monthly_fixed_fee` is a monthly price (twelfth session: d-rehoune/saas_finance_project's
  /// public subscriptions table was refused, "no column is a monthly price").
  @Test func aMonthlyFixedFeeIsTheMonthlyPrice() throws {
    let c = try read(
      """
      customer_id,subscription_start_date,subscription_end_date,monthly_fixed_fee
      A,2024-01-05,,300
      B,2024-02-01,,150
      """)
    #expect(c.mrrRow("A") == [30_000, 30_000])
    #expect(c.mrrRow("B") == [0, 15_000])
  }
}
