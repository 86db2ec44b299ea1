import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workbook's summary tab by segment is not customers (trial 22, T22-10), and month columns
/// it hides after the last visible month are a plan, not actuals (T22-7).
@Suite struct WorkbookSummaryAndPlanTests {
  static let months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]

  /// A sheet `name` labelled by `label`, rows `labels`, `amount` a month each.
  static func sheet(
    _ name: String, label: String, labels: [String], hiddenColumns: [ClosedRange<Int>] = [],
    isHidden: Bool = false
  ) -> XLSXWriter.Sheet {
    var rows: [[XLSXWriter.Cell]] = [[.text(label)] + months.map { .text($0) }]
    for (i, l) in labels.enumerated() {
      rows.append([.text(l)] + months.map { _ in .number(Double(100 * (i + 1)), style: 0) })
    }
    return XLSXWriter.Sheet(name, rows: rows, hiddenColumns: hiddenColumns, isHidden: isHidden)
  }

  static func read(_ sheets: [XLSXWriter.Sheet], options: ImportOptions = ImportOptions())
    throws -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: "room.xlsx", bytes: XLSXWriter.workbook(sheets))],
      options: options)
  }

  /// The visible tab is headed `Segment` (SMB, Mid-Market, Enterprise); the customer tab is
  /// hidden: refused, naming the hidden sheet and the `--sheet` that reads it.
  @Test func aSegmentSummaryIsRefusedNamingTheHiddenCustomerSheet() throws {
    let summary = Self.sheet(
      "MRR by segment", label: "Segment", labels: ["SMB", "Mid-Market", "Enterprise"])
    let customers = Self.sheet(
      "MRR by customer", label: "Customer", labels: ["Acme", "Bolt", "Cobalt", "Delta"],
      isHidden: true)
    let error = #expect(throws: ARRQualityError.self) { try Self.read([summary, customers]) }
    #expect(
      error?.message
        == "room.xlsx, sheet MRR by segment: its rows are labelled by \"Segment\" (\"SMB\", "
        + "\"Mid-Market\", \"Enterprise\"), a dimension customers are grouped by: a summary by "
        + "segment, not a customer cube (expected one row per customer); the hidden sheet "
        + "\"MRR by customer\" reads as a customer cube: pass --sheet 'MRR by customer' to "
        + "read it")
    // Named with --sheet, the hidden customer sheet is read; the summary is left out.
    let c = try Self.read(
      [summary, customers], options: ImportOptions(sheet: "MRR by customer"))
    #expect(c.accounts.map(\.id) == ["Acme", "Bolt", "Cobalt", "Delta"])
    #expect(c.log.notes.contains { $0.contains("(a summary by segment, not customers)") })
  }

  /// Beside a visible customer sheet a summary by region is left out, not an error.
  @Test func aRegionSummaryBesideCustomersIsLeftOut() throws {
    let c = try Self.read([
      Self.sheet("By region", label: "Region", labels: ["EMEA", "Americas"]),
      Self.sheet("Customers", label: "Customer", labels: ["Acme", "Bolt"]),
    ])
    #expect(c.accounts.map(\.id) == ["Acme", "Bolt"])
  }

  /// Columns E–F (2024-04, 2024-05) hidden after the last visible month, 2024-03: left out,
  /// as-of 2024-03, a note naming them and `--as-of 2024-05`; with that `--as-of` they are read.
  /// A hidden leading month (B, 2024-01) stays read.
  @Test func hiddenTrailingMonthsArePlan() throws {
    let sheet = Self.sheet(
      "Revenue", label: "Customer", labels: ["Acme", "Bolt"], hiddenColumns: [2...2, 5...6])
    let c = try Self.read([sheet])
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(
      c.log.notes.contains(
        "room.xlsx, sheet Revenue: the month columns \"2024-04\" to \"2024-05\" are hidden in "
          + "the workbook after the last visible month, \"2024-03\": read as a plan or draft, not "
          + "actuals, so 2 months are left out (listed as ignored) and the as-of month is "
          + "2024-03; if they are actuals, pass --as-of 2024-05"))
    let all = try Self.read([sheet], options: ImportOptions(asOf: Month(year: 2024, month: 5)))
    #expect(all.asOf == Month(year: 2024, month: 5))
    #expect(all.mrrRow("Bolt") == Array(repeating: 20_000, count: 5))
  }
}
