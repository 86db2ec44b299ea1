import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The version `--version` prints.
let version = "0.1.0"

let rootHelp = """
  OVERVIEW: Tells the truth about a startup's ARR: the MRR bridge, the ARR ladder from headline
  to quality-adjusted, account risk classes, realistic retention and LTV, and stress scenarios.

  USAGE: arr-quality <subcommand>

  OPTIONS:
    --version               Show the version.
    -h, --help              Show help information.

  SUBCOMMANDS:
    analyze                 Analyze a company folder and write the report.
    validate                Check a company folder's input files and summarise them.
    stress                  Run stress scenarios beside the base case.
    retention               Fit the sBG retention model to a survival series or cohort triangle.
    generate                Generate a realistic sample company (deterministic, seeded).

    See 'arr-quality help <subcommand>' for detailed help.

  """

func writeStdout(_ text: String) {
  var t = text
  _ = t.withUTF8 { OutputFile.writeFully(1, UnsafeRawBufferPointer($0)) }
}

/// Writes a command's result to stdout; a failed write (a full disk, a closed pipe) is an
/// output error (74), never a silent success.
func writeResult(_ text: String) throws(ARRQualityError) {
  try writeResult(Array(text.utf8))
}

func writeResult(_ bytes: [UInt8]) throws(ARRQualityError) {
  try writeResult(chunks: [bytes])
}

/// ``writeResult(_:)`` for a result in pieces (a large report), written without joining them.
func writeResult(chunks: [[UInt8]]) throws(ARRQualityError) {
  if let failure = OutputFile.writeFully(1, chunks: chunks) {
    throw ARRQualityError(
      kind: .outputFailed, message: "standard output: write failed (\(describeErrno(failure)))")
  }
}

func writeStderr(_ text: String) {
  var t = text
  t.withUTF8 { buf in _ = write(2, buf.baseAddress!, buf.count) }
}

/// Prints a usage error the way swift-argument-parser does and returns status 64.
func report(_ error: UsageError) -> Int32 {
  writeStderr("Error: \(error.message)\nUsage: \(error.command.usage)\n")
  writeStderr("  See 'arr-quality \(error.command.name) --help' for more information.\n")
  return ExitStatus.usage.rawValue
}

func report(_ error: ARRQualityError) -> Int32 {
  writeStderr("Error: \(error.description)\n")
  return ExitStatus(error.kind).rawValue
}

/// True when stderr is a terminal: long work then shows progress there.
let showsProgress = isatty(2) == 1

func progress(_ text: String) {
  if showsProgress { writeStderr("\u{1B}[2K\r\(text)") }
}

func endProgress() {
  if showsProgress { writeStderr("\u{1B}[2K\r") }
}

func run(_ argv: [String]) -> Int32 {
  var args = argv
  guard let first = args.first else {
    writeStdout(rootHelp)
    return 0
  }
  if first == "--version" {
    writeStdout(version + "\n")
    return 0
  }
  if first == "-h" || first == "--help" {
    writeStdout(rootHelp)
    return 0
  }
  if first == "help" {
    guard args.count > 1 else {
      writeStdout(rootHelp)
      return 0
    }
    guard let command = commands.first(where: { $0.spec.name == args[1] }) else {
      writeStderr("Error: Unknown subcommand '\(args[1])'\n\(rootHelp)")
      return ExitStatus.usage.rawValue
    }
    writeStdout(command.spec.help)
    return 0
  }
  guard let command = commands.first(where: { $0.spec.name == first }) else {
    writeStderr("Error: Unknown subcommand '\(first)'\nUsage: arr-quality <subcommand>\n")
    writeStderr("  See 'arr-quality --help' for more information.\n")
    return ExitStatus.usage.rawValue
  }
  args.removeFirst()
  do {
    let parsed = try parse(args, spec: command.spec)
    if parsed.has("help") {
      writeStdout(command.spec.help)
      return 0
    }
    return try command.run(parsed)
  } catch let error as UsageError {
    return report(error)
  } catch let error as ARRQualityError {
    endProgress()
    return report(error)
  } catch {
    writeStderr("Error: \(error)\n")
    return ExitStatus.software.rawValue
  }
}

// A SIGINT, SIGTERM or SIGHUP during a write removes its temporaries, then ends the process as
// the signal would (docs/output.md).
SignalCleanup.install()
exit(run(Array(CommandLine.arguments.dropFirst())))

/// Exit statuses from sysexits(3), which the CLI uses for every failure.
enum ExitStatus: Int32 {
  case success = 0
  case usage = 64
  case dataError = 65
  case noInput = 66
  case software = 70
  case cantCreate = 73
  case ioError = 74

  /// The status for a library error of `kind`.
  init(_ kind: ARRQualityError.Kind) {
    switch kind {
    case .invalidArgument: self = .usage
    case .invalidData: self = .dataError
    case .missingInput: self = .noInput
    case .cannotCreateOutput: self = .cantCreate
    case .outputFailed: self = .ioError
    case .internalFailure: self = .software
    }
  }
}
