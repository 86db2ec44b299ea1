import ARRQuality
import Testing

@testable import ARRReports

@Suite struct JSONImportTests {
  @Test func anImportedCompanyHasTheImportObjectANativeOneNot() throws {
    let cube = """
      Revenue by customer
      Customer,Contract,Billing,2024-01,2024-02,2024-03,2024-04
      Alpha,annual,annual,1200,,,
      Beta,monthly,monthly,100,100,100,100
      Total,,,1300,100,100,100
      """
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))],
      options: ImportOptions(values: .billings))
    let company = try imported.company().company
    let json = JSONReport.render(Analysis.run(company))
    guard case .object(let root) = json,
      case .object(let object)? = root.first(where: { $0.0 == "import" })?.1
    else {
      Issue.record("no import object")
      return
    }
    #expect(
      object.map(\.0) == [
        "shape", "values", "source_files", "rows_read", "rows_used", "rows_skipped", "skipped",
        "accounts", "inferred", "unknown", "rules", "ambiguous_arr", "ambiguous_choices",
        "single_payment_committed_arr", "deferred",
      ])
    let text = json.serialized(pretty: false)
    #expect(text.contains("\"rows_read\":4,\"rows_used\":2,\"rows_skipped\":2"))
    #expect(text.contains("\"deferred\":800.00") || text.contains("\"deferred\":800"))
    let native = try CompanyLoader.load(
      accountsCSV: Array(
        "account_id,contract_type,billing_cadence,start_date\nA,annual,annual,2024-01-01\n".utf8),
      monthlyCSV: Array("account_id,month,mrr\nA,2024-01,10\n".utf8), companyJSON: nil)
    guard case .object(let nativeRoot) = JSONReport.render(Analysis.run(native)) else { return }
    #expect(!nativeRoot.contains { $0.0 == "import" })
  }
}
