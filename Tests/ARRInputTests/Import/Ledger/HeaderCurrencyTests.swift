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
    // A currency sign of one currency (trial 56, T56-201: a real Italian register's `Importo
    // Netto (€)` was refused, `Amount (€)` read as USD).
    ("Amount (€)", "EUR"), ("Amount €", "EUR"), ("Importo Netto (€)", "EUR"), ("Total (£)", "GBP"),
    ("Amount (₹)", "INR"),
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
    ("amount net", "amount net", nil), ("usd", "usd", nil), ("amount (€)", "amount", "EUR"),
    ("amount ($)", "amount", nil), ("amount $", "amount", nil), ("(€)", "(€)", nil),
    ("€", "€", nil),
  ])
  func strippingCurrency(key: String, rest: String, currency: String?) {
    let r = LedgerLayout.strippingCurrency(key)
    #expect(r.key == rest)
    #expect(r.currency == currency)
  }

  /// A currency column naming another currency than the amount header (sp930-x/dbt-analytics-mini's
  /// public `invoices.csv`: `amount_usd` beside `currency` EUR, eleventh session) is refused:
  /// converted to dollars or written in euros, either reading could be wrong. A column that
  /// agrees with the header is read.
  @Test func aCurrencyColumnDisagreeingWithTheHeaderIsRefused() throws {
    let text = """
      invoice_id,customer_id,amount_usd,currency,invoice_date
      1001,A,199,USD,2025-03-01
      1002,A,299,EUR,2025-04-01
      """
    let error = try #require(throws: ARRQualityError.self) { try importLedger(text) }
    #expect(
      error.message.contains(
        "the amount header \"amount_usd\" names USD, but the currency column says EUR (line 3)"))
    let c = try importLedger(text.replacingOccurrences(of: "EUR", with: "USD"))
    #expect(c.mrrRow("A") == [19_900, 29_900])
    #expect(c.log.currency == "USD")
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

  /// Review 11, F14: `amount_usd` beside a plain `amount` and its `currency` (a warehouse's
  /// converted amount beside the original): the plain amount is read, in the currency column's
  /// currency, in either column order (left of `amount`, `amount_usd` was read and the file
  /// refused); `amount_usd` is listed as ignored. A 100 EUR a month, 108 USD converted.
  @Test(arguments: [
    "customer_id,date,amount_usd,amount,currency\nA,2024-01-05,108,100,EUR\nA,2024-02-05,108,100,EUR",
    "customer_id,date,amount,currency,amount_usd\nA,2024-01-05,100,EUR,108\nA,2024-02-05,100,EUR,108",
  ])
  func aPlainAmountBeatsOneNamedInACurrency(text: String) throws {
    let c = try importLedger(text)
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.currency == "EUR")
    #expect(c.log.files[0].ignoredColumns == ["amount_usd"])
  }

  /// A unit and a currency in either order: `amount_usd_cents` and `amount_cents_usd` are the
  /// amount in US cents (the first was "no column is the amount"). 10000 cents = 100.00 USD.
  @Test(arguments: ["amount_usd_cents", "amount_cents_usd"])
  func aUnitAndACurrencyInEitherOrder(header: String) throws {
    let c = try importLedger(
      """
      customer_id,date,\(header)
      A,2024-01-05,10000
      A,2024-02-05,10000
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.currency == "USD")
  }

  /// Review 11, F8: a currency column writing the header's currency by its sign (`$`, `US$`
  /// beside `Amount (USD)`) agrees with it: read, in USD (it was refused as another currency).
  @Test(arguments: ["$", "US$"])
  func aCurrencySignNamingTheHeadersCurrencyAgrees(sign: String) throws {
    let c = try importLedger(
      """
      customer_id,date,Amount (USD),currency
      A,2024-01-05,100,\(sign)
      A,2024-02-05,100,\(sign)
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.currency == "USD")
  }

  /// Review 11, F8: with no currency column, an amount's own sign naming another currency is
  /// refused with a message naming the amount, not a currency column that does not exist.
  @Test func anAmountsSignInAnotherCurrencyIsNamed() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(
        """
        customer_id,date,amount_usd
        A,2024-01-05,$100
        A,2024-02-05,€100
        """)
    }
    #expect(
      error.message.contains(
        "the amount header \"amount_usd\" names USD, but the amount on line 3 is written in EUR "
          + "(\"€100\")"))
    #expect(!error.message.contains("currency column"))
  }

  /// A currency column headed `currency_code` (Xero's invoices table) or `currency_id`
  /// (QuickBooks Online's) is the currency column: a file mixing GBP and USD is refused, where
  /// it was summed as one currency, silently (twelfth session, fivetran/dbt_xero's and
  /// dbt_quickbooks' public seeds); `contact_id` (Xero's ContactID) is the customer. In a
  /// monthly table too.
  @Test(arguments: ["currency_code", "currency_id", "Currency Code"])
  func aCurrencyCodeColumnIsTheCurrency(header: String) throws {
    let ledger = """
      contact_id,date,total,\(header)
      A,2024-01-05,100.00,USD
      B,2024-01-05,80.00,GBP
      """
    #expect(throws: ARRQualityError.self) { try importLedger(ledger) }
    let one = try importLedger(ledger.replacingOccurrences(of: "GBP", with: "USD"))
    #expect(one.accounts.map(\.id) == ["A", "B"])
    #expect(one.log.currency == "USD")
    let monthly = """
      customer_id,month,mrr,\(header)
      A,2024-01,100,USD
      A,2024-02,100,GBP
      """
    #expect(throws: ARRQualityError.self) { try importCube(monthly) }
  }

  /// Review 13, F4: `amount_usd` beside a plain `amount` and no currency column: the plain
  /// amount's currency is unknown (it was read as US dollars), so the one named USD is read, in
  /// either column order, with a note; `amount` is listed as ignored. A: 100 in its own
  /// currency, 108 USD, each month.
  @Test(arguments: [
    "customer_id,date,amount,amount_usd\nA,2024-01-05,100,108\nA,2024-02-05,100,108",
    "customer_id,date,amount_usd,amount\nA,2024-01-05,108,100\nA,2024-02-05,108,100",
  ])
  func withoutACurrencyColumnTheAmountNamedInACurrencyIsRead(text: String) throws {
    let c = try importLedger(text)
    #expect(c.mrrRow("A") == [10_800, 10_800])
    #expect(c.log.currency == "USD")
    #expect(c.log.files[0].ignoredColumns == ["amount"])
    #expect(c.log.notes.contains { $0.contains("amounts read from \"amount_usd\", named in USD") })
  }

  /// Review 13, F8: `$` is the sign of many dollars: under `Amount (CAD)` (or `Total (AUD)`) a
  /// `$` amount or currency cell is that header's dollar (it was refused as US dollars), with no
  /// `$` finding. A: 100 a month.
  @Test(arguments: [
    ("Amount (CAD)", "$100.00", "", "CAD"), ("Amount (CAD)", "100.00", ",$", "CAD"),
    ("Total (AUD)", "$100.00", "", "AUD"),
  ])
  func aDollarSignUnderAHeaderNamingADollarIsThatDollar(
    header: String, amount: String, currencyCell: String, code: String
  ) throws {
    let currencyHeader = currencyCell.isEmpty ? "" : ",currency"
    let c = try importLedger(
      """
      customer_id,date,\(header)\(currencyHeader)
      A,2024-01-05,\(amount)\(currencyCell)
      A,2024-02-05,\(amount)\(currencyCell)
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.currency == code)
    #expect(!c.log.findings.contains { $0.contains("written only as \"$\"") })
  }

  /// Review 13, F8: a sign naming another currency under `Amount (CAD)` is a real conflict:
  /// refused, naming both (`€`, and `US$`, which is no Canadian dollar).
  @Test(arguments: [("€100.00", "EUR"), ("US$100.00", "USD")])
  func anotherCurrencysSignUnderADollarHeaderIsRefused(amount: String, code: String) throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(
        """
        customer_id,date,Amount (CAD)
        A,2024-01-05,$100.00
        A,2024-02-05,\(amount)
        """)
    }
    #expect(
      error.message.contains(
        "the amount header \"Amount (CAD)\" names CAD, but the amount on line 3 is written in "
          + "\(code)"))
  }
}
