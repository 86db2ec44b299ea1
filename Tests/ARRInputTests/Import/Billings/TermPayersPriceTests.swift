import ARRCore
import Testing

@testable import ARRInput

/// With no monthly payer, a single payment is sized against the term accounts' own monthly
/// price, not spread over their rhythm (trial 51, T51-15: a 60,000 payment beside one
/// quarterly payer of 15,000 was spread over 3 months and its customer reported as churned).
@Suite struct TermPayersPriceTests {
  /// Hooli pays 15,000 each quarter (5,000 a month); Globex pays `amount` once on `date`.
  static func ledger(_ date: String, _ amount: String) -> String {
    """
    customer_id,invoice_date,description,amount
    Hooli,2026-01-01,Platform,15000.00
    Hooli,2026-04-01,Platform,15000.00
    Hooli,2026-07-01,Platform,15000.00
    Hooli,2026-10-01,Platform,15000.00
    Globex,\(date),Private offer,\(amount)
    """
  }

  /// By hand, as of 2026-10: Globex's 60,000 of 2026-03 is 12 × Hooli's monthly price, a year
  /// to 2027-02: 5,000 a month, live (was 20,000 a month for three months, then churned).
  @Test func aLargePaymentIsAYear() throws {
    let c = try importLedger(Self.ledger("2026-03-01", "60000.00"))
    #expect(c.mrrRow("Globex").last == 500_000)
    #expect(c.mrrRow("Hooli").last == 500_000)
  }

  /// Its twin: 15,000 once in 2026-09, a quarter's price, is a quarter (September to
  /// November), as before.
  @Test func aQuartersPaymentIsAQuarter() throws {
    let c = try importLedger(Self.ledger("2026-09-01", "15000.00"))
    #expect(c.mrrRow("Globex").suffix(2) == [500_000, 500_000])
  }
}
