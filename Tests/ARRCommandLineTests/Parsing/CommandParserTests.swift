import ARRQuality
import Testing

@testable import ARRCommandLine

/// A command declared only for these tests: one of each kind of declaration.
struct Probe: ParsableCommand {
  enum Color: String, ChoiceArgument { case red, green }

  static var configuration: CommandConfiguration {
    CommandConfiguration(name: "probe", abstract: "A probe.")
  }

  var input = ""
  var color = Color.red
  var count = 3
  var tags: [String] = []
  var note: String?
  var isLoud = false
  var output = OutputOptions<DocumentFormat>()

  static var declarations: [Declaration<Self>] {
    [
      .argument(\.input, "input", help: "The input."),
      .option(\.color, "color", valueName: "color", help: "A color."),
      .option(\.count, "count", valueName: "n", help: "How many.", in: 1...9),
      .option(\.tags, "tag", valueName: "tag", help: "A tag.", isRequired: true),
      .option(\.note, "note", valueName: "text", help: "A note."),
      .flag(\.isLoud, "loud", help: "Shout."),
    ] + Declaration.group(\.output)
  }

  func validate() throws(ValidationError) {
    if isLoud, note == nil { throw ValidationError("'--loud' needs '--note'") }
  }

  func run(_ console: Console) throws(ARRQualityError) {}
}

/// A command taking a folder then a list of files.
struct ListProbe: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(name: "list", abstract: "A list.")
  }
  var folder = ""
  var files: [String] = []
  static var declarations: [Declaration<Self>] {
    [.argument(\.folder, "dir", help: "A folder."), .arguments(\.files, "file", help: "Files.")]
  }
  func run(_ console: Console) throws(ARRQualityError) {}
}

@Suite struct CommandParserTests {
  func parse(_ arguments: [String]) throws(UsageError) -> Probe? {
    guard case .command(let probe) = try CommandParser.parse(arguments, as: Probe.self) else {
      return nil
    }
    return probe
  }

  func message(_ arguments: [String]) -> String? {
    do throws(UsageError) {
      _ = try parse(arguments)
      return nil
    } catch {
      return error.message
    }
  }

  @Test func typedValuesLandInTheirPropertiesAndDefaultsStay() throws {
    let p = try #require(try parse(["x", "--color", "green", "--tag=a", "--tag", "b"]))
    #expect(p.input == "x")
    #expect(p.color == .green)
    #expect(p.count == 3)
    #expect(p.tags == ["a", "b"])
    #expect(p.note == nil)
    #expect(!p.isLoud)
    #expect(p.output.format == .markdown)
    #expect(p.output.givenFormat == nil)
  }

  @Test func optionGroupsParseIntoTheGroup() throws {
    let p = try #require(
      try parse(["--format=json", "--output", "o.json", "x", "--tag", "a", "--count", "9"]))
    #expect(p.output.format == .json)
    #expect(p.output.outputPath == "o.json")
    #expect(p.count == 9)
  }

  @Test func doubleDashEndsOptionsAndDashIsAValue() throws {
    let p = try #require(try parse(["--tag", "-", "--", "--loud"]))
    #expect(p.input == "--loud")
    #expect(p.tags == ["-"])
    #expect(!p.isLoud)
  }

  @Test func helpWinsOverMissingArguments() throws {
    guard case .help = try CommandParser.parse(["-h"], as: Probe.self) else {
      Issue.record("expected help")
      return
    }
  }

  @Test(arguments: [
    (["x"], "Missing expected option '--tag <tag>'"),
    (["--tag", "a"], "Missing expected argument '<input>'"),
    (["x", "y", "--tag", "a"], "Unexpected argument 'y'"),
    (["x", "--tag", "a", "--colour", "red"], "Unknown option '--colour'"),
    (["x", "--tag", "a", "-c"], "Unknown option '-c'"),
    (["x", "--tag", "a", "--note"], "Missing value for '--note <text>'"),
    (["x", "--tag", "a", "--note", "--loud"], "Missing value for '--note <text>'"),
    (["x", "--tag", "a", "--loud=yes"], "The flag '--loud' does not take a value"),
    (["x", "--tag", "a", "--note", "1", "--note", "2"], "'--note' may only be given once"),
    (
      ["x", "--tag", "a", "--color", "blue"],
      "The value 'blue' is invalid for '--color <color>' (expected one of: red, green)"
    ),
    (
      ["x", "--tag", "a", "--count", "10"],
      "The value '10' is invalid for '--count <n>' (expected an integer from 1 to 9)"
    ),
    (["x", "--tag", "a", "--loud"], "'--loud' needs '--note'"),
  ])
  func usageErrorsSayWhatIsWrong(arguments: [String], expected: String) {
    #expect(message(arguments) == expected)
  }

  @Test func aListTakesTheRemainingArguments() throws {
    guard case .command(let p) = try CommandParser.parse(["d", "a", "b"], as: ListProbe.self)
    else {
      Issue.record("expected a command")
      return
    }
    #expect(p.folder == "d")
    #expect(p.files == ["a", "b"])
    #expect(HelpText.usage(ListProbe.self) == "arr-quality list <dir> <file> ...")
    #expect(throws: UsageError.self) { try CommandParser.parse(["d"], as: ListProbe.self) }
  }

  /// The help is generated from the declarations: every option, its value name, the choices
  /// and the default, and the required option without brackets.
  @Test func helpComesFromTheDeclarations() {
    let help = HelpText.help(Probe.self)
    #expect(
      help.contains(
        "USAGE: arr-quality probe <input> [--color <color>] [--count <n>] --tag <tag> ... "))
    #expect(help.contains("--color <color>         A color (one of: red, green; default: red)."))
    #expect(help.contains("--count <n>             How many (default: 3)."))
    #expect(help.contains("--tag <tag>             A tag. Repeat for more."))
    #expect(help.contains("(one of: markdown, json; default: markdown)"))
    #expect(help.hasSuffix("  -h, --help              Show help information.\n"))
  }

  @Test func longHelpWrapsAtOneHundredColumns() {
    let words = Array(repeating: "word", count: 60)
    let row = HelpText.row("--option <value>", words.joined(separator: " "))
    let lines = row.split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= HelpText.width })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 26)) })
  }
}
