import ARRCore
import Testing

@testable import ARRInput

/// A cube row with fewer fields than its header (trial 48, T48-12: `B,200,200` under five month
/// columns was read as a churn, silently; a longer row is an error).
@Suite struct ShortRowsTests {
  static let header = "Customer,2026-07,2026-08,2026-09,2026-10,2026-11\n"

  /// B's line ends after two months: read as written (no revenue after), with a finding naming
  /// the line and its fields.
  @Test func aRowCutShortIsAFinding() throws {
    let c = try importCube(
      Self.header + "A,100,100,100,100,100\nB,200,200\nC,50,50,50,50,50\n",
      options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("B") == [20_000, 20_000, 0, 0, 0])
    #expect(
      c.log.findings.contains(
        "cube.csv: 1 row ends before the header's last column (line 3: 3 of 6 fields): the "
          + "months past a row's end are read as no revenue, so if a line was cut short the "
          + "customer's churn is invented; spreadsheets and exporters write every column (empty "
          + "ones as ,,), so check the export"), "\(c.log.findings)")
  }

  /// Twins: empty cells written out (`B,200,200,,,`), a row ending on an empty field, and a
  /// footnote of one cell are no finding.
  @Test(arguments: [
    "A,100,100,100,100,100\nB,200,200,,,\n", "A,100,100,100,100,100\nB,200,200,\n",
    "A,100,100,100,100,100\nB,200,200,200,200,200\nSource: billing system\n",
  ])
  func rowsWrittenInFullAreNoFinding(body: String) throws {
    let c = try importCube(Self.header + body, options: ImportOptions(values: .mrr))
    #expect(!c.log.findings.contains { $0.contains("before the header's last column") })
  }
}
