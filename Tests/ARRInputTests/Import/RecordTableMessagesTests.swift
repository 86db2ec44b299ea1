import ARRCore
import Testing

@testable import ARRInput

/// What a refusal of a table of records says first, and what it never advises (trial 28:
/// `docs/import.md`, "Errors").
@Suite struct RecordTableMessagesTests {
  func refusal(_ text: String, name: String) -> String {
    do {
      _ = try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
      return ""
    } catch {
      return error.message
    }
  }

  /// T28-23: invoices keyed by a subscription (OmkarDhanke/revenue-leakage-subscription-
  /// analytics' `invoices.csv`, its first lines). The missing customer leads the message, no
  /// cube advice is built from a line's invoice and due dates, and `sub_id` is named as the
  /// subscription, with the two ways on.
  @Test func invoicesKeyedBySubscriptionSayTheMissingCustomerFirst() {
    let message = refusal(
      """
      invoice_id,sub_id,invoice_date,due_date,amount
      10001,5001,2024-01-01,2024-01-15,10.0
      10002,5002,2024-01-01,2024-01-15,10.0
      10003,5001,2024-02-01,2024-02-15,10.0
      """, name: "invoices.csv")
    #expect(
      message.hasPrefix(
        "invoices.csv: shape not recognised: line 1 is a header of named columns, one row per "
          + "record below it: read as an invoice ledger it has a date (\"invoice_date\") and an "
          + "amount (\"amount\") but no column is a customer (expected a header such as "))
    #expect(
      message.contains(
        "; \"sub_id\" names each line's subscription, not its customer: if each customer has one "
          + "subscription, rename it \"customer_id\""))
    #expect(message.contains("; accepted shapes: cube ("))
    #expect(!message.contains("a cube needs"))
  }

  /// T28-25: 8fit's `subscriptions.csv`, revenue summed by signup country, channel, platform,
  /// gender and day, with a count of the subscriptions each row sums. Renaming columns as a
  /// subscriptions table wants would make each segment a customer: the message says the rows
  /// are totals by segment and asks for one row per customer instead.
  @Test func totalsBySegmentAreNotToldToRenameColumns() {
    let message = refusal(
      """
      signup_country_code,marketing_channel_id,signup_platform,gender,is_paid_channel,subscription_date,net_revenue,subscription_count
      AU,1,ios,male,false,2016-11-20,41.993,4
      CA,3,ios,female,true,2016-11-24,20.993,3
      """, name: "subscriptions.csv")
    #expect(
      message.contains(
        "line 1 is a header of named columns, but its rows are totals by segment: "
          + "\"subscription_count\" counts what each row sums (4 on line 2), and no column is a "
          + "customer, a subscription or a user; renaming columns would read each segment as "
          + "one customer"))
    #expect(!message.contains("rename those columns"))
  }

  /// A count column beside a customer column is no aggregate: the rows are customers' (a
  /// seat count), and the usual hint stands.
  @Test func aCountBesideACustomerIsNoAggregate() {
    let message = refusal(
      """
      customer_id,signup_country,seat_count,plan
      A,AU,4,pro
      B,CA,3,basic
      """, name: "customers.csv")
    #expect(!message.contains("totals by segment"))
  }
}
