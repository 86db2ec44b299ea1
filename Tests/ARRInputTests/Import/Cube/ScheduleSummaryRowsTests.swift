import ARRCore
import Testing

@testable import ARRInput

/// A founder's schedule with section subtotals named `<Section> subtotal` and the company's
/// figures below its total (trial 48, T48-2: refused twice, for the `ARR (MRR x 12)` row and for
/// the subtotals read as customers).
@Suite struct ScheduleSummaryRowsTests {
  static let text =
    "Customer,Segment,Jan-26,Feb-26,Mar-26\nEnterprise,,,,\nE1,Enterprise,100,100,100\n"
    + "E2,Enterprise,200,200,200\nEnterprise subtotal,,300,300,300\nSMB,,,,\n"
    + "S1,SMB,10,10,10\nSMB Subtotal,,10,10,10\nTotal MRR,,310,310,310\n"
    + "ARR (MRR x 12),,3720,3720,3720\n# customers,,3,3,3\n"

  /// Read: three customers, MRR 310 a month; the subtotals and the ARR row are no accounts.
  @Test func subtotalsAndTheARRRowAreNoCustomers() throws {
    let c = try importCube(Self.text)
    #expect(Set(c.accounts.map(\.id)) == ["E1", "E2", "S1"])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 31_000)
  }

  /// Twin: a customer whose name ends in `subtotal` but whose amounts sum nothing above it is a
  /// customer.
  @Test func aCustomerNamedSubtotalIsACustomer() throws {
    let c = try importCube(
      "Customer,Jan-26,Feb-26,Mar-26\nA,100,100,100\nAcme Subtotal,7,7,7\nB,5,5,5\n")
    #expect(c.accounts.count == 3)
  }
}
