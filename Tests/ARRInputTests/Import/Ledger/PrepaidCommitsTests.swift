import ARRCore
import Testing

@testable import ARRInput

/// A purchase of prepaid credits or a commitment is a commitment over its term, and usage
/// drawn from it is not counted again (session 17, import3 lane; trial 17, O2 and MT1): with
/// its one-day period the purchase was one month's revenue, and the customer drawing it down
/// read churned.
@Suite struct PrepaidCommitsTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  /// Metronome's lines: a 60,000.00 annual prepaid commit bought on 2025-01-15 (period one day,
  /// `ending_before` exclusive), usage of 3,000.00 and 3,500.00 billed in arrears, each netted
  /// by a line applying the commit. By hand: 60,000 over 12 months from 2025-01-15 is 5,000.00
  /// (500,000 hundredths) a month from January; the usage nets to zero; the last invoices
  /// (March 2nd) serve February, so as-of 2025-02; ten months, 5,000,000, are deferred.
  @Test func aCommitPurchaseIsATermAndItsDrawdownIsNotCountedAgain() throws {
    let c = try read(
      """
      customer_id,issued_at,name,type,total,starting_at,ending_before
      beta,2025-01-15,Annual prepaid commit,commit_purchase,60000.00,2025-01-15,2025-01-16
      beta,2025-02-02,Tokens,usage,3000.00,2025-01-01,2025-02-01
      beta,2025-02-02,Prepaid commit applied,applied_commit_or_credit,-3000.00,2025-01-01,2025-02-01
      beta,2025-03-02,Tokens,usage,3500.00,2025-02-01,2025-03-01
      beta,2025-03-02,Prepaid commit applied,applied_commit_or_credit,-3500.00,2025-02-01,2025-03-01
      """)
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("beta") == [500_000, 500_000])
    #expect(c.account("beta")?.contractType == .annual)
    #expect(c.account("beta")?.contractEndDate == CivilDate(year: 2026, month: 1, day: 14))
    let tie = try c.checkedTieOut()
    #expect(tie.deferredCents == 5_000_000)
    #expect(tie.isBalanced)
    let finding = try #require(c.log.findings.first { $0.contains("prepaid credits") })
    #expect(
      finding.hasPrefix(
        "l.csv: 1 line buys prepaid credits or a commitment ($60,000.00 in all, the first "
          + "$60,000.00 on line 2) with no term of a month or more of its own: read as a "
          + "commitment of 12 months from its date"))
  }

  /// Orb's lines: the purchase "Prepaid credits (annual commit)" on 01/15/2025, the usage drawn
  /// from it billed at 0.00 net. By hand: 5,000.00 a month January–March (as-of March, the
  /// latest invoice: a zero line bills nothing in arrears).
  @Test func orbsPrepaidCreditsAreACommitment() throws {
    let c = try read(
      """
      Customer ID,Invoice date,Line item name,Invoice line item start,Invoice line item end,Net amount,Prepaid credits applied amount,Invoice type
      orbc_beta,01/15/2025,Prepaid credits (annual commit),01/15/2025,01/15/2025,60000.00,0.00,one-off
      orbc_beta,02/01/2025,API tokens,01/01/2025,01/31/2025,0.00,3000.00,recurring
      orbc_beta,03/01/2025,API tokens,02/01/2025,02/28/2025,0.00,3500.00,recurring
      """)
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("orbc_beta") == [500_000, 500_000, 500_000])
  }

  /// A purchase with a term of its own keeps it: 12,000.00 for 2025-01-01 to 2025-06-30 is
  /// 2,000.00 a month, with no finding.
  @Test func aPurchaseWithItsOwnTermKeepsIt() throws {
    let c = try read(
      """
      customer_id,date,description,amount,period_start,period_end
      a,2025-01-01,Prepaid credits,12000.00,2025-01-01,2025-06-30
      a,2025-02-01,Prepaid credits top-up fee,100.00,2025-02-01,2025-02-28
      """)
    #expect(c.mrrRow("a") == [200_000, 210_000])
    #expect(!c.log.findings.contains { $0.contains("prepaid credits or a commitment") })
  }
}
