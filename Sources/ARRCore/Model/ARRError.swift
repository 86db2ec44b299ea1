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

/// Exit statuses from sysexits(3), which the CLI uses for every failure.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cantCreate = 73
  case ioError = 74
  case software = 70
}

/// The library's public error: a status for the CLI, a message fit for users, and, for data
/// errors, every problem found.
public struct ARRQualityError: Error, Sendable, Equatable, CustomStringConvertible {
  public var status: ExitStatus
  public var message: String
  public var problems: [InputProblem]
  /// Total problems found; `problems` may hold only the first ``problemDisplayLimit``.
  public var problemCount: Int

  public static let problemDisplayLimit = 50

  public init(
    status: ExitStatus, message: String, problems: [InputProblem] = [], problemCount: Int? = nil
  ) {
    self.status = status
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

  public static func usage(_ message: String) -> ARRQualityError {
    ARRQualityError(status: .usage, message: message)
  }
  public static func data(_ message: String, problems: [InputProblem] = []) -> ARRQualityError {
    ARRQualityError(status: .dataError, message: message, problems: problems)
  }
}
