import ARRCore
import Testing

@testable import ARRInput

/// Orb's invoice line item export, its columns as Orb's docs name them (session 17, import3
/// lane; trial 17, O1 and H1): `Invoice line item start` / `Invoice line item end` ("the
/// inclusive end date") were ignored, so usage billed on the 1st for the month before counted
/// a month late; and its currency columns, `Gross amount currency` and `Invoice currency`, were
/// ignored, so a customer billed in euros was summed as dollars with no word.
@Suite struct OrbLineItemsTests {
  func read(_ text: String, name: String = "orb.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// By hand: acme 2,000.00 a month and theta 1,500.00 a month for January and February,
  /// invoiced on the 1st of the next month. The last invoices (March 1st) serve February: as-of
  /// 2025-02, acme 200,000 and theta 150,000 hundredths in both months.
  static let orb = """
    Invoice ID,Customer ID,Customer name,Invoice date,Line item name,Invoice line item start,Invoice line item end,Gross amount,Gross amount currency,Net amount,Invoice currency,Invoice status
    inv_1,orbc_acme,Acme AI,02/01/2025,Platform fee,01/01/2025,01/31/2025,2000.00,USD,2000.00,USD,paid
    inv_2,orbc_theta,Theta,02/01/2025,Platform fee,01/01/2025,01/31/2025,1500.00,USD,1500.00,USD,paid
    inv_3,orbc_acme,Acme AI,03/01/2025,Platform fee,02/01/2025,02/28/2025,2000.00,USD,2000.00,USD,paid
    inv_4,orbc_theta,Theta,03/01/2025,Platform fee,02/01/2025,02/28/2025,1500.00,USD,1500.00,USD,issued
    """

  @Test func theLinePeriodsAndCurrencyColumnsAreRead() throws {
    let c = try read(Self.orb)
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("orbc_acme") == [200_000, 200_000])
    #expect(c.mrrRow("orbc_theta") == [150_000, 150_000])
    #expect(c.log.currency == "USD")
    let file = c.log.files[0]
    #expect(file.recognisedColumns.contains("service_start: Invoice line item start"))
    #expect(file.recognisedColumns.contains("service_end: Invoice line item end"))
    #expect(file.recognisedColumns.contains("currency: Gross amount currency"))
    #expect(file.recognisedColumns.contains("currency (checked against it): Invoice currency"))
    #expect(file.recognisedColumns.contains("description: Line item name"))
    #expect(!file.ignoredColumns.contains("Invoice currency"))
  }

  /// theta billed in euros in both of Orb's currency columns: two currencies, refused as a
  /// `Currency` column's are (it was $1,500 a month read as dollars).
  @Test func aSecondCurrencyInOrbsColumnsIsRefused() throws {
    let text = Self.orb.replacingOccurrences(
      of: "1500.00,USD,1500.00,USD", with: "1500.00,EUR,1500.00,EUR")
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.message.hasPrefix(
        "orb.csv: amounts in 2 currencies: USD (line 2), EUR (line 3); import one currency at "
          + "a time (rates files are not supported)"))
  }

  /// Two currency columns that disagree on a line: which one the amount is in cannot be told.
  @Test func currencyColumnsThatDisagreeAreRefused() throws {
    let text = Self.orb.replacingOccurrences(
      of:
        "inv_3,orbc_acme,Acme AI,03/01/2025,Platform fee,02/01/2025,02/28/2025,2000.00,USD,2000.00,USD",
      with:
        "inv_3,orbc_acme,Acme AI,03/01/2025,Platform fee,02/01/2025,02/28/2025,2000.00,USD,2000.00,EUR"
    )
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.message.hasPrefix(
        "orb.csv:4: \"Gross amount currency\" says USD but \"Invoice currency\" says EUR: which "
          + "currency the amounts are in cannot be told"))
  }

  /// A tenant's `home_currency` is not the lines' currency (Zuora writes it beside the item's
  /// own): it is not read, and the file stays in one currency.
  @Test func aHomeCurrencyIsNotTheLinesCurrency() throws {
    let c = try read(
      """
      customer_id,date,amount,home_currency
      A,2025-01-05,100.00,EUR
      A,2025-02-05,100.00,EUR
      """)
    #expect(c.log.files[0].ignoredColumns.contains("home_currency"))
    #expect(c.mrrRow("A") == [10_000, 10_000])
  }

  /// RevenueCat's `purchased_currency` is the currency of `price_in_purchased_currency`, not of
  /// the amount read (`price_in_usd`, renamed `amount`): not read, so a EUR purchase does not
  /// make two currencies. By hand: 10.79 (1,079) in January and February.
  @Test func aCurrencyNamingAnotherAmountColumnIsThatColumns() throws {
    let c = try read(
      """
      customer_id,date,amount,purchased_currency,price_in_purchased_currency
      u9,2025-01-05,10.79,EUR,9.99
      u9,2025-02-05,10.79,EUR,9.99
      """)
    #expect(c.log.files[0].ignoredColumns.contains("purchased_currency"))
    #expect(c.mrrRow("u9") == [1_079, 1_079])
  }
}
