import ARRQuality
import ARRTestSupport
import Testing

/// Issue #16, item 4: a workbook and its CSV export give the same figures — the JSON report is
/// identical except where it names a source (the sheet instead of the CSV file).
@Suite struct WorkbookImportTests {
  static let root = Repository.root

  static func report(_ files: [String]) throws -> (company: Company, json: String) {
    let company = try CompanySource.load(paths: files.map { root + "/Scenarios/workbook/" + $0 })
    return (company, JSONReport.render(Analysis.run(company)).serialized(pretty: true))
  }

  @Test func theSampleWorkbookAndItsCSVExportGiveTheSameJSONReport() throws {
    let (company, workbook) = try Self.report(["data-room.xlsx"])
    let csv = try Self.report(["data-room-cube.csv", "data-room-customers.csv"]).json
    let folder = Self.root + "/Scenarios/workbook/"
    // The differences allowed: which source is named (a sheet, or a CSV file), the company's
    // name derived from it (the workbook's file name, the CSV files' folder), the note listing
    // the workbook's unused sheets, and the totals row quoted as its cells read (numbers in the
    // workbook, displayed text such as "1,627,882.89" in the export).
    #expect(
      workbook.contains("\"company\": \"data-room\",\n  \"company_name_source\": \"file_name\""))
    #expect(csv.contains("\"company\": \"workbook\",\n  \"company_name_source\": \"folder_name\""))
    func normalised(_ text: String) -> [Substring] {
      text
        .replacing("\"company\": \"data-room\"", with: "\"company\": \"workbook\"")
        .replacing(
          "\"company_name_source\": \"file_name\"", with: "\"company_name_source\": \"folder_name\""
        )
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

  /// The data-room samples' ledger and Stripe pair as workbooks (`ledger.xlsx`: a notes tab,
  /// then the ledger with date cells and numbers; `stripe.xlsx`: the two exports as two tabs)
  /// import to the same company as the CSV files, every row accounted for the same way.
  @Test(arguments: [
    ("ledger.xlsx", ["data-room-ledger/ledger.csv"]),
    (
      "stripe.xlsx",
      ["data-room-stripe/stripe-subscriptions.csv", "data-room-stripe/stripe-invoice-lines.csv"]
    ),
  ])
  func ledgerAndStripeWorkbooksGiveTheCSVFigures(workbook: String, csv: [String]) throws {
    let fromBook = try CompanySource.load(
      paths: [Self.root + "/Tests/ARRWorkbookTests/Fixtures/" + workbook])
    let fromCSV = try CompanySource.load(paths: csv.map { Self.root + "/Scenarios/" + $0 })
    #expect(fromBook.accounts == fromCSV.accounts)
    #expect(fromBook.revenue == fromCSV.revenue)
    #expect(fromBook.firstMonth == fromCSV.firstMonth)
    #expect(fromBook.asOf == fromCSV.asOf)
    let a = try #require(fromBook.dataQuality.imported)
    let b = try #require(fromCSV.dataQuality.imported)
    #expect(a.shape == b.shape)
    #expect((a.rowsRead, a.rowsUsed, a.rowsSkipped) == (b.rowsRead, b.rowsUsed, b.rowsSkipped))
    #expect(a.rules == b.rules)
    #expect(a.skipped.map(\.line) == b.skipped.map(\.line))
  }
}
