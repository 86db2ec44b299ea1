import ARRAnalysis
import ARRCore
import ARRFileSystem
import ARRInput
import ARRReports
import ARRStress
import Foundation

/// The bundled sample companies (`Scenarios/`) as `Scripts/regenerate-reports` reads them, and
/// their analyses and report bundles, each built once per test process.
///
/// Each level (companies, analyses, bundles) is a `static let` dictionary over every sample:
/// Swift runs a static's initializer exactly once, on first use, while other threads wait for
/// it, so the cache needs no lock and nothing `@unchecked`. A level builds all samples at once:
/// a full run needs them all (the golden-report suite reads every bundle), so nothing is built
/// that would not be anyway; a filtered run pays for every sample of the levels it reads.
/// Values are structs: a test that changes its copy changes nobody else's.
public enum SampleCompanies {
  /// The bundled sample companies, in name order (every one has a report folder in `reports/`).
  public static let names = [
    "ai-hypergrowth", "data-room-billings", "data-room-ledger", "data-room-movements",
    "data-room-stripe", "enterprise-saas", "plg-smb", "seed-example", "workbook",
  ]

  /// Every shipped stress scenario, in file-name order (as `Scripts/regenerate-reports` passes
  /// them).
  /// - Throws: `ARRQualityError` when a scenario file is missing or invalid.
  public static func stressScenarios() throws(ARRQualityError) -> [StressScenario] {
    try scenarios.get()
  }

  /// A sample company read afresh, as `Scripts/regenerate-reports` reads it: a company folder,
  /// or the data-room files its `report-sources` names, imported under the names the script
  /// gives them (`Scenarios/<name>/<file>`, so the reports name the same sources).
  /// - Parameter name: One of ``names``.
  /// - Returns: The company.
  /// - Throws: `ARRQualityError` as the loader or the importer.
  public static func load(_ name: String) throws(ARRQualityError) -> Company {
    let folder = Repository.path("Scenarios/" + name)
    guard let list = try? InputFile.read(folder + "/report-sources") else {
      return try CompanyLoader.load(directory: folder)
    }
    var files: [Importer.SourceFile] = []
    for line in String(decoding: list, as: UTF8.self).split(separator: "\n") {
      files.append(
        Importer.SourceFile(
          name: "Scenarios/\(name)/\(line)", bytes: try InputFile.read(folder + "/" + line)))
    }
    // Named as `analyze` names it (CompanySource): after its title line, the file, or the
    // folder of the files.
    let imported = try Importer.read(files)
    let derived = CompanySource.derivedName(of: imported, files: files.map(\.name))
    var company = try imported.company(name: derived?.name).company
    company.profile.nameSource = derived?.source
    return company
  }

  /// The sample company `name` (``load(_:)``), read once per test process.
  public static func company(_ name: String) throws(ARRQualityError) -> Company {
    try entry(companies, name).get()
  }

  /// `Analysis.run` of the sample company `name` with the default weights, run once per test
  /// process (each takes seconds, and dozens of tests read them).
  public static func analysis(_ name: String) throws(ARRQualityError) -> Analysis {
    try entry(analyses, name).get()
  }

  /// The analysis, stress result and report bundle of the sample company `name`, as the
  /// regenerate script makes them, built once per test process.
  public static func bundle(_ name: String) throws(ARRQualityError) -> (
    Analysis, StressResult, ReportBundle
  ) {
    try entry(bundles, name).get()
  }

  /// `path`'s text inside a bundle.
  public static func text(_ bundle: ReportBundle, _ path: String) -> String? {
    bundle.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  private static let scenarios = Result { () throws(ARRQualityError) in
    let dir = Repository.path("Scenarios/stress")
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: dir)
    } catch {
      throw ARRQualityError(kind: .missingInput, message: "\(dir): \(error)")
    }
    var out: [StressScenario] = []
    for file in files.filter({ $0.hasSuffix(".json") }).sorted() {
      out.append(try StressScenario.load(path: dir + "/" + file))
    }
    return out
  }

  private static let companies = Dictionary(
    uniqueKeysWithValues: names.map { name in
      (name, Result { () throws(ARRQualityError) in try load(name) })
    })

  private static let analyses = companies.mapValues { $0.map { Analysis.run($0) } }

  private static let bundles = analyses.mapValues { built in
    built.flatMap { analysis in
      Result { () throws(ARRQualityError) in
        let stress = try StressTest.run(analysis, scenarios: try stressScenarios())
        return (analysis, stress, ReportBundle(analysis, stress: stress))
      }
    }
  }

  /// The entry for `name` in a level; a name that is not a sample is a test's mistake.
  private static func entry<T>(_ level: [String: Result<T, ARRQualityError>], _ name: String)
    -> Result<T, ARRQualityError>
  {
    level[name] ?? .failure(ARRQualityError(kind: .invalidArgument, message: "no sample \(name)"))
  }
}
