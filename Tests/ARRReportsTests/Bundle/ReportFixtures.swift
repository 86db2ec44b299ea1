import ARRQuality
import Foundation

/// The bundled sample companies and their report bundles, built once per test process.
enum ReportFixtures {
  /// The package root (four folders up from this file: Tests/ARRReportsTests/Bundle/<file>).
  static let root: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return parts.joined(separator: "/")
  }()

  static let scenarioNames = [
    "ai-hypergrowth", "data-room-billings", "data-room-ledger", "data-room-stripe",
    "enterprise-saas", "plg-smb", "seed-example", "workbook",
  ]

  /// Every shipped stress scenario, in file-name order (as `Scripts/regenerate-reports` passes
  /// them).
  static func stressScenarios() throws -> [StressScenario] {
    let dir = root + "/Scenarios/stress"
    let names = try FileManager.default.contentsOfDirectory(atPath: dir)
      .filter { $0.hasSuffix(".json") }.sorted()
    return try names.map { try StressScenario.load(path: dir + "/" + $0) }
  }

  /// The analysis, stress result and bundle of one sample company, as the regenerate script
  /// makes them; built once per company and test process (each takes seconds, and dozens of
  /// tests read them).
  static func bundle(_ name: String) throws -> (Analysis, StressResult, ReportBundle) {
    try cache.value(name) {
      let company = try load(name)
      let analysis = Analysis.run(company)
      let stress = try StressTest.run(analysis, scenarios: try stressScenarios())
      return (analysis, stress, ReportBundle(analysis, stress: stress))
    }
  }

  /// A sample company as `Scripts/regenerate-reports` reads it: a company folder, or the
  /// data-room files its `report-sources` names, imported under the names the script gives
  /// them (`Scenarios/<name>/<file>`, so the reports name the same sources).
  static func load(_ name: String) throws -> Company {
    let folder = root + "/Scenarios/" + name
    guard let list = try? InputFile.read(folder + "/report-sources") else {
      return try CompanyLoader.load(directory: folder)
    }
    let files = try String(decoding: list, as: UTF8.self).split(separator: "\n").map {
      Importer.SourceFile(
        name: "Scenarios/\(name)/\($0)", bytes: try InputFile.read(folder + "/" + $0))
    }
    return try Importer.read(files).company(currency: "USD").company
  }

  /// The built bundles, by company name.
  static let cache = Cache()

  /// A lock-guarded map of built bundles; building holds the lock, so each is built once.
  final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [String: (Analysis, StressResult, ReportBundle)] = [:]

    func value(
      _ name: String, build: () throws -> (Analysis, StressResult, ReportBundle)
    ) throws -> (Analysis, StressResult, ReportBundle) {
      lock.lock()
      defer { lock.unlock() }
      if let hit = built[name] { return hit }
      let made = try build()
      built[name] = made
      return made
    }
  }

  /// `path`'s text inside a bundle.
  static func text(_ bundle: ReportBundle, _ path: String) -> String? {
    bundle.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
  }
}
