import ARRCore
import Testing

@testable import ARRInput

/// `ended_at` beside `status` is a database's naming as much as Stripe's: a file whose statuses
/// are not Stripe's (`ended`) is a subscriptions table, not a Stripe export
/// (`docs/import.md`, "Stripe exports"). The rows are tava-health/data-technical-assessment's
/// public `data/raw/subscriptions.csv`, refused with "status "ended" is not a Stripe status".
@Suite struct EndedAtTableTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))])
  }

  static let rows = """
    S001,C001,Basic,2024-12-01,2025-05-31,ended
    S002,C001,Pro,2025-05-15,,active
    S003,C002,Basic,2025-01-01,2025-03-31,ended
    S005,C003,Enterprise,2025-02-01,,active
    """

  /// The file has no price: the error names what is missing, not the statuses.
  @Test func withoutAPriceTheMissingColumnIsNamed() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read("subscription_id,customer_id,plan_name,started_at,ended_at,status\n" + Self.rows)
    }
    #expect(!error.message.contains("is not a Stripe status"))
    #expect(
      error.message.contains(
        "read as a subscriptions table it has a customer (\"customer_id\") and a start "
          + "(\"started_at\") but no column is a monthly price"))
  }

  /// With a monthly price added (100, 150, 80, 500: invented, the file has none) it reads as a
  /// subscriptions table. As-of 2025-05 (S002's start and S001's end). C001: Basic 100 from
  /// 2024-12; in 2025-05 Basic ends (the 31st) and Pro starts: that month bills Pro's 150 only.
  /// C002: 80 for 2025-01 … 2025-03 (ends the 31st). C003: 500 from 2025-02.
  @Test func withAPriceItIsASubscriptionsTable() throws {
    let priced = zip(Self.rows.split(separator: "\n"), ["100", "150", "80", "500"]).map {
      "\($0),\($1)"
    }
    let c = try read(
      "subscription_id,customer_id,plan_name,started_at,ended_at,status,monthly_fee\n"
        + priced.joined(separator: "\n"))
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.asOf == Month(year: 2025, month: 5))
    #expect(c.mrrRow("C001") == [10_000, 10_000, 10_000, 10_000, 10_000, 15_000])
    #expect(c.mrrRow("C002") == [0, 8_000, 8_000, 8_000, 0, 0])
    #expect(c.mrrRow("C003") == [0, 0, 50_000, 50_000, 50_000, 50_000])
  }

  /// A Stripe export with `Ended At` and Stripe's statuses is still one; a status that is not
  /// Stripe's beside a stronger marker (`Current Period Start`) is still a problem at its cell.
  @Test func stripeExportsStayStripe() throws {
    let stripe = try read(
      """
      Customer ID,Status,Amount,Interval,Start Date (UTC),Ended At (UTC)
      cus_1,active,100,month,2025-01-01,
      cus_2,canceled,50,month,2025-01-01,2025-03-01
      """)
    #expect(stripe.log.files[0].shape == .stripeSubscriptions)
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Customer ID,Status,Amount,Interval,Start Date (UTC),Current Period Start (UTC)
        cus_1,ended,100,month,2025-01-01,2025-03-01
        """)
    }
    #expect(error.problems.first?.message.contains("is not a Stripe status") == true)
  }
}
