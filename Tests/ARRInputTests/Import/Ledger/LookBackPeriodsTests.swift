import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Period columns that look back from each invoice (Stripe's invoice-level `Period Start/End`;
/// trial 22, T22-6): not read as service periods; the lines are read by their invoice dates.
/// Figures by hand.
@Suite struct LookBackPeriodsTests {
  /// Stripe's Invoices export: cus_a pays 100.00 on the 5th of January to April, cus_c 50.00
  /// on the 1st of February to April; each first invoice's period has no length, each later
  /// one's is the month before, ending on the invoice's date. By invoice date, as of 2024-04:
  /// cus_a 100 a month January–April, cus_c 50 a month February–April.
  static let invoices = """
    id,Customer,Date (UTC),Period Start (UTC),Period End (UTC),Status,Billing Reason,Currency,Total
    in_1,cus_a,2024-01-05 10:00,2024-01-05 10:00,2024-01-05 10:00,paid,subscription_create,usd,100.00
    in_2,cus_c,2024-02-01 09:00,2024-02-01 09:00,2024-02-01 09:00,paid,subscription_create,usd,50.00
    in_3,cus_a,2024-02-05 10:00,2024-01-05 10:00,2024-02-05 10:00,paid,subscription_cycle,usd,100.00
    in_4,cus_c,2024-03-01 09:00,2024-02-01 09:00,2024-03-01 09:00,paid,subscription_cycle,usd,50.00
    in_5,cus_a,2024-03-05 10:00,2024-02-05 10:00,2024-03-05 10:00,paid,subscription_cycle,usd,100.00
    in_6,cus_c,2024-04-01 09:00,2024-03-01 09:00,2024-04-01 09:00,paid,subscription_cycle,usd,50.00
    in_7,cus_a,2024-04-05 10:00,2024-03-05 10:00,2024-04-05 10:00,paid,subscription_cycle,usd,100.00
    """

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "invoices.csv", bytes: Array(text.utf8))])
  }

  @Test func lookingBackPeriodsAreNotServicePeriods() throws {
    let c = try read(Self.invoices)
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("cus_a") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_c") == [0, 5_000, 5_000, 5_000])
    #expect(c.log.files[0].ignoredColumns.contains("Period Start (UTC)"))
    #expect(c.log.files[0].ignoredColumns.contains("Period End (UTC)"))
    #expect(
      c.log.findings.contains {
        $0.contains(
          "\"Period Start (UTC)\" and \"Period End (UTC)\" look back from each invoice rather "
            + "than saying what it pays for: 7 of 7 lines' periods end on the invoice's own "
            + "date, and 2 of 2 customers' first invoice has a period of no length")
          && $0.contains("export the invoice line items instead")
      })
  }

  /// Stripe's invoices export of two months of a mature company (trial 56, T56-1): every
  /// customer's first invoice in the file is a renewal, so no first period is of no length and
  /// the look-back rule cannot tell; its `Minimum Line Item Period Start` and `Maximum Line Item
  /// Period End` span what each invoice pays for, and are read. cus_a renews monthly at 100.00
  /// on the 27th (periods 27th to 27th), cus_b paid 1,200.00 on 2025-01-10 for a year. As of
  /// 2025-02: cus_a 100 a month through the period ending 2025-03-27 (January's invoice pays
  /// for January 27 to February 27), cus_b 100 a month.
  @Test func lineItemPeriodsOfStripesInvoicesExportAreTheServicePeriods() throws {
    let text = """
      id,Customer,Date (UTC),Minimum Line Item Period Start (UTC),Maximum Line Item Period End (UTC),\
      Period Start (UTC),Period End (UTC),Status,Subscription,Currency,Total
      in_a,cus_a,2024-10-27 09:00,2024-10-27 09:00,2024-11-27 09:00,2024-09-27 09:00,\
      2024-10-27 09:00,paid,sub_a,usd,100.00
      in_b,cus_a,2024-11-27 09:00,2024-11-27 09:00,2024-12-27 09:00,2024-10-27 09:00,\
      2024-11-27 09:00,paid,sub_a,usd,100.00
      in_c,cus_a,2024-12-27 09:00,2024-12-27 09:00,2025-01-27 09:00,2024-11-27 09:00,\
      2024-12-27 09:00,paid,sub_a,usd,100.00
      in_1,cus_a,2025-01-27 09:00,2025-01-27 09:00,2025-02-27 09:00,2024-12-27 09:00,\
      2025-01-27 09:00,paid,sub_a,usd,100.00
      in_2,cus_b,2025-01-10 08:00,2025-01-10 08:00,2026-01-10 08:00,2024-01-10 08:00,\
      2025-01-10 08:00,paid,sub_b,usd,1200.00
      in_3,cus_a,2025-02-27 09:00,2025-02-27 09:00,2025-03-27 09:00,2025-01-27 09:00,\
      2025-02-27 09:00,paid,sub_a,usd,100.00
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("cus_a").last == 10_000)
    #expect(c.mrrRow("cus_b").last == 10_000)
    #expect(c.log.files[0].ignoredColumns.contains("Period Start (UTC)"))
    #expect(!c.log.findings.contains { $0.contains("look back from each invoice") })
  }

  /// Twins of the line-item periods' reading that differ in one respect (review 56, R56-1): one
  /// customer's invoices bill last month's usage with next month's seat (the span starts a
  /// month before each invoice), one line's span is blank, one a one-off item's instant. Then
  /// the spans are not read and the invoices are read by their dates, as before: 3 customers
  /// paying 100.00 a month, 100.00 each as of 2024-12.
  @Test(arguments: ["arrears", "blank", "instant"])
  func lineItemSpansNotLeadingForwardAreNotRead(twin: String) throws {
    var text = """
      id,Customer,Date (UTC),Minimum Line Item Period Start (UTC),Maximum Line Item Period End (UTC),\
      Period Start (UTC),Period End (UTC),Status,Subscription,Currency,Total
      """
    for (k, customer) in ["cus_a", "cus_b", "cus_c"].enumerated() {
      for month in 7...12 {
        let date = String(format: "2024-%02d-0%d 09:00", month, k + 1)
        let next =
          month == 12
          ? "2025-01-0\(k + 1) 09:00" : String(format: "2024-%02d-0%d 09:00", month + 1, k + 1)
        let before = String(format: "2024-%02d-0%d 09:00", month - 1, k + 1)
        // The invoice's own period looks back; the first (subscription_create) has no length.
        let own = month == 7 ? "\(date),\(date)" : "\(before),\(date)"
        var span = "\(date),\(next)"
        if customer == "cus_c" && twin == "arrears" { span = "\(before),\(next)" }
        if customer == "cus_c" && twin == "blank" && month == 12 { span = "," }
        text += "\nin_\(k)_\(month),\(customer),\(date),\(span),\(own),paid,sub_\(k),usd,100.00"
      }
    }
    if twin == "instant" {
      text +=
        "\nin_x,cus_a,2024-12-10 09:00,2024-12-10 09:00,2024-12-10 09:00,2024-12-10 09:00,"
        + "2024-12-10 09:00,paid,,usd,5.00"
    }
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("cus_b").last == 10_000)
    #expect(c.mrrRow("cus_c").last == 10_000)
    #expect(c.log.files[0].ignoredColumns.contains("Minimum Line Item Period Start (UTC)"))
  }

  /// Service periods that start on the invoice date (a line items export) are read as such.
  @Test func forwardPeriodsAreRead() throws {
    let text = """
      id,Customer,Date (UTC),Period Start (UTC),Period End (UTC),Status,Currency,Total
      in_1,cus_a,2024-01-05 10:00,2024-01-01 00:00,2024-01-31 00:00,paid,usd,100.00
      in_2,cus_c,2024-02-01 09:00,2024-02-01 00:00,2024-02-29 00:00,paid,usd,50.00
      in_3,cus_a,2024-02-05 10:00,2024-02-01 00:00,2024-02-29 00:00,paid,usd,100.00
      in_4,cus_c,2024-03-01 09:00,2024-03-01 00:00,2024-03-31 00:00,paid,usd,50.00
      in_5,cus_a,2024-03-05 10:00,2024-03-01 00:00,2024-03-31 00:00,paid,usd,100.00
      in_6,cus_a,2024-04-05 10:00,2024-04-01 00:00,2024-04-30 00:00,paid,usd,100.00
      """
    let c = try read(text)
    #expect(!c.log.findings.contains { $0.contains("look back from each invoice") })
    #expect(!c.log.files[0].ignoredColumns.contains("Period Start (UTC)"))
  }

  /// Beside Stripe's subscriptions export, a first-year annual plan (cus_b, 1,200.00 on
  /// 2024-01-10, one invoice, its period of no length) is what the export says: interval year,
  /// active, 100 a month from January through the as-of month, committed.
  @Test func theSubscriptionsExportBesideItIsNotContradicted() throws {
    let invoices =
      Self.invoices + "\n"
      + "in_8,cus_b,2024-01-10 08:00,2024-01-10 08:00,2024-01-10 08:00,paid,subscription_create,"
      + "usd,1200.00"
    let subscriptions = """
      id,Customer ID,Customer Name,Plan,Quantity,Interval,Amount,Currency,Status,Created (UTC),\
      Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),\
      Cancel At Period End,Ended At (UTC)
      sub_a,cus_a,A,monthly,1,month,100.00,usd,active,2024-01-05 10:00,2024-01-05 10:00,\
      2024-04-05 10:00,2024-05-05 10:00,,false,
      sub_b,cus_b,B,annual,1,year,1200.00,usd,active,2024-01-10 08:00,2024-01-10 08:00,\
      2024-01-10 08:00,2025-01-10 08:00,,false,
      sub_c,cus_c,C,monthly,1,month,50.00,usd,active,2024-02-01 09:00,2024-02-01 09:00,\
      2024-04-01 09:00,2024-05-01 09:00,,false,
      """
    let c = try ImportFixtures.read([
      ("invoices.csv", invoices), ("subscriptions.csv", subscriptions),
    ])
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("cus_b") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.account("cus_b")?.billingCadence == .annual)
  }
}
