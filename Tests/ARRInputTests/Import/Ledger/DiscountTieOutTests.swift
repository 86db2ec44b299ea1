import ARRCore
import Testing

@testable import ARRInput

/// A discount column whose reading the file's own columns decide (session 17, import lane:
/// trial 16, M4). Maxio's invoice lines (its SDK's `InvoiceLineItem`: `subtotal_amount`,
/// `discount_amount`, `tax_amount`, `total_amount`, `period_range_start`, `period_range_end`,
/// flattened with the invoice's fields as a warehouse sync writes them) tie out on every line:
/// `subtotal_amount − discount_amount + tax_amount = total_amount`. Before, `total_amount` was
/// read (acme's tax in) and the discount was a range end that took beta's discount off a second
/// time ($58,680 to $59,880 for $59,400).
@Suite struct DiscountTieOutTests {
  static let maxio = """
    invoice_uid,invoice_number,issue_date,status,customer_id,customer_reference,title,description,quantity,unit_price,subtotal_amount,discount_amount,tax_amount,total_amount,period_range_start,period_range_end
    inv_1,101,2025-01-03,paid,500,acme,Pro Monthly,Pro Monthly plan,1,500.00,500.00,0.00,40.00,540.00,2025-01-03,2025-02-02
    inv_2,142,2025-01-01,paid,501,beta,Business Annual,"Business plan, 10% multi-seat discount",1,12000.00,12000.00,1200.00,0.00,10800.00,2025-01-01,2025-12-31
    inv_3,102,2025-02-03,paid,500,acme,Pro Monthly,Pro Monthly plan,1,500.00,500.00,0.00,40.00,540.00,2025-02-03,2025-03-02
    inv_4,103,2025-03-03,paid,500,acme,Pro Monthly,Pro Monthly plan,1,500.00,500.00,0.00,40.00,540.00,2025-03-03,2025-04-02
    """

  /// By hand, as of 2025-03: acme 500 before its 8% tax (`subtotal_amount`, beside
  /// `tax_amount`); beta 12,000 less its 1,200 discount, 10,800 over its 12 months, 900 a
  /// month. MRR 1,400, ARR $16,800, with no range (the discount is decided, not priced), no
  /// discount finding, no subtotal finding, and a note naming the four columns.
  @Test func subtotalLessDiscountPlusTaxIsTotalOnEveryLine() throws {
    let c = try importLedger(Self.maxio, name: "invoice-line-items.csv")
    #expect(c.asOf == Month(year: 2025, month: 3))
    let n = c.monthCount
    let asOf = c.accounts.indices.map { c.mrr[$0 * n + n - 1] }.reduce(0, +)
    #expect(asOf == 140_000)
    #expect(c.mrrRow("501") == [90_000, 90_000, 90_000])
    #expect(c.mrrRow("500") == [50_000, 50_000, 50_000])
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    #expect(c.otherReadingAsOfMRR == nil)
    #expect(!c.log.files[0].isBeforeDiscounts)
    #expect(!c.log.findings.contains { $0.contains("discount") })
    #expect(
      c.log.notes.contains(
        "invoice-line-items.csv: on every line \"subtotal_amount\" less \"discount_amount\" plus "
          + "\"tax_amount\" is \"total_amount\", so \"subtotal_amount\" is before the discount: "
          + "each line is read net of it (1 line carries a discount, 1200.00 in all, taken "
          + "off), decided by the file and not a range"))
    #expect(
      c.log.notes.contains(
        "invoice-line-items.csv: amounts read from \"subtotal_amount\", a subtotal before tax; "
          + "the tax column \"tax_amount\" is left out"))
    let tie = try c.checkedTieOut()
    #expect(tie.isBalanced && tie.sourceCents == 1_080_000 + 150_000)
  }

  /// An amount already net of its discount: `amount` plus `tax` is `total` on every line, the
  /// discount beside it. By hand: A 900 a month and B 50 (no discount) as written, no range,
  /// no finding.
  @Test func anAmountPlusTaxIsTotalIsAlreadyNet() throws {
    let c = try importLedger(
      """
      customer_id,invoice_date,amount,discount,tax,total
      A,2025-01-05,900.00,100.00,72.00,972.00
      A,2025-02-05,900.00,100.00,72.00,972.00
      B,2025-01-05,50.00,0.00,4.00,54.00
      B,2025-02-05,50.00,0.00,4.00,54.00
      """)
    #expect(c.mrrRow("A") == [90_000, 90_000])
    #expect(c.mrrRow("B") == [5_000, 5_000])
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    #expect(!c.log.findings.contains { $0.contains("discount") })
    #expect(
      c.log.notes.contains(
        "ledger.csv: on every line \"amount\" plus \"tax\" is \"total\", so \"amount\" is "
          + "already net of the discount beside it (2 lines carry a discount, 200.00 in all): "
          + "read as written, decided by the file and not a range"))
  }

  /// A line that ties out neither way leaves the reading undecided: the finding and the range
  /// net of the discounts, as before (review 13, F24).
  @Test func aLineThatTiesOutNeitherWayDecidesNothing() throws {
    let c = try importLedger(
      """
      customer_id,invoice_date,amount,discount,total
      A,2025-01-05,1000.00,100.00,900.00
      A,2025-02-05,1000.00,100.00,950.00
      """)
    #expect(c.mrrRow("A") == [100_000, 100_000])
    #expect(c.log.findings.contains { $0.contains("carry a discount under \"discount\"") })
    #expect(!c.log.notes.contains { $0.contains("decided by the file") })
  }
}
