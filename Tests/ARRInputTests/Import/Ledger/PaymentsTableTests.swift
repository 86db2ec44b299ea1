import ARRCore
import Testing

@testable import ARRInput

/// A payments table, every line a payment, a refund or a purchase, holds no invoice for its
/// payments to pay: they are the revenue record, read on a cash basis with a finding (review 11,
/// F20: every line skipped as cash, ARR 0). Beside invoices, payments stay skipped.
@Suite struct PaymentsTableTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "tx.csv", bytes: Array(text.utf8))])
  }

  /// acme pays 100 a month; beta 200 a month, 50 refunded in February: a one-off credit, left
  /// out (``OneOffCredits``), beta 200 a month.
  @Test func paymentsAloneAreRevenue() throws {
    let c = try read(
      """
      tx_id,customer_id,tx_date,amount,tx_type
      T1,acme,2024-01-05,100,payment
      T2,acme,2024-02-05,100,payment
      T3,acme,2024-03-05,100,payment
      T4,beta,2024-01-05,200,payment
      T5,beta,2024-02-05,200,payment
      T6,beta,2024-02-20,50,refund
      T7,beta,2024-03-05,200,payment
      """)
    #expect(c.mrrRow("acme") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("beta") == [20_000, 20_000, 20_000])
    #expect(c.log.tieOut.leftOutCents == -5_000)
    #expect(c.log.files[0].rowsSkipped == 0)
    #expect(c.log.findings.contains { $0.contains("a payments table") })
  }

  /// Beside an invoice, a payment is cash for it: skipped. acme is invoiced 100 in January and
  /// February and pays each: 100, 100.
  @Test func paymentsBesideInvoicesAreSkipped() throws {
    let c = try read(
      """
      customer_id,date,amount,type
      acme,2024-01-05,100,invoice
      acme,2024-01-20,100,payment
      acme,2024-02-05,100,invoice
      acme,2024-02-20,100,payment
      """)
    #expect(c.mrrRow("acme") == [10_000, 10_000])
    #expect(c.log.files[0].skipped[.payment] == 2)
    #expect(!c.log.findings.contains { $0.contains("a payments table") })
  }
}
