import ARRCore
import Testing

@testable import ARRInput

/// `--values` describes a cube's cells; for a ledger, a Stripe export or a subscriptions table
/// it is a note when it says what the file is read as, else an error (`docs/import.md`, "MRR,
/// ARR or billings").
@Suite struct ValuesOptionTests {
  func read(_ name: String, _ text: String, _ values: ImportValues) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(values: values))
  }

  static let table = """
    customer_id,start_date,end_date,monthly_fee
    a,2024-01-01,,100
    """

  static let ledger = """
    Customer,Date,Amount
    A,2024-01-05,100.00
    """

  /// `--values arr` on a table of monthly prices: read as given it would be 100 a month, the
  /// user says the prices are annual; stop and say how to mark an annual column.
  @Test func arrOnAMonthlyTableStops() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read("subs.csv", Self.table, .arr)
    }
    #expect(error.kind == .invalidArgument)
    #expect(error.message.contains("subs.csv is a subscriptions table, read as"))
    #expect(error.message.contains("head the price column `annual price` or `arr`"))
  }

  /// `--values mrr` on the same table says what it is read as: a note, 100.00 a month.
  @Test func mrrOnATableIsANote() throws {
    let c = try read("subs.csv", Self.table, .mrr)
    #expect(c.mrr == [10_000])
    #expect(c.log.notes.contains { $0.contains("--values mrr is for a customer cube's cells") })
  }

  /// A ledger's amounts are billed amounts: `--values billings` is a note, `--values arr` an
  /// error.
  @Test func aLedgerTakesBillingsOnly() throws {
    let c = try read("l.csv", Self.ledger, .billings)
    #expect(c.mrr == [10_000])
    #expect(c.log.notes.contains { $0.contains("l.csv is an invoice ledger, read as") })
    #expect(throws: ARRQualityError.self) { try read("l.csv", Self.ledger, .arr) }
  }
}
