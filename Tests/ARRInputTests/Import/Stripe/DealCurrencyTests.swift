import ARRCore
import Testing

@testable import ARRInput

/// A CRM's deal currency column is the deals' currency (trial 32, T32-6): Salesforce's
/// `Opportunity Currency`, HubSpot's `Deal currency code` and `deal_currency_code`. Before, it
/// was an ignored column: EUR deals were added to USD ones as dollars, and the report said "USD
/// (assumed: the data names none)".
@Suite struct DealCurrencyTests {
  static func deals(header: String, currencies: (String, String)) -> String {
    """
    Deal Name,Deal Stage,Close Date,Annual recurring revenue,Contract Start Date,\
    Contract End Date,Associated Company (Primary),\(header)
    Acme - New,Closed Won,2024-12-20,12000,2025-01-01,2025-12-31,Acme,\(currencies.0)
    Beta - New,Closed Won,2025-01-10,24000,2025-01-01,2025-12-31,Beta,\(currencies.1)
    """
  }

  static func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "deals.csv", bytes: Array(text.utf8))])
  }

  /// One currency named: the company's, not assumed. By hand at 2025-01: Acme 1,000 + Beta
  /// 2,000 a month, in euros.
  @Test(arguments: ["Opportunity Currency", "Deal currency code", "deal_currency_code"])
  func oneCurrencyIsTheCompanys(header: String) throws {
    let c = try Self.read(Self.deals(header: header, currencies: ("EUR", "EUR")))
    #expect(c.log.currency == "EUR")
    #expect(c.mrrRow("Acme").last == 100_000 && c.mrrRow("Beta").last == 200_000)
  }

  /// Two currencies cannot be added up: refused, naming each and its line.
  @Test(arguments: ["Opportunity Currency", "Deal currency code", "deal_currency_code"])
  func twoCurrenciesAreRefused(header: String) {
    #expect {
      try Self.read(Self.deals(header: header, currencies: ("USD", "EUR")))
    } throws: { error in
      (error as? ARRQualityError)?.message.contains(
        "prices in 2 currencies: USD (line 2), EUR (line 3)")
        == true
    }
  }
}
