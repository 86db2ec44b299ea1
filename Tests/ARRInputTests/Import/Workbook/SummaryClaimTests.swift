import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workbook's company-level summary tab (`MRR`, `ARR`, `Paying customers` by month) is left
/// out as no customers, and its ARR at the as-of month (or its MRR × 12) is the company's reported
/// ARR, with a note naming the cell and a finding beyond 1% (`docs/workbook.md`; trial 22,
/// T22-24).
@Suite struct SummaryClaimTests {
  static let months = ["2024-01", "2024-02", "2024-03"]

  /// Acme pays 100 and Bolt 200 a month: headline ARR 12 × 300 = 3,600.
  static let customers = XLSXWriter.Sheet(
    "MRR by customer",
    rows: [
      ["Customer", "2024-01", "2024-02", "2024-03"], ["Acme", 100, 100, 100],
      ["Bolt", 200, 200, 200],
    ]
  )

  static func summary(_ rows: [(String, [Double])]) -> XLSXWriter.Sheet {
    XLSXWriter.Sheet(
      "Summary",
      rows: [[.text("Metric")] + months.map { .text($0) }]
        + rows.map { label, values in [.text(label)] + values.map { .number($0, style: 0) } })
  }

  static func read(_ sheets: [XLSXWriter.Sheet]) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "room.xlsx", bytes: XLSXWriter.workbook(sheets))])
  }

  /// The `ARR` row says 4,000 at 2024-03 (cell D3): reported ARR 4,000, (4,000 − 3,600) ÷ 3,600
  /// = 11.1% above the headline, a finding; the `MRR` row (333) is not used beside it.
  @Test func theARRRowAtTheAsOfMonthIsTheReportedARR() throws {
    let c = try Self.read([
      Self.summary([
        ("MRR", [300, 300, 333]), ("ARR", [3_600, 3_600, 4_000]), ("Paying customers", [2, 2, 2]),
      ]),
      Self.customers,
    ])
    #expect(c.reportedARR == 400_000)
    #expect(try c.company().company.profile.reportedARR == 400_000)
    #expect(c.accounts.map(\.id) == ["Acme", "Bolt"])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "room.xlsx, sheet Summary: the company's reported ARR is read from its \"ARR\" row at 2024-03 (Summary!D3): 4000.00"
        )
      })
    #expect(
      c.log.findings.contains {
        $0.contains("states ARR of 4000.00")
          && $0.contains("11.1% above the headline ARR of 3600.00")
      })
  }

  /// Only an MRR row: 330 × 12 = 3,960, 10.0% above 3,600.
  @Test func anMRRRowIsTimesTwelve() throws {
    let c = try Self.read([Self.summary([("MRR", [300, 300, 330])]), Self.customers])
    #expect(c.reportedARR == 396_000)
    #expect(c.log.findings.contains { $0.contains("10.0% above") && $0.contains("× 12") })
  }

  /// 3,620 is 0.6% above 3,600: read as the claim, no finding.
  @Test func aClaimWithinOnePercentIsNoFinding() throws {
    let c = try Self.read([Self.summary([("ARR", [3_600, 3_600, 3_620])]), Self.customers])
    #expect(c.reportedARR == 362_000)
    #expect(!c.log.findings.contains { $0.contains("states ARR") })
  }

  /// No summary tab: no claim.
  @Test func withoutASummaryNothingIsClaimed() throws {
    #expect(try Self.read([Self.customers]).reportedARR == nil)
  }
}
