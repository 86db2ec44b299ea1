import ARRCore
import Testing

@testable import ARRInput

/// A charge that never repeats is one-time only when it is not a monthly charge whose amount
/// changed (`docs/import.md`, "What a line is", rule 5; ``LedgerImporter/MonthlyRuns``).
@Suite struct MonthlyRunsTests {
  func mrr(_ c: ImportedCompany, _ id: String) -> [Int64] {
    let a = c.accounts.firstIndex { $0.id == id }!
    return Array(c.mrr[(a * c.monthCount)..<((a + 1) * c.monthCount)])
  }

  func oneTime(_ c: ImportedCompany, _ id: String) -> [Int64] {
    let a = c.accounts.firstIndex { $0.id == id }!
    return Array(c.oneTime[(a * c.monthCount)..<((a + 1) * c.monthCount)])
  }

  /// tava-health/data-technical-assessment's `data/raw/invoices.csv`, C001: 100 in 2024-12 and
  /// 2025-01, 120 in 2025-02 (its line items: the 100 subscription, tax and a fee). The 120 was
  /// one-time and C001 churned in February; it continues the monthly run: MRR 100, 100, 120.
  @Test func aChangedMonthlyChargeIsNoOneTimeFee() throws {
    let c = try importLedger(
      """
      invoice_id,customer_id,issued_at,invoice_month,status,paid_at,total_amount
      I001,C001,2024-12-10,2024-12-01,paid,2024-12-11,100.00
      I002,C001,2025-01-10,2025-01-01,open,,100.00
      I003,C001,2025-02-10,2025-02-01,paid,2025-02-12,120.00
      """, name: "invoices.csv")
    #expect(mrr(c, "C001") == [10_000, 10_000, 12_000])
    #expect(oneTime(c, "C001") == [0, 0, 0])
    #expect(!c.accounts[0].rules.contains(.oneTimeNeverRepeats))
  }

  /// A growing monthly account (seats added): 100, 100, 120, 130, 140, 150 is MRR in every
  /// month, 150 at as-of (it was 0 from March, the rest one-time). A one-off 500 invoiced beside
  /// the month's 100 (two charges in 2025-03) stays one-time, and so does a 70 three months
  /// from any other charge (no run to continue); B repeats 100 in every month.
  @Test func runsAndOneOffs() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2025-01-10,100
      A,2025-02-10,100
      A,2025-03-10,120
      A,2025-04-10,130
      A,2025-05-10,140
      A,2025-06-10,150
      B,2025-01-10,100
      B,2025-02-10,100
      B,2025-03-10,100
      B,2025-03-20,500
      B,2025-04-10,100
      B,2025-05-10,100
      B,2025-06-10,100
      """)
    #expect(mrr(c, "A") == [10_000, 10_000, 12_000, 13_000, 14_000, 15_000])
    #expect(oneTime(c, "A") == [0, 0, 0, 0, 0, 0])
    #expect(mrr(c, "B") == [10_000, 10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(oneTime(c, "B") == [0, 0, 50_000, 0, 0, 0])
    let lonely = try importLedger(
      """
      customer_id,date,amount
      C,2025-01-10,100
      C,2025-02-10,100
      C,2025-05-10,70
      """)
    #expect(oneTime(lonely, "C") == [0, 0, 0, 0, 7_000])
    #expect(mrr(lonely, "C") == [10_000, 10_000, 0, 0, 0])
  }
}
