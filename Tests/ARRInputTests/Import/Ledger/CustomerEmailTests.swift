import ARRCore
import Testing

@testable import ARRInput

/// A customer known by its email (`docs/import.md`, "Invoice ledger" and "Subscriptions table"):
/// Paddle Classic, Lemon Squeezy and Gumroad exports and OpenPay's import template name the
/// customer `Customer Email` or `email`. Trial 14: OpenPay's template was "shape not
/// recognised", with no hint.
@Suite struct CustomerEmailTests {
  func read(_ text: String, name: String = "x.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// Two customers by email, 100.00 and 250.00 a month in January and February: each an
  /// account, MRR 100.00 and 250.00 in each month.
  @Test func aLedgerKeyedByEmailIsRead() throws {
    let c = try read(
      """
      Invoice ID,Customer Email,Invoice Date,Amount
      1,ann@acme.com,2024-01-05,100.00
      2,bob@beta.io,2024-01-07,250.00
      3,ann@acme.com,2024-02-05,100.00
      4,bob@beta.io,2024-02-07,250.00
      """)
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.mrrRow("ann@acme.com") == [10_000, 10_000])
    #expect(c.mrrRow("bob@beta.io") == [25_000, 25_000])
  }

  /// A customer id column wins over an email beside it: one account, `c1`, 100.00 a month.
  @Test func anIDBesideTheEmailIsTheCustomer() throws {
    let c = try read(
      """
      customer_id,email,date,amount
      c1,ann@acme.com,2024-01-05,100.00
      c1,ann@other.com,2024-02-05,100.00
      """)
    #expect(c.accounts.map(\.id) == ["c1"])
    #expect(c.mrrRow("c1") == [10_000, 10_000])
  }

  /// A subscriptions table keyed by email: 49.00 a month from January to March 2024.
  @Test func aSubscriptionsTableKeyedByEmailIsRead() throws {
    let c = try read(
      """
      email,start_date,end_date,mrr
      ann@acme.com,2024-01-01,,49.00
      bob@beta.io,2024-03-01,,49.00
      """)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.mrrRow("ann@acme.com") == [4_900, 4_900, 4_900])
    #expect(c.mrrRow("bob@beta.io") == [0, 0, 4_900])
  }

  /// OpenPay's import template (its documented columns): no invoice date column, only the
  /// service period. Refused before ("no column is a date"); read since session 15 (import
  /// lane), each line dated by its period's start: Ann's 1,200.00 for 2024 is 100.00 a month
  /// (1,100.00 deferred past the as-of month, 2024-01, the latest period's start), Bob's
  /// 100.00 for January 100.00.
  @Test func aTemplateWithoutADateIsDatedByItsPeriods() throws {
    let c = try read(
      """
      Invoice ID,Customer Email,First Name,Currency,Product Name,Total Amount,Period Start,Period End
      INV-1,ann@acme.com,Ann,USD,Pro,1200.00,2024-01-01,2024-12-31
      INV-2,bob@beta.io,Bob,USD,Pro,100.00,2024-01-01,2024-01-31
      """, name: "openpay.csv")
    #expect(c.mrrRow("ann@acme.com") == [10_000])
    #expect(c.mrrRow("bob@beta.io") == [10_000])
    #expect(c.log.tieOut.deferredCents == 110_000)
  }
}
