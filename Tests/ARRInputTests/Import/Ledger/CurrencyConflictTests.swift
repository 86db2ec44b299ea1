import ARRCore
import Testing

@testable import ARRInput

/// An amount whose own sign names one currency on a line whose currency cell names another
/// (session 16's trial, P2): `€450.00` on lines coded `USD` was summed as dollars, silently,
/// while the same file without the code column was refused for holding two currencies.
@Suite struct CurrencyConflictTests {
  func read(_ text: String, name: String = "l.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// A ledger line `€450.00` coded USD is a problem at its amount cell (line 3, column 3).
  @Test func aEuroAmountOnAUSDLineIsAProblem() throws {
    let error = try #require(
      throws: ARRQualityError.self,
      performing: {
        try read(
          """
          customer_id,date,amount,currency_code
          A,2025-01-05,$450.00,USD
          A,2025-02-05,€450.00,USD
          """)
      })
    #expect(error.kind == .invalidData)
    let problem = try #require(error.problems.first)
    #expect(error.problems.count == 1)
    #expect(
      problem.description
        == "l.csv:3:3: amount \"€450.00\" is in EUR but the line's currency is USD (expected one "
        + "currency a line: the amount's sign or the currency cell is wrong)")
  }

  /// A subscriptions table's price `£99` on a row coded EUR: the same problem at the price.
  @Test func aPoundPriceOnAEuroRowIsAProblem() throws {
    let error = try #require(
      throws: ARRQualityError.self,
      performing: {
        try read(
          """
          customer_id,start_date,mrr,currency
          A,2025-01-01,£99,EUR
          """, name: "s.csv")
      })
    let problem = try #require(error.problems.first)
    #expect(
      problem.description.hasPrefix(
        "s.csv:2:3: amount \"£99\" is in GBP but the line's currency is EUR"))
  }

  /// A bare `$` names any dollar: `$100` on a line coded CAD is Canadian dollars, as is `CA$`;
  /// `US$100` on it is not. By hand: 100 a month in January and February.
  @Test(arguments: [("$100.00", true), ("CA$100.00", true), ("US$100.00", false)])
  func aBareDollarFitsAnyDollar(amount: String, isRead: Bool) throws {
    let text = """
      customer_id,date,amount,currency
      A,2025-01-05,\(amount),CAD
      A,2025-02-05,\(amount),CAD
      """
    if isRead {
      let c = try read(text)
      #expect(c.log.currency == "CAD")
      #expect(c.mrrRow("A") == [10_000, 10_000])
    } else {
      #expect(throws: ARRQualityError.self) { try read(text) }
    }
  }
}
