import Foundation
import Testing

/// A signal in the middle of a write leaves the old output whole and no temporary behind.
///
/// The binary runs with `ARR_QUALITY_TEST_PAUSE_BEFORE_RENAME` (docs/output.md): once every
/// byte is written it creates the named file and waits, so the signal lands in the window
/// between "written" and "renamed" every time, however loaded the machine.
@Suite(.serialized, .scratchFolders) struct CLIKillTests {
  static let company = "Scenarios/seed-example"

  /// Starts `arguments`, waits for the pause, sends `signal`, returns the exit status.
  func interrupt(_ arguments: [String], in folder: URL, with signal: Int32) throws -> Int32 {
    let ready = folder.appendingPathComponent("ready").path
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = arguments
    process.currentDirectoryURL = CLI.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["ARR_QUALITY_TEST_PAUSE_BEFORE_RENAME"] = ready
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while !FileManager.default.fileExists(atPath: ready) && process.isRunning
      && Date() < deadline
    {
      usleep(20_000)
    }
    #expect(FileManager.default.fileExists(atPath: ready), "the write never reached the pause")
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    try? FileManager.default.removeItem(atPath: ready)
    return process.terminationStatus
  }

  func names(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP, SIGKILL])
  func aSignalDuringOutputLeavesTheOldFileAndNoTemporary(signal: Int32) throws {
    let folder = try CLI.temporaryDirectory()
    let out = folder.appendingPathComponent("report.json")
    try Data("old report".utf8).write(to: out)
    let status = try interrupt(
      ["analyze", Self.company, "--format", "json", "--output", out.path], in: folder,
      with: signal)
    #expect(status == signal, "the process dies of the signal")
    #expect(try String(contentsOf: out, encoding: .utf8) == "old report")
    #if os(Linux)
      // Unnamed (O_TMPFILE) until the rename: even SIGKILL leaves nothing.
      #expect(names(folder) == ["report.json"])
    #else
      if signal != SIGKILL { #expect(names(folder) == ["report.json"]) }
    #endif
  }

  @Test(arguments: [SIGTERM, SIGKILL])
  func aSignalDuringReportDirLeavesTheOldBundle(signal: Int32) throws {
    let folder = try CLI.temporaryDirectory()
    let bundle = folder.appendingPathComponent("bundle")
    let first = CLI.run(["analyze", CLI.path(Self.company), "--report-dir", bundle.path])
    #expect(first.status == 0)
    let before = try Data(contentsOf: bundle.appendingPathComponent("report.md"))
    try Data("marker".utf8).write(to: bundle.appendingPathComponent("report.md"))
    _ = try interrupt(
      ["analyze", Self.company, "--report-dir", bundle.path], in: folder, with: signal)
    // The old bundle, whole: the marker is still there, nothing new beside it.
    #expect(
      try String(contentsOf: bundle.appendingPathComponent("report.md"), encoding: .utf8)
        == "marker")
    if signal != SIGKILL { #expect(names(folder) == ["bundle"]) }
    // The next write sweeps what a SIGKILL left and swaps the new bundle in.
    let again = CLI.run(["analyze", CLI.path(Self.company), "--report-dir", bundle.path])
    #expect(again.status == 0)
    #expect(try Data(contentsOf: bundle.appendingPathComponent("report.md")) == before)
    #expect(names(folder) == ["bundle"])
  }

  @Test func aScenarioFromStandardInputIsRead() throws {
    let result = try CLI.runBinary(
      ["stress", Self.company, "--scenario", "-", "--format", "json"],
      input: Data(#"{"name": "piped", "usage_change": -0.2}"#.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"piped\""))
  }
}
