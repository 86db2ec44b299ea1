import ARRCore
import Testing

@testable import ARRInput

/// An end date more than 10 years after the as-of month, in a cube's or customer list's end
/// column, is a placeholder for "no end" (`2099-12-31`, `9999-12-31`): read as blank, with a
/// finding, as a subscriptions table's is (`docs/import.md`, "Several files").
@Suite struct PlaceholderEndTests {
  func company(_ files: [(String, String)]) throws -> ImportedCompany.Conversion {
    try Importer.read(
      files.map { Importer.SourceFile(name: $0.0, bytes: Array($0.1.utf8)) },
      options: ImportOptions(values: .mrr)
    ).company(name: "t")
  }

  static let cube = "id,2024-01,2024-02,2024-03\nC1,100,100,100\nC2,50,50,50\nC3,70,70,70\n"

  /// As of 2024-03 (the cube's last month), an end after 2034-03-31 is a placeholder.
  @Test(arguments: ["2099-12-31", "9999-12-31", "2034-04-01"])
  func aFarEndInAListIsNoEnd(end: String) throws {
    // C2's two-year term is real; C3's end falls exactly ten years after the as-of month's
    // last day and is kept.
    let list = """
      account_id,start_date,end_date
      C1,,\(end)
      C2,2024-01-01,2025-12-31
      C3,2024-01-01,2034-03-31
      """
    let c = try company([("cube.csv", Self.cube), ("accounts.csv", list)])
    let ends = c.company.accounts.map(\.terms.contractEndDate)
    #expect(
      ends == [
        nil, CivilDate(year: 2025, month: 12, day: 31), CivilDate(year: 2034, month: 3, day: 31),
      ])
    let finding = try #require(c.log.findings.first { $0.contains("placeholder for no end") })
    #expect(finding.hasPrefix("1 end date falls more than 10 years after the as-of month 2024-03"))
    #expect(finding.contains("(\"C1\": \(end))"))
  }

  /// A customer since 2012 renewing within the year keeps its end: the test is against the
  /// as-of month, not the account's start (review 11, F2: every customer older than ten years
  /// lost its renewal date).
  @Test func anOldCustomersRenewalIsKept() throws {
    let cube = """
      Customer,Start Date,Contract End,Contract,2024-01,2024-02,2024-03
      Acme,2012-01-15,2024-12-31,annual,1000,1000,1000
      """
    let c = try company([("cube.csv", cube)])
    #expect(
      c.company.accounts[0].terms.contractEndDate == CivilDate(year: 2024, month: 12, day: 31))
    #expect(!c.log.findings.contains { $0.contains("placeholder") })
  }

  @Test func noFarEndNoFinding() throws {
    let list = "account_id,end_date\nC1,2026-06-30\n"
    let c = try company([("cube.csv", Self.cube), ("accounts.csv", list)])
    #expect(!c.log.findings.contains { $0.contains("placeholder") })
    #expect(c.company.accounts[0].terms.contractEndDate == CivilDate(year: 2026, month: 6, day: 30))
  }
}
