/// One argument or option of a command: its name, its help, and how a given value lands in the
/// command's typed property (through a key path). The parser and the help text both read these,
/// so what is accepted and what is documented cannot drift apart.
///
/// Declare them in a command's `declarations`, in help order:
/// ```swift
/// static var declarations: [Declaration<Self>] {
///   [.argument(\.directory, "dir", help: "Folder with accounts.csv …")]
///     + .group(\.output)
///     + [.flag(\.isForced, "force", help: "Overwrite …")]
/// }
/// ```
public struct Declaration<Command> {
  let kind: DeclarationKind
  /// `dir` for an argument, `format` for `--format`.
  let name: String
  let short: Character?
  /// What the value is called in the usage line: `--format <format>`.
  let valueName: String
  let help: String
  let isRepeatable: Bool
  let isRequired: Bool
  /// The allowed values, when the value type is a ``ChoiceArgument``.
  let choices: [String]?
  /// The default shown in the help, read from the command's `init()`.
  let defaultText: (Command) -> String?
  /// Parses the values given (every occurrence, in order) into the command.
  let apply: (inout Command, [String]) throws(ValidationError) -> Void

  /// `--name` or `<name>`, as errors and the usage line write it.
  var spelling: String {
    switch kind {
    case .argument: "<\(name)>"
    case .option: "--\(name) <\(valueName)>"
    case .flag: "--\(name)"
    }
  }

  /// The same declaration for a command that holds `Command` at `path` (an option group).
  func lifted<Outer>(_ path: WritableKeyPath<Outer, Command>) -> Declaration<Outer> {
    let defaultText = self.defaultText
    let apply = self.apply
    return Declaration<Outer>(
      kind: kind, name: name, short: short, valueName: valueName, help: help,
      isRepeatable: isRepeatable, isRequired: isRequired, choices: choices,
      defaultText: { defaultText($0[keyPath: path]) },
      apply: { (outer: inout Outer, values: [String]) throws(ValidationError) in
        try apply(&outer[keyPath: path], values)
      })
  }
}

extension Declaration {
  /// A positional argument (always required).
  public static func argument(
    _ path: WritableKeyPath<Command, String>, _ name: String, help: String
  ) -> Self {
    Self(
      kind: .argument, name: name, short: nil, valueName: name, help: help, isRepeatable: false,
      isRequired: true, choices: nil, defaultText: { _ in nil },
      apply: { command, values in command[keyPath: path] = values[0] })
  }

  /// A list of positional arguments (`<file> ...`); it must be the last argument declared.
  /// - Parameter isRequired: at least one must be given.
  public static func arguments(
    _ path: WritableKeyPath<Command, [String]>, _ name: String, help: String,
    isRequired: Bool = true
  ) -> Self {
    Self(
      kind: .argument, name: name, short: nil, valueName: name, help: help, isRepeatable: true,
      isRequired: isRequired, choices: nil, defaultText: { _ in nil },
      apply: { command, values in command[keyPath: path] = values })
  }

  /// A flag: `true` when given.
  public static func flag(
    _ path: WritableKeyPath<Command, Bool>, _ name: String, short: Character? = nil, help: String
  ) -> Self {
    Self(
      kind: .flag, name: name, short: short, valueName: "", help: help, isRepeatable: false,
      isRequired: false, choices: nil, defaultText: { _ in nil },
      apply: { command, _ in command[keyPath: path] = true })
  }

