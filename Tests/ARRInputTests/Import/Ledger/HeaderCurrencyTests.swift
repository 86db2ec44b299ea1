import ARRCore
import Testing

@testable import ARRInput

/// An amount header naming its currency (`Amount (USD)`, `Total (EUR)`) was no amount column:
/// the ledger was refused ("no column is the amount").
@Suite struct HeaderCurrencyTests {
  @Test(arguments: [
    ("Amount (USD)", "USD"), ("Total (EUR)", "EUR"), ("Line Amount (gbp)", "GBP"),
    // A warehouse's column named with its currency as a last word (eleventh session's trial:
    // sz-a11y/learnworlds-mrr's public `invoices.csv`, `amount_usd`, was refused).
    ("amount_usd", "USD"), ("Amount EUR", "EUR"),
  ])
  func theHeaderIsTheAmountAndNamesTheCurrency(header: String, currency: String) throws {
    let c = try importLedger(
      """
      Customer,Invoice Date,\(header)
      A,2024-01-05,100.00
      A,2024-02-05,100.00
      """)
    #expect(Array(c.mrr[0..<2]) == [10_000, 10_000])
    #expect(c.log.currency == currency)
  }

  @Test(arguments: [
    ("amount (usd)", "amount", "USD" as String?), ("amount (net)", "amount (net)", nil),
    ("amount", "amount", nil), ("(usd)", "(usd)", nil), ("amount usd", "amount", "USD"),
    ("amount net", "amount net", nil), ("usd", "usd", nil),
  ])
  func strippingCurrency(key: String, rest: String, currency: String?) {
    let r = LedgerLayout.strippingCurrency(key)
    #expect(r.key == rest)
    #expect(r.currency == currency)
  }

  /// The header's currency and a cell's sign disagreeing are two currencies: refused.
  @Test func aCellInAnotherCurrencyIsRefused() {
    #expect(throws: ARRQualityError.self) {
      try importLedger(
        """
        Customer,Invoice Date,Amount (USD)
        A,2024-01-05,100.00
        A,2024-02-05,€100.00
        """)
    }
  }
}
