import Foundation
import Testing

/// A full disk in the middle of a write (issue #14): the binary runs with a small limit on the
/// size of the files it writes (`ulimit -f`, SIGXFSZ ignored), so a write fails as on a full
/// disk. Every output command exits 74, names the file, and leaves the old output whole and
/// nothing new beside it.
@Suite(.serialized, .scratchFolders) struct CLIFullDiskTests {
  static let company = "Scenarios/plg-smb"
  /// About 20–40 kB, whether the shell counts 512- or 1,024-byte blocks: less than any output.
  static let limit = 40

  func names(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test func generateOnAFullDiskLeavesNoFolderAndNoFile() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("company")
    let r = try CLI.runBinary(
      ["generate", target.path, "--accounts", "500", "--months", "24"], fileSizeLimit: Self.limit)
    #expect(r.status == 74)
    #expect(r.stderr.contains("write failed"), "\(r.stderr)")
    #expect(names(folder).isEmpty, "the folder generate created is removed again")
  }

  @Test func generateOnAFullDiskKeepsTheOldFiles() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try CLI.runBinary(["generate", folder.path, "--accounts", "3", "--months", "3"])
    #expect(first.status == 0, "\(first.stderr)")
    let before = try Data(contentsOf: folder.appendingPathComponent("monthly.csv"))
    let r = try CLI.runBinary(
      ["generate", folder.path, "--accounts", "500", "--months", "24", "--force"],
      fileSizeLimit: Self.limit)
    #expect(r.status == 74)
    #expect(try Data(contentsOf: folder.appendingPathComponent("monthly.csv")) == before)
    #expect(names(folder) == ["accounts.csv", "company.json", "monthly.csv"])
  }

  @Test func outputOnAFullDiskKeepsTheOldFile() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("report.json")
    try Data("old report".utf8).write(to: out)
    let r = try CLI.runBinary(
      ["analyze", Self.company, "--format", "json", "--output", out.path],
      fileSizeLimit: Self.limit)
    #expect(r.status == 74)
    #expect(r.stderr.contains("report.json: write failed"), "\(r.stderr)")
    #expect(try String(contentsOf: out, encoding: .utf8) == "old report")
    #expect(names(folder) == ["report.json"])
  }

  @Test func reportDirOnAFullDiskKeepsTheOldBundle() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bundle = folder.appendingPathComponent("bundle")
    try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: bundle.appendingPathComponent("report.md"))
    let r = try CLI.runBinary(
      ["analyze", Self.company, "--report-dir", bundle.path], fileSizeLimit: Self.limit)
    #expect(r.status == 74)
    #expect(names(bundle) == ["report.md"])
    #expect(
      try String(contentsOf: bundle.appendingPathComponent("report.md"), encoding: .utf8) == "old")
    #expect(names(folder) == ["bundle"])
  }
}
