import ARRCore
import ARRFileSystem
import ARRTestSupport
import Testing

@testable import ARRInput

/// A public data set holding no recurring revenue, saved as a workbook, is explained as the
/// same table in a CSV file is (`docs/import.md`, "Files that hold no recurring revenue"). The
/// AWS SaaS Sales data set as .xlsx (kevinjuwantoro/AWS-SaaS-Sales-Data-Analysis, `Cleaned
/// SaaS-Sales-Data.xlsx`; the fixture holds its header and first three rows) was told only "no
/// revenue file among …, sheet Sheet1", while its CSV said what the file is.
@Suite struct NotRevenueWorkbookTests {
  @Test func aSheetOfSalesOrdersIsExplained() throws {
    let path = Repository.root + "/Tests/ARRWorkbookTests/Fixtures/aws-saas-sales.xlsx"
    let file = Importer.SourceFile(name: "aws-saas-sales.xlsx", bytes: try InputFile.read(path))
    let error = try #require(throws: ARRQualityError.self) { try Importer.read([file]) }
    #expect(
      error.description.hasPrefix(
        "aws-saas-sales.xlsx, sheet Sheet1:1: reads as a table of sales orders (\"Order ID\", "
          + "\"Order Date\", \"Sales\", \"Profit\", as the AWS SaaS Sales data set is laid out)"))
  }
}
