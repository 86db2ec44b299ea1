import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of the rendered reports: no internal codes in prose or charts (`multi_year`,
/// `auto+mrr`, `stripe-invoices`), and one definition of rows read (read = used + skipped) in the
/// file table and the import note.
@Suite struct PlainWordsReportTests {
  @Test func importSourcesAreSaidInWords() {
    #expect(
      MarkdownReport.sourceWords(shape: "cube", values: "billings")
        == "a customer cube, read as invoiced amounts")
    #expect(
      MarkdownReport.sourceWords(shape: "cube", values: "auto+mrr")
        == "a customer cube, read as monthly recurring revenue")
    #expect(
      MarkdownReport.sourceWords(
        shape: "stripe-invoices+stripe-subscriptions", values: "billings+mrr")
        == "Stripe invoice lines and a Stripe subscriptions export, read as invoiced amounts "
        + "and as monthly recurring revenue")
    #expect(
      MarkdownReport.sourceWords(shape: "ledger", values: "auto") == "an invoice ledger")
  }

  @Test func contractTypesAreWrittenByTheirLabel() {
    #expect(ContractType.multiYear.label == "multi-year")
    #expect(ContractType.label(forKey: "multi_year") == "multi-year")
    #expect(ContractType.label(forKey: "annual") == "annual")
    #expect(ContractType.label(forKey: "enterprise") == "enterprise")
    for t in ContractType.allCases { #expect(!t.label.contains("_")) }
  }

  /// A cube with a title line, two customers (one multi-year) over 13 months and a totals row:
  /// 4 rows read (title, two customers, totals), 2 used, 2 skipped, in the file table and in the
  /// note alike; the contract type reads `multi-year` in the class-mix table and chart.
  @Test func fileTableAndImportNoteCountRowsAlike() throws {
    let months = (1...13).map { m in m <= 12 ? "2024-\(m < 10 ? "0" : "")\(m)" : "2025-01" }
    var cube = "Revenue by customer\nCustomer,Contract,Billing,"
    cube += months.joined(separator: ",") + "\n"
    cube += "Alpha,multi_year,upfront," + Array(repeating: "1000", count: 13).joined(separator: ",")
    cube += "\nBeta,monthly,monthly," + Array(repeating: "500", count: 13).joined(separator: ",")
    cube += "\nTotal,,," + Array(repeating: "1500", count: 13).joined(separator: ",") + "\n"
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))],
      options: ImportOptions(values: .mrr))
    let company = try imported.company(name: "Acme").company
    let analysis = Analysis.run(company)
    let report = MarkdownReport.render(analysis)
    #expect(
      MarkdownReportTests.row(report, "`cube.csv`") == ["`cube.csv`", "4", "2", "2", "none"])
    #expect(
      report.contains(
        "**Imported** from `cube.csv` (a customer cube, read as monthly recurring revenue): 4 rows "
          + "read, 2 used, 2 skipped"))
    #expect(!report.contains("multi_year"))
    #expect(MarkdownReportTests.row(report, "multi-year")?.first == "multi-year")
    let chart = ReportChart.classMix(ReportContext(analysis)).svg
    #expect(chart.contains("multi-year, by ARR") && !chart.contains("multi_year"))
  }
}