  /// An option the property holds as `nil` unless given (so a command can tell "not given"
  /// from the default).
  /// - Parameters:
  ///   - defaultValue: what `nil` means, for the help; `nil` when it needs words (say them in
  ///     `help`).
  ///   - isValid: a further rule on the parsed value (a range), described by `expected`.
  public static func option<Value: ExpressibleByArgument>(
    _ path: WritableKeyPath<Command, Value?>, _ name: String, valueName: String, help: String,
    defaultValue: Value? = nil, expected: String = Value.expectedValue,
    isValid: @escaping (Value) -> Bool = { _ in true }
  ) -> Self {
    let spelling = "--\(name) <\(valueName)>"
    return Self(
      kind: .option, name: name, short: nil, valueName: valueName, help: help,
      isRepeatable: false, isRequired: false, choices: choiceList(of: Value.self),
      defaultText: { _ in defaultValue?.defaultValueDescription },
      apply: { command, values throws(ValidationError) in
        command[keyPath: path] = try parse(
          values[0], as: Value.self, for: spelling, expected: expected, isValid: isValid)
      })
  }

  /// An option whose default is the property's initial value, which the help shows.
  public static func option<Value: ExpressibleByArgument>(
    _ path: WritableKeyPath<Command, Value>, _ name: String, valueName: String, help: String,
    expected: String = Value.expectedValue, isValid: @escaping (Value) -> Bool = { _ in true }
  ) -> Self {
    let spelling = "--\(name) <\(valueName)>"
    return Self(
      kind: .option, name: name, short: nil, valueName: valueName, help: help,
      isRepeatable: false, isRequired: false, choices: choiceList(of: Value.self),
      defaultText: { $0[keyPath: path].defaultValueDescription },
      apply: { command, values throws(ValidationError) in
        command[keyPath: path] = try parse(
          values[0], as: Value.self, for: spelling, expected: expected, isValid: isValid)
      })
  }

  /// An integer or decimal option limited to `range`, the error and help saying so.
  public static func option<Value: ExpressibleByArgument & Comparable>(
    _ path: WritableKeyPath<Command, Value>, _ name: String, valueName: String, help: String,
    in range: ClosedRange<Value>
  ) -> Self {
    option(
      path, name, valueName: valueName, help: help,
      expected: "\(Value.expectedValue) from \(range.lowerBound) to \(range.upperBound)",
      isValid: { range.contains($0) })
  }

  /// An option that may be given many times; every value, in order.
  public static func option<Value: ExpressibleByArgument>(
    _ path: WritableKeyPath<Command, [Value]>, _ name: String, valueName: String, help: String,
    isRequired: Bool = false
  ) -> Self {
    let spelling = "--\(name) <\(valueName)>"
    return Self(
      kind: .option, name: name, short: nil, valueName: valueName, help: help,
      isRepeatable: true, isRequired: isRequired, choices: choiceList(of: Value.self),
      defaultText: { _ in nil },
      apply: { command, values throws(ValidationError) in
        var parsed: [Value] = []
        for text in values {
          parsed.append(
            try parse(
              text, as: Value.self, for: spelling, expected: Value.expectedValue,
              isValid: { _ in true }))
        }
        command[keyPath: path] = parsed
      })
  }

  /// Every option of the group stored at `path`.
  public static func group<Group: OptionGroup>(_ path: WritableKeyPath<Command, Group>) -> [Self] {
    Group.declarations.map { $0.lifted(path) }
  }
}

/// What a ``Declaration`` declares.
enum DeclarationKind { case argument, option, flag }

/// Options several commands share, declared once (swift-argument-parser's `@OptionGroup`).
public protocol OptionGroup: Sendable {
  static var declarations: [Declaration<Self>] { get }
}

private func parse<Value: ExpressibleByArgument>(
  _ text: String, as type: Value.Type, for spelling: String, expected: String,
  isValid: (Value) -> Bool
) throws(ValidationError) -> Value {
  guard let value = Value(argument: text), isValid(value) else {
    throw ValidationError("The value '\(text)' is invalid for '\(spelling)' (expected \(expected))")
  }
  return value
}

/// The values of a ``ChoiceArgument`` type, for the help; `nil` for other types.
private func choiceList<Value>(of type: Value.Type) -> [String]? {
  guard let choice = type as? any ChoiceArgument.Type else { return nil }
  return choice.allValueStrings
}
