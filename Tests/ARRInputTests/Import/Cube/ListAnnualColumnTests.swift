import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list's `arr` column beside a cube, cross-checked against the cube's last month
/// cell read as MRR (× 12) and as ARR (review 13, F9; `docs/import.md`, "MRR, ARR or
/// billings").
@Suite struct ListAnnualColumnTests {
  /// Review 13's j1-cube.csv: Acme 12,000, Beta 24,000 every month, Gamma 6,000 then 0.
  static let cube = """
    Customer,Jan-24,Feb-24,Mar-24,Apr-24
    Acme,12000,12000,12000,12000
    Beta,24000,24000,24000,24000
    Gamma,6000,6000,6000,0
    """

  func read(list: String, values: ImportValues = .auto) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", list)], options: ImportOptions(values: values))
  }

  /// j1-list.csv: each list ARR equals the cube's cell (Gamma's last cell is 0: not compared),
  /// 2 of 2 accounts: the cells are ARR. `--values auto` stops as for a cube's own ARR column.
  static let equalList = """
    customer_id,customer_name,segment,arr,start_date
    C1,Acme,SMB,12000,2023-05-01
    C2,Beta,Mid,24000,2024-03-01
    C3,Gamma,SMB,6000,2023-01-01
    """

  @Test func aListARREqualToTheCellsStopsAutoValues() throws {
    let error = try #require(throws: ARRQualityError.self) { try read(list: Self.equalList) }
    #expect(
      error.message.hasPrefix(
        "cube.csv:1: the column of the customer list list.csv (line 1) \"arr\", equal to the last "
          + "month's cell on 2 of 2 accounts, says the cells are annual recurring revenue"))
    #expect(error.message.contains("--values arr"))
  }

  /// `--values mrr` against it: a finding with the ARR both ways. Acme and Beta read as MRR:
  /// (12,000 + 24,000) × 12 = $432,000; as ARR: $36,000, as the list says.
  @Test func mrrAgainstTheListIsAFinding() throws {
    let c = try read(list: Self.equalList, values: .mrr)
    let finding = try #require(
      c.log.findings.first { $0.hasPrefix("list.csv: the column \"arr\"") })
    #expect(finding.contains("equal to cube.csv's last month cell on 2 of 2 accounts"))
    #expect(
      finding.contains("$432,000 as read, $36,000 if the cells are ARR (the list says $36,000)"))
    // `--values arr` agrees with the list: nothing said.
    let arr = try read(list: Self.equalList, values: .arr)
    #expect(!arr.log.findings.contains { $0.hasPrefix("list.csv: the column") })
  }

  /// A list ARR of 12 × each cell agrees with MRR cells: auto reads MRR, nothing said;
  /// `--values arr` against it is a finding: Acme and Beta as ARR $36,000, as MRR $432,000.
  @Test func aListARRTwelveTimesTheCellsAgreesWithMRR() throws {
    let list = "customer,arr\nAcme,144000\nBeta,288000\nGamma,72000\n"
    let c = try read(list: list)
    #expect(c.log.files[0].values == .mrr)
    #expect(c.mrrRow("Acme").last == 1_200_000)
    #expect(!c.log.findings.contains { $0.hasPrefix("list.csv: the column") })
    let arr = try read(list: list, values: .arr)
    let finding = try #require(
      arr.log.findings.first { $0.hasPrefix("list.csv: the column \"arr\"") })
    #expect(finding.contains("12 times cube.csv's last month cell on 2 of 2 accounts"))
    #expect(finding.contains("$36,000 as read, $432,000 if the cells are MRR"))
  }

  /// A list that agrees with neither on most accounts (1 of 2 equal) says nothing.
  @Test func aMixedListSaysNothing() throws {
    let list = "customer,arr\nAcme,12000\nBeta,50000\n"
    let c = try read(list: list)
    #expect(c.log.files[0].values == .mrr)
    #expect(!c.log.findings.contains { $0.hasPrefix("list.csv: the column") })
  }
}
