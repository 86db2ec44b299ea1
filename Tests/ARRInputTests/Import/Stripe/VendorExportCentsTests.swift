import ARRCore
import Testing

@testable import ARRInput

/// Vendor exports whose amounts are documented in cents with nothing in the header saying so
/// (trial 25, T25-12 and T25-14): Baremetrics' CSV import template (`plan_amount` +
/// `plan_interval`, "cents integer, $1 == 100") and ChartMogul's Activities and Customers
/// exports. Each reads in cents with a note; `--amounts units` overrides. Weekly and daily plans
/// read as 52 ÷ 12 and 365 ÷ 12 periods a month. Figures by hand.
@Suite struct VendorExportCentsTests {
  static let baremetricsHeader = """
    plan_oid,plan_name,plan_currency,plan_amount,plan_interval,plan_interval_count,\
    customer_oid,customer_name,customer_email,subscription_oid,subscription_started_at,\
    subscription_canceled_at,subscription_quantity
    """

  /// Baremetrics' template, as of 2024-12 (`--as-of`), every row live. Monthly amounts in cents:
  /// - c1: 4900 a month × 1 = 4,900 ($49.00);
  /// - c2: 9900 a month × 2 = 19,800;
  /// - c3: 99000 a year ÷ 12 = 8,250;
  /// - c4: 45000 every 3 months ÷ 3 = 15,000;
  /// - c5: 1000 a week: 1000 × 52 ÷ 12 = 4,333.33…, 4,333;
  /// - c6: 2500 every 2 weeks × 3 seats = 7500 × 52 ÷ 24 = 16,250;
  /// - c7: 100 a day: 100 × 365 ÷ 12 = 3,041.66…, 3,042.
  /// Headline MRR 4,900 + 19,800 + 8,250 + 15,000 + 4,333 + 16,250 + 3,042 = 71,575 cents,
  /// $715.75 (ARR $8,589.00).
  static let baremetrics =
    baremetricsHeader + "\n"
      + """
      plan_basic,Basic,USD,4900,month,1,c1,One,c1@example.com,s1,2024-01-15,,1
      plan_pro,Pro,USD,9900,month,1,c2,Two,c2@example.com,s2,2024-03-01,,2
      plan_y,Pro Yearly,USD,99000,year,1,c3,Three,c3@example.com,s3,2024-02-10,,1
      plan_q,Team Quarterly,USD,45000,month,3,c4,Four,c4@example.com,s4,2024-06-01,,1
      plan_w,Weekly,USD,1000,week,1,c5,Five,c5@example.com,s5,2024-05-01,,1
      plan_w2,Fortnightly,USD,2500,week,2,c6,Six,c6@example.com,s6,2024-05-01,,3
      plan_d,Daily,USD,100,day,1,c7,Seven,c7@example.com,s7,2024-07-01,,1
      """

  static let december = ImportOptions(asOf: Month(year: 2024, month: 12))

  /// Each account's MRR at the as-of month, in cents, by id.
  static func latest(_ c: ImportedCompany) -> [String: Int64] {
    Dictionary(uniqueKeysWithValues: c.accounts.map { ($0.id, c.mrrRow($0.id).last ?? 0) })
  }

