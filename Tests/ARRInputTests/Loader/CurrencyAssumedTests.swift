import ARRCore
import Testing

@testable import ARRInput

/// A currency no input names is the USD default, and the company says it was assumed
/// (`docs/input.md`, "Currency"; session 19, lead; trial 18a, K2: a New Taiwan dollar ledger
/// was reported in USD without a word).
@Suite struct CurrencyAssumedTests {
  static let monthly = csv("account_id,month,mrr", "A1,2024-01,10", "A2,2024-01,20")

  @Test(arguments: [
    (nil as String?, "USD", true),
    (#"{"name": "Acme"}"#, "USD", true),
    (#"{"currency": "EUR"}"#, "EUR", false),
    (#"{"currency": "USD"}"#, "USD", false),
  ])
  func folderCurrencyIsAssumedOnlyWhenCompanyJSONGivesNone(
    json: String?, currency: String, isAssumed: Bool
  ) throws {
    let c = try load(monthly: Self.monthly, json: json)
    #expect(c.profile.currency == currency)
    #expect(c.profile.isCurrencyAssumed == isAssumed)
  }

  static func imported(_ currency: String?) throws -> Company {
    let cube = "Customer,2025-01,2025-02,2025-03\nM,100,100,100\nN,50,50,50\n"
    return try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))], options: ImportOptions()
    ).company(name: "Cube", currency: currency).company
  }

  @Test func anImportNamingNoCurrencyAssumesUSD() throws {
    let c = try Self.imported(nil)
    #expect(c.profile.currency == "USD" && c.profile.isCurrencyAssumed)
  }

  @Test func aGivenCurrencyIsNotAssumed() throws {
    let c = try Self.imported("TWD")
    #expect(c.profile.currency == "TWD" && !c.profile.isCurrencyAssumed)
  }
}
