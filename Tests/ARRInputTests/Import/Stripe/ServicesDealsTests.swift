import ARRCore
import Testing

@testable import ARRInput

/// A CRM's won services deals (implementation, onboarding, a services pipeline) are one-time
/// revenue over their term, not subscriptions (trial 32, T32-32;
/// ``StripeSubscriptionImporter/addServices(_:file:into:)``).
@Suite struct ServicesDealsTests {
  /// As of 2024-03. `Amount` is each deal's total over its term:
  /// - Acme: a 12-month $12,000 subscription ($1,000 a month) and a 3-month $3,000
  ///   implementation in the `Services Pipeline` ($1,000 a month of one-time revenue, Jan–Mar).
  /// - Beta Consulting LLC: `Beta Consulting - New`, $24,000 over 12 months from Feb ($2,000 a
  ///   month): "consulting" is its name, no services deal.
  /// - Gamma Co: `Gamma - Onboarding` alone, $6,000 over Feb–Apr: an account of one-time
  ///   revenue only, $2,000 in Feb and in Mar.
  /// - Delta: lost, skipped.
  static let deals = """
    Deal Name,Deal Stage,Pipeline,Amount,Associated Company (Primary),Contract start date,Contract end date,Deal Type
    Acme - New,Closed Won,Sales Pipeline,12000,Acme Inc,2024-01-01,2024-12-31,newbusiness
    Acme - Implementation,Closed Won,Services Pipeline,3000,Acme Inc,2024-01-01,2024-03-31,newbusiness
    Beta Consulting - New,Closed Won,Sales Pipeline,24000,Beta Consulting LLC,2024-02-01,2025-01-31,newbusiness
    Gamma - Onboarding,Closed Won,Sales Pipeline,6000,Gamma Co,2024-02-01,2024-04-30,newbusiness
    Delta - Lost,Closed Lost,Sales Pipeline,5000,Delta,2024-01-01,2024-12-31,newbusiness
    """

  static func read() throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "deals.csv", bytes: Array(deals.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 3)))
  }

  @Test func servicesDealsAreOneTimeRevenueOverTheirTerm() throws {
    let c = try Self.read()
    #expect(c.mrrRow("Acme Inc") == [100_000, 100_000, 100_000])
    #expect(c.oneTimeRow("Acme Inc") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Beta Consulting LLC") == [0, 200_000, 200_000])
    #expect(c.oneTimeRow("Beta Consulting LLC") == [0, 0, 0])
    #expect(c.mrrRow("Gamma Co") == [0, 0, 0])
    #expect(c.oneTimeRow("Gamma Co") == [0, 200_000, 200_000])
    let f = try #require(c.log.files.first)
    #expect(f.rowsRead == 5 && f.rowsUsed == 4 && f.rowsRead == f.rowsUsed + f.rowsSkipped)
    // The tie-out: MRR $1,000 × 3 + $2,000 × 2 = $7,000; one-time $1,000 × 3 + $2,000 × 2.
    let conversion = try c.company(name: "T")
    #expect(conversion.log.tieOut.mrrCents == 700_000)
    #expect(conversion.log.tieOut.oneTimeCents == 700_000)
    // Headline ARR: 12 × ($1,000 + $2,000) = $36,000.
    let co = conversion.company
    #expect(
      (0..<co.accountCount).map { co.revenue.mrr(account: $0, month: 2) }.reduce(0, +) == 300_000)
  }

  @Test func theFindingCountsThemWithTheARRTheyWouldAdd() throws {
    let c = try Self.read()
    let finding = try #require(c.log.findings.first { $0.contains("services") })
    // Were they subscriptions, at 2024-03: 12 × ($1,000 + $2,000) = $36,000.
    #expect(
      finding
        == "deals.csv: 2 won deals are services (\"Pipeline\" \"Services Pipeline\" on line 3, "
        + "\"Acme Inc\" first): read as one-time revenue over each one's term, not as "
        + "subscriptions, so they add nothing to MRR; if they are recurring, ARR in 2024-03 is "
        + "$36,000.00 higher")
    #expect(c.log.stakes[finding]?.arrCents == 3_600_000)
  }

  @Test(arguments: [
    ("Professional Services", "deal type", "Acme", true),
    ("Services Pipeline", "pipeline", "Acme", true),
    ("Managed Services", "deal type", "Acme", false),
    ("Acme Services - Renewal", "deal name", "Acme", false),
    ("Training Co - Renewal", "deal name", "Training Co", false),
    ("Acme - Setup fee", "deal name", "Acme", true),
    ("newbusiness", "deal type", "Acme", false),
    // The one list of services words (review 34, item 10): before, not a deal's.
    ("Installation", "deal type", "Acme", true),
  ])
  func whatSaysServices(cell: String, key: String, customer: String, isServices: Bool) {
    #expect(
      SubscriptionTableReader.saysServices(cell, key: key, customer: customer) == isServices)
  }
}
