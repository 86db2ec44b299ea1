import ARRQuality
import Testing

/// Issue #16, item 4: a workbook and its CSV export give the same figures — the JSON report is
/// identical except where it names a source (the sheet instead of the CSV file).
@Suite struct WorkbookImportTests {
  static let root: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return parts.joined(separator: "/")
  }()

  static func report(_ files: [String]) throws -> (company: Company, json: String) {
    let company = try CompanySource.load(paths: files.map { root + "/Scenarios/workbook/" + $0 })
    return (company, JSONReport.render(Analysis.run(company)).serialized(pretty: true))
  }

  @Test func theSampleWorkbookAndItsCSVExportGiveTheSameJSONReport() throws {
    let (company, workbook) = try Self.report(["data-room.xlsx"])
    let csv = try Self.report(["data-room-cube.csv", "data-room-customers.csv"]).json
    let folder = Self.root + "/Scenarios/workbook/"
    // The differences allowed: which source is named (a sheet, or a CSV file), the note listing
    // the workbook's unused sheets, and the totals row quoted as its cells read (numbers in the
    // workbook, displayed text such as "1,627,882.89" in the export).
    func normalised(_ text: String) -> [Substring] {
      text
        .replacing(
          folder + "data-room.xlsx, sheet MRR by customer", with: folder + "data-room-cube.csv"
        )
        .replacing(
          folder + "data-room.xlsx, sheet Customers", with: folder + "data-room-customers.csv"
        )
        .split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.contains("Sheets not used: ") && !$0.contains("\"reason\": \"totals row: ") }
    }
    #expect(
      normalised(workbook) != workbook.split(separator: "\n", omittingEmptySubsequences: false))
    #expect(normalised(workbook) == normalised(csv))
    #expect(workbook.contains("Sheets not used: \(folder)data-room.xlsx, sheet Cover"))
    // Every row accounted for: the cube's and the customer sheet's rows, one per account each.
    let s = try #require(company.dataQuality.imported)
    #expect(s.rowsRead == s.rowsUsed + s.rowsSkipped)
    #expect(s.rowsUsed == 2 * company.accounts.count)
  }
}
