import ARRCommandLine
import Foundation
import Testing

/// `analyze --report-dir`, `--scenario` and `stress`, run as a user would.
@Suite(.scratchFolders) struct CLIReportTests {
  static let scenarios = ["trial-cliff", "usage-slump"].map {
    CLI.path("Scenarios/stress/\($0).json")
  }

  @Test func reportDirWritesTheBundleAndNothingToStdout() throws {
    let dir = try CLI.temporaryDirectory().appendingPathComponent("bundle").path
    let r = CLI.run(
      [
        "analyze", CLI.path("Scenarios/seed-example"), "--report-dir", dir, "--scenario",
        Self.scenarios[0],
      ])
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.isEmpty)  // not a terminal: no progress
    for file in ["report.md", "report.json", "accounts.csv", "charts/arr-walk.svg"] {
      #expect(FileManager.default.fileExists(atPath: dir + "/" + file), "\(file)")
    }
    let md = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
    #expect(md.contains("## Stress scenarios"))
    #expect(md.contains("](charts/stress-retention.svg)"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: dir + "/report.json")))
        as? [String: Any])
    let stress = try #require(json["stress"] as? [String: Any])
    #expect((stress["scenarios"] as? [[String: Any]])?.count == 1)
  }

  /// `--scenario` reaches the JSON report; the per-account CSV has no room for it, which is said
  /// rather than ignored.
  @Test func scenarioGoesIntoTheJSONAndIsRefusedForTheCSV() throws {
    let json = CLI.run([
      "analyze", CLI.path("Scenarios/seed-example"), "--format", "json", "--scenario",
      Self.scenarios[1],
    ])
    #expect(json.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let stress = try #require(root["stress"] as? [String: Any])
    let listed = try #require(stress["scenarios"] as? [[String: Any]])
    #expect(listed.map { $0["name"] as? String } == ["Usage slump"])
    let csv = CLI.run([
      "analyze", CLI.path("Scenarios/seed-example"), "--format=csv", "--scenario",
      Self.scenarios[1],
    ])
    #expect(csv.status == 64)
    #expect(csv.stdout.isEmpty)
    #expect(csv.stderr.hasPrefix("Error: '--scenario' needs a report with room for it"))
    #expect(csv.stderr.contains("See 'arr-quality analyze --help'"))
  }

  @Test func reportDirWithFormatIsAUsageError() throws {
    let r = CLI.run([
      "analyze", CLI.path("Scenarios/seed-example"), "--report-dir", "/tmp/x", "--format", "json",
    ])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: '--report-dir'"))
    #expect(r.stderr.contains("See 'arr-quality analyze --help'"))
  }

  @Test func reportDirThatCannotBeCreatedExits73WithThePath() throws {
    let file = try CLI.temporaryDirectory().appendingPathComponent("plain-file").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--report-dir", file + "/out"])
    #expect(r.status == 73)
    #expect(r.stderr.contains(file))
  }

  @Test func stressShowsBaseAndEveryScenarioSideBySide() throws {
    var args = ["stress", CLI.path("Scenarios/plg-smb")]
    for s in Self.scenarios { args += ["--scenario", s] }
    let md = CLI.run(args)
    #expect(md.status == 0)
    #expect(md.stdout.contains("| Figure | Base | Trial cliff | Usage slump |"))
    #expect(md.stdout.contains("| Projected NDR (mean) |"))
    let json = CLI.run(args + ["--format=json"])
    #expect(json.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let base = try #require(root["base"] as? [String: Any])
    let retention = try #require(base["retention"] as? [String: Any])
    #expect(retention["projected_ndr"] is Double)
    let range = try #require(retention["projected_ndr_range"] as? [String: Double])
    #expect(range["p10"]! <= range["p50"]! && range["p50"]! <= range["p90"]!)
    let scenarios = try #require(root["scenarios"] as? [[String: Any]])
    #expect(scenarios.map { $0["name"] as? String } == ["Trial cliff", "Usage slump"])
  }

  @Test func stressWithoutAScenarioIsAUsageError() throws {
    let r = CLI.run(["stress", CLI.path("Scenarios/plg-smb")])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--scenario"))
    // The usage line shows it as required and repeatable, not in brackets.
    let help = CLI.run(["stress", "--help"])
    #expect(help.stdout.contains("USAGE: arr-quality stress --scenario <file> ... [--format"))
    #expect(help.stdout.contains("<dir-or-file> ..."))
    let analyze = CLI.run(["help", "analyze"])
    #expect(analyze.stdout.contains("[--scenario <file> ...]"))
  }

  /// `stress` reads data-room files as `analyze` does (trial 21, M1: it refused a file that
  /// `analyze` read): its base case is the analysis's own figures.
  @Test func stressReadsDataRoomFilesAsAnalyzeDoes() throws {
    let file = CLI.path("Scenarios/data-room-billings/billings-cube.csv")
    let stress = CLI.run(["stress", file, "--scenario", Self.scenarios[0], "--format=json"])
    #expect(stress.status == 0, "\(stress.stderr)")
    let analyze = CLI.run(["analyze", file, "--format=json"])
    #expect(analyze.status == 0)
    func arr(_ text: String, _ path: [String]) throws -> [String: Double] {
      var node = try #require(
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      for key in path { node = try #require(node[key] as? [String: Any]) }
      return node.compactMapValues { $0 as? Double }
    }
    let base = try arr(stress.stdout, ["base", "arr"])
    let report = try arr(analyze.stdout, ["arr"])
    #expect(base["headline"] != nil)
    for key in ["headline", "recurring", "committed", "quality_adjusted"] {
      #expect(base[key] == report[key], "\(key)")
    }
  }

  @Test func badScenarioFileExits65NamingFileAndKey() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.json").path
    try Data(#"{"usage_change": -2}"#.utf8).write(to: URL(fileURLWithPath: file))
    let r = CLI.run(["stress", CLI.path("Scenarios/plg-smb"), "--scenario", file])
    #expect(r.status == 65)
    #expect(r.stderr.contains(file))
    #expect(r.stderr.contains("usage_change"))
    let missing = CLI.run(["stress", CLI.path("Scenarios/plg-smb"), "--scenario", file + ".nope"])
    #expect(missing.status == 66)
  }
}

/// Output that cannot be written is an error (74), never a silent success, and a device named
/// by `--output` stays a device.
@Suite(.scratchFolders) struct CLIOutputErrorTests {
  @Test func fullDeviceAsOutputExits74AndStaysADevice() throws {
    #if os(Linux)
      let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--output", "/dev/full"])
      #expect(r.status == 74)
      #expect(r.stderr.contains("/dev/full: write failed"))
      let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/full")
      #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    #endif
  }

  @Test(arguments: [
    ["analyze", CLI.path("Scenarios/seed-example")],
    ["validate", CLI.path("Scenarios/seed-example")],
  ])
  func fullStdoutExits74(arguments: [String]) throws {
    #if os(Linux)
      let process = Process()
      process.executableURL = CLI.binary
      process.arguments = arguments
      process.currentDirectoryURL = CLI.packageRoot
      process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
      let err = Pipe()
      process.standardError = err
      try process.run()
      let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 74)
      #expect(message.contains("standard output: write failed"))
    #endif
  }
}
