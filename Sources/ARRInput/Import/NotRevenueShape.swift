import ARRCore

/// Well-known public data sets that hold no subscription revenue (`docs/import.md`, "Files that
/// hold no recurring revenue"): retail item sales (UCI *Online Retail*), sales orders with their
/// profit (AWS *SaaS Sales*) and churn-modelling snapshots (IBM *Telco Customer Churn*). They are
/// what people try first, and read as invoice lines they would give an ARR invented from repeat
/// purchases. Each is recognised by columns a revenue export does not have, and refused with a
/// message naming what the file looks like and what the product needs. So is a table of the
/// company's totals by month (``CompanyMetrics``).
enum NotRevenueShape {
  /// What arr-quality reads instead, for the messages.
  static let needed =
    "arr-quality measures subscription revenue: it needs a customer cube (MRR or billings by "
    + "customer and month), a ledger of invoice lines (customer, date, amount; service periods "
    + "or a recurring type where known), a subscriptions table (customer, start, end, monthly "
    + "price), or Stripe's subscriptions and invoice line items exports"

  /// Why `table` holds no recurring revenue, with its header's line, or `nil` when it is none
  /// of these shapes. Only the first rows are searched for the header.
  /// - Complexity: O(cells of the first rows).
  static func explain(_ table: ImportTable) -> String? {
    for record in table.records.prefix(LedgerLayout.headerSearchRows) {
      let keys = record.cells.map(LedgerLayout.normalized)
      func named(_ names: String...) -> [String] {
        names.compactMap { n in keys.firstIndex(of: n).map { record.cells[$0] } }
      }
      func quoted(_ cells: [String]) -> String {
        cells.map { "\"\($0)\"" }.joined(separator: ", ")
      }
      let hasPeriodOrType = keys.contains {
        ["service start", "period start", "service end", "period end", "type"].contains($0)
      }
      let stock = named("stock code", "stockcode")
      let quantity = named("quantity", "qty")
      if !stock.isEmpty, !quantity.isEmpty, !hasPeriodOrType {
        return "\(table.file):\(record.line): reads as retail sales, one row per item sold ("
          + quoted(stock + quantity + named("unit price", "price"))
          + ", as the UCI Online Retail data set is laid out): purchases, with no subscription, "
          + "term or service period, so there is no recurring revenue to measure (an ARR "
          + "read from repeat purchases would be invented); " + needed
      }
      let profit = named("profit")
      let order = named("order id", "order date")
      if !profit.isEmpty, !order.isEmpty, !hasPeriodOrType {
        return "\(table.file):\(record.line): reads as a table of sales orders ("
          + quoted(order + named("sales") + profit)
          + ", as the AWS SaaS Sales data set is laid out): one row per order, with no "
          + "subscription, term or service period, so there is no recurring revenue to "
          + "measure (an ARR read from repeat orders would be invented); " + needed
      }
      let churn = named("churn", "churned", "churn label", "churn value", "exited")
      let tenure = named("tenure", "tenure months")
      if !churn.isEmpty, !tenure.isEmpty, !keys.contains(where: { $0.contains("date") }) {
        return "\(table.file):\(record.line): reads as a churn-modelling snapshot, one row per "
          + "customer (" + quoted(tenure + churn + named("monthly charges"))
          + ", as the IBM Telco Customer Churn data set is laid out): it has no dates, so no "
          + "revenue by month (tenure counts months back from an export date the file does not "
          + "give, and a churned customer's last month is not in it); " + needed
      }
      // App stores report subscriptions in aggregate: App Store Connect's subscription report
      // counts active subscriptions by product, price and country; Google Play's subscription
      // statistics count new, cancelled and active ones by day (thirteenth session's trial:
      // fivetran/dbt_apple_store's `sales_subscription_summary.csv` was told it "reads as an
      // invoice ledger (customer column "client" …) but no column is the amount").
      let counts = named(
        "active standard price subscriptions", "active subscriptions", "new subscriptions",
        "cancelled subscriptions", "canceled subscriptions", "active subscribers")
      let isPerCustomer = keys.contains {
        [
          "customer id", "customer", "account id", "subscriber id", "user id", "customer name",
          "original transaction id", "purchase token",
        ].contains($0)
      }
      if !counts.isEmpty, !isPerCustomer {
        return "\(table.file):\(record.line): reads as counts of subscriptions, not subscribers ("
          + quoted(named("subscription name", "product id") + counts)
          + ", as App Store Connect's subscription report and Google Play's subscription "
          + "statistics give them): how many subscriptions of each product were active, new or "
          + "cancelled, with no subscriber, so no customer's revenue can be followed month to "
          + "month and there is no churn, retention or risk by customer to measure (export "
          + "transactions or subscriptions per subscriber instead, e.g. from the app's own "
          + "billing records or a subscription platform); " + needed
      }
      // App stores' other reports name products, days and countries, never the buyer: Google
      // Play's earnings report (one row per charge, Google fee, tax or refund; `buyer_country`,
      // `merchant_currency`, `sku_id`) and App Store Connect's subscription events and sales
      // reports (`app_apple_id`, `subscription_apple_id`, `developer_proceeds`). Trial 14:
      // fivetran/dbt_google_play_source's `earnings.csv` and dbt_apple_store's
      // `sales_subscription_event_summary.csv` were only "shape not recognised".
      let store = named(
        "buyer country", "buyer currency", "merchant currency", "sku id", "app apple id",
        "subscription apple id", "apple identifier", "developer proceeds")
      if !store.isEmpty, !isPerCustomer {
        let what = named("transaction type", "event", "product id", "subscription name")
        return "\(table.file):\(record.line): reads as an app store's report ("
          + quoted(what + store)
          + ", as Google Play's earnings report and App Store Connect's subscription event and "
          + "sales reports give them): charges, store fees, taxes, refunds or subscription "
          + "events by product, day and country, with no subscriber or buyer id (a store never "
          + "names the buyer in its reports), so no customer's revenue can be followed month to "
          + "month and there is no per-customer MRR, churn or retention to measure (export "
          + "subscriptions or transactions per subscriber from the app's own billing records or "
          + "a subscription platform instead); " + needed
      }
    }
    // Company tables by row label: an income statement, a cohort table (trial 48, T48-30,
    // T48-31), checked here for a layout no reader takes (`Cohort, M0, M1, …`) and by the
    // importer after a cube reads (``notCustomers(_:)``).
    return notCustomers(table)?.why ?? CompanyMetrics.totals(in: table)
      ?? CompanyMetrics.longForm(in: table)
  }

