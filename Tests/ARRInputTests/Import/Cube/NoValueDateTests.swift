import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Date cells that say no value (`N/A`, `NULL`, `None`, `NaN`, `NaT`) in a cube's or a customer
/// list's start and end columns are blank, and a note counts them (`docs/import.md`, "Customer
/// cube"; ``NoValueCells``).
@Suite struct NoValueDateTests {
  /// The customer MRR sheet aviaviavi/customer-analysis's README shows as its input: `N/A` ends
  /// for customers still paying. It was refused ("contract_end_date "N/A" is not a date").
  /// Customer1 pays 1,000 every month; Customer2 0, 0, 1,000, 3,000 … 6,000 in 2024-07.
  @Test func anMRRSheetWithNAEnds() throws {
    let c = try ImportFixtures.read([
      (
        "mrr-sheet.csv",
        """
        Customer,Start Date,End Date,2024-01,2024-02,2024-03,2024-04,2024-05,2024-06,2024-07
        Customer1,2024-01,N/A,1000,1000,1000,1000,1000,1000,1000
        Customer2,2024-03,N/A,0,0,1000,3000,4000,5000,6000
        """
      )
    ])
    #expect(c.mrrRow("Customer1") == [Int64](repeating: 100_000, count: 7))
    #expect(c.mrrRow("Customer2") == [0, 0, 100_000, 300_000, 400_000, 500_000, 600_000])
    let two = try #require(c.accounts.first { $0.id == "Customer2" })
    #expect(two.contractEndDate == nil)
    #expect(two.startDate == CivilDate(year: 2024, month: 3, day: 1))
    #expect(
      c.log.notes.contains {
        $0.contains("2 date cells say no value (\"N/A\" under \"End Date\" on line 2)")
      })
  }

  /// A customer list beside the cube reads `NULL` as no end too: B's renewal stays unknown.
  @Test func aCustomerListWithNullEnds() throws {
    let c = try ImportFixtures.read([
      ("cube.csv", "customer,2024-01,2024-02,2024-03\nA,10,10,10\nB,20,20,20\n"),
      ("customers.csv", "customer,contract end\nA,2024-12-31\nB,NULL\n"),
    ])
    #expect(
      c.accounts.first { $0.id == "A" }?.contractEndDate
        == CivilDate(year: 2024, month: 12, day: 31))
    #expect(c.accounts.first { $0.id == "B" }?.contractEndDate == nil)
    #expect(c.log.notes.contains { $0.contains("customers.csv: 1 date cell says no value") })
  }
}
