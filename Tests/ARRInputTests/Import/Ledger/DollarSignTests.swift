import ARRCore
import Testing

@testable import ARRInput

/// A currency written only as `$` (US, Canadian, Australian… dollars): read as USD with a
/// finding naming company.json's `currency` as the override. A currency column holding `$` made
/// the company's currency "$" (the tie-out read `200.00 $`).
@Suite struct DollarSignTests {
  static let override = "set its code in the imported company.json"

  /// A ledger whose currency column says `$`: A 100 and B 200 in January and February, USD.
  @Test func aDollarCurrencyColumnIsUSDWithAFinding() throws {
    let c = try importLedger(
      """
      customer_id,date,amount,currency
      A,2024-01-05,100,$
      A,2024-02-05,100,$
      B,2024-01-05,200,$
      B,2024-02-05,200,$
      """)
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.mrrRow("B") == [20_000, 20_000])
    let f = c.log.findings.filter { $0.contains("written only as \"$\"") }
    #expect(f.count == 1)
    #expect(f.first?.contains("(first on line 2), read as United States dollars (USD)") == true)
    #expect(f.first?.contains(Self.override) == true)
  }

  /// `$` signs on the amounts and no currency column: the same rule.
  @Test func dollarSignedAmountsAreUSDWithAFinding() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2024-01-05,$100.50
      A,2024-02-05,$100.50
      """)
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("A") == [10_050, 10_050])
    #expect(c.log.findings.contains { $0.contains(Self.override) })
  }

  /// Named anywhere (a `USD` cell, `US$`, the amount header, `--currency`): nothing to say.
  @Test func aNamedCurrencyHasNoFinding() throws {
    let cases: [(header: String, first: String, second: String, options: ImportOptions)] = [
      ("customer_id,date,amount,currency", ",USD", ",$", ImportOptions()),
      ("customer_id,date,amount,currency", ",US$", ",US$", ImportOptions()),
      ("customer_id,date,amount (USD),currency", ",$", ",$", ImportOptions()),
      ("customer_id,date,amount,currency", ",$", ",$", ImportOptions(currency: "CAD")),
    ]
    for t in cases {
      let c = try importLedger(
        "\(t.header)\nA,2024-01-05,100\(t.first)\nA,2024-02-05,100\(t.second)\n",
        options: t.options)
      #expect(c.mrrRow("A") == [10_000, 10_000])
      #expect(!c.log.findings.contains { $0.contains(Self.override) }, "\(t)")
    }
  }

  /// Other signs in a currency cell name their code: `€` is EUR, `C$` CAD (no finding).
  @Test(arguments: [("€", "EUR"), ("£", "GBP"), ("C$", "CAD"), ("A$", "AUD")])
  func aSignInACurrencyCellIsItsCode(sign: String, code: String) throws {
    let c = try importLedger(
      "customer_id,date,amount,currency\nA,2024-01-05,100,\(sign)\nA,2024-02-05,100,\(sign)\n")
    #expect(c.log.currency == code)
    #expect(!c.log.findings.contains { $0.contains(Self.override) })
  }

  /// A monthly table with a `$` currency column beside `$` amounts: one currency, USD (the
  /// cell and the sign had been two currencies, "$" and USD, refused).
  @Test func aMonthlyTableWithDollarCellsAndSignsIsUSD() throws {
    let c = try importLedger(
      """
      customer_id,month,mrr,currency
      A,2024-01,$100,$
      A,2024-02,$100,$
      """, name: "mrr.csv")
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.findings.contains { $0.contains(Self.override) })
  }

  /// A subscriptions table pricing in `$` (currency column): USD, with the finding.
  @Test func aSubscriptionsTableWithADollarColumnIsUSD() throws {
    let c = try importLedger(
      """
      customer_id,start_date,end_date,monthly_fee,currency
      A,2024-01-01,,100,$
      B,2024-02-01,,50,$
      """, name: "subscriptions.csv")
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.mrrRow("B") == [0, 5_000])
    #expect(c.log.findings.contains { $0.contains(Self.override) })
  }
}
