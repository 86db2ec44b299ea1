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

  /// `file:line:column: message`, one line: control characters a file put in a quoted value
  /// (a line break, a NUL, a terminal escape) are shown escaped (``escapingControls(_:)``).
  public var description: String {
    var s = file
    if line > 0 { s += ":\(line)" }
    if let column { s += ":\(column)" }
    return Self.escapingControls(s + ": " + message)
  }

  /// `text` with each control character written as an escape: `\n`, `\r`, `\t`, and
  /// `\u{1B}` for the others (C0, DEL and C1). A value quoted in a message then shows what the
  /// file holds ("A5\u{0}0", not "A50", which looks like a valid id), stays on one line, and
  /// cannot drive the terminal it is printed to.
  public static func escapingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for u in text.unicodeScalars {
      guard isControl(u) else {
        out.unicodeScalars.append(u)
        continue
      }
      switch u {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default: out += escapedCode(u)
      }
    }
    return out
  }

  /// `u` written as its code, `\u{1B}`: how a message (and the Markdown report) writes a
  /// character that must not reach the terminal as itself.
  public static func escapedCode(_ u: Unicode.Scalar) -> String {
    "\\u{\(String(u.value, radix: 16, uppercase: true))}"
  }

  /// A C0 or C1 control character, or DEL.
  public static func isControl(_ u: Unicode.Scalar) -> Bool {
    u.value < 0x20 || (0x7F...0x9F).contains(u.value)
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
    var lines = [InputProblem.escapingControls(message)]
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
