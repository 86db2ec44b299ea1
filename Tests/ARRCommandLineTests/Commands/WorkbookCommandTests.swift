import ARRCommandLine
import Testing

/// `--sheet` and workbooks on the command line (issue #16, item 1).
@Suite struct WorkbookCommandTests {
  static let workbook = CLI.path("Scenarios/workbook/data-room.xlsx")

  @Test(arguments: [[], ["--sheet", "2"], ["--sheet=MRR by customer"]])
  func validateReadsTheWorkbookAndSaysWhichSheets(options: [String]) {
    let r = CLI.run(["validate", Self.workbook] + options)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("data-room.xlsx, sheet MRR by customer: 403 rows read, 400 accepted"))
    #expect(r.stdout.contains("data-room.xlsx, sheet Customers: 400 rows read, 400 accepted"))
    #expect(r.stdout.contains("Sheets not used: \(Self.workbook), sheet Cover"))
  }

  @Test func anUnknownSheetIsAUsageErrorListingTheSheets() {
    let r = CLI.run(["validate", Self.workbook, "--sheet", "Revenue"])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: "))
    #expect(r.stderr.contains("1 \"Cover\", 2 \"MRR by customer\", 3 \"Customers\""))
  }

  @Test func aSheetOfNoShapeIsADataError() {
    let r = CLI.run(["analyze", Self.workbook, "--sheet", "Cover", "--format", "json"])
    #expect(r.status == 65)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("sheet Cover: shape not recognised"))
  }
}
