import ARRCore
import Testing

@testable import ARRInput

/// A monthly table's currency column is found and read as a customer cube's
/// (``CubeReader/currencyColumn(header:body:excluding:file:notes:)``, ``CubeReader/rowCurrency``;
/// `docs/import.md`, "Monthly table"; session 22, review lane: each reader had its own copy).
@Suite struct MonthlyCurrencyColumnTests {
  /// `currency` is read (EUR), and listed among the columns read, not as ignored.
  @Test func theCurrencyColumnIsListedAsRead() throws {
    let c = try importCube(
      "customer_id,month,mrr,currency,plan\nA,2024-01,100,EUR,Pro\nA,2024-02,100,eur,Pro\n",
      name: "rev.csv")
    #expect(c.log.currency == "EUR")
    #expect(c.log.files[0].recognisedColumns.contains("currency: currency"))
    #expect(c.log.files[0].ignoredColumns == ["plan"])
  }

  /// A column of numbers is an id into a currency table: noted and not read, as in a cube; a
  /// cell naming no currency is a problem at its cell (line 3, column 4).
  @Test func numbersAreNoCurrencyAndABadCellIsAProblem() throws {
    let ids = try importCube(
      "customer_id,month,mrr,currency_id\nA,2024-01,100,1\nA,2024-02,100,1\n", name: "rev.csv")
    #expect(
      ids.log.notes.contains(
        "rev.csv: \"currency_id\" holds numbers, not currency codes (an id into a currency table): "
          + "not read as the currency"))
    do {
      _ = try importCube(
        "customer_id,month,mrr,currency\nA,2024-01,100,EUR\nA,2024-02,100,euros!\n",
        name: "rev.csv")
      Issue.record("expected a problem at the currency cell")
    } catch let error as ARRQualityError {
      #expect(error.problems.first?.line == 3 && error.problems.first?.column == 4)
    }
  }

  /// A movements log's `currency_id` of numbers is noted and listed as ignored, as a monthly
  /// table's is (each row was refused, "currency \"1\" is not a currency"). A: 100, −20.
  @Test func aMovementsLogsCurrencyIDsAreNoCurrency() throws {
    let c = try importCube(
      "date,customer,type,mrr_change,currency_id\n2024-01-10,A,new,100,1\n"
        + "2024-02-10,A,contraction,-20,1\n", name: "movements.csv")
    #expect(c.mrrRow("A") == [10_000, 8_000])
    #expect(c.log.files[0].ignoredColumns == ["currency_id"])
    #expect(
      c.log.notes.contains(
        "movements.csv: \"currency_id\" holds numbers, not currency codes (an id into a "
          + "currency table): not read as the currency"))
  }
}
