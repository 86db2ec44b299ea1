import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `arr-quality` command line: the root command, which dispatches to a subcommand, prints
/// help and the version, and maps every error to an exit status.
public enum ARRQualityTool {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// Every subcommand, in the order the root help lists them. Adding a command is a new
  /// `ParsableCommand` type and one entry here.
  public static let subcommands: [any ParsableCommand.Type] = [
    AnalyzeCommand.self, ValidateCommand.self, ImportCommand.self, StressCommand.self,
    RetentionCommand.self,
    GenerateCommand.self,
  ]

  /// Runs the process's arguments and exits with the resulting status.
  public static func main() -> Never {
    // A SIGINT, SIGTERM or SIGHUP during a write removes its temporaries, then ends the process
    // as the signal would (docs/output.md). Only the process's entry point installs it: a
    // library never changes signal handling behind its host's back.
    SignalCleanup.install()
    // One malloc arena: less memory left resident between the stages (MallocArenas).
    MallocArenas.useOne()
    var console = Console.standard
    console.isProcessEnding = true
    let status = run(Array(CommandLine.arguments.dropFirst()), console: console)
    exit(status.rawValue)
  }

  /// Runs `arguments` (without the program name) and returns the exit status; everything the
  /// command prints goes to `console`.
  public static func run(_ arguments: [String], console: Console) -> ExitStatus {
    guard let first = arguments.first else {
      console.writeOut(HelpText.rootHelp(subcommands))
      return .success
    }
    switch first {
    case "--version":
      console.writeOut(version + "\n")
      return .success
    case "-h", "--help":
      console.writeOut(HelpText.rootHelp(subcommands))
      return .success
    case "help":
      return help(Array(arguments.dropFirst()), console: console)
    default:
      break
    }
    if first.hasPrefix("-") {
      return report(UsageError(message: "Unknown option '\(first)'", command: nil), console)
    }
    guard let command = subcommand(named: first) else {
      return report(UsageError(message: "Unknown subcommand '\(first)'", command: nil), console)
    }
    return run(command, Array(arguments.dropFirst()), console: console)
  }

  /// The subcommand called `name`.
  static func subcommand(named name: String) -> (any ParsableCommand.Type)? {
    subcommands.first { $0.configuration.name == name }
  }

  /// `help`, `help <subcommand>`; `help help` is the root help.
  static func help(_ arguments: [String], console: Console) -> ExitStatus {
    guard let name = arguments.first, name != "help" else {
      console.writeOut(HelpText.rootHelp(subcommands))
      return .success
    }
    guard let command = subcommand(named: name) else {
      return report(UsageError(message: "Unknown subcommand '\(name)'", command: nil), console)
    }
    if arguments.count > 1 {
      return report(
        UsageError(message: "Unexpected argument '\(arguments[1])'", command: nil), console)
    }
    console.writeOut(HelpText.help(command))
    return .success
  }

  /// Parses, validates and runs one subcommand.
  static func run<Command: ParsableCommand>(
    _ type: Command.Type, _ arguments: [String], console: Console
  ) -> ExitStatus {
    let command: Command
    do {
      switch try CommandParser.parse(arguments, as: type) {
      case .help:
        console.writeOut(HelpText.help(type))
        return .success
      case .command(let c): command = c
      }
    } catch {
      return report(error, console)
    }
    do {
      try command.run(console)
      return .success
    } catch {
      console.endProgress()
      // A value the library cannot use is the user's to fix: show how to call the command.
      if error.kind == .invalidArgument {
        return report(UsageError(message: error.description, command: type), console)
      }
      console.writeError("Error: \(error.description)\n")
      return ExitStatus(error.kind)
    }
  }

  /// Prints a usage error the way swift-argument-parser does.
  static func report(_ error: UsageError, _ console: Console) -> ExitStatus {
    if let command = error.command {
      console.writeError(
        "Error: \(error.message)\nUsage: \(HelpText.usage(command))\n"
          + "  See '\(HelpText.toolName) \(command.configuration.name) --help' for more information.\n"
      )
    } else {
      console.writeError(
        "Error: \(error.message)\nUsage: \(HelpText.toolName) <subcommand>\n"
          + "  See '\(HelpText.toolName) --help' for more information.\n")
    }
    return .usage
  }
}

extension Console {
  /// Writes help or the version to standard output (a failure there is not worth an error).
  func writeOut(_ text: String) {
    _ = standardOutput.write(chunks: [Array(text.utf8)])
  }
}
