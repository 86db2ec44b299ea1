import ARRCore
import Testing

@testable import ARRInput

/// A rhythm of 3 or 6 months taken from one gap between two invoices is thin evidence: the
/// account's as-of MRR is a range (`docs/import.md`, "Rhythm"; ``BillingRhythm/restsOnOneGap``).
/// tava-health/data-technical-assessment's public `data/raw/invoices.csv` (its header, all its
/// rows): C002's 80 in March and June 2025 read quarterly, 26.67 a month, headline ARR $320 with
/// no range; its subscriptions table says C002 is on a monthly Basic plan, 80 a month.
@Suite struct OneGapRhythmTests {
  static let invoices = """
    invoice_id,customer_id,issued_at,invoice_month,status,paid_at,total_amount
    I001,C001,2024-12-10,2024-12-01,paid,2024-12-11,100.00
    I002,C001,2025-01-10,2025-01-01,open,,100.00
    I003,C001,2025-02-10,2025-02-01,paid,2025-02-12,120.00
    I004,C002,2025-03-05,2025-03-01,paid,2025-03-20,80.00
    I005,C002,2025-06-05,2025-06-01,paid,2025-06-06,80.00
    I006,C003,2025-02-15,2025-02-01,paid,2025-02-16,500.00
    I007,C003,2025-03-15,2025-03-01,paid,2025-03-16,500.00
    """

  /// As of 2025-06 (the latest invoice): C002 is read quarterly, 80 ÷ 3 = 26.67 a month in June
  /// (the June invoice's first month); read as one month each, the June invoice is June's 80.
  /// Its range is 26.67 to 80.00, and a note names it. C001 and C003 have no revenue in June and
  /// no range.
  @Test func twoInvoicesThreeMonthsApartAreARange() throws {
    let c = try importLedger(Self.invoices, name: "invoices.csv")
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("C002").last == 2_667)
    let c002 = try #require(c.accounts.first { $0.id == "C002" })
    #expect(c002.ambiguousMRR?.low == 2_667)
    #expect(c002.ambiguousMRR?.high == 8_000)
    #expect(c.accounts.first { $0.id == "C003" }?.ambiguousMRR == nil)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "rhythms of 3 or 6 months taken from one gap between two invoices, thin evidence: "
            + "1 account (\"C002\")")
      })
  }

  /// C004's two invoices three months apart (December and March) read quarterly end in May:
  /// as of June it pays nothing either way, so its as-of MRR is no range, and the note's count
  /// says which of its 2 accounts have one (session 35, render review 35, R35-12: billings'
  /// choices table said 8, its note 11, both "a range").
  @Test func theNoteSaysWhichAccountsHaveARange() throws {
    let c = try importLedger(
      Self.invoices
        + "\nI009,C004,2024-12-05,2024-12-01,paid,2024-12-06,90.00"
        + "\nI010,C004,2025-03-05,2025-03-01,paid,2025-03-06,90.00",
      name: "invoices.csv")
    #expect(c.accounts.first { $0.id == "C004" }?.ambiguousMRR == nil)
    #expect(c.mrrRow("C004").last == 0)
    #expect(c.accounts.first { $0.id == "C002" }?.ambiguousMRR?.high == 8_000)
    #expect(
      c.log.notes.contains {
        $0.hasSuffix(
          "thin evidence: 2 accounts (\"C002\"), 1 of them with an as-of MRR that is a range, "
            + "its other end reading each invoice as one month's revenue (the other 1 read the "
            + "same in the as-of month either way)")
      })
  }

  /// A third invoice three months on (September) is a second gap: the quarterly rhythm stands,
  /// with no range.
  @Test func aSecondGapConfirmsTheRhythm() throws {
    let c = try importLedger(
      Self.invoices + "\nI008,C002,2025-09-05,2025-09-01,paid,2025-09-06,80.00",
      name: "invoices.csv")
    let c002 = try #require(c.accounts.first { $0.id == "C002" })
    #expect(c002.ambiguousMRR == nil)
    #expect(!c.log.notes.contains { $0.contains("one gap between two invoices") })
  }
}
