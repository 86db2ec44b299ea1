import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47b, R47b-13: a payments table beside another file's invoices is no second ledger:
/// its payments are skipped as cash (``LedgerData/isPaymentsTable``).
@Suite struct PaymentsBesideInvoicesTests {
  /// Chargebee's payments for cb_A's twelve invoices, one a month.
  static let payments =
    "Transaction Id,Date,Customer Id,Invoice Number,Amount,Currency,Type,Status\n"
    + (0...11).map { m in
      let date = m == 0 ? "12/03/2025" : "\(m < 10 ? "0" : "")\(m)/03/2026"
      return "txn_\(1001 + m),\(date),cb_A,\(1001 + m),600.00,USD,Payment,Success"
    }.joined(separator: "\n")

  /// Beside the invoices (cb_A 600 a month, cb_H's annual 24,000): the invoices are read (cb_H
  /// 2,000 a month, cb_A 600), the payments' 12 rows are read and skipped, and a note says why
  /// (the second file was refused as "a second file of invoice lines").
  @Test func aPaymentsTableBesideInvoicesIsSkippedAsCash() throws {
    var options = ImportOptions()
    options.dateOrder = .mdy
    let c = try ImportFixtures.read(
      [("invoices.csv", CreditNoteTableTests.invoices()), ("payments.csv", Self.payments)],
      options: options)
    #expect(c.mrrRow("cb_H").last == 200_000)
    #expect(c.mrrRow("cb_A").last == 60_000)
    let f = try #require(c.log.files.first { $0.file == "payments.csv" })
    #expect(f.rowsRead == 12 && f.rowsUsed == 0 && f.rowsSkipped == 12)
    #expect(c.log.notes.contains { $0.hasPrefix("payments.csv: a table of payments") })
  }

  /// The twin: the payments table alone is the revenue record (cash basis): cb_A 600 a month.
  @Test func aPaymentsTableAloneIsTheRevenueRecord() throws {
    var options = ImportOptions()
    options.dateOrder = .mdy
    let c = try ImportFixtures.read([("payments.csv", Self.payments)], options: options)
    #expect(c.mrrRow("cb_A").last == 60_000)
  }
}
