import ARRCore
import Testing

@testable import ARRInput

/// A cube's row naming a kind of revenue or an adjustment is no customer (trial 21, O1: a data
/// room's `Professional services` row was read as a quarterly customer and its `Discounts &
/// credits` row's negative cells switched the file to billings).
@Suite struct NonCustomerRowsTests {
  /// The trial's bottom block: two customers at 1,000 and 500 a month, a subtotal, services,
  /// credits of 3% in parentheses, and the total of all of them.
  static let schedule = """
    Customer,Jan-24,Feb-24,Mar-24
    Acme Consulting Ltd,"1,000","1,000","1,000"
    Beta,500,500,500
    Subtotal – subscription,"1,500","1,500","1,500"
    Professional services,"5,000",,"8,000"
    Discounts & credits,(45),(45),(45)
    Total revenue,"6,455","1,455","9,455"
    """

  /// Under `--values auto` the file reads as MRR (the credits' negative cells no longer vote):
  /// two accounts, headline 12 × 1,500 = 18,000; services 13,000 and credits −135 named in a
  /// note; the total row equals the sums with the rows left out. "Acme Consulting Ltd" is a
  /// customer: only whole labels are matched.
  @Test func servicesAndCreditsAreNotAccounts() throws {
    let c = try importCube(Self.schedule)
    #expect(c.accounts.map(\.id) == ["Acme Consulting Ltd", "Beta"])
    #expect(c.log.files[0].values == .mrr)
    #expect(c.mrrRow("Acme Consulting Ltd") == [100_000, 100_000, 100_000])
    #expect(
      c.log.notes.contains(
        "cube.csv: 2 rows name a kind of revenue or an adjustment, or no customer at all: "
          + "\"Professional services\" (line 5, other revenue, $13,000.00 in all); "
          + "\"Discounts & credits\" (line 6, adjustment, -$135.00 in all); left out of ARR and "
          + "of every account, and not read to decide MRR or billings (a discount that lasts lowers "
          + "what customers pay: ARR is then overstated by it)"))
    #expect(
      c.log.notes.contains(
        "cube.csv: the totals row (line 7) equals the column sums with the rows that are not "
          + "customers"))
    #expect(
      c.log.skipped.filter { $0.reason.hasPrefix("non-customer row") }.map(\.line) == [5, 6])
    let f = c.log.files[0]
    #expect(f.skipped[.notACustomer] == 2)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Whole labels only, any case and punctuation; `&` reads as `and`.
  @Test(arguments: [
    ("PROFESSIONAL SERVICES", NonCustomerRows.Kind.otherRevenue),
    ("Other revenue:", .otherRevenue), ("Implementation", .otherRevenue),
    ("Discounts and Credits", .adjustment), ("Adjustments", .adjustment),
    ("(blank)", .noCustomer), ("#N/A", .noCustomer), ("Unassigned", .noCustomer),
    ("—", .noCustomer), ("(none)", .noCustomer),
  ])
  func labelsRead(label: String, kind: NonCustomerRows.Kind) {
    #expect(NonCustomerRows.kind(label) == kind)
  }

  /// A pivot's `(blank)` row is revenue with no customer (trial 22, T22-17: it was the
  /// concentration finding's largest account): not an account, and a finding gives its share
  /// of the last month's cells. March: customers 1,000 + 500 + 1,500 = 3,000, `(blank)` 3,000,
  /// so 3,000 / 6,000 = 50.0%; `#N/A` has no March cell, so it is in the note, not the finding.
  @Test func aBlankRowIsRevenueWithNoCustomer() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,1000,1000,1000
      (blank),3000,3000,3000
      Beta,500,500,500
      #N/A,0,100,0
      Gamma,1500,1500,1500
      """)
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma"])
    let finding = try #require(c.log.findings.first { $0.contains("with no customer") })
    #expect(
      finding.hasPrefix(
        "cube.csv: 1 row with no customer (\"(blank)\" (line 3)) holds 50.0% of 2024-03's revenue"))
    #expect(c.log.notes.contains { $0.contains("\"#N/A\" (line 5, no customer, $100.00 in all)") })
    let f = c.log.files[0]
    #expect(f.skipped[.notACustomer] == 2)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  @Test(arguments: ["Acme Consulting Ltd", "Training Co", "Services Group plc", "Other"])
  func customersStayCustomers(label: String) {
    #expect(NonCustomerRows.kind(label) == nil)
  }
}
