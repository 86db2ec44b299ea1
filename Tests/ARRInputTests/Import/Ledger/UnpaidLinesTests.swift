import ARRCore
import Testing

@testable import ARRInput

/// Invoice lines whose status says they are not paid are read as billed revenue, with a finding
/// giving their count and amount (`docs/import.md`, "Invoice ledger"; ``UnpaidLines``).
@Suite struct UnpaidLinesTests {
  /// tava-health/data-technical-assessment's public `invoices.csv` (C001's three lines): the
  /// January invoice of 100.00 is `open`. It still bills January (MRR 100, 100, 120: the
  /// February price rise continues the run), and the finding counts 1 line, $100.00, naming
  /// line 3.
  @Test func anOpenInvoiceIsRevenueAndAFinding() throws {
    let c = try importLedger(MonthlyRunsTests.tavaC001, name: "invoices.csv")
    #expect(c.mrrRow("C001") == [10_000, 10_000, 12_000])
    #expect(
      c.log.findings.contains {
        $0.hasPrefix(
          "invoices.csv: 1 invoice line ($100.00 in all) is not paid (\"open\" on line 3): read "
            + "as billed revenue")
      })
  }

  /// Statuses read as unpaid, in any letter case, `_` as a space (Stripe writes `PAST_DUE`);
  /// paid and partly paid lines are not.
  @Test(arguments: [
    ("OPEN", true), ("unpaid", true), ("PAST_DUE", true), ("Overdue", true),
    ("uncollectible", true), ("paid", false), ("Partially Paid", false), ("", false),
  ])
  func statuses(status: String, isUnpaid: Bool) {
    #expect(UnpaidLines.isUnpaid(status) == isUnpaid)
  }
}
