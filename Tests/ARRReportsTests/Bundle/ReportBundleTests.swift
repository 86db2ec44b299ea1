import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

@Suite(.scratchFolders) struct ReportBundleTests {
  /// The committed bundles under reports/ are what the tool makes today: a report never goes
  /// stale. Re-record on purpose with `Scripts/regenerate-reports` and review the diff.
  @Test(arguments: SampleCompanies.names)
  func committedReportsMatchAFreshRun(name: String) throws {
    let (_, _, bundle) = try SampleCompanies.bundle(name)
    let dir = Repository.root + "/reports/" + name
    for file in bundle.files {
      let committed = FileManager.default.contents(atPath: dir + "/" + file.path)
      #expect(
        committed.map { Array($0) } == file.bytes,
        "reports/\(name)/\(file.path) differs from a fresh run: run Scripts/regenerate-reports")
    }
    var onDisk = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0 != "charts" }
    onDisk += try FileManager.default.contentsOfDirectory(atPath: dir + "/charts").map {
      "charts/" + $0
    }
    #expect(onDisk.sorted() == bundle.files.map(\.path).sorted())
  }

  /// The README quotes the ai-hypergrowth report's summary: every line of the excerpt (the
  /// table, the paragraph under it, the findings) must still be a line of the committed report,
  /// so a change to the figures cannot leave the README stale (render review 28, R28-20: the
  /// paragraph under the table said 29.1% where the table said 29.3%; only table rows and
  /// numbered lines were checked).
  @Test func readmeExcerptIsInTheCommittedReport() throws {
    let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
    let report = try String(
      contentsOfFile: Repository.root + "/reports/ai-hypergrowth/report.md", encoding: .utf8)
    let lines = Set(report.split(separator: "\n"))
    let start = try #require(readme.range(of: "An excerpt of that report's executive summary:"))
    let end = try #require(readme.range(of: "The full list, numbered with severities"))
    let quoted = readme[start.upperBound..<end.lowerBound].split(separator: "\n")
    #expect(quoted.count >= 14)
    for line in quoted { #expect(lines.contains(line), "\(line)") }
  }

  @Test func bundleHoldsTheReportTheDataAndAtLeastFiveCharts() throws {
    let (analysis, stress, bundle) = try SampleCompanies.bundle("ai-hypergrowth")
    #expect(
      Array(bundle.files.map(\.path).prefix(3)) == ["report.md", "report.json", "accounts.csv"])
    let charts = bundle.files.filter { $0.path.hasPrefix("charts/") }
    #expect(charts.count >= 5)
    #expect(
      SampleCompanies.text(bundle, "report.json")
        == JSONReport.render(analysis, stress: stress).serialized())
    #expect(SampleCompanies.text(bundle, "accounts.csv") == AccountsCSV.render(analysis))
    let csvHeader = SampleCompanies.text(bundle, "accounts.csv")?.split(separator: "\n").first
    #expect(
      csvHeader?.hasPrefix(
        "account_id,class,risk_score,recurring_arr,retention_probability,reasons") == true)
    #expect(stress.scenarios.count >= 6)
  }

  @Test func writesEveryFileAndRemovesChartsItNoLongerDraws() throws {
    let dir = scratchFolder("bundle")
    let (analysis, _, bundle) = try SampleCompanies.bundle("seed-example")
    try FileManager.default.createDirectory(
      atPath: dir + "/charts", withIntermediateDirectories: true)
    let stale = dir + "/charts/" + ReportChart.Name.stress.fileName
    _ = FileManager.default.createFile(atPath: stale, contents: Data("old".utf8))
    // Without stress there is no stress chart: the stale one from an earlier run goes.
    let plain = ReportBundle(analysis)
    try plain.write(to: dir + "/")
    for file in plain.files {
      #expect(
        FileManager.default.contents(atPath: dir + "/" + file.path).map { Array($0) } == file.bytes)
    }
    #expect(!FileManager.default.fileExists(atPath: stale))
    // No temporary file is left behind.
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
      $0.contains(".partial-") || $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)
    #expect(bundle.files.count > plain.files.count)
  }

  @Test func unwritableFolderIsACantCreateErrorNamingThePath() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("seed-example")
    let dir = scratchFolder("bundle") + "/not-a-folder"
    // A file where the folder should be.
    _ = FileManager.default.createFile(atPath: dir, contents: Data("x".utf8))
    let bundle = ReportBundle(analysis)
    let error = #expect(throws: ARRQualityError.self) { try bundle.write(to: dir) }
    #expect(error?.kind == .cannotCreateOutput)
    #expect(error?.message.contains(dir) == true)
  }
}
