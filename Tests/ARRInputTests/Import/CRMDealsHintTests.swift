import ARRCore
import Testing

@testable import ARRInput

/// Refusals of trial 17's CRM and app-store exports say what is wrong (session 18, import4
/// lane): HubSpot's deals (CRM2) were told a deal's amount looked like a month header's day
/// number, and Apple's Subscriber report (AS2) was told its `Client` column was the customer.
@Suite struct CRMDealsHintTests {
  func refusal(_ name: String, _ text: String) throws -> String {
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
    }
    return error.message
  }

  /// HubSpot's deals export (its default deal properties): a close date, no contract start or
  /// end. Line 3's 48000 under `Amount`, `Annual contract value`, `Annual recurring revenue` and
  /// `Total contract value` is a deal's, not a month header's day number.
  static let hubspot = """
    Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Annual contract value,Annual recurring revenue,Monthly recurring revenue,Total contract value,Associated Company,Pipeline,Deal Type
    1001,Acme AI - Platform 2025,Closed won,2025-01-28 00:00,Dana Reyes,120000,120000,120000,10000,120000,Acme AI,Sales Pipeline,newbusiness
    1005,Delta Inc - Annual,Closed won,2024-07-30 00:00,Dana Reyes,48000,48000,48000,4000,48000,Delta Inc,Sales Pipeline,newbusiness
    1004,Gamma Co - Annual,Closed lost,2025-02-25 00:00,Sam Okafor,60000,60000,60000,5000,60000,Gamma Co,Sales Pipeline,existingbusiness
    """

  @Test func hubspotDealsWithACloseDateAloneAreRefusedWithWhy() throws {
    let message = try refusal("hubspot-deals.csv", Self.hubspot)
    #expect(!message.contains("spreadsheet day numbers"))
    #expect(
      message.contains(
        "; line 1 is a CRM's deals (\"Deal Stage\" names closing stages) with no contract start: "
          + "a deal's close date (\"Close Date\") is when it was signed, not when its service "
          + "runs, and nothing says when it ends, so \"Annual recurring revenue\""))
    #expect(message.contains("add each won deal's contract start and end"))
    #expect(!message.contains("rename those columns"))
  }

  /// A header of day numbers of consecutive month starts is read as months (45292 is
  /// 2024-01-01; session 51, T50-15: it was refused, the day numbers named).
  @Test func dayNumbersAMonthApartAreStillMonthHeaders() throws {
    let c = try Importer.read([
      Importer.SourceFile(
        name: "f.csv", bytes: Array("Customer,45292,45323,45352\nAlpha,100,100,100\n".utf8))
    ])
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.log.notes.contains { $0.contains("spreadsheet day numbers (45292 … 45352)") })
  }

  /// App Store Connect's Subscriber report: its customer is `Subscriber ID`, not `Client`.
  @Test func applesSubscriberReportNamesTheSubscriberAsTheCustomer() throws {
    let text = """
      Event Date\tApp Name\tSubscription Name\tStandard Subscription Duration\tCustomer Price\tCustomer Currency\tDeveloper Proceeds\tProceeds Currency\tClient\tDevice\tCountry\tSubscriber ID\tRefund\tPurchase Date\tUnits
      2025-01-05\tAcme AI\tPro Monthly\t1 Month\t9.99\tUSD\t6.99\tUSD\t\tiPhone\tUS\t1001\t\t2025-01-05\t1
      2025-02-05\tAcme AI\tPro Monthly\t1 Month\t9.99\tUSD\t6.99\tUSD\t\tiPhone\tUS\t1001\t\t2025-02-05\t1
      """
    let message = try refusal("subscriber-report.txt", text)
    #expect(message.contains("read as an invoice ledger it has a customer (\"Subscriber ID\")"))
    #expect(!message.contains("(\"Client\")"))
  }

  /// Read as a ledger (its date and price renamed as the refusal advises), the amounts are what
  /// subscribers pay, and a note says `Developer Proceeds` is not read. By hand: 9.99 a month.
  @Test func proceedsBesideTheAmountAreSaidNotRead() throws {
    let text = """
      Date\tSubscription Name\tAmount\tCustomer Currency\tDeveloper Proceeds\tProceeds Currency\tClient\tSubscriber ID
      2025-01-05\tPro Monthly\t9.99\tUSD\t6.99\tUSD\t\t1001
      2025-02-05\tPro Monthly\t9.99\tUSD\t6.99\tUSD\t\t1001
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "subscriber.txt", bytes: Array(text.utf8))])
    #expect(c.mrrRow("1001") == [999, 999])
    #expect(
      c.log.notes.contains(
        "subscriber.txt: amounts read from \"Amount\", what customers pay (ARR is of revenue "
          + "billed, as for every source); \"Developer Proceeds\" beside it is what the seller "
          + "keeps after the store's commission, and is not read"))
  }
}
