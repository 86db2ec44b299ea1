import ARRCore
import Testing

@testable import ARRInput

/// A monthly table whose customer column is named as an email, a user, a subscriber, an
/// organisation, a tenant or a workspace (session 28, t28c lane; trial 28, T28-14: refused as
/// "the company's totals … one row per month and no customer column", false on both counts).
@Suite struct MonthlyTableCustomerNamesTests {
  /// Two customers over three months: by hand a 100 a month, b 200 from February → March MRR
  /// 300 (ARR 3,600), each row a customer's month.
  @Test(
    arguments: [
      "Customer Email", "email", "Organization", "Tenant", "Workspace", "Subscriber", "User",
      "user_id", "Domain",
    ])
  func anotherNameIsTheCustomer(header: String) throws {
    let c = try importCube(
      """
      \(header),Month,MRR
      a@x.com,2025-01,100
      a@x.com,2025-02,100
      b@y.com,2025-02,200
      a@x.com,2025-03,100
      b@y.com,2025-03,200
      """, name: "monthly.csv")
    #expect(c.mrrRow("a@x.com") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("b@y.com") == [0, 20_000, 20_000])
  }

  /// Months that repeat row after row under no customer column are not one row per month: the
  /// refusal says so and names the other column as the possible customer.
  @Test func repeatedMonthsAreNotCalledTotals() throws {
    do {
      _ = try importCube(
        """
        Label,Month,MRR
        p,2025-01,100
        q,2025-01,200
        p,2025-02,100
        q,2025-02,200
        """, name: "monthly.csv")
      Issue.record("expected a refusal")
    } catch let error as ARRQualityError {
      #expect(!error.message.contains("one row per month"))
      #expect(
        error.message.contains(
          "monthly.csv:1: has a month column and amounts (\"Month\", \"MRR\") with several rows "
            + "a month, but no column is named as a customer: if \"Label\" names the customer, "
            + "rename it \"customer_id\""))
    }
  }
}
