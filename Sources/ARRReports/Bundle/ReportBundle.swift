/// The report bundle `analyze --report-dir OUT` writes: `report.md`, `report.json`,
/// `accounts.csv` and `charts/*.svg`, made in memory and written as one.
public struct ReportBundle: Sendable {
  /// One file of the bundle, by its path inside the bundle folder.
  public struct File: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]
  }

  /// The files, in a fixed order: report.md, report.json, accounts.csv, then the charts.
  public var files: [File]

  /// Builds the bundle.
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - stress: Stress scenarios run on the same company, for the report's stress section.
  /// - Complexity: O(accounts log accounts + months²).
  public init(_ analysis: Analysis, stress: StressResult? = nil) {
    let charts = ReportChart.all(for: analysis, stress: stress)
    var files = [
      File(
        path: "report.md",
        bytes: Array(MarkdownReport.render(analysis, stress: stress, charts: charts).utf8)),
      File(path: "report.json", bytes: JSONReport.document(analysis, stress: stress)),
      File(path: "accounts.csv", bytes: AccountsCSV.bytes(analysis)),
    ]
    for chart in charts {
      files.append(File(path: "charts/" + chart.name.fileName, bytes: Array(chart.svg.utf8)))
    }
    self.files = files
  }

  /// Writes the bundle under `directory` (created if missing): every file to a temporary name
  /// first, then all renamed into place, so an interrupted run never leaves a half report.
  /// Charts of an earlier run that this one does not draw are removed.
  /// - Parameter directory: The bundle folder.
  /// - Throws: `ARRQualityError` 73 when a folder or file cannot be created, 74 on a write or
  ///   rename failure; the message names the path.
  /// - Complexity: O(total bytes).
  public func write(to directory: String) throws(ARRQualityError) {
    let root =
      directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    try OutputFile.makeDirectory(root + "/charts")
    try OutputFile.writeAll(files.map { (root + "/" + $0.path, $0.bytes) })
    let drawn = Set(files.map(\.path))
    for name in ReportChart.Name.allCases where !drawn.contains("charts/" + name.fileName) {
      OutputFile.remove(root + "/charts/" + name.fileName)
    }
  }
}
