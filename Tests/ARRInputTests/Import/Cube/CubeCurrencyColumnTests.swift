import ARRCore
import Testing

@testable import ARRInput

/// A customer cube's currency column (trial 21, X1: `Currency` was listed as ignored and EUR,
/// USD, JPY and SEK rows were summed as one "USD (assumed)" headline).
@Suite struct CubeCurrencyColumnTests {
  static let header = "Customer,Currency,2024-01,2024-02,2024-03\n"

  /// Four currencies cannot be added up: refused, each named with the line it first appears on.
  @Test func rowsInSeveralCurrenciesAreRefused() throws {
    let text =
      Self.header + "Alpha GmbH,EUR,1000,1000,1000\nBeta Inc,USD,2000,2000,2000\n"
      + "Gamma KK,JPY,450000,450000,450000\nDelta AB,SEK,30000,30000,30000\n"
    let error = try #require(throws: ARRQualityError.self) { try importCube(text) }
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "cube.csv: amounts in 4 currencies: EUR (line 2), USD (line 3), JPY (line 4), "
        + "SEK (line 5); import one currency at a time (rates files are not supported)")
  }

  /// One currency, in any letter case or as a sign, is the company's: 1,000.00 and 250.50 euros
  /// a month, and the column is read, not ignored.
  @Test(arguments: ["EUR", "eur", "€"])
  func oneCurrencyIsTheCompanys(cell: String) throws {
    let c = try importCube(
      Self.header + "Alpha,\(cell),1000,1000,1000\nBeta,EUR,,250.50,250.50\n")
    #expect(c.log.currency == "EUR")
    #expect(c.mrrRow("Alpha") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Beta") == [0, 25_050, 25_050])
    #expect(c.log.files[0].ignoredColumns.isEmpty)
    #expect(c.log.files[0].recognisedColumns.contains("currency: Currency"))
  }

  /// A row whose amounts are all zero or blank adds no currency (a churned customer's code is
  /// still checked): the company stays in euros.
  @Test func aRowWithoutAmountsAddsNoCurrency() throws {
    let c = try importCube(Self.header + "Alpha,EUR,100,100,100\nGone,USD,0,,0\n")
    #expect(c.log.currency == "EUR")
  }

  /// A cell that names no currency is a problem at its cell.
  @Test func aCellNamingNoCurrencyIsAProblem() throws {
    let text = Self.header + "Alpha,EUR,100,100,100\nBeta,Euro,100,100,100\n"
    let error = try #require(throws: ARRQualityError.self) { try importCube(text) }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 3 && problem.column == 2)
    #expect(problem.message.hasPrefix("currency \"Euro\" is not a currency"))
  }

  /// A column of numbers is an id into a currency table: noted and left ignored.
  @Test func numericIDsAreNotACurrency() throws {
    let c = try importCube(
      "Customer,currency_id,2024-01,2024-02,2024-03\nAlpha,1,100,100,100\nBeta,2,200,200,200\n")
    #expect(c.log.files[0].ignoredColumns == ["currency_id"])
    #expect(c.log.notes.contains { $0.contains("\"currency_id\" holds numbers") })
    #expect(c.mrrRow("Beta") == [20_000, 20_000, 20_000])
  }
}
