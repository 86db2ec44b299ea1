import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A KPI snapshot (`Metric | Value` rows, `ARR | $1,107,000`) beside the revenue states the
/// company's ARR: read as its claim, whether a workbook tab or a file of its own (trial 44,
/// T44-1 and T44-14; `docs/import.md`, "A KPI snapshot's claim").
@Suite struct SnapshotClaimTests {
  /// Acme pays 100 and Bolt 200 a month, January–March 2024: headline ARR 12 × 300 = 3,600.
  static let cube = "Customer,2024-01,2024-02,2024-03\nAcme,100,100,100\nBolt,200,200,200\n"

  static let customers = XLSXWriter.Sheet(
    "MRR by customer",
    rows: [
      ["Customer", "2024-01", "2024-02", "2024-03"], ["Acme", 100, 100, 100],
      ["Bolt", 200, 200, 200],
    ]
  )

  static func book(_ kpi: [[XLSXWriter.Cell]]) throws -> ImportedCompany {
    try Importer.read([
      Importer.SourceFile(
        name: "room.xlsx",
        bytes: XLSXWriter.workbook([XLSXWriter.Sheet("Summary", rows: kpi), customers]))
    ])
  }

  func claimFinding(_ c: ImportedCompany) -> String? {
    c.log.findings.first { $0.contains("states ARR of") }
  }

  /// The title dates the tab (March 31, 2024, the as-of month); `ARR` says $4,500: 25% above
  /// the $3,600 measured, a finding whose stake is the $900 gap.
  @Test func aTitledSnapshotTabIsTheCompanysClaim() throws {
    let c = try Self.book([
      ["Northwind KPIs"], ["As of March 31, 2024"], ["Metric", "Value"],
      ["ARR", "$4,500"], ["Customers", 2], ["NDR", "112%"],
    ])
    #expect(c.reportedARR == 450_000)
    let finding = try #require(claimFinding(c))
    #expect(finding.contains("(Summary!B4, \"ARR\"), 25.0% above the headline ARR of 3600.00"))
    #expect(c.log.stakes[finding]?.arrCents == 90_000)
  }

  /// A month above the value dates it: `Mar-24`. An MRR row is × 12: 350 × 12 = 4,200.
  @Test func aMonthHeaderDatesTheSnapshotAndMRRIsTimesTwelve() throws {
    let c = try Self.book([["Metric", "Mar-24"], ["Customers", 2], ["MRR", 350]])
    #expect(c.reportedARR == 420_000)
  }

  /// A snapshot of another month than the as-of month is no claim at as-of: a note says so.
  @Test func aSnapshotOfAnotherMonthIsNotCompared() throws {
    let c = try Self.book([["Metric", "Jan-24"], ["ARR", 9_999]])
    #expect(c.reportedARR == nil)
    #expect(c.log.notes.contains { $0.contains("has no amount for 2024-03, the as-of month") })
  }

  /// Undated, it is read as of the as-of month, and the note says it names no month.
  @Test func anUndatedSnapshotIsReadAtTheAsOfMonthAndSaidSo() throws {
    let c = try Self.book([["Metric", "Value"], ["Total ARR", 3_600]])
    #expect(c.reportedARR == 360_000)
    #expect(c.log.notes.contains { $0.contains("it names no month, so it is read as of 2024-03") })
    #expect(claimFinding(c) == nil)
  }

  /// Twins: a row of several amounts (by quarter) is no snapshot, nor a tab in thousands, nor
  /// an `ARR growth` row (a rate, not ARR).
  @Test func rowsOfSeveralAmountsThousandsAndRatesAreNoSnapshot() throws {
    for kpi: [[XLSXWriter.Cell]] in [
      [["Metric", "Q4-23", "Q1-24"], ["ARR", 3_000, 4_000]],
      [["Metric", "Value ($000)"], ["ARR", 5]],
      [["Metric", "Value"], ["ARR growth", "25%"]],
    ] {
      let c = try Self.book(kpi)
      #expect(c.reportedARR == nil)
    }
  }

  /// A KPI file beside the cube (T44-14 as a snapshot): read for its claim, said in a note.
  @Test func aSnapshotFileBesideTheRevenueIsTheClaim() throws {
    let c = try ImportFixtures.read([
      ("cube.csv", Self.cube), ("kpi.csv", "Metric,Value\nARR,\"4,500\"\nCustomers,2\n"),
    ])
    #expect(c.reportedARR == 450_000)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("Files read only for the company's own figures: kpi.csv")
      })
  }

  /// T44-14: company metrics by month in a CSV beside the cube are the claim, as the same table
  /// on a workbook tab is: ARR at 2024-03 is 4,500.
  @Test func aMetricsByMonthFileBesideTheRevenueIsTheClaim() throws {
    let c = try ImportFixtures.read([
      ("cube.csv", Self.cube),
      ("kpis.csv", "Metric,2024-01,2024-02,2024-03\nMRR,300,300,375\nARR,3600,3600,4500\n"),
    ])
    #expect(c.reportedARR == 450_000)
  }

  /// Alone, a KPI file is refused as before: it holds no customers' revenue.
  @Test func aSnapshotFileAloneIsRefused() throws {
    #expect(throws: ARRQualityError.self) {
      try ImportFixtures.read([
        ("kpi.csv", "Metric,Value\nARR,4500\n"), ("kpi2.csv", "Metric,Value\nMRR,300\n"),
      ])
    }
  }
}
