import ARRCore
import Testing

@testable import ARRInput

/// An orders export (Shopify's "Export orders": `Name`, `Email`, `Financial Status`, `Paid at`,
/// `Subtotal`, `Shipping`, `Taxes`, `Total`, `Lineitem …`, `Tags`), read as a ledger
/// (`docs/import.md`, "Invoice ledger"; session 16's trial, S1: a multi-line order's further
/// lines were refused one by one, a refunded month broke a monthly rhythm, and a one-off order
/// beside subscription orders was read as a subscriber who churned).
@Suite struct ShopifyOrdersTests {
  func read(_ text: String, lenient: Bool = false) throws -> ImportedCompany {
    var options = ImportOptions()
    options.isLenient = lenient
    return try Importer.read(
      [Importer.SourceFile(name: "orders_export.csv", bytes: Array(text.utf8))], options: options)
  }

  /// The trial's company, cut to four months. Ann: a Coffee Club order of 30 on the 5th of
  /// January to April, tagged a subscription order, and a mug of 15 in February with no tag.
  /// Ben: 30 a month with a free sticker on a second line of each order (Shopify writes only
  /// the order number, the email and the line item's cells there); March's order refunded.
  /// Fay: one gift box of 40 in March, no tag. Shipping 5 and tax 8% on every order, left out
  /// (`Subtotal` is read).
  ///
  /// By hand: ann MRR 30 in January–April, the mug 15 one-time in February; ben 30, 30, 0 (his
  /// March charge refunded in full: still a month of his monthly rhythm, revenue 0), 30; fay
  /// 40 one-time in March, no MRR. Headline MRR at April 30 + 30 = 60. Rows read 14 = used 9
  /// (ann 5, ben 3, fay 1) + skipped 5 (4 continuation lines, 1 refunded order).
  static let orders = """
    Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Taxes,Total,Lineitem quantity,Lineitem name,Lineitem price,Tags
    #1001,ann@example.com,paid,2025-01-05 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription First Order"
    #1002,ben@example.com,paid,2025-01-07 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription First Order"
    #1002,ben@example.com,,,,,,,,1,Sticker,0.00,
    #1003,ann@example.com,paid,2025-02-05 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription Recurring Order"
    #1004,ben@example.com,paid,2025-02-07 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription Recurring Order"
    #1004,ben@example.com,,,,,,,,1,Sticker,0.00,
    #1005,ann@example.com,paid,2025-02-14 10:00:00 -0500,USD,15.00,5.00,1.20,21.20,1,Mug,15.00,
    #1006,ann@example.com,paid,2025-03-05 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription Recurring Order"
    #1007,ben@example.com,refunded,2025-03-07 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription Recurring Order"
    #1007,ben@example.com,,,,,,,,1,Sticker,0.00,
    #1008,fay@example.com,paid,2025-03-02 10:00:00 -0500,USD,40.00,5.00,3.20,48.20,1,Gift box,40.00,
    #1009,ann@example.com,paid,2025-04-05 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription Recurring Order"
    #1010,ben@example.com,paid,2025-04-07 10:00:00 -0500,USD,30.00,5.00,2.40,37.40,1,Coffee Club,30.00,"Subscription, Subscription Recurring Order"
    #1010,ben@example.com,,,,,,,,1,Sticker,0.00,
    """

  @Test func anOrdersExportReadsItsSubscriptionRevenue() throws {
    let c = try read(Self.orders)
    #expect(c.mrrRow("ann@example.com") == [3_000, 3_000, 3_000, 3_000])
    #expect(c.oneTimeRow("ann@example.com") == [0, 1_500, 0, 0])
    #expect(c.mrrRow("ben@example.com") == [3_000, 3_000, 0, 3_000])
    #expect(c.oneTimeRow("ben@example.com") == [0, 0, 0, 0])
    #expect(c.account("ben@example.com")?.billingCadence == .monthly)
    #expect(c.mrrRow("fay@example.com") == [0, 0, 0, 0])
    #expect(c.oneTimeRow("fay@example.com") == [0, 0, 4_000, 0])
    let asOf = c.monthCount - 1
    let headline = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, asOf)] }
    #expect(headline == 6_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == 14 && f.rowsUsed == 9)
    #expect(f.skipped[.continuationLine] == 4 && f.skipped[.refunded] == 1)
    #expect(
      c.log.skipped.contains {
        $0.line == 4 && $0.reason.hasPrefix("continuation line: a further line of the line above")
      })
    #expect(c.log.notes.contains { $0.contains("\"Tags\"") && $0.contains("one-time") })
    #expect(c.log.notes.contains { $0.contains("\"Shipping\"") })
  }

  /// A line with neither a date nor an amount whose customer differs from the line above's is
  /// no continuation of it: still a problem at its date cell, as before.
  @Test func aLineOfAnotherCustomerWithoutDateOrAmountIsAProblem() throws {
    let error = #expect(throws: ARRQualityError.self) {
      try read(
        """
        Name,Email,Financial Status,Paid at,Subtotal,Lineitem name
        #1001,ann@example.com,paid,2025-01-05,30.00,Coffee
        #1002,ben@example.com,,,,Sticker
        """)
    }
    #expect(
      error?.problems.first?.description.hasPrefix("orders_export.csv:3:4: date \"\" is not a date")
        == true)
  }

  /// Without a subscription tag on any line, a `Tags` column decides nothing: the orders are
  /// read by the ledger's rules (ann's three monthly orders of 30 recur).
  @Test func tagsWithoutASubscriptionTagAreNotRead() throws {
    let c = try read(
      """
      Name,Email,Financial Status,Paid at,Subtotal,Tags
      #1001,ann@example.com,paid,2025-01-05,30.00,vip
      #1002,ann@example.com,paid,2025-02-05,30.00,
      #1003,ann@example.com,paid,2025-03-05,30.00,vip
      """)
    #expect(c.mrrRow("ann@example.com") == [3_000, 3_000, 3_000])
    #expect(!c.log.notes.contains { $0.contains("\"Tags\"") })
  }
}
