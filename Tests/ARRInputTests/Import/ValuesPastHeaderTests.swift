import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A row of a delimited data-room file with a value past the header's last column is refused
/// (or skipped with `--lenient`), in every shape: an amount written `1,200.00` without quotes
/// was read as `1` and the rest dropped (session 35, hostile trial, H35-1: a ledger's headline
/// $11,556 for a hand $175,800, exit 0). Empty cells past the header stay allowed.
@Suite struct ValuesPastHeaderTests {
  /// Alpha 1,200 a month unquoted on its first line (line 2): 4 values under 3 headers.
  static let ledger = """
    Customer,Invoice Date,Amount
    Alpha,2025-01-01,1,200.00
    Bravo,2025-01-01,950.00
    Alpha,2025-02-01,"1,200.00"
    Bravo,2025-02-01,950.00
    """

  static let cube = """
    Customer,2025-01,2025-02,2025-03
    Alpha,1,200,1200,1200
    Bravo,950,950,950
    """

  static let monthly = """
    customer_id,month,mrr
    Alpha,2025-01,1,200.00
    Bravo,2025-01,950.00
    """

  static let subscriptions = """
    customer_id,plan,start_date,end_date,monthly_fee
    Alpha,Pro,2025-01-01,,1,000.00
    Bravo,Pro,2025-01-01,,2000.00
    """

  /// Each shape refuses the row at its first extra value: line 2, the column after the header's
  /// last, "expected N fields as in the header, found N + 1" with the advice to quote.
  @Test(arguments: [
    ("ledger.csv", ledger, 4, 3), ("cube.csv", cube, 5, 4), ("monthly.csv", monthly, 4, 3),
    ("subscriptions.csv", subscriptions, 6, 5),
  ])
  func aValuePastTheHeaderIsRefusedWhereItIs(
    name: String, text: String, column: Int, width: Int
  ) throws {
    let error = try #require(
      #expect(throws: ARRQualityError.self) {
        try ImportFixtures.read(
          [(name, text)], options: ImportOptions(asOf: Month(year: 2025, month: 2)))
      })
    #expect(
      error.description.contains(
        "\(name):2:\(column): expected \(width) fields as in the header, found \(width + 1) "
          + "(a value with a comma, such as an amount written 10,000, must be quoted"),
      "\(error.description)")
  }

  /// With `--lenient` the row is skipped as a bad row and counted: the ledger reads 4 lines,
  /// uses 3, skips 1; Alpha's February 1,200 and Bravo's 950 are what stays (2025-02 MRR 2,150,
  /// never Alpha's `1`).
  @Test func withLenientTheRowIsSkippedAndCounted() throws {
    let c = try ImportFixtures.read(
      [("ledger.csv", Self.ledger)], options: ImportOptions(isLenient: true))
    let file = try #require(c.log.files.first)
    #expect((file.rowsRead, file.rowsUsed, file.rowsSkipped) == (4, 3, 1))
    #expect(c.mrrRow("Alpha").last == 120_000)
    #expect(c.mrrRow("Bravo").last == 95_000)
    #expect(!c.mrrRow("Alpha").contains(100))
  }

  /// Empty cells past the header (a spreadsheet's padding) are no problem.
  @Test func emptyCellsPastTheHeaderAreRead() throws {
    let padded = """
      Customer,2025-01,2025-02
      Alpha,1200,1200,,
      Bravo,950,950,
      """
    let c = try ImportFixtures.read([("cube.csv", padded)], options: ImportOptions())
    #expect(c.mrrRow("Alpha") == [120_000, 120_000])
    #expect(c.mrrRow("Bravo") == [95_000, 95_000])
  }
}
