import ARRCore
import Testing

@testable import ARRInput

/// A monthly table's amount header naming its currency (`mrr_usd`, `MRR (USD)`): the amounts are
/// in it (`docs/import.md`, "Monthly table"). Since the twelfth session's revert, `mrr_usd`
/// alone was read with no currency (review 12).
@Suite struct MonthlyHeaderCurrencyTests {
  /// `a`: 100 a month, in US dollars, whatever way the header names them.
  @Test(arguments: ["mrr_usd", "MRR (USD)", "mrr_usd_cents"])
  func theHeaderNamesTheCurrency(header: String) throws {
    let scale = header.hasSuffix("cents") ? "00" : ""
    let c = try importCube(
      "customer_id,month,\(header)\na,2024-01,100\(scale)\na,2024-02,100\(scale)\n")
    #expect(c.mrrRow("a") == [10_000, 10_000])
    #expect(c.log.currency == "USD")
  }

  /// A footnote naming the currency settles it, as in a cube (`FootnoteCurrency`; render review
  /// 38, R38-6): `$` amounts with "Amounts in CAD." under them are Canadian dollars, with a note
  /// and no finding that `$` might be another dollar; without the footnote they are US dollars,
  /// questioned.
  @Test func aFootnoteNamesTheCurrency() throws {
    let rows = "customer_id,month,mrr\na,2024-01,$100\na,2024-02,$100\n"
    let noted = try importCube(rows + "\nAmounts in CAD.\n")
    #expect(noted.mrrRow("a") == [10_000, 10_000])
    #expect(noted.log.currency == "CAD")
    #expect(
      noted.log.notes.contains { $0.hasSuffix("the footnote on line 5 names the currency: CAD") })
    #expect(!noted.log.findings.contains { $0.contains("written only as \"$\"") })
    let bare = try importCube(rows)
    #expect(bare.log.currency == "USD")
    #expect(bare.log.findings.contains { $0.contains("written only as \"$\"") })
  }

  /// A currency column naming another currency is refused, naming both; one agreeing is read.
  @Test func aCurrencyColumnNamingAnotherIsRefused() throws {
    let eur = "customer_id,month,mrr_usd,currency\na,2024-01,100,EUR\na,2024-02,100,EUR\n"
    let error = try #require(throws: ARRQualityError.self) { try importCube(eur) }
    #expect(error.message.contains("\"mrr_usd\" names USD, but the currency column says EUR"))
    let usd = try importCube(eur.replacingOccurrences(of: "EUR", with: "USD"))
    #expect(usd.log.currency == "USD")
  }

  /// Review 12, F7: `mrr_usd` beside `mrr` and a currency column: the plain `mrr` is read, in the
  /// column's currency, in either column order (100 EUR, 108 USD). Without a currency column
  /// the one named USD is read (review 12, F4).
  @Test(
    arguments: [
      (
        "customer_id,month,mrr_usd,mrr,currency\na,2024-01,108,100,EUR\na,2024-02,108,100,EUR",
        10_000, "EUR"
      ),
      (
        "customer_id,month,mrr,currency,mrr_usd\na,2024-01,100,EUR,108\na,2024-02,100,EUR,108",
        10_000, "EUR"
      ),
      ("customer_id,month,mrr,mrr_usd\na,2024-01,100,108\na,2024-02,100,108", 10_800, "USD"),
      ("customer_id,month,mrr_usd,mrr\na,2024-01,108,100\na,2024-02,108,100", 10_800, "USD"),
    ] as [(String, Int64, String)])
  func aPlainAndANamedAmount(text: String, cents: Int64, currency: String) throws {
    let c = try importCube(text)
    #expect(c.mrrRow("a") == [cents, cents])
    #expect(c.log.currency == currency)
  }

  /// Review 13, F8 in a monthly table: `$` amounts under `MRR (CAD)` are Canadian dollars; `€`
  /// under it is refused.
  @Test func aDollarSignUnderMRRInCAD() throws {
    let c = try importCube("customer_id,month,MRR (CAD)\na,2024-01,$100\na,2024-02,$100\n")
    #expect(c.mrrRow("a") == [10_000, 10_000])
    #expect(c.log.currency == "CAD")
    #expect(throws: ARRQualityError.self) {
      try importCube("customer_id,month,MRR (CAD)\na,2024-01,$100\na,2024-02,€100\n")
    }
  }
}
