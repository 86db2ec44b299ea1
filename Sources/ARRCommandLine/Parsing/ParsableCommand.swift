import ARRQuality

/// A subcommand of `arr-quality`, declared the way swift-argument-parser declares one: a value
/// type whose stored properties are its typed options, a list of declarations that both the
/// parser and the help text read, one `validate()` for rules that span options, and `run`.
///
/// The parser starts from `init()` (so a property's initial value is its default, and the help
/// shows it), writes each given value through the declaration's key path, then calls
/// ``validate()`` and ``run(_:)``.
public protocol ParsableCommand: Sendable {
  /// The subcommand's name, summary and discussion.
  static var configuration: CommandConfiguration { get }
  /// Its arguments and options, in the order the help lists them (`--help` is added).
  static var declarations: [Declaration<Self>] { get }
  /// The command with every option at its default.
  init()
  /// Checks rules that involve more than one option (two that exclude each other, one that
  /// needs another). Runs after every value has been parsed, before ``run(_:)``.
  /// - Throws: ``ValidationError``, printed as a usage error (exit 64).
  func validate() throws(ValidationError)
  /// Does the work, writing results and progress through `console`.
  /// - Throws: `ARRQualityError`, mapped to an exit status by ``ExitStatus``.
  func run(_ console: Console) throws(ARRQualityError)
}

extension ParsableCommand {
  public func validate() throws(ValidationError) {}
}

/// What the help and the root command's list say about a subcommand.
public struct CommandConfiguration: Sendable {
  /// The word typed after `arr-quality`.
  public var name: String
  /// One line, shown in the root help and as the subcommand's overview.
  public var abstract: String
  /// Paragraph shown under the overview in the subcommand's help.
  public var discussion: String

  public init(name: String, abstract: String, discussion: String = "") {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
  }
}

/// A rule about the options as a whole that the given values break (printed as a usage error).
public struct ValidationError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// A usage error of one subcommand: printed as `Error:` / `Usage:` / `See '… --help'`, exit 64.
struct UsageError: Error {
  var message: String
  /// The subcommand whose usage line to show; `nil` for the root command.
  var command: (any ParsableCommand.Type)?
}
