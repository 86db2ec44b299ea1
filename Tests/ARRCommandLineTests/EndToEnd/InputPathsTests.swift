import ARRTestSupport
import Foundation
import Testing

/// Inputs given oddly (session 56, imp lane; hostile 55): `-` is standard input (H55-8), binary
/// data piped in is refused from its first bytes (H55-6), and a file name's control characters
/// never reach the terminal or the report as themselves (H55-3).
@Suite(.scratchFolders) struct InputPathsTests {
  static let ledger = "Scenarios/data-room-ledger/ledger.csv"

  /// `analyze -` reads standard input as `analyze FILE` reads the file: the same figures.
  @Test func aLedgerFromStandardInputIsRead() throws {
    let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(Self.ledger))
    let piped = try CLI.runBinary(["analyze", "-", "--format", "json"], input: bytes)
    #expect(piped.status == 0, "\(piped.stderr)")
    let given = try CLI.runBinary(["analyze", Self.ledger, "--format", "json"])
    func arr(_ json: String) -> Substring? {
      json.firstRange(of: "\"arr\"").map { json[$0.lowerBound...].prefix(200) }
    }
    #expect(arr(piped.stdout) != nil && arr(piped.stdout) == arr(given.stdout))
  }

  /// `-` twice is refused (standard input can be read once); NUL bytes piped in are refused as
  /// binary, naming standard input and what was expected.
  @Test func standardInputTwiceOrBinaryIsRefused() throws {
    let twice = try CLI.runBinary(["analyze", "-", "-"], input: Data("a,b\n".utf8))
    #expect(twice.status == 64)
    #expect(twice.stderr.contains("- (standard input) is given twice"))
    // Fewer bytes than a pipe holds: refused after its first 4,096 bytes, the child exits while
    // this process may still be writing, and a write to a pipe no one reads kills the writer
    // (SIGPIPE: the whole test run died of it in a landing).
    let zeros = try CLI.runBinary(["validate", "-"], input: Data(count: 8_192))
    #expect(zeros.status == 65)
    #expect(
      zeros.stderr.contains(
        "standard input starts with NUL bytes (00 00): binary data, not text"))
  }

  /// A ledger whose file name holds a line break and a terminal escape: `validate` and the
  /// report write them escaped (`\n`, `\u{1B}`), never as themselves.
  @Test func aFileNamesControlCharactersAreEscaped() throws {
    let folder = URL(fileURLWithPath: scratchFolder("names"))
    let file = folder.appendingPathComponent("evil\nname\u{1B}[31m.csv")
    try Data(contentsOf: CLI.packageRoot.appendingPathComponent(Self.ledger)).write(to: file)
    let validated = try CLI.runBinary(["validate", file.path])
    #expect(validated.status == 0, "\(validated.stderr)")
    #expect(!validated.stdout.contains("\u{1B}") && !validated.stdout.contains("evil\nname"))
    #expect(validated.stdout.contains("evil\\nname\\u{1B}[31m.csv"))
    let report = try CLI.runBinary(["analyze", file.path])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(!report.stdout.contains("\u{1B}") && !report.stdout.contains("evil\nname"))
    #expect(report.stdout.contains("evil\\nname\\u{1B}[31m.csv`"))
  }
}