  @Test func baremetricsTemplateReadsCentsAndWeeklyPlans() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "baremetrics.csv", bytes: Array(Self.baremetrics.utf8))],
      options: Self.december)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.asOf == Month(year: 2024, month: 12))
    let byID = Self.latest(c)
    let expected: [Int64] = [4_900, 19_800, 8_250, 15_000, 4_333, 16_250, 3_042]
    #expect(byID.values.sorted() == expected.sorted())
    #expect(byID.values.reduce(0, +) == 71_575)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "amounts under \"plan_amount\" read in the currency's smallest unit (cents): the "
            + "header carries Baremetrics' import template field names")
          && $0.contains("\"4900\" on line 2 is 49.00")
      })
    #expect(!c.log.findings.contains { $0.contains("cents") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  @Test func amountsUnitsOverridesTheTemplate() throws {
    var options = Self.december
    options.amounts = .units
    let c = try Importer.read(
      [Importer.SourceFile(name: "baremetrics.csv", bytes: Array(Self.baremetrics.utf8))],
      options: options)
    // As units every amount is 100 times the cents reading: 7,157,500 hundredths.
    #expect(Self.latest(c).values.reduce(0, +) == 7_157_500)
    #expect(!c.log.notes.contains { $0.contains("Baremetrics") })
  }

  /// `plan_amount` alone (no `plan_interval`) is not the template: read as written, no note.
  @Test func planAmountAloneIsNotTheTemplate() throws {
    let text = """
      customer_id,plan_amount,billing_cycle,started_at
      c1,4900,monthly,2024-01-15
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: Self.december)
    #expect(Self.latest(c)["c1"] == 490_000)
    #expect(!c.log.notes.contains { $0.contains("Baremetrics") })
  }

  /// A period count with a unit, as a monthly share: months and years as before, weeks
  /// 52 ÷ (12 × count), days 365 ÷ (12 × count); other units, or more than 10 years, none.
  @Test(
    arguments: [
      ("1", "month", 1, 1), ("3", "month", 1, 3), ("1", "year", 1, 12), ("1", "week", 52, 12),
      ("2", "Weeks", 52, 24), ("1", "day", 365, 12), ("30", "days", 365, 360),
      ("520", "week", 52, 6_240),
    ] as [(String, String, Int64, Int64)])
  func periodShare(count: String, unit: String, part: Int64, whole: Int64) {
    let share = SubscriptionTableReader.periodShare(count: count, unit: unit)
    #expect(share?.part == part && share?.whole == whole)
  }

  @Test(arguments: [("521", "week"), ("3651", "day"), ("1", "fortnight"), ("0", "week")])
  func noPeriodShare(count: String, unit: String) {
    #expect(SubscriptionTableReader.periodShare(count: count, unit: unit) == nil)
  }

  /// Billed weekly or daily for a month or less is a monthly cadence; longer, none.
  @Test func cadenceOfWeeksAndDays() {
    #expect(SubscriptionTableReader.periodCadence(count: "4", unit: "week") == .monthly)
    #expect(SubscriptionTableReader.periodCadence(count: "5", unit: "week") == nil)
    #expect(SubscriptionTableReader.periodCadence(count: "31", unit: "day") == .monthly)
    #expect(SubscriptionTableReader.periodCadence(count: "3", unit: "month") == .quarterly)
  }

  /// ChartMogul's Activities export, MRR and movements in cents, as of its last month
  /// (2024-04). cu1: new 9,900 in January, expansion +4,950 in March: 14,850. cu2: new 4,900 in
  /// February, churned in April: 0. cu3: new 29,900 in April. Headline MRR 14,850 + 29,900 =
  /// 44,750 cents, $447.50.
  static let activities = """
    uuid,customer-uuid,customer-name,type,date,mrr,mrr-movement,currency,plan,description
    a1,cu1,Acme,new_biz,2024-01-10T10:00:00Z,9900,9900,USD,Pro,purchased the Pro plan
    a2,cu2,Beta,new_biz,2024-02-05T10:00:00Z,4900,4900,USD,Basic,purchased the Basic plan
    a3,cu1,Acme,expansion,2024-03-12T10:00:00Z,14850,4950,USD,Pro,expansion
    a4,cu2,Beta,churn,2024-04-20T10:00:00Z,0,-4900,USD,Basic,churn
    a5,cu3,Gamma,new_biz,2024-04-02T10:00:00Z,29900,29900,USD,Pro,purchased the Pro plan
    """

  @Test func chartMogulActivitiesReadInCents() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "activities.csv", bytes: Array(Self.activities.utf8))
    ])
    #expect(c.log.files[0].shape == .movements)
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("cu1") == [9_900, 9_900, 14_850, 14_850])
    #expect(c.mrrRow("cu2") == [0, 4_900, 4_900, 0])
    #expect(c.mrrRow("cu3") == [0, 0, 0, 29_900])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "amounts under \"mrr-movement\" read in the currency's smallest unit (cents): the "
            + "header carries ChartMogul's export column names")
          && $0.contains("\"9900\" on line 2 is 99.00")
      })
  }

  @Test func chartMogulActivitiesWithAmountsUnits() throws {
    var options = ImportOptions()
    options.amounts = .units
    let c = try Importer.read(
      [Importer.SourceFile(name: "activities.csv", bytes: Array(Self.activities.utf8))],
      options: options)
    #expect(c.mrrRow("cu3") == [0, 0, 0, 2_990_000])
    #expect(!c.log.notes.contains { $0.contains("ChartMogul") })
  }

  /// ChartMogul's Customers export, as of 2024-03 (`--as-of`): live MRR 9,900 + 4,900 + 29,900
  /// = 44,700 cents, $447.00.
  static let customers = """
    uuid,external_id,name,email,status,customer-since,mrr,arr,plan,billing-cycle,country
    u1,cus_1,Acme,acme@example.com,Active,2024-01-10T10:00:00Z,9900,118800,Pro,1 month,US
    u2,cus_2,Beta,beta@example.com,Active,2024-03-05T10:00:00Z,4900,58800,Basic,1 month,US
    u3,cus_3,Gamma,gamma@example.com,Active,2024-02-01T10:00:00Z,29900,358800,Pro,1 month,US
    """

  @Test func chartMogulCustomersReadInCents() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "customers.csv", bytes: Array(Self.customers.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(Self.latest(c).values.sorted() == [4_900, 9_900, 29_900])
    #expect(
      c.log.notes.contains {
        $0.contains("read in the currency's smallest unit (cents): the header carries ChartMogul's")
      })
  }
}
