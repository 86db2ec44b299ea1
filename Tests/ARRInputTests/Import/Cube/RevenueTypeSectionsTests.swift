import ARRCore
import Testing

@testable import ARRInput

/// Stacked blocks of a cube headed by kinds of revenue (`Subscription revenue`, `Professional
/// services revenue`), each listing the same customers with its own subtotal (trial 50, T50-36:
/// the headings were read as two customers with the customers as their products, and the
/// services block was summed into recurring revenue, 148,800 for 76,800).
@Suite struct RevenueTypeSectionsTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "model.csv", bytes: Array(text.utf8))])
  }

  /// The trial's shape, four months. Hand: MRR = the subscription block (Arbor 2,000, Basil
  /// 3,500 from Feb, Cedar 900); Arbor's 6,000 in Apr and Basil's 12,000 + 8,000 are one-time.
  static let stacked = """
    Revenue by customer (USD)

    Customer,Jan-26,Feb-26,Mar-26,Apr-26
    Subscription revenue
    Arbor Air,2000,2000,2000,2000
    Basil Bank,,3500,3500,3500
    Cedar Care,900,900,900,900
    Total subscription revenue,2900,6400,6400,6400

    Professional services revenue
    Arbor Air,,,,6000
    Basil Bank,,12000,8000,
    Cedar Care,,,,
    Total professional services revenue,0,12000,8000,6000

    Total revenue,2900,18400,14400,12400
    """

  @Test func servicesBlockIsOneTimeAndTheRowsAreCustomers() throws {
    let c = try read(Self.stacked)
    #expect(c.accounts.map(\.id) == ["Arbor Air", "Basil Bank", "Cedar Care"])
    #expect(c.mrrRow("Arbor Air") == [200_000, 200_000, 200_000, 200_000])
    #expect(c.mrrRow("Basil Bank") == [0, 350_000, 350_000, 350_000])
    #expect(c.mrrRow("Cedar Care") == [90_000, 90_000, 90_000, 90_000])
    #expect(c.oneTimeRow("Arbor Air") == [0, 0, 0, 600_000])
    #expect(c.oneTimeRow("Basil Bank") == [0, 1_200_000, 800_000, 0])
    // No segment from a heading naming a kind of revenue.
    #expect(c.accounts.allSatisfy { $0.segment == nil })
    let file = c.log.files[0]
    #expect(file.skipped[.sectionHeader] == 2)
    #expect(file.skipped[.subtotal] == 2)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    // Subtotals tie out with the one-time rows counted; no "several rows" finding.
    #expect(!c.log.findings.contains { $0.contains("subtotal") || $0.contains("several rows") })
    #expect(
      c.log.notes.contains {
        $0.contains("headed by a kind of revenue")
          && $0.contains("\"Professional services revenue\" are their customers' one-time")
      })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Two recurring blocks (subscription, support and maintenance): a customer under both is one
  /// account, its rows summed, and nothing is one-time.
  @Test func twoRecurringBlocksSumIntoOneAccount() throws {
    let c = try read(
      """
      Customer,Jan-26,Feb-26
      Subscription revenue
      Arbor Air,1000,1000
      Basil Bank,500,500
      Total subscription revenue,1500,1500
      Support & maintenance revenue
      Arbor Air,200,200
      Total support & maintenance revenue,200,200
      Total revenue,1700,1700
      """)
    #expect(c.accounts.map(\.id) == ["Arbor Air", "Basil Bank"])
    #expect(c.mrrRow("Arbor Air") == [120_000, 120_000])
    #expect(c.oneTimeRow("Arbor Air") == [0, 0])
    #expect(!c.log.findings.contains { $0.contains("several rows") })
  }

  /// A segment around typed blocks stays its customers' segment.
  @Test func aSegmentAroundTypedBlocksIsKept() throws {
    let c = try read(
      """
      Customer,Jan-26,Feb-26
      Enterprise
      Subscriptions
      Arbor Air,1000,1000
      Total Subscriptions,1000,1000
      Implementation
      Arbor Air,5000,
      Total Implementation,5000,0
      Total Enterprise,6000,1000
      """)
    #expect(c.accounts.map(\.id) == ["Arbor Air"])
    #expect(c.accounts[0].segment == "Enterprise")
    #expect(c.mrrRow("Arbor Air") == [100_000, 100_000])
    #expect(c.oneTimeRow("Arbor Air") == [500_000, 0])
  }

  @Test(
    arguments: [
      ("Subscription revenue", RevenueTypeHeading.Kind.recurring),
      ("Recurring Revenue", .recurring), ("SaaS revenue", .recurring),
      ("Revenue: Subscriptions", .recurring), ("Support and maintenance", .recurring),
      ("Professional services revenue", .oneTime), ("Services", .oneTime),
      ("Implementation fees", .oneTime), ("Hardware sales", .oneTime),
      ("Training & onboarding", .oneTime), ("One-time revenue", .oneTime),
      ("Consulting services", .oneTime), ("Setup fees", .oneTime),
      ("Dienstleistungen", .oneTime), ("Umsatz Abonnements", .recurring),
    ] as [(String, RevenueTypeHeading.Kind)])
  func headingsNamingAKind(heading: String, kind: RevenueTypeHeading.Kind) {
    #expect(RevenueTypeHeading.kind(heading) == kind)
  }

  /// Twins: names of customers, products and segments that only contain such a word.
  @Test(
    arguments: [
      "Services Corp", "Platform", "Add-ons", "Enterprise", "Acme Consulting Ltd",
      "Revenue", "Total revenue", "Subscription Holdings", "Training Partners Inc",
      "Hardware Store LLC", "Revenue by customer",
    ])
  func headingsNamingNoKind(heading: String) {
    #expect(RevenueTypeHeading.kind(heading) == nil)
  }

  /// Twin: QuickBooks-style customer groups, one of them a customer named `Services Corp`, with
  /// product rows repeated under them: the groups stay customers, their rows products.
  @Test func customerGroupsNamedLikeAKindStayCustomers() throws {
    let c = try read(
      """
      Customer,Jan-26,Feb-26
      Services Corp
      Subscription,500,500
      Support,100,100
      Total Services Corp,600,600
      Beta Inc
      Subscription,200,200
      Total Beta Inc,200,200
      Total,800,800
      """)
    #expect(c.accounts.map(\.id) == ["Services Corp", "Beta Inc"])
    #expect(c.mrrRow("Services Corp") == [60_000, 60_000])
    #expect(c.log.files[0].skipped[.customerHeader] == 2)
  }

  /// Twin: product blocks (`Platform`, `Add-ons`) name no kind of revenue: read as before, every
  /// cell recurring, nothing one-time.
  @Test func productBlocksKeepTheirReading() throws {
    let text = """
      Customer,Jan-26,Feb-26
      Platform
      Arbor Air,1000,1000
      Basil Bank,500,500
      Total Platform,1500,1500
      Add-ons
      Arbor Air,200,200
      Basil Bank,100,100
      Total Add-ons,300,300
      Total,1800,1800
      """
    let c = try read(text)
    #expect(c.log.files[0].skipped[.customerHeader] == 2)
    #expect(c.oneTime.allSatisfy { $0 == 0 })
    let total = c.accounts.map { c.mrrRow($0.id).last ?? 0 }.reduce(0, +)
    #expect(total == 180_000)
  }
}
