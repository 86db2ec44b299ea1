import ARRCore
import Testing

@testable import ARRInput

/// Chargebee subscriptions whose price is per billing period (session 16, import lane): the
/// period from `billing_period` × `billing_period_unit`, or, without a unit, from the current
/// term's dates (`current_term_start`, `current_term_end`); and the UI report's human column
/// names (`Canceled On`, `Subscription Billing Period`, `Plan Amount`, `Customer Company`),
/// read like their snake_case twins. Figures by hand.
@Suite struct ChargebeePeriodTests {
  /// A data export with `plan_amount` and the current term's dates, no billing period unit.
  /// As of 2025-05 (the latest start, cus_4's), from 2024-11 (cus_2's start). cus_1: 100.00 over
  /// a one-month term (2025-05-10 to 2025-06-10): monthly, 100 from January. cus_2: 2,400.00
  /// over 12 months: annual, 200 a month from November. cus_3: 900.00 over 3 months:
  /// quarterly, 300 from April. cus_4: 150.00 over 2025-05-20 to 2025-07-01, not whole months:
  /// as a total contract value's term, 42 days round to 1 month: 150 in May, cadence unknown.
  /// Headline MRR 100 + 200 + 300 + 150 = 750.00.
  static let termDates = """
    subscriptions.id,subscriptions.customer_id,subscriptions.status,subscriptions.started_at,\
    subscriptions.current_term_start,subscriptions.current_term_end,subscriptions.cancelled_at,\
    subscriptions.plan_amount,subscriptions.currency_code,customers.id,customers.company
    sub_1,cus_1,active,2025-01-10 09:00:00,2025-05-10 09:00:00,2025-06-10 09:00:00,,100.00,USD,cus_1,Acme
    sub_2,cus_2,active,2024-11-15 09:00:00,2024-11-15 09:00:00,2025-11-15 09:00:00,,2400.00,USD,cus_2,Beta
    sub_3,cus_3,active,2025-04-01 00:00:00,2025-04-01 00:00:00,2025-07-01 00:00:00,,900.00,USD,cus_3,Gamma
    sub_4,cus_4,active,2025-05-20 00:00:00,2025-05-20 00:00:00,2025-07-01 00:00:00,,150.00,USD,cus_4,Delta
    """

