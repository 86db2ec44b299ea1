import ARRCore
import Testing

@testable import ARRInput

/// A currency is a three-letter code or a known sign (`docs/import.md`, "Invoice ledger"): a
/// numeric `currency_id` (QuickBooks Online writes an id into its currency table) became a
/// currency named "1" (review 12, F14).
@Suite struct CurrencyCodeTests {
  @Test(arguments: [
    ("USD", "USD" as String?), ("eur", "EUR"), ("$", "USD"), ("C$", "CAD"), ("1", nil),
    ("12", nil), ("US Dollar", nil), ("EURO", nil), ("E1R", nil),
  ])
  func aCurrencyCellNamesACodeOrNothing(cell: String, code: String?) {
    #expect(CurrencySigns.code(cell: cell) == code)
  }

  /// The letters before a `$` name its dollar, for amount cells and cube titles alike: an
  /// amount's bare `$` is US dollars, a title's names nothing.
  @Test(arguments: [
    ("CA$5", "CA" as String?, "CAD", "CAD" as String?), ("$5", "", "USD", nil),
    ("a$ 5", "A", "AUD", "AUD"), ("XY$5", "XY", "USD", nil), ("5 €", nil, "EUR", "EUR"),
  ])
  func theLettersBeforeADollarNameIt(
    text: String, prefix: String?, amountCode: String, titleCode: String?
  ) {
    #expect(CurrencySigns.dollarPrefix(text) == prefix)
    #expect(CubeMoney.currency(text) == amountCode)
    #expect(TitleCurrency.codes(in: text).first == titleCode)
  }

  /// A bare `$` is the header's dollar; any other sign keeps its own code.
  @Test func aBareDollarIsTheHeadersDollar() {
    #expect(CurrencySigns.code(cell: "$", named: "CAD") == "CAD")
    #expect(CurrencySigns.code(cell: "$", named: "EUR") == "USD")
    #expect(CurrencySigns.code(amount: "$100", named: "NZD") == "NZD")
    #expect(CurrencySigns.code(amount: "US$100", named: "NZD") == "USD")
    #expect(CurrencySigns.code(amount: "€100", named: "CAD") == "EUR")
    #expect(CurrencySigns.code(amount: "100", named: "CAD") == nil)
  }

  /// A currency column of numbers alone is an id column: not read as the currency, with a
  /// note, in a ledger, a monthly table and a subscriptions table. A: 100 a month.
  @Test(arguments: [
    ("ledger.csv", "customer_id,date,amount,currency_id\nA,2024-01-05,100,1\nA,2024-02-05,100,1"),
    ("mrr.csv", "customer_id,month,mrr,currency_id\nA,2024-01,100,1\nA,2024-02,100,1"),
    (
      "subscriptions.csv",
      "customer_id,start_date,end_date,monthly_fee,currency_id\nA,2024-01-01,,100,1\nB,2024-02-01,,50,1"
    ),
  ])
  func aNumericCurrencyColumnIsNotRead(name: String, text: String) throws {
    let c = try importLedger(text, name: name)
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.currency != "1")
    #expect(
      c.log.notes.contains { $0.contains("\"currency_id\" holds numbers, not currency codes") })
  }

  /// A cell that names no currency in a column of codes is a problem of its line, never a
  /// currency: line 3, column 4.
  @Test(arguments: ["ledger.csv", "mrr.csv"])
  func aCellNamingNoCurrencyIsAProblem(name: String) throws {
    let text =
      name == "mrr.csv"
      ? "customer_id,month,mrr,currency\nA,2024-01,100,USD\nA,2024-02,100,1"
      : "customer_id,date,amount,currency\nA,2024-01-05,100,USD\nA,2024-02-05,100,1"
    let error = try #require(throws: ARRQualityError.self) { try importLedger(text, name: name) }
    #expect(
      error.problems.contains {
        $0.line == 3 && $0.column == 4 && $0.message.contains("currency \"1\" is not a currency")
      })
  }
}
