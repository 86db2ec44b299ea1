import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A start date given after the account's first recurring revenue (review 13, F10: `j1-list.csv`
/// gave Beta 2024-03-01 though the cube billed it from January; the start was taken silently,
/// and the report called Beta a new account of 1 month's tenure).
@Suite struct CustomerListStartTests {
  func read(_ cube: String, _ list: String) throws -> ImportedCompany {
    try ImportFixtures.read([("cube.csv", cube), ("list.csv", list)])
  }

  static let cube =
    "Customer,Jan-24,Feb-24,Mar-24,Apr-24\nAcme,100,100,100,100\nBeta,200,200,200,200\n"

  /// Beta's MRR starts in January, two months before its stated start: the revenue's first
  /// month is its start (marked inferred), with a finding naming both. Acme's start before the
  /// data begins is no conflict and stays.
  @Test func aStartAfterTheFirstRevenueYieldsToTheRevenue() throws {
    let c = try read(
      Self.cube, "customer_name,segment,start_date\nAcme,SMB,2023-05-01\nBeta,Mid,2024-03-01\n")
    #expect(c.account("Beta")?.startDate == CivilDate("2024-01-01"))
    #expect(c.account("Beta")?.inferred.contains(.startDate) == true)
    #expect(c.account("Acme")?.startDate == CivilDate("2023-05-01"))
    #expect(c.account("Acme")?.inferred.contains(.startDate) == false)
    let f = try #require(c.log.findings.first { $0.contains("before its start date") })
    #expect(
      f == "1 account has recurring revenue before its start date (\"Beta\": start 2024-03-01, "
        + "MRR from 2024-01): the first month of revenue is taken as its start, so its tenure is "
        + "not shorter than its revenue history")
  }

  /// A start within the first month of revenue is no conflict.
  @Test func aStartInTheFirstMonthOfRevenueStays() throws {
    let c = try read(Self.cube, "customer_name,start_date\nAcme,2024-01-15\nBeta,2024-01-01\n")
    #expect(c.account("Acme")?.startDate == CivilDate("2024-01-15"))
    #expect(!c.log.findings.contains { $0.contains("before its start date") })
  }
}
