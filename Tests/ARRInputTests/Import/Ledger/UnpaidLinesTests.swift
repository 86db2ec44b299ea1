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
    let c = try importLedger(
      """
      invoice_id,customer_id,issued_at,invoice_month,status,paid_at,total_amount
      I001,C001,2024-12-10,2024-12-01,paid,2024-12-11,100.00
      I002,C001,2025-01-10,2025-01-01,open,,100.00
      I003,C001,2025-02-10,2025-02-01,paid,2025-02-12,120.00
      """, name: "invoices.csv")
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
