import ARRAnalysis
import ARRCore
import ARRFileSystem
import ARRStress

/// The report bundle `analyze --report-dir OUT` writes: `report.md`, `report.json`,
/// `accounts.csv` and `charts/*.svg`, written as one. The report and charts are made when the
/// bundle is; `report.json` and `accounts.csv`, which grow with the accounts, are made a few
/// slices at a time as they are written (``ByteChunks``), never held whole.
public struct ReportBundle: Sendable {
  /// One file of the bundle, by its path inside the bundle folder.
  public struct File: Sendable {
    public var path: String
    /// The contents in pieces, made as they are walked.
    public var chunks: ByteChunks
    /// The whole contents, made and joined on each access (tests, small files).
    public var bytes: [UInt8] { JSONWriter.joined(chunks) }

    init(path: String, bytes: [UInt8]) {
      self.path = path
      self.chunks = ByteChunks([bytes])
    }

    init(path: String, chunks: ByteChunks) {
      self.path = path
      self.chunks = chunks
    }
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
      File(path: "report.json", chunks: JSONReport.documentChunks(analysis, stress: stress)),
      File(path: "accounts.csv", chunks: AccountsCSV.chunks(analysis)),
    ]
    for chart in charts {
      files.append(File(path: "charts/" + chart.name.fileName, bytes: Array(chart.svg.utf8)))
    }
    self.files = files
  }

  /// Writes the bundle as the folder `directory`, all-or-nothing
  /// (``OutputDirectory/replace(_:with:isOwned:)``): the whole bundle is built in a fresh
  /// sibling folder and swapped in, so a reader sees the old bundle or the new one, never a mix,
  /// and a failure or interruption leaves the old one untouched. Charts of an earlier run that
  /// this one does not draw go with the old bundle. An existing folder is replaced only if it
  /// holds nothing but bundle files (report.md, report.json, accounts.csv, charts/*.svg).
  /// - Parameter directory: The bundle folder; missing parents are created.
  /// - Throws: `ARRQualityError` `.cannotCreateOutput` when the folder cannot be created, is a
  ///   file, or holds other files; `.outputFailed` on a write, flush or swap failure; the
  ///   message names the path.
  /// - Complexity: O(total bytes).
  public func write(to directory: String) throws(ARRQualityError) {
    try OutputDirectory.replace(
      directory, made: files.map { ($0.path, $0.chunks) }, isOwned: Self.isBundleFile)
  }

  /// Whether `path` (inside a bundle folder; folders end in `/`) is one a bundle holds.
  static func isBundleFile(_ path: String) -> Bool {
    ["report.md", "report.json", "accounts.csv", "charts/"].contains(path)
      || (path.hasPrefix("charts/") && path.hasSuffix(".svg") && !path.dropFirst(7).contains("/"))
  }
}
