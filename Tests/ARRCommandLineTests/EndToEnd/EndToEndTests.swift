import ARRCommandLine
import Foundation
import Testing

/// The built binary, run as a user would: the executable is only `ARRQualityTool.main()`, so a
/// few runs prove the process wiring (arguments, streams, exit status); everything else is
/// tested in-process.
@Suite struct EndToEndTests {
  @Test func versionPrintsAndExitsZero() throws {
    let r = try CLI.runBinary(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout == ARRQualityTool.version + "\n")
    #expect(r.stdout.split(separator: ".").count == 3)
    #expect(r.stderr.isEmpty)
  }

  @Test func analyzePrintsWhatTheLibraryPrints() throws {
    let binary = try CLI.runBinary(["analyze", "Scenarios/seed-example", "--format", "json"])
    let inProcess = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--format", "json"])
    #expect(binary.status == 0)
    #expect(binary.stderr.isEmpty)
    #expect(!binary.stdout.isEmpty)
    #expect(binary.stdout == inProcess.stdout)
  }

  @Test func failuresExitWithTheirStatus() throws {
    let usage = try CLI.runBinary(["analyze"])
    #expect(usage.status == 64)
    #expect(usage.stderr.hasPrefix("Error: Missing expected argument '<dir-or-file> ...'\nUsage: "))
    let missing = try CLI.runBinary(["validate", "Scenarios/no-such-company"])
    #expect(missing.status == 66)
    #expect(missing.stdout.isEmpty)
  }
}