  @Test func thePeriodComesFromTheCurrentTermsDates() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "Subscriptions.csv", bytes: Array(Self.termDates.utf8))
    ])
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.firstMonth == Month(year: 2024, month: 11))
    #expect(c.asOf == Month(year: 2025, month: 5))
    #expect(c.mrrRow("cus_1") == [0, 0, 10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_2") == Array(repeating: 20_000, count: 7))
    #expect(c.mrrRow("cus_3") == [0, 0, 0, 0, 0, 30_000, 30_000])
    #expect(c.mrrRow("cus_4") == [0, 0, 0, 0, 0, 0, 15_000])
    #expect(c.account("cus_1")?.billingCadence == .monthly)
    #expect(c.account("cus_2")?.billingCadence == .annual)
    #expect(c.account("cus_3")?.billingCadence == .quarterly)
    #expect(c.account("cus_4")?.billingCadence == nil)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "1 row's current term is not a whole number of months (\"cus_4\" on line 5, "
            + "2025-05-20 to 2025-07-01): its price is read over the term's length rounded to "
            + "the nearest month (1), as a total contract value's term is")
      })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Chargebee's UI report, its human column names. As of 2025-05 (`--as-of`). cus_1: 100.00 a
  /// month from its `Activated On` (January). cus_2: 2,400.00 a year, 200 a month. cus_3:
  /// 600.00 every 6 months, 100 a month, `Canceled On` 2025-04-05: January to April. cus_4:
  /// 300.00 every 3 months, 100 a month from February, `Non Renewing` to 2025-08-01: notice
  /// given. Headline MRR 100 + 200 + 0 + 100 = 400.00, ARR $4,800.
  static let report = """
    Subscription Id,Customer Id,Customer Company,Status,Created On,Activated On,Canceled On,\
    Plan Amount,Subscription Billing Period,Subscription Billing Period Unit,Current Term Start,\
    Current Term End,Currency
    sub_1,cus_1,Acme,Active,2025-01-08,2025-01-10,,100.00,1,month,2025-05-10,2025-06-10,USD
    sub_2,cus_2,Beta,Active,2024-11-15,2024-11-15,,2400.00,1,year,2024-11-15,2025-11-15,USD
    sub_3,cus_3,Gamma,Cancelled,2025-01-05,2025-01-05,2025-04-05,600.00,6,month,2025-01-05,2025-07-05,USD
    sub_4,cus_4,Delta,Non Renewing,2025-02-01,2025-02-01,2025-08-01,300.00,3,month,2025-05-01,2025-08-01,USD
    """

  @Test func theUIReportsHumanNamesReadLikeTheirTwins() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "subscriptions-report.csv", bytes: Array(Self.report.utf8))],
      options: ImportOptions(asOf: Month(year: 2025, month: 5)))
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.mrrRow("cus_1") == [0, 0, 10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_2") == Array(repeating: 20_000, count: 7))
    #expect(c.mrrRow("cus_3") == [0, 0, 10_000, 10_000, 10_000, 10_000, 0])
    #expect(c.mrrRow("cus_4") == [0, 0, 0, 10_000, 10_000, 10_000, 10_000])
    #expect(c.account("cus_1")?.name == "Acme")
    #expect(c.account("cus_1")?.startDate == CivilDate("2025-01-10"))
    #expect(c.account("cus_2")?.billingCadence == .annual)
    #expect(c.account("cus_3")?.billingCadence == .semiannual)
    #expect(c.account("cus_4")?.billingCadence == .quarterly)
    #expect(c.account("cus_4")?.cancelDate == CivilDate("2025-08-01"))
    let ignored = c.log.files[0].ignoredColumns
    for read in [
      "Canceled On", "Subscription Billing Period", "Subscription Billing Period Unit",
      "Plan Amount", "Customer Company", "Activated On", "Status",
    ] {
      #expect(!ignored.contains(read), "\(read)")
    }
    #expect((0..<c.accounts.count).map { c.mrr[c.cell($0, 6)] }.reduce(0, +) == 40_000)
  }

  /// `plan_unit_price` is per unit: × `plan_quantity`, then ÷ the period's months (as of
  /// 2025-03, the latest start). cus_1: 50.00 × 3 a month = 150.00. cus_2: 1,000.00 × 2 a year
  /// = 2,000.00 ÷ 12 = 166.67 (166.666… rounded half away from zero; ÷ 12 first would give
  /// 83.33 × 2 = 166.66). Headline MRR 316.67; no quantity finding (the quantity is applied).
  static let unitPrices = """
    subscriptions.id,subscriptions.customer_id,subscriptions.status,subscriptions.started_at,\
    subscriptions.plan_unit_price,subscriptions.plan_quantity,subscriptions.billing_period,\
    subscriptions.billing_period_unit,subscriptions.currency_code
    sub_1,cus_1,active,2025-01-10 09:00:00,50.00,3,1,month,USD
    sub_2,cus_2,active,2025-03-01 09:00:00,1000.00,2,1,year,USD
    """

  @Test func aUnitPriceIsMultipliedByItsQuantity() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "Subscriptions.csv", bytes: Array(Self.unitPrices.utf8))
    ])
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("cus_1") == [15_000, 15_000, 15_000])
    #expect(c.mrrRow("cus_2") == [0, 0, 16_667])
    #expect(c.account("cus_2")?.billingCadence == .annual)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "\"plan_unit_price\" is a price per unit: each row's is multiplied by its "
            + "\"plan_quantity\"")
      })
    #expect(!c.log.findings.contains { $0.contains("quantity above 1") })
    #expect(!c.log.files[0].ignoredColumns.contains("plan_quantity"))
  }

  /// A period count with a unit in whole months: `month` × count, `year` × 12 × count; a unit
  /// of weeks or days (no whole months: `periodShare`, `VendorExportCentsTests`), or a count
  /// that is not a whole number, gives none.
  @Test(
    arguments: [
      ("1", "month", 1), ("3", "month", 3), ("1", "year", 12), ("2", "year", 24),
      ("1", "Month", 1), ("2", "week", nil), ("x", "month", nil), ("1", "", nil),
    ] as [(String, String, Int?)])
  func periodMonths(count: String, unit: String, expected: Int?) {
    #expect(SubscriptionTableReader.periodMonths(count: count, unit: unit) == expected)
  }
}
