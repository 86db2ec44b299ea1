import ARRCore
import Testing

@testable import ARRInput

/// A month whose charge is refunded in full is no gap in the billing rhythm (review 11, F7): the
/// rhythm is read on the charges alone, and each month is spread as its charges less its
/// credits net it (`docs/import.md`, "Invoice ledger", "What a line is").
@Suite struct RefundedMonthTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "t.csv", bytes: Array(text.utf8))])
  }

  /// The reviewer's transactions table: Acme is charged 100 on the 5th of January to April and
  /// February's is refunded (a positive `refund`, negated). Read on the net billing, February
  /// was a gap and Acme quarterly, 33.33 a month. Truth: monthly, 100 a month, February's refund
  /// a one-off credit beside its charge, left out (``OneOffCredits``; February read 0 before
  /// session 29); Beta 200 a month.
  @Test(arguments: ["100,refund", "-100,credit note"])
  func aRefundedMonthKeepsAMonthlyRhythm(refund: String) throws {
    let c = try read(
      """
      transaction_id,customer_id,tx_date,amount,tx_type
      1,acme,2024-01-05,100,subscription
      2,acme,2024-02-05,100,subscription
      3,acme,2024-02-20,\(refund)
      4,acme,2024-03-05,100,subscription
      5,acme,2024-04-05,100,subscription
      6,beta,2024-01-05,200,subscription
      7,beta,2024-02-05,200,subscription
      8,beta,2024-03-05,200,subscription
      9,beta,2024-04-05,200,subscription
      """)
    #expect(c.mrrRow("acme") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == -10_000)
    #expect(c.oneTimeRow("acme") == [0, 0, 0, 0])
    #expect(c.account("acme")?.billingCadence == .monthly)
    #expect(c.account("acme")?.ambiguousMRR == nil)
    #expect(c.mrrRow("beta") == [20_000, 20_000, 20_000, 20_000])
  }

  /// An untyped ledger: Acme is invoiced 300 every quarter (January, April, July) and its April
  /// invoice is credited in full on April 20. The rhythm is still quarterly, 100 a month; the
  /// credit, beside April's invoice and not repeated, is one-off and left out
  /// (``OneOffCredits``; April–June read 0 before session 29).
  @Test func aCreditedQuarterKeepsAQuarterlyRhythm() throws {
    let c = try read(
      """
      customer,date,amount
      Acme,2024-01-05,300
      Acme,2024-04-05,300
      Acme,2024-04-20,-300
      Acme,2024-07-05,300
      """)
    #expect(c.mrrRow("Acme") == Array(repeating: 10_000, count: 7))
    #expect(c.log.tieOut.leftOutCents == -30_000)
    #expect(c.account("Acme")?.billingCadence == .quarterly)
  }
}
