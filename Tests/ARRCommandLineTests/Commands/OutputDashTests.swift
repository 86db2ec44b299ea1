import ARRTestSupport
import Foundation
import Testing

/// `--output -` is stdout, as `-` is stdin for `--scenario -`; an empty `--output`,
/// `--report-dir` or `--out` is a usage error naming the option (trial 30, T30-12: `--output -`
/// wrote a file named `-` and printed nothing; `--output ''` exited 74, "Error: : cannot
/// replace").
@Suite struct OutputDashTests {
  @Test(arguments: ["markdown", "json", "csv"])
  func dashIsStandardOutput(format: String) throws {
    let seed = CLI.path("Scenarios/seed-example")
    let plain = CLI.run(["analyze", seed, "--format", format])
    let dash = CLI.run(["analyze", seed, "--format", format, "--output", "-"])
    #expect(dash.status == 0)
    #expect(!dash.stdout.isEmpty)
    #expect(dash.stdout == plain.stdout)
    #expect(!FileManager.default.fileExists(atPath: "-"))
  }

  @Test(arguments: [
    (["analyze", "Scenarios/seed-example", "--output", ""], "--output <path>"),
    (["analyze", "Scenarios/seed-example", "--report-dir="], "--report-dir <dir>"),
    (["import", "Scenarios/seed-example", "--out", ""], "--out <dir>"),
  ])
  func anEmptyPathIsAUsageError(arguments: [String], spelling: String) throws {
    var args = arguments
    args[1] = CLI.path(args[1])
    let r = CLI.run(args)
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: The value '' is invalid for '\(spelling)'"))
  }
}
