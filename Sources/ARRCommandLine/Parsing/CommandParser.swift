/// What parsing a subcommand's arguments produced.
enum ParseOutcome<Command: ParsableCommand> {
  /// `-h` or `--help` was given: show the help, run nothing.
  case help
  /// Every value parsed and validated.
  case command(Command)
}

/// Parses a subcommand's arguments against its ``Declaration``s with swift-argument-parser's
/// conventions: `--name value`, `--name=value`, `-h`, `--` ending options, options and
/// arguments in any order.
enum CommandParser {
  /// - Throws: ``UsageError`` for an unknown option, a missing or extra value, a value the
  ///   option's type rejects, a required option or argument missing, or a broken
  ///   ``ParsableCommand/validate()`` rule.
  static func parse<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type)
    throws(UsageError) -> ParseOutcome<Command>
  {
    func fail(_ message: String) -> UsageError { UsageError(message: message, command: type) }
    let declarations = Command.declarations
    let options = declarations.filter { $0.kind != .argument }
    let positionalDeclarations = declarations.filter { $0.kind == .argument }
    var positionals: [String] = []
    var given: [String: [String]] = [:]
    var isHelp = false
    var i = 0
    var optionsEnded = false
    while i < arguments.count {
      let argument = arguments[i]
      i += 1
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument == "-h" || argument == "--help" {
        isHelp = true
        continue
      }
      var name: String
      var inline: String?
      if argument.hasPrefix("--") {
        let body = argument.dropFirst(2)
        if let eq = body.firstIndex(of: "=") {
          name = String(body[..<eq])
          inline = String(body[body.index(after: eq)...])
        } else {
          name = String(body)
        }
      } else {
        let body = argument.dropFirst()
        guard body.count == 1, let o = options.first(where: { $0.short == body.first }) else {
          throw fail("Unknown option '\(argument)'")
        }
        name = o.name
      }
      guard let option = options.first(where: { $0.name == name }) else {
        throw fail("Unknown option '--\(name)'")
      }
      if option.kind == .flag {
        if inline != nil { throw fail("The flag '--\(name)' does not take a value") }
        given[name, default: []].append("")
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else {
        // `-5` and `-` are values; `--x` is the next option.
        guard i < arguments.count, !(arguments[i].hasPrefix("--") && arguments[i].count > 2) else {
          throw fail("Missing value for '\(option.spelling)'")
        }
        value = arguments[i]
        i += 1
      }
      if !option.isRepeatable, given[name] != nil {
        throw fail("'--\(name)' may only be given once")
      }
      given[name, default: []].append(value)
    }
    if isHelp { return .help }
    // A list (`<file> ...`) may only come last and takes the remaining arguments.
    let list = positionalDeclarations.last.flatMap { $0.isRepeatable ? $0 : nil }
    let single = positionalDeclarations.count - (list == nil ? 0 : 1)
    if positionals.count < single {
      throw fail(
        "Missing expected argument '\(positionalDeclarations[positionals.count].spelling)'")
    }
    if let list, list.isRequired, positionals.count == single {
      throw fail("Missing expected argument '\(list.spelling) ...'")
    }
    if list == nil, positionals.count > single {
      throw fail("Unexpected argument '\(positionals[single])'")
    }
    var command = Command()
    do throws(ValidationError) {
      for (declaration, value) in zip(positionalDeclarations.prefix(single), positionals) {
        try declaration.apply(&command, [value])
      }
      if let list, positionals.count > single {
        try list.apply(&command, Array(positionals[single...]))
      }
      for option in options {
        if let values = given[option.name] {
          try option.apply(&command, values)
        } else if option.isRequired {
          throw ValidationError("Missing expected option '\(option.spelling)'")
        }
      }
      try command.validate()
    } catch {
      throw fail(error.message)
    }
    return .command(command)
  }
}
