/// One problem found in the input, located as precisely as the reader can.
///
/// Renders as `file:line:column: message`, e.g.
/// `monthly.csv:812:3: mrr "twenty" is not an amount (expected e.g. 1234.50)`.
public struct InputProblem: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  /// 1-based physical line where the record starts; 0 when the problem is about the whole file.
  public var line: Int
  /// 1-based column (field) number, when the problem is about one field.
  public var column: Int?
  public var message: String

  public init(file: String, line: Int, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var s = file
    if line > 0 { s += ":\(line)" }
    if let column { s += ":\(column)" }
    return s + ": " + message
  }
}

/// The library's public error: what kind of failure it is, a message fit for users, and, for
/// data errors, every problem found.
///
/// The library never knows exit codes: the command line maps each ``Kind`` to a sysexits(3)
/// status (`ARRCommandLine`).
public struct ARRQualityError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in the caller's terms.
  public enum Kind: Sendable, Equatable {
    /// An argument or option value the library cannot use (a month outside the data, a bad
    /// choice).
    case invalidArgument
    /// The input was read but breaks the data contract.
    case invalidData
    /// An input file or folder is missing or unreadable.
    case missingInput
    /// An output file or folder cannot be created.
    case cannotCreateOutput
    /// Writing, renaming or flushing an output failed.
    case outputFailed
    /// A broken internal invariant (a bug, not the user's doing).
    case internalFailure
  }

  public var kind: Kind
  public var message: String
  public var problems: [InputProblem]
  /// Total problems found; `problems` may hold only the first ``problemDisplayLimit``.
  public var problemCount: Int

  public static let problemDisplayLimit = 50

  public init(
    kind: Kind, message: String, problems: [InputProblem] = [], problemCount: Int? = nil
  ) {
    self.kind = kind
    self.message = message
    self.problems = problems
    self.problemCount = problemCount ?? problems.count
  }

  /// The message, then the problems (first 50), then how many more there were.
  public var description: String {
    var lines = [message]
    lines += problems.prefix(Self.problemDisplayLimit).map(\.description)
    let hidden = problemCount - min(problems.count, Self.problemDisplayLimit)
    if hidden > 0 { lines.append("… and \(hidden) more problem\(hidden == 1 ? "" : "s")") }
    return lines.joined(separator: "\n")
  }

  /// An argument the library cannot use.
  public static func invalidArgument(_ message: String) -> ARRQualityError {
    ARRQualityError(kind: .invalidArgument, message: message)
  }
  /// Input that breaks the data contract.
  public static func data(_ message: String, problems: [InputProblem] = []) -> ARRQualityError {
    ARRQualityError(kind: .invalidData, message: message, problems: problems)
  }
}
