import ARRCommandLine
import Foundation
import Testing

/// The root command: help, version, dispatch, and the defects a new user hit (issue #11 item 10).
@Suite struct ARRQualityToolTests {
  static let subcommands = ARRQualityTool.subcommands.map { $0.configuration.name }

  @Test func versionPrintsAndExitsZero() {
    let r = CLI.run(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout == ARRQualityTool.version + "\n")
  }

  @Test func rootHelpListsEverySubcommandWithItsAbstract() {
    let r = CLI.run(["--help"])
    for command in ARRQualityTool.subcommands {
      let c = command.configuration
      #expect(
        r.stdout.contains(
          "  \(c.name)" + String(repeating: " ", count: 24 - c.name.count)
            + c.abstract))
    }
  }

  @Test func anOptionBeforeTheSubcommandIsAnUnknownOption() {
    let r = CLI.run(["--bogus"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr == "Error: Unknown option '--bogus'\nUsage: arr-quality <subcommand>\n"
        + "  See 'arr-quality --help' for more information.\n")
  }

  @Test func helpForAnUnknownSubcommandIsAShortUsageError() {
    let r = CLI.run(["help", "nosuch"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr == "Error: Unknown subcommand 'nosuch'\nUsage: arr-quality <subcommand>\n"
        + "  See 'arr-quality --help' for more information.\n")
  }

  @Test func helpHelpIsTheRootHelp() {
    let r = CLI.run(["help", "help"])
    #expect(r.status == 0)
    #expect(r.stdout == CLI.run(["--help"]).stdout)
  }

  @Test(arguments: [[], ["help"], ["--help"], ["-h"]] + subcommands.map { ["help", $0] })
  func helpLinesFitOneHundredColumns(arguments: [String]) {
    let r = CLI.run(arguments)
    #expect(r.status == 0)
    let long = r.stdout.split(separator: "\n").filter { $0.count > 100 }
    #expect(long.isEmpty, "\(long)")
  }

  /// `help generate` shows the default profile and calls the value what the error calls it.
  @Test func generateHelpShowsDefaultsAndNamesTheValueAsTheErrorDoes() {
    let help = CLI.run(["help", "generate"]).stdout
    #expect(help.contains("--profile <profile>"))
    #expect(help.contains("default: ai-hypergrowth"))
    #expect(help.contains("(default: 1000)"))
    let error = CLI.run(["generate", "--profile", "huge", "/tmp/unused"])
    #expect(error.status == 64)
    #expect(error.stderr.contains("'--profile <profile>'"))
    #expect(error.stderr.contains("ai-hypergrowth, enterprise-saas, plg-smb"))
  }

  /// A value the library rejects after parsing is still a usage error, shown with the usage.
  @Test func aRejectedSurvivalListShowsTheUsage() {
    let r = CLI.run(["retention", "--survival", "100,120,46"])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: --survival: item 2 (period 1) 120 is larger"))
    #expect(r.stderr.contains("\nUsage: arr-quality retention "))
    #expect(r.stderr.hasSuffix("See 'arr-quality retention --help' for more information.\n"))
  }
}

/// `retention`'s defects a new user hit (issue #11 item 10).
@Suite struct RetentionCommandTests {
  @Test func aTriangleWhoseNewestCohortHasOnlyPeriodZeroFits() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("cohorts.csv")
    try "cohort,p0,p1,p2\n2023,1000,631,468\n2024,800,500,\n2025,600,,\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let r = CLI.run(["retention", "--cohorts", file.path])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    #expect(r.stdout.contains(", 3 cohorts)"))
  }

  @Test func aRateAboveOneIsUsedButWarnedAbout() {
    let args = ["retention", "--survival", "1000,631,468,382", "--format", "json"]
    let warned = CLI.run(args + ["--discount-rate", "5"])
    #expect(warned.status == 0)
    #expect(
      warned.stderr
        == "Warning: --discount-rate 5.0 is 500% per period; for a percentage give a fraction "
        + "(e.g. 0.05 for 5%).\n")
    #expect(warned.stdout != CLI.run(args + ["--discount-rate", "0.05"]).stdout)
    #expect(CLI.run(args + ["--discount-rate", "1"]).stderr.isEmpty)
  }
}
