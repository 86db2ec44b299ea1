import ARRCore
import Testing

@testable import ARRInput

/// `--currency` names the currency of amounts that name none; amounts that name another are
/// refused, never relabelled (trial 32, T32-12: `--currency USD` on `1250,00€` cells read the
/// euros as dollars with no word). A shared sign (`$`, `¥`) contradicts none of its currencies.
@Suite struct GivenCurrencyTests {
  static func read(_ text: String, currency: String?) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "m.csv", bytes: Array(text.utf8))],
      options: ImportOptions(currency: currency))
  }

  static let euros = "customer_id,month,mrr\nA,2024-01,€100.00\nA,2024-02,€100.00\n"
  static let dollars = "customer_id,month,mrr\nA,2024-01,$100.00\nA,2024-02,$100.00\n"
  static let bare = "customer_id,month,mrr\nA,2024-01,100.00\nA,2024-02,100.00\n"

  @Test func anotherCurrencyIsRefused() {
    #expect {
      try Self.read(Self.euros, currency: "USD")
    } throws: { error in
      (error as? ARRQualityError)?.message
        == "m.csv: the amounts are in EUR (the data names it: a sign or code in the cells, a "
        + "title or a currency column), not USD (--currency): amounts are never converted "
        + "(rates are not supported); leave out --currency to read them in EUR, or convert the "
        + "file"
    }
  }

  /// The same currency, a dollar for a bare `$`, and amounts naming none all read: 100.00 a
  /// month.
  @Test(arguments: [(euros, "EUR"), (dollars, "CAD"), (dollars, "USD"), (bare, "GBP")])
  func agreeingOrUnnamedRead(text: String, currency: String) throws {
    let c = try Self.read(text, currency: currency)
    #expect(c.mrrRow("A") == [10_000, 10_000])
  }
}
