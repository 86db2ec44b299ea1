import ARRCore
import Testing

@testable import ARRInput

/// A database's dump of Stripe subscriptions, `NULL` in every empty date
/// (stefanojelou/product_data's public `data/subscriptions.csv`, a real company's table, commit
/// d52779f1; its header kept, two of its rows, the `metadata` JSON cell written `{}`: its quotes
/// are not doubled). Read as Stripe's subscriptions export (`status`, `interval`,
/// `current_period_start`), it was refused with 643 problems, `"NULL" is not a date`, before the
/// real reason: the table has no amount column (the price is inside the JSON).
@Suite struct SubscriptionsNullCellsTests {
  static let header =
    "subscription_id,company_id,customer_id,stripe_subscription_id,product_name,status,interval,"
    + "current_period_start,current_period_end,trial_start,trial_end,cancel_at,canceled_at,"
    + "payment_attempts_count,next_payment_attempt,metadata,created_at,updated_at,trial_ended,"
    + "started_plan"
  static let rows = """
    01KC7K7C5319J8ZKJR0MKQXBRB,3048,01KC7K6RMG5B3W4GWT5M5CXQXW,sub_1SdGukDPbhkvQ9zkDD3Du2FU,Connect,ACTIVE,MONTHLY,"2026-01-11 22:40:19","2026-02-11 22:40:19","2025-12-11 20:56:42","2025-12-25 20:56:42",NULL,NULL,0,NULL,{},"2025-12-11 20:56:49","2026-01-11 23:41:23",1,NULL
    01KBJE0W9M82X8AM89QQ6CHQN3,2977,01KBG7K17KR2XM41MR2TVFKG0R,sub_1SaIBYDPbhkvQ9zkc09Vz56n,"Brain studio",ACTIVE,MONTHLY,"2026-01-03 15:41:44","2026-02-03 15:41:44",NULL,NULL,NULL,NULL,0,NULL,{},"2025-12-03 15:41:50","2026-01-03 15:41:49",0,NULL
    """

  /// `NULL` dates are blank: the file is refused for its missing amount column alone.
  @Test func nullDatesAreBlankAndTheMissingAmountIsTheError() throws {
    let text = Self.header + "\n" + Self.rows
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))])
    }
    #expect(
      error.description
        == "subscriptions.csv: a subscriptions export alone needs Amount and Interval columns "
        + "to give revenue (or import the invoice line items export beside it)")
    #expect(!error.description.contains("NULL"))
  }

  /// With an `amount` column added (20 a month for 3048, 0 for 2977's free plan) the rows read:
  /// as of 2026-01 (the latest current period start) 3048 bills 20.00. Of the date columns read
  /// (`trial_end`, `canceled_at`, the current period, and `cancel_at` since session 15;
  /// `trial_start` is not read), `NULL` is in both rows' `canceled_at` and `cancel_at` and 2977's
  /// `trial_end`: 5 cells, blank, and a note counts them, naming the first (`canceled_at`, line
  /// 2).
  @Test func nullDatesAreCountedInANote() throws {
    let text =
      Self.header + ",amount\n"
      + Self.rows.split(separator: "\n").enumerated().map { i, r in r + (i == 0 ? ",20" : ",0") }
      .joined(separator: "\n")
    let c = try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2026, month: 1))
    #expect(c.mrrRow("01KC7K6RMG5B3W4GWT5M5CXQXW").last == 2_000)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "subscriptions.csv: 5 date cells say no value (\"NULL\" under \"canceled_at\" on line 2): "
            + "read as blank")
      })
  }
}
