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
        "cube.csv: 2 rows name a kind of revenue or an adjustment, not a customer: "
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
  ])
  func labelsRead(label: String, kind: NonCustomerRows.Kind) {
    #expect(NonCustomerRows.kind(label) == kind)
  }

  @Test(arguments: ["Acme Consulting Ltd", "Training Co", "Services Group plc", "Other"])
  func customersStayCustomers(label: String) {
    #expect(NonCustomerRows.kind(label) == nil)
  }
}
