import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// `--lenient` blanks a customer list's cells it cannot read; each is listed and counted (trial
/// 22, T22-2: 60 bad date cells were blanked with "0 skipped, no row rejected").
@Suite struct LenientBlankedCellsTests {
  /// A $100 and B $200 a month, 2024-01…03: headline 12 × 300 = $3,600.
  static let cube = """
    Customer,2024-01,2024-02,2024-03
    A,100,100,100
    B,200,200,200
    """

  /// A's end (line 2, column 2) and B's start (line 3, column 3) do not read as dates.
  static let list = """
    Customer,Contract end,Start date
    A,2025-13-45,2023-05-01
    B,2025-06-30,someday
    """

  static func imported(isLenient: Bool) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", cube), ("list.csv", list)],
      options: ImportOptions(values: .mrr, isLenient: isLenient))
  }

  /// Without `--lenient` both cells are problems; with it both are blanked, the rows used
  /// (read 2 = used 2 + skipped 0), the cells counted and listed, and the finding names A's
  /// ARR, 12 × $100 = $1,200, the one joined account that lost an end date.
  @Test func blankedCellsAreListedCountedAndStaked() throws {
    #expect(throws: ARRQualityError.self) { try Self.imported(isLenient: false) }
    let c = try Self.imported(isLenient: true)
    #expect(c.account("A")?.contractEndDate == nil)
    #expect(c.account("A")?.startDate == CivilDate(year: 2023, month: 5, day: 1))
    #expect(c.account("B")?.contractEndDate == CivilDate(year: 2025, month: 6, day: 30))
    let file = try #require(c.log.files.first { $0.file == "list.csv" })
    #expect((file.rowsRead, file.rowsUsed, file.rowsSkipped) == (2, 2, 0))
    #expect(file.cellsBlanked == 2)
    #expect(file.blankedCells.map(\.line) == [2, 3])
    #expect(file.blankedCells.map(\.column) == [2, 3])
    let conversion = try c.company(name: "T")
    let finding = try #require(
      conversion.log.findings.first { $0.hasPrefix("list.csv: --lenient blanked 2 cells") })
    #expect(finding.contains("list.csv:2:2: contract_end_date \"2025-13-45\" is not a date"))
    #expect(finding.contains("list.csv:3:3: start_date \"someday\" is not a date"))
    #expect(
      finding.hasSuffix(
        "; 1 joined account lost an end or cancel date; the account named holds $1,200 of ARR "
          + "in 2024-03 (12 × its MRR then)"))
    let md = conversion.log.markdown(company: conversion.company)
    #expect(md.contains("| list.csv | customer list | facts | 2 | 2 | 0 | 0 | 2 |"))
    #expect(md.contains("## Cells blanked (--lenient)"))
    #expect(md.contains("- `list.csv:3:3: start_date \"someday\" is not a date"))
  }
}
