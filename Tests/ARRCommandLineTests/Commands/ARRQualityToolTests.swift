import ARRCommandLine
import Foundation
import Testing

/// The root command: help, version, dispatch, and the defects a new user hit (issue #11 item 10).
@Suite(.scratchFolders) struct ARRQualityToolTests {
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
@Suite(.scratchFolders) struct RetentionCommandTests {
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

/// Folder and file messages a new user hit (issue #11 item 10).
@Suite(.scratchFolders) struct FolderMessageTests {
  @Test func aMissingFolderIsCalledAFolder() {
    let r = CLI.run(["analyze", "/nonexistent-arr-quality"])
    #expect(r.status == 66)
    // The path may name a folder or a data-room file: the message says both.
    #expect(r.stderr == "Error: /nonexistent-arr-quality: no such file or folder\n")
  }

  @Test func aFolderOfCompaniesSaysWhichToGive() {
    let scenarios = CLI.path("Scenarios")
    let r = CLI.run(["analyze", scenarios])
    #expect(r.status == 66)
    #expect(r.stderr.hasPrefix("Error: \(scenarios)/accounts.csv: no such file; "))
    #expect(r.stderr.contains("holds company folders (ai-hypergrowth, enterprise-saas, "))
    #expect(r.stderr.contains("give one of them, e.g. \(scenarios)/ai-hypergrowth"))
  }

  @Test func aReportDirThatIsAFileIsBlamedItself() throws {
    let file = try CLI.temporaryDirectory().appendingPathComponent("afile").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--report-dir", file])
    #expect(r.status == 73)
    #expect(r.stderr == "Error: \(file): is a file, expected a folder\n")
  }

  /// `--as-of` outside the data is the argument's fault: a usage error naming the data's span.
  @Test func anAsOfBeforeTheDataIsAUsageErrorNamingTheFirstMonth() {
    let r = CLI.run(["validate", CLI.path("Scenarios/seed-example"), "--as-of", "2020-01"])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: --as-of 2020-01 is earlier than every month in monthly.csv"))
    let first = CLI.run(["validate", CLI.path("Scenarios/seed-example")]).stdout
      .split(separator: "(").last?.split(separator: " ").first
    #expect(r.stderr.contains("(the first is \(first ?? ""); expected \(first ?? "") or later)"))
    #expect(r.stderr.contains("\nUsage: arr-quality validate "))
    let late = CLI.run(["validate", CLI.path("Scenarios/seed-example"), "--as-of", "2099-01"])
    #expect(late.status == 64)
    #expect(late.stderr.contains("is after the last month in monthly.csv"))
  }

  /// An `--as-of` outside the years data may hold (1900–2999, ``Month/dataRange``) is refused
  /// while parsing, by every command that takes one; before, `--as-of 3000-01` reached the
  /// importer and was the data's fault, exit 65 (trial 30, T30-19).
  @Test(arguments: ["validate", "analyze", "stress", "generate"], ["3000-01", "1899-12"])
  func anAsOfOutsideTheDataYearsIsAUsageError(command: String, month: String) {
    let target =
      command == "generate" ? "/nonexistent/generated" : CLI.path("Scenarios/seed-example")
    let scenario = command == "stress" ? ["--scenario", "/nonexistent/scenario.json"] : []
    let r = CLI.run([command, target, "--as-of", month] + scenario)
    #expect(r.status == 64)
    #expect(
      r.stderr.hasPrefix(
        "Error: The value '\(month)' is invalid for '--as-of <YYYY-MM>' (expected a month from "
          + "1900-01 to 2999-12, e.g. 2025-12)"))
  }
}

/// Commands that print no result say what they wrote when a person is watching.
@Suite(.scratchFolders) struct WrittenNoteTests {
  func run(_ arguments: [String], isStdoutTerminal: Bool) -> CLIResult {
    let out = BufferStream(isTerminal: isStdoutTerminal)
    let err = BufferStream()
    let status = ARRQualityTool.run(
      arguments, console: Console(standardOutput: out, standardError: err))
    return CLIResult(status: status.rawValue, stdout: out.text, stderr: err.text)
  }

  @Test func generateSaysWhatItWrote() throws {
    let dir = try CLI.temporaryDirectory().path
    let args = ["generate", dir, "--accounts", "20", "--months", "3", "--profile", "plg-smb"]
    let r = run(args, isStdoutTerminal: true)
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr
        == "Wrote \(dir): accounts.csv, monthly.csv and company.json (plg-smb, 20 accounts × "
        + "3 months to 2026-10, seed 1).\n")
    #expect(run(args + ["--force"], isStdoutTerminal: false).stderr.isEmpty)
  }

  @Test func reportDirSaysWhatItWrote() throws {
    let dir = try CLI.temporaryDirectory().appendingPathComponent("bundle").path
    let r = run(
      ["analyze", CLI.path("Scenarios/seed-example"), "--report-dir", dir], isStdoutTerminal: true)
    #expect(r.status == 0)
    let charts = try FileManager.default.contentsOfDirectory(atPath: dir + "/charts").count
    #expect(
      r.stderr
        == "Wrote \(dir): report.md, report.json, accounts.csv and \(charts) charts in charts/.\n")
  }
}
