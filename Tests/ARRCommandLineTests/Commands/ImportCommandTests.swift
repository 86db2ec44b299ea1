import ARRCore
import Foundation
import Testing

@Suite(.scratchFolders) struct ImportCommandTests {
  static let cube = """
    Revenue by customer (unaudited)
    Customer,Contract,Billing,Jan-24,Feb-24,Mar-24,Apr-24
    Alpha,Annual,Annually,"$1,200.00",,,
    Beta,Month-to-month,Monthly,100,100,100,100
    Total,,,"$1,300.00",100,100,100
    """

  func cubeFile() throws -> (dir: URL, path: String) {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("cube.csv").path
    try Data(Self.cube.utf8).write(to: URL(fileURLWithPath: path))
    return (dir, path)
  }

  @Test func importWritesAFolderThatAnalyzesAndRefusesToOverwrite() throws {
    let (dir, path) = try cubeFile()
    let out = dir.appendingPathComponent("company").path
    let r = CLI.run(["import", path, "--out", out])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("rows read 4, used 2, skipped 2"))
    for name in ["accounts.csv", "monthly.csv", "company.json", "import.md", "import.json"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + name))
    }
    let accounts = try String(contentsOfFile: out + "/accounts.csv", encoding: .utf8)
    #expect(accounts.contains(",inferred,inferred_from"))
    let again = CLI.run(["import", path, "--out", out])
    #expect(again.status == 73)
    #expect(CLI.run(["import", path, "--out", out, "--force"]).status == 0)
    let folder = CLI.run(["analyze", out, "--format", "json"])
    #expect(folder.status == 0, "\(folder.stderr)")
    // The folder reports the import as the file does (T50-34: `import.json`): the same
    // `import` object and the same findings, in the same order.
    let direct = CLI.run(["analyze", path, "--format", "json"])
    #expect(direct.status == 0, "\(direct.stderr)")
    func parsed(_ text: String) throws -> [String: Any] {
      try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
    let (a, b) = (try parsed(direct.stdout), try parsed(folder.stdout))
    #expect(
      (a["import"] as? NSDictionary) == (b["import"] as? NSDictionary) && b["import"] != nil)
    func codes(_ json: [String: Any]) -> [String] {
      (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }
    #expect(codes(a) == codes(b) && codes(b).contains("import_finding"), "\(codes(a)) \(codes(b))")
  }

  @Test func analyzeAndValidateImportFilesInMemory() throws {
    let (_, path) = try cubeFile()
    let json = CLI.run(["analyze", path, "--values", "billings", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    #expect(json.stdout.contains("\"import\""))
    #expect(json.stdout.contains("\"rows_read\": 4") || json.stdout.contains("\"rows_read\":4"))
    let v = CLI.run(["validate", path])
    #expect(v.status == 0, "\(v.stderr)")
    #expect(v.stdout.contains("4 rows read = 2 used + 2 skipped (1 title line and 1 totals row)"))
  }

  /// `validate` on amounts that look like cents (trial 16, V1: "OK: the input is valid." headed
  /// ChartMogul's MRR in cents, read 100 times too high): the first line counts what was read
  /// (6 rows, all used) and the finding comes first, numbered, and not again among the notes;
  /// the exit code stays 0 (session 17, report).
  @Test func validateListsTheFindingsToCheckFirst() throws {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("mrr-movements.csv").path
    try Data(
      """
      DATE,CUSTOMER_NAME,MRR_MOVEMENT,MRR,MOVEMENT_TYPE,CURRENCY_CODE,CUSTOMER_EXTERNAL_ID
      2024-07-03 10:14:22,Acme Inc,50000,50000,new_biz,USD,acme
      2024-07-20 07:30:00,Eta IO,45000,45000,new_biz,USD,eta
      2024-08-10 08:00:00,Gamma Co,30000,30000,new_biz,USD,gamma
      2024-10-01 09:00:00,Delta Dev,20000,20000,new_biz,USD,delta
      2025-03-10 08:00:00,Gamma Co,-30000,0,churn,USD,gamma
      2025-03-15 09:00:00,Delta Dev,40000,60000,expansion,USD,delta
      """.utf8
    ).write(to: URL(fileURLWithPath: path))
    let v = CLI.run(["validate", path])
    #expect(v.status == 0, "\(v.stderr)")
    let lines = v.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Read: 6 rows, 6 used, 0 skipped; 1 finding to check first:")
    #expect(lines.count > 1 && lines[1].hasPrefix("  1. \(path): every amount in \"MRR_MOVEMENT\""))
    #expect(!v.stdout.contains("note: \(path): every amount in"))
    #expect(!v.stdout.contains("valid"))
  }

  @Test func importWithoutOutIsAUsageErrorAndAnUnknownShapeIsADataError() throws {
    let (dir, path) = try cubeFile()
    #expect(CLI.run(["import", path]).status == 64)
    let other = dir.appendingPathComponent("notes.csv").path
    try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: other))
    let r = CLI.run(["analyze", other])
    #expect(r.status == 65)
    #expect(r.stderr.contains("shape not recognised"))
  }

  /// Revenue by quarter, no customers (session 15, import lane): a data error, exit 65, naming
  /// the file and header line and asking for rows per customer.
  @Test func companyRevenueByQuarterIsADataErrorWithItsLine() throws {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("quarters.csv").path
    try Data("quarter,revenue\n2023-Q1,120000\n2023-Q2,135000\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    for command in ["import", "analyze"] {
      let r = CLI.run(
        command == "import"
          ? ["import", path, "--out", dir.appendingPathComponent("out").path] : ["analyze", path])
      #expect(r.status == 65)
      #expect(r.stderr.contains("quarters.csv:1: reads as the company's totals by quarter"))
      #expect(r.stderr.contains("export MRR per customer and month instead"))
    }
  }
}