  /// Why `table`'s rows are the company's own lines or cohorts, not customers
  /// (``IncomeStatement``, ``CohortTable``), and what it is in a few words, or `nil`.
  static func notCustomers(_ table: ImportTable) -> (why: String, short: String)? {
    if let why = IncomeStatement.explain(table) {
      return (why, "an income statement, not customers")
    }
    if let why = CohortTable.explain(table) { return (why, "a cohort table, not customers") }
    return nil
  }

  /// Whether `table`, one of several files, is left out with a note rather than refused when
  /// another file reads as revenue: a table ``explain(_:)`` refuses (the company's totals by
  /// month, a public data set of no recurring revenue), but not one whose periods repeat row
  /// after row (rows per a customer not named as one: perhaps the revenue itself). Trial 28,
  /// T28-17: the company's MRR bridge totals beside the movements log behind them stopped the
  /// run, telling the user to pass "the subscriptions behind the totals", which they had.
  static func isLeftOutAmongFiles(_ table: ImportTable) -> Bool {
    explain(table) != nil && !CompanyMetrics.hasRepeatedPeriods(table)
  }

  /// What a table ``explain(_:)`` refuses is, in a few words, for a list of sheets or files
  /// left out (trial 28, T28-12).
  static func shortReason(_ table: ImportTable) -> String {
    if let short = notCustomers(table)?.short { return short }
    return CompanyMetrics.totals(in: table) != nil
      ? "the company's totals by period, not customers" : "no recurring revenue"
  }
}
