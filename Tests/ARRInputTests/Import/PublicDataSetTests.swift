import ARRCore
import Testing

@testable import ARRInput

/// The public data sets people try first that hold no subscription revenue: each is refused
/// with a message saying what the file looks like and what the product needs, never read into
/// an ARR invented from repeat purchases (`docs/import.md`, "Files that hold no recurring
/// revenue").
@Suite struct PublicDataSetTests {
  func read(_ text: String, name: String, options: ImportOptions = ImportOptions()) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: options)
  }

  /// The header and a few rows of each data set, as published (values made up).
  static let dataSets: [(name: String, text: String, says: String)] = [
    (
      "online-retail.csv",
      """
      InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
      536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom
      536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom
      C536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom
      536414,22139,,56,12/1/2010 11:52,0,,United Kingdom
      """,
      "retail sales, one row per item sold (\"StockCode\", \"Quantity\", \"UnitPrice\""
    ),
    (
      "online-retail-ii.csv",
      """
      Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
      489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom
      """,
      "retail sales, one row per item sold (\"StockCode\", \"Quantity\", \"Price\""
    ),
    (
      "saas-sales.csv",
      """
      Row ID,Order ID,Order Date,Date Key,Contact Name,Country,City,Region,Subregion,Customer,Customer ID,Industry,Segment,Product,License,Sales,Quantity,Discount,Profit
      1,EMEA-2022-152156,11/9/2022,20221109,Nathan Bell,Ireland,Dublin,EMEA,UKIR,Chevron,1017,Energy,SMB,Marketing Suite,16GRM07R1K,261.96,2,0,41.9136
      """,
      "a table of sales orders (\"Order ID\", \"Order Date\", \"Sales\", \"Profit\""
    ),
    (
      "telco-churn.csv",
      """
      customerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,Contract,MonthlyCharges,TotalCharges,Churn
      7590-VHVEG,Female,0,Yes,No,1,No,Month-to-month,29.85,29.85,No
      5575-GNVDE,Male,0,No,No,34,Yes,One year,56.95,1889.5,Yes
      """,
      "a churn-modelling snapshot, one row per customer (\"tenure\", \"Churn\", \"MonthlyCharges\""
    ),
    // fivetran/dbt_apple_store's seed of App Store Connect's subscription report (columns cut).
    (
      "sales_subscription_summary.csv",
      """
      app_name,subscription_name,standard_subscription_duration,customer_price,customer_currency,developer_proceeds,country,device,client,active_standard_price_subscriptions,date
      Sample,Subone,1 Year,4.88,NOK,2.44,NO,iPhone,,1,2024-12-07
      """,
      "counts of subscriptions, not subscribers (\"subscription_name\", "
        + "\"active_standard_price_subscriptions\""
    ),
    // fivetran/dbt_google_play_source's seed of Google Play's subscription statistics.
    (
      "financial_stats_subscriptions_country.csv",
      """
      date,package_name,product_id,country,new_subscriptions,cancelled_subscriptions,active_subscriptions
      2020-11-01,member.android.store,com.cable.training.onemonth,AU,0,0,21
      """,
      "counts of subscriptions, not subscribers (\"product_id\", \"active_subscriptions\", "
        + "\"new_subscriptions\", \"cancelled_subscriptions\""
    ),
    // Trial 14: fivetran/dbt_google_play_source's seed of Google Play's earnings report (columns
    // cut; one charge and its Google fee), and Google's own headers for it.
    (
      "earnings.csv",
      """
      description,transaction_date,transaction_time,tax_type,transaction_type,refund_type,product_title,product_id,product_type,sku_id,hardware,buyer_country,buyer_currency,amount_buyer_currency_,merchant_currency,amount_merchant_currency_
      GPA.3302-2312-6140-38722..2,"Nov 1, 2019",3:29:44 AM PDT,,Charge,,Monthly (cable),member.android.cableshop,1,com.cable.onemonth,,DK,DKK,22.96,USD,3.43
      GPA.3381-5593-0155..9,"Nov 1, 2019",1:08:14 PM PDT,,Google fee,,Monthly (cable),member.android.cableshop,1,com.cable.onemonth,,US,USD,-1.5,USD,-1.5
      """,
      "an app store's report (\"transaction_type\", \"product_id\", \"buyer_country\", "
        + "\"buyer_currency\", \"merchant_currency\", \"sku_id\""
    ),
    (
      "PlayApps_201911.csv",
      """
      Description,Transaction Date,Transaction Time,Tax Type,Transaction Type,Refund Type,Product Title,Product id,Product Type,Sku Id,Hardware,Buyer Country,Buyer State,Buyer Postal Code,Buyer Currency,Amount (Buyer Currency),Currency Conversion Rate,Merchant Currency,Amount (Merchant Currency)
      GPA.3302-2312-6140-38722..2,"Nov 1, 2019",3:29:44 AM PDT,,Charge,,Monthly,member.android,1,com.onemonth,,DK,,6855,DKK,22.96,0.14937,USD,3.43
      """,
      "an app store's report (\"Transaction Type\", \"Product id\", \"Buyer Country\""
    ),
    // dbt_apple_store's seed of App Store Connect's subscription event report (columns cut).
    (
      "sales_subscription_event_summary.csv",
      """
      event_date,event,app_name,app_apple_id,subscription_name,subscription_apple_id,standard_subscription_duration,consecutive_paid_periods,original_start_date,country,days_before_canceling,quantity
      2024-11-06,Reactivate,Sample,239587236,Subone,1112101201,1 Year,1,2024-10-26,IE,,1
      """,
      "an app store's report (\"event\", \"subscription_name\", \"app_apple_id\", "
        + "\"subscription_apple_id\""
    ),
  ]

  @Test(arguments: dataSets.indices)
  func aDataSetWithoutRecurringRevenueIsRefusedSayingWhatItIs(index: Int) throws {
    let set = Self.dataSets[index]
    let error = try #require(throws: ARRQualityError.self) {
      try read(set.text, name: set.name)
    }
    #expect(error.kind == .invalidData)
    #expect(error.message.hasPrefix("\(set.name):1: reads as "))
    #expect(error.message.contains(set.says))
    #expect(error.message.contains("arr-quality measures subscription revenue"))
  }

  /// `--shape ledger` does not make the retail file a ledger: it has no amount column either.
  @Test func aForcedShapeIsRefusedTheSameWay() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        Self.dataSets[0].text, name: "retail.csv", options: ImportOptions(shape: .ledger))
    }
    #expect(error.message.contains("reads as retail sales"))
  }

  /// A ledger with an amount column is read as one, whatever else it has: a SaaS company's
  /// invoice lines from an accounting system that writes a `Stock Code` beside each line, or
  /// a `Profit` column. 1,000 a month: MRR 1,000.00 in each of the two months.
  @Test func aLedgerWithAStockCodeAndAnAmountIsStillALedger() throws {
    let text = """
      Customer,Date,Stock Code,Quantity,Amount,Profit,Order ID
      Acme,2024-01-01,PLAT-1,1,1000.00,800.00,SO-1
      Acme,2024-02-01,PLAT-1,1,1000.00,800.00,SO-2
      """
    let c = try read(text, name: "sage.csv")
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.mrr == [100_000, 100_000])
  }
}
