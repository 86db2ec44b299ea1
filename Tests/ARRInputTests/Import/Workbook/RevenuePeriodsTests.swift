import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Revenue files or tabs that are consecutive periods of the same customers' history (one tab or
/// file per year) are joined in time (`docs/import.md`, "Several files"; trial 22, T22-11).
@Suite struct RevenuePeriodsTests {
  static let first = "Customer,2023-10,2023-11,2023-12\nAcme,100,100,100\nBolt,200,200,200\n"

  /// Acme 100 and Bolt 200 through 2023, Acme 120 and Bolt 0 (left) and Cobalt 50 from 2024:
  /// one history of 6 months, by hand Acme 100, 100, 100, 120, 120, 120.
  @Test func twoYearlyFilesAreOneHistory() throws {
    let c = try ImportFixtures.read([
      ("cube_2023.csv", Self.first),
      (
        "cube_2024.csv",
        "Customer,2024-01,2024-02,2024-03\nAcme,120,120,120\nBolt,0,0,0\nCobalt,50,50,50\n"
      ),
    ])
    #expect(c.firstMonth == Month(year: 2023, month: 10))
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 12_000, 12_000, 12_000])
    #expect(c.mrrRow("Bolt") == [20_000, 20_000, 20_000, 0, 0, 0])
    #expect(c.mrrRow("Cobalt") == [0, 0, 0, 5_000, 5_000, 5_000])
    #expect(
      c.log.notes.contains {
        $0.contains("2 revenue files read as consecutive periods")
          && $0.contains("cube_2023.csv (2023-10 to 2023-12, 2 customers)")
      })
  }

  /// One tab per year in a workbook, without --sheet: joined the same way.
  @Test func oneTabPerYearIsOneHistory() throws {
    func tab(_ name: String, _ months: [String], _ v: Double) -> XLSXWriter.Sheet {
      XLSXWriter.Sheet(
        name,
        rows: [[.text("Customer")] + months.map { .text($0) }]
          + [[.text("Acme")] + months.map { _ in .number(v, style: 0) }])
    }
    let c = try Importer.read([
      Importer.SourceFile(
        name: "room.xlsx",
        bytes: XLSXWriter.workbook([
          tab("FY2023", ["2023-11", "2023-12", "2023-10"].sorted(), 100),
          tab("FY2024", ["2024-01", "2024-02", "2024-03"], 110),
        ]))
    ])
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 11_000, 11_000, 11_000])
  }

  /// A month both files hold, with different amounts for Acme (100 and 90 in 2023-12): an error
  /// naming both cells; agreeing, it is read once (not added up).
  @Test func anOverlapMustAgree() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([
        ("a.csv", Self.first),
        ("b.csv", "Customer,2023-12,2024-01,2024-02\nAcme,90,90,90\nBolt,200,200,200\n"),
      ])
    }
    #expect(error.message.contains("has 100.00 in 2023-12 at a.csv:2:4 but 90.00 at b.csv:2:2"))
    let c = try ImportFixtures.read([
      ("a.csv", Self.first),
      ("b.csv", "Customer,2023-12,2024-01,2024-02\nAcme,100,90,90\nBolt,200,200,200\n"),
    ])
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 9_000, 9_000])
  }

  /// A gap (2024-01 in neither) is refused, naming the missing months.
  @Test func aGapIsRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([
        ("a.csv", Self.first), ("b.csv", "Customer,2024-02,2024-03,2024-04\nAcme,100,100,100\n"),
      ])
    }
    #expect(error.message.contains("2024-01 to 2024-01 is in neither"))
  }

  /// Different customers over the same months are slices, not periods: refused as before.
  @Test func otherCustomersAreNoPeriod() throws {
    #expect(throws: ARRQualityError.self) {
      try ImportFixtures.read([
        ("a.csv", Self.first), ("b.csv", "Customer,2024-01,2024-02,2024-03\nDelta,100,100,100\n"),
      ])
    }
  }

  /// A pivot without a Grand Total (``PivotSubtotalTests/compactWithoutTotal``, 2024-01 to
  /// 2024-03) as the later year: its other reading (subtotals as customers too) reaches the
  /// joined headline's range. By hand: March 2024 is 1,000 + 2,000 + 100 + 150 = 3,250, ARR
  /// 39,000; each member counted twice, 78,000.
  @Test func aLaterPartsPivotKeepsItsOtherReading() throws {
    let c = try ImportFixtures.read([
      ("a.csv", "Customer,2023-10,2023-11,2023-12\nAcme,1000,1000,1000\nBeta,2000,2000,2000\n"),
      ("b.csv", PivotSubtotalTests.compactWithoutTotal),
    ])
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("Delta") == [0, 0, 0, 20_000, 20_000, 15_000])
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 3_900_000)
    #expect(s.ambiguousARRHigh == 7_800_000)
  }

  /// The pivot as the earlier year: its subtotals do not reach the as-of month (2024-06), so the
  /// headline has one reading: 1,000 + 2,000 + 100 + 150 = 3,250 a month, ARR 39,000.
  @Test func anEarlierPartsPivotDoesNotReachTheAsOfMonth() throws {
    let later = """
      Customer,2024-04,2024-05,2024-06
      Acme,1000,1000,1000
      Beta,2000,2000,2000
      Gamma,100,100,100
      Delta,150,150,150
      """
    let c = try ImportFixtures.read([
      ("a.csv", PivotSubtotalTests.compactWithoutTotal), ("b.csv", later),
    ])
    #expect(c.asOf == Month(year: 2024, month: 6))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 3_900_000)
    #expect(s.ambiguousARRHigh == 3_900_000)
  }
}
