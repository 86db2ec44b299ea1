import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-9 (case `c07`, made smaller): Maxio's (Chargify's) transactions export dates
/// its lines `Created At`, which was no date: a refund without a service period refused the file.
@Suite struct MaxioTransactionsTests {
  static let header =
    "Transaction ID,Created At,Type,Kind,Memo,Amount,Customer ID,Customer Name,"
    + "Period Range Start,Period Range End"

  /// By hand: Massive Dynamic's charges of 900 for November and December; its December payment
  /// is cash, and a refund of 100 with no period is dated by `Created At`.
  @Test func createdAtDatesTheLines() throws {
    let text = """
      \(Self.header)
      1,2025-11-01T06:00:01-05:00,charge,baseline,Pro (Nov),900.00,c-504,Massive Dynamic,2025-11-01,2025-12-01
      2,2025-11-01T06:00:02-05:00,payment,,Payment,-900.00,c-504,Massive Dynamic,,
      3,2025-12-01T06:00:03-05:00,charge,baseline,Pro (Dec),900.00,c-504,Massive Dynamic,2025-12-01,2026-01-01
      4,2025-12-05T06:00:04-05:00,refund,,Refund,-100.00,c-504,Massive Dynamic,,

      """
    let c = try importLedger(text, name: "transactions_export.csv")
    #expect(c.asOf == Month(year: 2025, month: 12))
    #expect(c.mrrRow("c-504").first == 90_000)
  }

  /// Twin: beside an `Invoice Date`, `Created At` is not the date.
  @Test func anInvoiceDateWins() throws {
    let text = """
      Customer,Invoice Date,Created At,Amount
      A,2025-11-15,2025-10-01,100.00
      A,2025-12-15,2025-10-01,100.00

      """
    let c = try importLedger(text)
    #expect(c.asOf == Month(year: 2025, month: 12))
    #expect(c.mrrRow("A") == [10_000, 10_000])
  }
}
