/// A report format a command can write; its cases are the values `--format` accepts.
public protocol OutputFormat: ChoiceArgument, Sendable {
  /// The format when `--format` is not given.
  static var defaultFormat: Self { get }
  /// `--format`'s help, before the generated list of values and default.
  static var help: String { get }
}

/// `--format` and `--output`: what to write and where.
public struct OutputOptions<Format: OutputFormat>: OptionGroup {
  /// `nil` when `--format` is not given (a command may forbid it beside another option).
  public var givenFormat: Format?
  public var outputPath: String?

  public init() {}

  public var format: Format { givenFormat ?? .defaultFormat }

  /// Where to write: the file `--output` names, or `nil` for stdout (no `--output`, or `-`,
  /// which means stdout as it means stdin for `--scenario -`: trial 30, T30-12, `--output -`
  /// wrote a file named `-`).
  public var destination: String? { outputPath == "-" ? nil : outputPath }

  public static var declarations: [Declaration<Self>] {
    [
      .option(
        \.givenFormat, "format", valueName: "format", help: Format.help,
        defaultValue: Format.defaultFormat),
      .option(
        \.outputPath, "output", valueName: "path",
        help: "Write to this file instead of stdout ('-' is stdout).",
        expected: "a file path, or - for stdout", isValid: { !$0.isEmpty }),
    ]
  }
}

/// The formats of `analyze`.
public enum ReportFormat: String, OutputFormat {
  case markdown, json, csv
  public static var defaultFormat: Self { .markdown }
  public static var help: String { "Report format; csv is one row per account." }
}

/// The formats of the commands that write one document (`stress`, `retention`).
public enum DocumentFormat: String, OutputFormat {
  case markdown, json
  public static var defaultFormat: Self { .markdown }
  public static var help: String { "Report format." }
}
