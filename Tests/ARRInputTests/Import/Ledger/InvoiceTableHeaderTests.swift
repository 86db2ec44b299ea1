import ARRCore
import Testing

@testable import ARRInput

/// Invoice tables as billing systems and data warehouses write them (`docs/import.md`,
/// "Invoice ledger"): the date headed `issued_at`, the amount `total_amount` or `amount_due`
/// (beside `amount_paid`, cash, which is not read). Both public files were refused: one as a
/// cube whose header was a data row ("month 2024-12 appears twice"), one for want of an
/// amount column.
@Suite struct InvoiceTableHeaderTests {
  /// tava-health/data-technical-assessment's `data/raw/invoices.csv` (C003's lines): 500 in
  /// 2025-02 and 2025-03, read by `issued_at` and `total_amount`; `invoice_month` and `paid_at`
  /// are listed as ignored (`invoice_id` is the document number, read since review 12, F1).
  @Test func issuedAtAndTotalAmount() throws {
    let c = try importLedger(
      """
      invoice_id,customer_id,issued_at,invoice_month,status,paid_at,total_amount
      I006,C003,2025-02-15,2025-02-01,paid,2025-02-16,500.00
      I007,C003,2025-03-15,2025-03-01,paid,2025-03-16,500.00
      """, name: "invoices.csv")
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.mrrRow("C003") == [50_000, 50_000])
    #expect(c.log.files[0].ignoredColumns == ["invoice_month", "paid_at"])
  }

  /// krithesh19/saas-revenue-platform's `data/raw/invoices.csv` (CUST0001, 2023-07 … 2023-12):
  /// 73.68 due every month; November's payment failed (`amount_paid` 0.0) but the invoice
  /// billed it, so MRR is 73.68 in all six months.
  @Test func amountDueNotAmountPaid() throws {
    let c = try importLedger(
      """
      invoice_id,subscription_id,customer_id,invoice_date,invoice_month,amount_due,amount_paid,payment_status,plan_name
      INV000001,SUB00001,CUST0001,2023-07-01,2023-07,73.68,73.68,Paid,Starter
      INV000002,SUB00001,CUST0001,2023-08-01,2023-08,73.68,73.68,Paid,Starter
      INV000003,SUB00001,CUST0001,2023-09-01,2023-09,73.68,73.68,Paid,Starter
      INV000004,SUB00001,CUST0001,2023-10-01,2023-10,73.68,73.68,Paid,Starter
      INV000005,SUB00001,CUST0001,2023-11-01,2023-11,73.68,0.0,Failed,Starter
      INV000006,SUB00001,CUST0001,2023-12-01,2023-12,73.68,73.68,Paid,Starter
      """, name: "invoices.csv")
    #expect(c.mrrRow("CUST0001") == [Int64](repeating: 7_368, count: 6))
    #expect(c.log.files[0].ignoredColumns.contains("amount_paid"))
    #expect(c.log.files[0].rowsRead == 6)
    #expect(c.log.files[0].rowsUsed == 6)
  }

  /// `amount` wins over `total_amount` and `amount_due` when a file has them all.
  @Test func aPlainAmountWins() throws {
    let c = try importLedger(
      """
      customer_id,date,amount_due,total_amount,amount
      A,2025-01-01,130,120,100
      """)
    #expect(c.mrrRow("A") == [10_000])
  }

  /// Review 7, `sigma_invoices.csv` shortened: Stripe's API and Sigma name an invoice's amount
  /// `amount_due` and write it in cents. Every amount whole (4900, 9900) is then a finding, as
  /// in a Stripe export, not a plain ledger's note: read as major units, A's 4900 is 4,900.00
  /// a month (490,000 cents), 100 times 49.00; `--amounts cents` reads 4,900 cents.
  @Test func wholeAmountsDueAreAFinding() throws {
    let text = """
      id,customer,created,date,amount_due,amount_paid,currency,status
      in_A1,cus_A,170000001,2024-01-03,4900,4900,usd,paid
      in_A2,cus_A,170000002,2024-02-03,4900,4900,usd,paid
      in_B1,cus_B,170000001,2024-01-03,9900,9900,usd,paid
      in_B2,cus_B,170000002,2024-02-03,9900,9900,usd,paid
      """
    let c = try importLedger(text, name: "sigma_invoices.csv")
    #expect(c.mrrRow("cus_A") == [490_000, 490_000])
    #expect(
      c.log.findings.contains {
        $0.contains("sigma_invoices.csv: every amount in \"amount_due\" is a whole number")
          && $0.contains("its API and Sigma write cents")
      })
    #expect(!c.log.notes.contains { $0.contains("is a whole number") })
    let cents = try importLedger(
      text, options: ImportOptions(amounts: .cents), name: "sigma_invoices.csv")
    #expect(cents.mrrRow("cus_A") == [4_900, 4_900])
    #expect(!cents.log.findings.contains { $0.contains("is a whole number") })
    // Stripe's customer ids (`cus_…`) make whole amounts under any header a finding too; a
    // plain `amount_due` in decimals (73.68, amountDueNotAmountPaid) is neither.
    let ids = try importLedger(
      """
      customer,date,total
      cus_A,2024-01-03,4900
      cus_A,2024-02-03,4900
      """)
    #expect(
      ids.log.findings.contains { $0.contains("every amount in \"total\" is a whole number") })
  }

  /// Review 7, `hdronly.csv`: an invoice table's header with no row below it. No row was
  /// skipped (0 read = 0 used + 0 skipped), so the error says the table has no rows, not
  /// "every row was skipped".
  @Test func aHeaderWithoutRowsSaysSo() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger("customer_id,issued_at,total_amount\n", name: "hdronly.csv")
    }
    #expect(
      error.message
        == "hdronly.csv: an invoice table with no rows below its header (expected one row per "
        + "invoice line)")
  }
}
