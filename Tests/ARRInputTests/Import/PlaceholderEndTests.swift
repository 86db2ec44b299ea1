import ARRCore
import Testing

@testable import ARRInput

/// An end date more than 10 years after the account's start, in a cube's or customer list's end
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

  @Test(arguments: ["2099-12-31", "9999-12-31", "2034-01-02"])
  func aFarEndInAListIsNoEnd(end: String) throws {
    // C1 started 2024-01-01 (its first revenue): the end is past its tenth anniversary.
    // C2's two-year term is real; C3's end falls exactly ten years after its start and is kept.
    let list = """
      account_id,start_date,end_date
      C1,,\(end)
      C2,2024-01-01,2025-12-31
      C3,2024-01-01,2034-01-01
      """
    let c = try company([("cube.csv", Self.cube), ("accounts.csv", list)])
    let ends = c.company.accounts.map(\.terms.contractEndDate)
    #expect(
      ends == [
        nil, CivilDate(year: 2025, month: 12, day: 31), CivilDate(year: 2034, month: 1, day: 1),
      ]
    )
    let finding = try #require(c.log.findings.first { $0.contains("placeholder for no end") })
    #expect(finding.hasPrefix("1 end date falls more than 10 years after the account's start"))
    #expect(finding.contains("\"C1\": \(end), started 2024-01-01"))
  }

  @Test func noFarEndNoFinding() throws {
    let list = "account_id,end_date\nC1,2026-06-30\n"
    let c = try company([("cube.csv", Self.cube), ("accounts.csv", list)])
    #expect(!c.log.findings.contains { $0.contains("placeholder") })
    #expect(c.company.accounts[0].terms.contractEndDate == CivilDate(year: 2026, month: 6, day: 30))
  }
}
