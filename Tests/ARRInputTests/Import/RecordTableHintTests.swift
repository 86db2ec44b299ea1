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

  /// Review 12 (F5, F6): a change log (one row per change, `changed_at` beside `mrr`) is not
  /// read: carried forward per customer, subscription s2's 50 was replaced by s1's change and a
  /// `cancelled` row stayed live MRR, silently. Refused, no history is made up.
  @Test(arguments: [
    "subscription_id,account_id,mrr,changed_at\ns1,a,100,2024-01-15\ns2,a,50,2024-03-01\n"
      + "s1,a,120,2024-05-01\ns3,b,200,2024-01-10\n",
    "account_id,changed_at,mrr,status\na,2024-01-15,100,active\na,2024-03-01,150,active\n"
      + "a,2024-05-10,150,cancelled\nb,2024-01-01,200,active\n",
  ])
  func aChangeLogIsRefused(text: String) throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(text, name: "log.csv")
    }
    #expect(error.message.contains("log.csv: shape not recognised"))
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

  /// Trial 16, BT1: Braintree's transaction search export (its columns, cut) names a customer
  /// but neither date (`Created Datetime`) nor amount (`Amount Authorized`) as a reading knows
  /// them: the hint names both for each reading (it was "shape not recognised" alone).
  @Test func aCustomerAloneNamesTheMissingColumns() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Transaction ID,Transaction Type,Transaction Status,Created Datetime,Amount Authorized,Customer ID
        t1,sale,settled,06/03/2025 10:14:22,500.00,acme
        """, name: "transactions.csv")
    }
    // What the reading lacks leads the message (trial 28, T28-23).
    let ledger: String =
      ": shape not recognised: line 1 is a header of named columns, one row per record below "
      + "it: read as an invoice "
      + "ledger it has a customer (\"Customer ID\") but no column is a date or an amount "
      + "(expected headers such as \"date\" and \"amount\"; rename those columns)"
    let subscriptions: String =
      "; read as a subscriptions table it has a customer (\"Customer ID\") but no column is a "
      + "start or a monthly price (expected headers such as \"start date\" and \"mrr\"; rename "
      + "those columns)"
    #expect(error.message.contains(ledger + subscriptions))
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

  /// Review 7, `priceonly.csv`: a price per billing cycle (`price`: A's 1,200 is annual, B's
  /// 100 monthly) with no billing cycle column. The hint asked to rename a column "mrr", which
  /// would read A's 1,200 a year as 1,200 a month (12 times too high); it asks for the cycle.
  @Test func aPricePerCycleAsksForTheCycle() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        customer_id,start_date,price,plan
        A,2024-01-01,1200,annual
        B,2024-02-01,100,monthly
        """, name: "priceonly.csv")
    }
    #expect(
      error.message.contains(
        "but no column is a monthly price (\"price\" is read as a price per billing cycle, "
          + "beside a column saying how many months each price covers: add one headed "
          + "\"billing cycle\""))
    #expect(error.message.contains("rename it \"mrr\" only if every price is monthly)"))
    #expect(!error.message.contains("expected a header such as \"mrr\""))
  }

  /// Review 7, `titlecube.csv`: a title line of three cells names no column a reading needs;
  /// the cube below it has months out of order on line 2. Its error stands (it was "shape not
  /// recognised … at most 3 month-like headers in a row", without the line).
  @Test func aTitleLineKeepsTheCubesError() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Revenue by customer,Acme Inc,USD
        customer,2024-01,2024-02,2024-01
        A,100,100,100
        """, name: "titlecube.csv")
    }
    #expect(error.description.contains("titlecube.csv:2: months are out of order"))
    #expect(!error.description.contains("shape not recognised"))
  }

  /// Trial 14: fivetran/dbt_hubspot_source's `engagement_call_data.csv` (columns cut): a header
  /// naming no column a reading needs, as wide as its rows, the first of which holds three
  /// timestamps. It was "months are not consecutive" (line 2 read as a cube's header); it is a
  /// table of records of no accepted shape. So is the same table written by pandas with its
  /// index, whose header's first cell is empty (dbt_google_play_source's
  /// `stats_ratings_overview.csv`: "months are out of order").
  @Test(arguments: ["", ","])
  func aRecordTableAsWideAsItsDatedRowIsNotACube(index: String) throws {
    let text = """
      engagement_id,_fivetran_synced,created_timestamp,last_updated,duration_ms,disposition
      1,2014-08-27 20:50:44.778000,2016-01-05 10:00:00,2019-03-01 08:00:00,600,COMPLETED
      2,2014-08-27 20:50:44.778000,2016-02-05 10:00:00,2019-03-01 08:00:00,300,NO_ANSWER
      """
    let lines = text.split(separator: "\n").enumerated().map { i, line in
      index.isEmpty ? String(line) : (i == 0 ? "" : "\(i - 1)") + index + line
    }
    let error = try #require(throws: ARRQualityError.self) {
      try read(lines.joined(separator: "\n"), name: "engagement_call_data.csv")
    }
    #expect(error.description.contains("engagement_call_data.csv: shape not recognised"))
    #expect(!error.description.contains("not consecutive"))
  }

  /// Recurly's invoices summary export (session 16's trial, R5): `billed_date` dates the lines
  /// (session 17, import2 lane) and `subtotal` is the amount, but `account_code` is no ledger
  /// customer (in a ledger it may be a GL account's code): the refusal names the missing
  /// customer and says `account_code` may be it.
  @Test func recurlysInvoicesNameTheMissingCustomer() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        id,invoice_number,account_code,billed_date,due_on,closed_at,status,net_terms,currency,subtotal,tax,total
        b96a,1001,acme,2024-07-03 09:00:00 PST,2024-07-03 09:00:00 PST,2024-07-03 09:00:00 PST,paid,on-receipt,USD,500.00,40.00,540.00
        """, name: "invoices-summary.csv")
    }
    #expect(
      error.message.contains(
        "read as an invoice ledger it has a date (\"billed_date\") and an amount (\"subtotal\") "
          + "but no column is a customer (expected a header such as \"customer id\", "
          + "\"account id\"; rename that column)"))
    #expect(
      error.message.contains(
        "; \"account_code\" names the customer in a subscriptions table, but in a ledger such a "
          + "column may be a GL account's: if it is the customer, rename it \"customer_id\"; "
          + "accepted shapes: "))
  }

  /// PayPal's activity download (session 16's trial, PP1): `Gross` is the amount (session 17,
  /// import2 lane), `Name` a bare name, never the customer: the refusal names the missing
  /// customer.
  @Test func payPalsActivityNamesTheMissingCustomer() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        "Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address"
        "12/03/2024","09:00:00","PDT","Anna Studio","Subscription Payment","Completed","USD","49.00","-2.20","46.80","anna@annastudio.com"
        """, name: "activity.csv")
    }
    #expect(
      error.message.contains(
        "read as an invoice ledger it has a date (\"Date\") and an amount (\"Gross\") but no "
          + "column is a customer"))
  }

  /// Only an amount column found: the ledger reading names both the customer and the date
  /// missing (it said nothing of any role before).
  @Test func anAmountAloneNamesTheCustomerAndTheDate() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        ref,client_code,posted_on,amount
        1,acme,2024-07-03,500.00
        """, name: "ledger.csv")
    }
    #expect(
      error.message.contains(
        ": shape not recognised: line 1 is a header of named columns, one row per record below "
          + "it: read as an invoice "
          + "ledger it has an amount (\"amount\") but no column is a customer or a date (expected "
          + "headers such as \"customer id\" or \"account id\" and \"date\" or \"invoice date\" or "
          + "\"issued at\"; rename those columns)"))
  }

  /// A ledger whose header gives only its date (KKBox's `transactions.csv`: `msno` is the
  /// member, `actual_amount_paid` the amount, neither a name the reader knows) names both
  /// missing roles and offers the columns whose headers name money (trial 18a, K1: "shape not
  /// recognised" and nothing else).
  @Test func aDateAloneNamesTheCustomerAndTheAmount() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        msno,payment_plan_days,plan_list_price,actual_amount_paid,is_cancel,transaction_date
        u1,30,149,149,0,2016-10-31
        """, name: "transactions.csv")
    }
    let expected: String =
      ": shape not recognised: line 1 is a header of named columns, one row per record below "
      + "it: read as an invoice ledger it has a date (\"transaction_date\") but no column is a "
      + "customer or an amount (expected headers such as \"customer id\" and \"amount\"; rename "
      + "those columns) (\"plan_list_price\", \"actual_amount_paid\" name money: if one is what "
      + "was paid, rename it \"amount\")"
    #expect(error.message.contains(expected))
  }
}
