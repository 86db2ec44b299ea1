import ARRCore
import Testing

@testable import ARRInput

/// Trial 51, T51-21 (cases `c19`, `c20`, `c63`): three billing systems' subscriptions exports
/// give a price per billing cycle beside the cycle's unit and count in two columns (Paddle's
/// `Billing Cycle Interval` + `Billing Cycle Frequency`, Maxio's `Product Interval Unit` +
/// `Product Interval`, Recurly's `plan_interval_unit` + `plan_interval_length` with
/// `subscription_unit_amount_in_cents`). Each was refused asking for a "billing cycle" column, and
/// with one added by hand the count was unread: a quarterly price read as monthly
/// (``SubscriptionTableReader/pairUnitWords(_:table:keys:)``).
@Suite struct BillingCycleCountTests {
  func read(_ text: String, name: String = "subscriptions.csv", asOf: Month? = nil) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(asOf: asOf))
  }

  /// Paddle: Acme 5 × 29.00 a month, Birchly 1,188.00 a year, Cobalt 240.00 every 3 months.
  static func paddle(unitHeader: String = "Billing Cycle Interval", cobaltUnit: String = "month")
    -> String
  {
    """
    Subscription ID,Status,Customer ID,Started At,\(unitHeader),Billing Cycle Frequency,Quantity,Unit Price
    sub_1,active,ctm_acme,2026-01-03T10:00:00Z,month,1,5,29.00
    sub_2,active,ctm_birch,2026-02-14T09:00:00Z,year,1,1,1188.00
    sub_3,active,ctm_cobalt,2026-04-01T12:00:00Z,\(cobaltUnit),3,1,240.00

    """
  }

  /// By hand at 2026-10: Acme 145.00, Birchly 99.00, Cobalt 80.00 a month; the same when the
  /// unit's column is renamed `Billing Cycle` (its cells are units, read with the count).
  @Test(arguments: ["Billing Cycle Interval", "Billing Cycle"])
  func paddlesIntervalAndFrequency(_ unitHeader: String) throws {
    let c = try read(Self.paddle(unitHeader: unitHeader), asOf: Month(year: 2026, month: 10))
    #expect(c.mrrRow("ctm_acme").last == 14_500)
    #expect(c.mrrRow("ctm_birch").last == 9_900)
    #expect(c.mrrRow("ctm_cobalt").last == 8_000)
  }

  /// Hostile twin: a `Billing Cycle` column of cadence words (`quarterly`) beside a count is
  /// read by its words, the count not multiplying it again: Cobalt 240 ÷ 3 = 80.00 still, Acme's
  /// `monthly` 145.00.
  @Test func cadenceWordsAreNotUnits() throws {
    let text = Self.paddle(unitHeader: "Billing Cycle", cobaltUnit: "quarterly")
      .replacingOccurrences(of: ",month,1,5,", with: ",monthly,1,5,")
      .replacingOccurrences(of: ",year,1,1,", with: ",annual,1,1,")
    let c = try read(text, asOf: Month(year: 2026, month: 10))
    #expect(c.mrrRow("ctm_acme").last == 14_500)
    #expect(c.mrrRow("ctm_cobalt").last == 8_000)
  }

  /// Maxio: prices in cents per `Product Interval` × `Product Interval Unit`; a trialing row
  /// with no start is a trial not yet paid (skipped, never an error); no `--as-of`: the latest
  /// current period's start, 2026-10, dates the export (its latest signup is 2026-04). By hand:
  /// Acme 199.00, Birch 1,990 ÷ 12 = 165.83, Cobalt 540 ÷ 3 = 180.00 a month in 2026-10.
  @Test func maxiosIntervalInCentsAndATrialWithoutStart() throws {
    let text = """
      Subscription ID,State,Customer Reference,Product Price In Cents,Product Interval,Product Interval Unit,Activated At,Current Period Started At
      61001,active,acme,19900,1,month,2026-01-05 10:00:00 -0500,2026-10-05 10:00:00 -0400
      61002,active,birch,199000,12,month,2026-04-01 09:00:00 -0400,2026-04-01 09:00:00 -0400
      61003,active,cobalt,54000,3,month,2026-02-10 08:00:00 -0500,2026-08-10 08:00:00 -0400
      61006,trialing,fig,19900,1,month,,2026-10-20 08:00:00 -0400

      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("acme").last == 19_900)
    #expect(c.mrrRow("birch").last == 16_583)
    #expect(c.mrrRow("cobalt").last == 18_000)
    #expect(!c.accounts.contains { $0.id == "fig" })
    #expect(c.log.files[0].skipped[.notStarted] == 1)
  }

  /// Hostile twin: a row with no start whose status is no trial (`active`) is still an error.
  @Test func aRunningRowWithoutStartIsAProblem() {
    let text = """
      Subscription ID,State,Customer Reference,Product Price In Cents,Product Interval,Product Interval Unit,Activated At
      61001,active,acme,19900,1,month,2026-01-05
      61002,active,birch,19900,1,month,

      """
    #expect(throws: (any Error).self) { try read(text, asOf: Month(year: 2026, month: 10)) }
  }

  /// Recurly: `subscription_unit_amount_in_cents` per `plan_interval_length` ×
  /// `plan_interval_unit`; a trial ending after the as-of month bills nothing yet. By hand at
  /// 2026-10: abe 2 × 50.00 = 100.00, cove 300.00 ÷ 3 = 100.00; gale in trial to 2026-11-12.
  @Test func recurlysUnitAmountInCentsAndTrialEnd() throws {
    let text = """
      account_code,subscription_state,subscription_quantity,subscription_unit_amount_in_cents,subscription_activated_at,subscription_trial_ends_at,plan_interval_length,plan_interval_unit
      abe,active,2,5000,2026-01-04 10:00:00 UTC,,1,months
      cove,active,1,30000,2026-02-01 12:00:00 UTC,,3,months
      gale,active,1,4900,2026-10-29 08:00:00 UTC,2026-11-12 08:00:00 UTC,1,months

      """
    let c = try read(text, asOf: Month(year: 2026, month: 10))
    #expect(c.mrrRow("abe").last == 10_000)
    #expect(c.mrrRow("cove").last == 10_000)
    #expect((c.mrrRow("gale").last ?? 0) == 0)
  }
}
