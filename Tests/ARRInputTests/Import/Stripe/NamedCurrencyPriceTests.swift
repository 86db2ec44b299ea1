import ARRCore
import Testing

@testable import ARRInput

/// Review 51, R51-24 (cases `r59b`, `r59`): `ACV (USD)` beside a `Currency` column. Session 50
/// read the dollar amounts as the rows' euros, and refused rows in three currencies
/// (``SubscriptionTableReader/namedCurrencyPrice(_:header:rows:file:)``).
@Suite struct NamedCurrencyPriceTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "Contracts_Register.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  static func register(_ currencies: [String], header: String = "ACV (local),ACV (USD)")
    -> String
  {
    let rows = [
      "Atlas,2026-01-01,2026-12-31,\(currencies[0]),\"24,000\",\"24,000\"",
      "Beryl,2026-03-01,2027-02-28,\(currencies[1]),\"30,000\",\"33,000\"",
      "Cobalt,2025-11-01,2027-10-31,\(currencies[2]),\"10,000\",\"12,500\"",
    ]
    return (["Customer,Start Date,End Date,Currency,\(header)"] + rows).joined(separator: "\n")
      + "\n"
  }

  /// `r59b`: every row EUR, `ACV (local)` beside: the local column is the price, in euros. By
  /// hand: (24,000 + 30,000 + 10,000) ÷ 12 a month, EUR.
  @Test func oneRowCurrencyReadsTheLocalColumn() throws {
    let c = try read(Self.register(["EUR", "EUR", "EUR"]))
    #expect(c.log.currency == "EUR")
    #expect(c.mrrRow("Atlas").last == 200_000)
    #expect(c.mrrRow("Beryl").last == 250_000)
    #expect(c.log.notes.contains { $0.contains("\"ACV (local)\" is read as the price, in EUR") })
  }

  /// `r59`: rows in USD, EUR and GBP: `ACV (USD)` is read in dollars on every row. By hand:
  /// 24,000 + 33,000 + 12,500 = 69,500 a year.
  @Test func rowsInSeveralCurrenciesReadTheNamedColumn() throws {
    let c = try read(Self.register(["USD", "EUR", "GBP"]))
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("Beryl").last == 275_000)
    #expect(c.mrrRow("Cobalt").last == 104_167)
    #expect(c.log.notes.contains { $0.contains("names its currency: its amounts are read in USD") })
  }

  /// Twin: with no unconverted column, `ACV (USD)` beside EUR rows is read in dollars (never
  /// as euros).
  @Test func noLocalColumnReadsTheNamedCurrency() throws {
    let text = Self.register(["EUR", "EUR", "EUR"], header: "Segment,ACV (USD)")
      .replacingOccurrences(of: "\"24,000\",\"24,000\"", with: "SMB,\"24,000\"")
      .replacingOccurrences(of: "\"30,000\",\"33,000\"", with: "SMB,\"33,000\"")
      .replacingOccurrences(of: "\"10,000\",\"12,500\"", with: "SMB,\"12,500\"")
    let c = try read(text)
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("Beryl").last == 275_000)
  }

  /// Review 52, R52-25: a qualifier before the price's name (`Local ACV`, `Original ACV`) names
  /// the unconverted column as one after it does; twin: another word before it (`Prior ACV`)
  /// does not.
  @Test(arguments: [("Local ACV", true), ("Original ACV", true), ("Prior ACV", false)])
  func aQualifierBeforeTheNameIsTheLocalColumn(_ name: String, _ isLocal: Bool) throws {
    let c = try read(Self.register(["EUR", "EUR", "EUR"], header: "\(name),ACV (USD)"))
    #expect(
      c.log.notes.contains { $0.contains("\"\(name)\" is read as the price, in EUR") } == isLocal)
  }

  /// Review 52, R52-35 (case `u02`): `Currency` blank on the home-currency row (Atlas) and EUR
  /// on the others: the rows do not all name EUR, so `ACV (USD)` is read in dollars (24,000 +
  /// 33,000 + 12,500 = 69,500 a year) and the local column is not.
  @Test func aBlankCurrencyCellIsTheHomeCurrency() throws {
    let c = try read(Self.register(["", "EUR", "EUR"]))
    #expect(!c.log.notes.contains { $0.contains("is read as the price, in EUR") })
    #expect(c.log.notes.contains { $0.contains("its amounts are read in USD on every row") })
  }
}
