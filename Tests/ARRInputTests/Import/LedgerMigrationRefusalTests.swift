import ARRCore
import Testing

@testable import ARRInput

/// Two invoice ledgers are refused (one ledger at a time), and when their months follow each
/// other, as a change of billing system leaves them, the refusal says so and the ways forward
/// (trial 44, T44-18: QuickBooks invoices to 2026-02, then Stripe from 2026-03, refused with no
/// word that they were one history).
@Suite struct LedgerMigrationRefusalTests {
  static let old = """
    Date,Transaction Type,Customer,Memo/Description,Amount
    01/15/2025,Invoice,Aster Ltd,Monthly subscription,500.00
    02/15/2025,Invoice,Aster Ltd,Monthly subscription,500.00
    03/15/2025,Invoice,Aster Ltd,Monthly subscription,500.00
    """

  func refusal(_ second: String) throws -> String {
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read(
        [
          Importer.SourceFile(name: "quickbooks.csv", bytes: Array(Self.old.utf8)),
          Importer.SourceFile(name: "newer.csv", bytes: Array(second.utf8)),
        ], options: ImportOptions(dateOrder: .mdy))
    }
    return error.message
  }

  @Test func consecutiveLedgersAreSaidToFollowEachOther() throws {
    let message = try refusal(
      """
      Date,Transaction Type,Customer,Memo/Description,Amount
      04/15/2025,Invoice,Aster Ltd,Monthly subscription,500.00
      05/15/2025,Invoice,Aster Ltd,Monthly subscription,500.00
      """)
    #expect(message.contains("a second file of invoice lines (quickbooks.csv is one)"))
    #expect(
      message.contains(
        "the two follow each other in time (quickbooks.csv: 2025-01 to 2025-03; newer.csv: "
          + "2025-04 to 2025-05)"), "\(message)")
    #expect(message.contains("import newer.csv alone for the recent months"))
  }

  /// Twin: two ledgers whose months overlap (two entities, or one export cut in two) are refused
  /// as before, with no word of a migration.
  @Test func overlappingLedgersAreRefusedAsBefore() throws {
    let message = try refusal(
      """
      Date,Transaction Type,Customer,Memo/Description,Amount
      03/15/2025,Invoice,Bolt Inc,Monthly subscription,300.00
      04/15/2025,Invoice,Bolt Inc,Monthly subscription,300.00
      """)
    #expect(message.contains("a second file of invoice lines (quickbooks.csv is one)"))
    #expect(!message.contains("follow each other"))
  }
}
