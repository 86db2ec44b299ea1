import ARRCore
import Testing

@testable import ARRInput

/// A table of records that names two of the three columns a reading needs gets a hint naming
/// the third (`docs/import.md`, "Errors"; ``RecordTableHint``).
@Suite struct RecordTableHintTests {
  func read(_ text: String, name: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// miaadnbz/saas-growth-retention-analytics' public `data/raw/subscriptions.csv` (its first
  /// rows): a trial start and a conversion date, no start. Line 3 holds three dates, and the
  /// file was read as a cube whose header it was: "month 2024-10 appears twice".
  @Test func aSubscriptionsTableWithoutAStartNamesIt() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        subscription_id,account_id,trial_start_date,conversion_date,plan_name,monthly_recurring_revenue,cancel_date,status
        S00001,A00001,2025-05-08,,Trial Only,0,,trial_expired
        S00002,A00002,2024-10-09,2024-10-25,Starter,49,2025-03-06,cancelled
        S00003,A00003,2025-07-05,2025-07-13,Starter,49,,active
        """, name: "subscriptions.csv")
    }
    #expect(!error.message.contains("appears twice"))
    #expect(error.message.contains("subscriptions.csv: shape not recognised"))
    #expect(
      error.message.contains(
        "line 1 is a header of named columns, one row per record below it: read as a "
          + "subscriptions table it has a customer (\"account_id\") and a monthly price "
          + "(\"monthly_recurring_revenue\") but no column is a start (expected a header such as "
          + "\"start date\""))
  }

  /// aby1234567/Data-Analyst-Assignment-Data's public `data/mrr.csv` sums MRR by month and
  /// campaign: a price but no customer and no start, one column of three; no hint.
  @Test func anAggregateGetsNoHint() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        invoice_date_year_month,utm_source,utm_campaign,mrr,customers,ARPU
        2025-06,Google Ads,Campaign_A,66071.32,5,13214.26
        2025-07,Google Ads,Campaign_A,47029.03,2,23514.52
        """, name: "mrr.csv")
    }
    #expect(error.message.contains("shape not recognised"))
    #expect(!error.message.contains("header of named columns"))
  }

  /// A ledger whose date column is named otherwise: customer and amount found, date missing.
  @Test func aLedgerWithoutADateNamesIt() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        customer_id,posted,amount
        C1,2025-01-01,100
        """, name: "ledger.csv")
    }
    #expect(
      error.message.contains(
        "read as an invoice ledger it has a customer (\"customer_id\") and an amount (\"amount\") "
          + "but no column is a date"))
  }
}
