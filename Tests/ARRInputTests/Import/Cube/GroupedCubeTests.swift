import ARRCore
import Testing

@testable import ARRInput

/// A cube with one row per product under its customer: the customer's name alone on a row, its
/// rows below, a `Total <name>` row. The product rows used to be read as customers named
/// "Subscription" and "Support", summed across every customer.
@Suite struct GroupedCubeTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))])
  }

  static let byProduct = """
    Revenue by customer and product
    Customer,Jan-24,Feb-24,Mar-24
    Alpha Corp,,,
    Subscription,500,500,500
    Support,100,100,100
    Total Alpha Corp,600,600,600
    Beta Inc,,,
    Subscription,200,200,250
    Total for Beta Inc,200,200,250
    Gamma Ltd,300,300,300
    Total,1100,1100,1150
    """

  @Test func productRowsBelongToTheirCustomer() throws {
    let c = try read(Self.byProduct)
    #expect(c.accounts.map(\.id) == ["Alpha Corp", "Beta Inc", "Gamma Ltd"])
    #expect(c.mrrRow("Alpha Corp") == [60_000, 60_000, 60_000])
    #expect(c.mrrRow("Beta Inc") == [20_000, 20_000, 25_000])
    #expect(c.mrrRow("Gamma Ltd") == [30_000, 30_000, 30_000])
    let file = c.log.files[0]
    #expect(file.skipped[.customerHeader] == 2)
    #expect(file.skipped[.subtotal] == 2)
    #expect(file.skipped[.totals] == 1)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(c.log.findings.isEmpty)
    #expect(c.log.notes.contains { $0.contains("2 customer groups") && $0.contains("3 rows") })
  }

  @Test func aSubtotalThatDoesNotTieOutIsAFindingNamingTheCustomer() throws {
    let text = Self.byProduct.replacingOccurrences(
      of: "Total for Beta Inc,200,200,250", with: "Total for Beta Inc,200,200,300")
    let c = try read(text)
    let finding = try #require(c.log.findings.first { $0.contains("subtotal") })
    #expect(finding.contains("Beta Inc"))
    #expect(finding.contains("line 9"))
    #expect(finding.contains("$300.00 in 2024-03"))
    #expect(finding.contains("$250.00"))
  }

  /// A name alone with no total naming it is no group: it stays a footnote, and the rows
  /// below keep their own names.
  @Test func aNameWithoutATotalIsNoGroup() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Enterprise segment
      Alpha Corp,500,500,500
      Beta Inc,200,200,200
      Total,700,700,700
      """)
    #expect(c.accounts.map(\.id) == ["Alpha Corp", "Beta Inc"])
    #expect(c.log.files[0].skipped[.footnote] == 1)
    #expect(c.log.files[0].skipped[.customerHeader] == nil)
  }

  @Test(
    arguments: [
      ("Total for Alpha Corp", "Alpha Corp"), ("Total Alpha", "Alpha"), ("Total: Alpha", "Alpha"),
      ("TOTAL", nil), ("Totals", nil),
    ] as [(String, String?)])
  func subtotalNames(text: String, name: String?) {
    #expect(CubeGroups.subtotalName(text) == name)
  }

  /// Sections of customers ("Enterprise" above its customers, "Total Enterprise" below) look
  /// like customer groups; no row label is under two sections, so the rows stay customers and
  /// the section is their segment (they were joined into one customer "Enterprise").
  @Test func sectionsOfCustomersAreSegments() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Enterprise,,,
      Alpha Corp,500,500,500
      Beta Inc,400,400,400
      Total Enterprise,900,900,900
      SMB,,,
      Gamma Ltd,50,50,50
      Total SMB,50,50,60
      Total,950,950,950
      """)
    #expect(c.accounts.map(\.id) == ["Alpha Corp", "Beta Inc", "Gamma Ltd"])
    #expect(c.accounts.map(\.segment) == ["Enterprise", "Enterprise", "SMB"])
    #expect(c.mrrRow("Beta Inc") == [40_000, 40_000, 40_000])
    let file = c.log.files[0]
    #expect(file.skipped[.sectionHeader] == 2)
    #expect(file.skipped[.customerHeader] == nil)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(c.log.findings.contains { $0.contains("the subtotal for SMB") })
    #expect(c.log.notes.contains { $0.contains("2 sections") })
  }

  /// The review's input: segments of customers, Globex churning in March. Read as one customer
  /// per segment (as it was), Globex's churn became Enterprise's contraction from 3,000.00 to
  /// 1,000.00. By hand: Acme 1,000.00 each month; Globex 2,000.00, 2,000.00, then 0 (churned);
  /// Initech 100.00; the subtotals (3,000 / 3,000 / 1,000 and 100) and the total tie out.
  @Test func segmentsKeepTheirCustomersAndAChurnStaysAChurn() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Enterprise,,,
      Acme Corp,1000.00,1000.00,1000.00
      Globex,2000.00,2000.00,0
      Total Enterprise,3000.00,3000.00,1000.00
      SMB,,,
      Initech,100.00,100.00,100.00
      Total SMB,100.00,100.00,100.00
      Total,3100.00,3100.00,1100.00
      """)
    #expect(c.accounts.map(\.id) == ["Acme Corp", "Globex", "Initech"])
    #expect(c.accounts.map(\.segment) == ["Enterprise", "Enterprise", "SMB"])
    #expect(c.mrrRow("Acme Corp") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Globex") == [200_000, 200_000, 0])
    #expect(c.mrrRow("Initech") == [10_000, 10_000, 10_000])
    let file = c.log.files[0]
    #expect(file.skipped[.sectionHeader] == 2)
    #expect(file.skipped[.subtotal] == 2)
    #expect(file.skipped[.totals] == 1)
    #expect(file.rowsRead == 8)
    #expect(file.rowsUsed == 3)
    #expect(c.log.findings.isEmpty)
    #expect(c.log.notes.contains { $0.contains("2 sections") && $0.contains("other reading") })
  }

  /// Two customers, each with "Licenses" and "Support" rows: the labels repeat under both
  /// groups, so the rows are products: 2 accounts. By hand: Acme 800 + 200 = 1,000.00; Globex
  /// 300 + 100 = 400.00, then 300 + 50 = 350.00 in March, where its subtotal says 400.00.
  @Test func productsUnderEachCustomerAreOneAccountAndSubtotalsAreChecked() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Acme Corp,,,
      Licenses,800,800,800
      Support,200,200,200
      Total Acme Corp,1000,1000,1000
      Globex,,,
      Licenses,300,300,300
      Support,100,100,50
      Total Globex,400,400,400
      """)
    #expect(c.accounts.map(\.id) == ["Acme Corp", "Globex"])
    #expect(c.mrrRow("Acme Corp") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Globex") == [40_000, 40_000, 35_000])
    let file = c.log.files[0]
    #expect(file.skipped[.customerHeader] == 2)
    #expect(file.skipped[.subtotal] == 2)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    let finding = try #require(c.log.findings.first { $0.contains("subtotal") })
    #expect(finding.contains("Globex"))
    #expect(finding.contains("$400.00 in 2024-03"))
    #expect(finding.contains("$350.00"))
    #expect(
      c.log.notes.contains { $0.contains("2 customer groups") && $0.contains("other reading") })
  }
}
