import ARRQuality

/// A usage error: printed as `Error:` / `Usage:` / `See '… --help'`, exit 64.
struct UsageError: Error, Sendable {
  var message: String
  var command: CommandSpec
}

/// One option a command accepts.
struct OptionSpec: Sendable {
  var name: String
  var short: Character?
  var valueName: String?
  var help: String
  var isRepeatable = false
  /// Shown without brackets in the usage line; the command checks it is given.
  var isRequired = false
  var isFlag: Bool { valueName == nil }
}

/// What a subcommand accepts, for parsing and for its help text.
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  var arguments: [(name: String, help: String)]
  var options: [OptionSpec]
  var discussion: String = ""

  var usage: String {
    var parts = ["arr-quality", name]
    parts += arguments.map { "<\($0.name)>" }
    for o in options where o.name != "help" {
      var part = o.isFlag ? "--\(o.name)" : "--\(o.name) <\(o.valueName!)>"
      if o.isRepeatable { part += " ..." }
      parts.append(o.isRequired ? part : "[\(part)]")
    }
    return wrap(parts.joined(separator: " "), indent: 2)
  }

  var help: String {
    var s = "OVERVIEW: \(abstract)\n\n"
    if !discussion.isEmpty { s += discussion + "\n\n" }
    s += "USAGE: \(usage)\n\n"
    if !arguments.isEmpty {
      s += "ARGUMENTS:\n"
      for a in arguments { s += row("<\(a.name)>", a.help) }
      s += "\n"
    }
    s += "OPTIONS:\n"
    for o in options {
      var left = o.short.map { "-\($0), " } ?? ""
      left += "--\(o.name)"
      if let v = o.valueName { left += " <\(v)>" }
      s += row(left, o.help)
    }
    return s
  }
}

func row(_ left: String, _ right: String) -> String {
  let pad = 26
  let l = "  " + left
  if l.count >= pad { return l + "\n" + String(repeating: " ", count: pad) + right + "\n" }
  return l + String(repeating: " ", count: pad - l.count) + right + "\n"
}

func wrap(_ text: String, indent: Int) -> String {
  var lines: [String] = []
  var current = ""
  for word in text.split(separator: " ") {
    if current.count + word.count + 1 > 92, !current.isEmpty {
      lines.append(current)
      current = String(repeating: " ", count: indent) + word
    } else {
      current += current.isEmpty ? String(word) : " " + word
    }
  }
  lines.append(current)
  return lines.joined(separator: "\n")
}

/// Parsed arguments of one subcommand.
struct ParsedArguments {
  var positionals: [String] = []
  var values: [String: [String]] = [:]
  var flags: Set<String> = []

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func has(_ name: String) -> Bool { flags.contains(name) }
}

/// Parses `args` against `spec` with swift-argument-parser's conventions: `--name value`,
/// `--name=value`, `-h`, and `--` ending options.
func parse(_ args: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
  var result = ParsedArguments()
  var i = 0
  var optionsEnded = false
  while i < args.count {
    let arg = args[i]
    i += 1
    if optionsEnded || !arg.hasPrefix("-") || arg == "-" {
      result.positionals.append(arg)
      continue
    }
    if arg == "--" {
      optionsEnded = true
      continue
    }
    var name: String
    var inline: String?
    if arg.hasPrefix("--") {
      let body = arg.dropFirst(2)
      if let eq = body.firstIndex(of: "=") {
        name = String(body[..<eq])
        inline = String(body[body.index(after: eq)...])
      } else {
        name = String(body)
      }
    } else {
      let body = arg.dropFirst()
      guard body.count == 1, let o = spec.options.first(where: { $0.short == body.first }) else {
        throw UsageError(message: "Unknown option '\(arg)'", command: spec)
      }
      name = o.name
    }
    guard let option = spec.options.first(where: { $0.name == name }) else {
      throw UsageError(message: "Unknown option '--\(name)'", command: spec)
    }
    if option.isFlag {
      if inline != nil {
        throw UsageError(message: "The flag '--\(name)' does not take a value", command: spec)
      }
      result.flags.insert(name)
      continue
    }
    let value: String
    if let inline {
      value = inline
    } else {
      guard i < args.count, !(args[i].hasPrefix("--") && args[i].count > 2) else {
        throw UsageError(
          message: "Missing value for '--\(name) <\(option.valueName!)>'", command: spec)
      }
      value = args[i]
      i += 1
    }
    if !option.isRepeatable, result.values[name] != nil {
      throw UsageError(message: "'--\(name)' may only be given once", command: spec)
    }
    result.values[name, default: []].append(value)
  }
  if result.flags.contains("help") { return result }
  let expected = spec.arguments.count
  if result.positionals.count < expected {
    throw UsageError(
      message: "Missing expected argument '<\(spec.arguments[result.positionals.count].name)>'",
      command: spec)
  }
  if result.positionals.count > expected {
    throw UsageError(
      message: "Unexpected argument '\(result.positionals[expected])'", command: spec)
  }
  return result
}

let helpOption = OptionSpec(
  name: "help", short: "h", valueName: nil, help: "Show help information.")

/// `--as-of` of the commands that read a company folder.
let asOfOption = OptionSpec(
  name: "as-of", valueName: "YYYY-MM",
  help: "Month to measure at (default: company.json as_of, else the last month).")

/// `--weights` of the commands that score accounts.
let weightsOption = OptionSpec(
  name: "weights", valueName: "file",
  help: "JSON file overriding the scoring weights and thresholds.")
