import ARRCore
import Testing

@testable import ARRInput

/// Test purchases are no revenue (session 17, import3 lane; trial 17, RC1): RevenueCat's
/// transactions mark a sandbox purchase `is_sandbox` true, and one renamed into a ledger as the
/// refusal advised counted it ($60 of ARR from a test annual purchase).
@Suite struct TestTransactionsTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "tx.csv", bytes: Array(text.utf8))])
  }

  /// By hand: u1 pays 9.99 (999 hundredths) in January and February; u2's 59.99 on line 4 is a
  /// test purchase, skipped. Rows read 3 = used 2 + skipped 1.
  @Test(arguments: [
    ("is_sandbox", "false", "true"), ("livemode", "true", "false"),
    ("environment", "PRODUCTION", "SANDBOX"), ("test_mode", "0", "1"),
  ])
  func aTestPurchaseIsSkipped(column: String, real: String, test: String) throws {
    let c = try read(
      """
      customer_id,date,amount,\(column)
      u1,2025-01-05,9.99,\(real)
      u1,2025-02-05,9.99,\(real)
      u2,2025-02-10,59.99,\(test)
      """)
    #expect(c.mrrRow("u1") == [999, 999])
    #expect(c.account("u2") == nil)
    let file = c.log.files[0]
    #expect(file.rowsRead == 3)
    #expect(file.rowsUsed == 2)
    #expect(file.skipped[.testTransaction] == 1)
    #expect(file.recognisedColumns.contains("test mark: \(column)"))
    #expect(!file.ignoredColumns.contains(column))
  }

  /// An `environment` column of other words (a cloud's name) is no test mark: read as ignored.
  @Test func anEnvironmentOfOtherWordsIsNoMark() throws {
    let c = try read(
      """
      customer_id,date,amount,environment
      u1,2025-01-05,9.99,aws
      u1,2025-02-05,9.99,production
      """)
    #expect(c.mrrRow("u1") == [999, 999])
    #expect(c.log.files[0].ignoredColumns.contains("environment"))
  }
}
