/// Help and usage text, generated from the commands' declarations.
enum HelpText {
  /// Lines are wrapped to this many columns.
  static let width = 100
  /// Column where an option's description starts.
  static let descriptionColumn = 26
  static let toolName = "arr-quality"

  /// `arr-quality analyze <dir> [--format <format>] …`, wrapped with a two-space indent.
  static func usage<Command: ParsableCommand>(_ type: Command.Type) -> String {
    var parts = [toolName, Command.configuration.name]
    for d in Command.declarations {
      var part = d.spelling
      if d.isRepeatable { part += " ..." }
      parts.append(d.isRequired ? part : "[\(part)]")
    }
    return wrap(parts, width: width - "USAGE: ".count, indent: "  ")
  }

  /// The subcommand's full help: overview, discussion, usage, arguments, options.
  static func help<Command: ParsableCommand>(_ type: Command.Type) -> String {
    let configuration = Command.configuration
    var s = "OVERVIEW: \(configuration.abstract)\n\n"
    if !configuration.discussion.isEmpty {
      s += paragraph(configuration.discussion) + "\n\n"
    }
    s += "USAGE: \(usage(type))\n\n"
    let defaults = Command()
    let arguments = Command.declarations.filter { $0.kind == .argument }
    if !arguments.isEmpty {
      s += "ARGUMENTS:\n"
      for a in arguments { s += row(a.spelling, a.help) }
      s += "\n"
    }
    s += "OPTIONS:\n"
    for o in Command.declarations where o.kind != .argument {
      var text = o.help
      var notes: [String] = []
      if let choices = o.choices { notes.append("one of: " + choices.joined(separator: ", ")) }
      if let value = o.defaultText(defaults) { notes.append("default: \(value)") }
      if !notes.isEmpty {
        // "Number of accounts (default: 1000)." — the notes go inside the sentence.
        let hasPeriod = text.hasSuffix(".")
        if hasPeriod { text.removeLast() }
        text += " (" + notes.joined(separator: "; ") + ")" + (hasPeriod ? "." : "")
      }
      if o.isRepeatable { text += " Repeat for more." }
      s += row(o.short.map { "-\($0), " + o.spelling } ?? o.spelling, text)
    }
    s += row("-h, --help", "Show help information.")
    return s
  }

  /// The root help: what the tool does and every subcommand's abstract.
  static func rootHelp(_ commands: [any ParsableCommand.Type]) -> String {
    var s = """
      OVERVIEW: Tells the truth about a startup's ARR: the MRR bridge, the ARR ladder from headline
      to quality-adjusted, account risk classes, realistic retention and LTV, and stress scenarios.

      USAGE: \(toolName) <subcommand>

      OPTIONS:

      """
    s += row("--version", "Show the version.")
    s += row("-h, --help", "Show help information.")
    s += "\nSUBCOMMANDS:\n"
    for c in commands { s += row(c.configuration.name, c.configuration.abstract) }
    s += "\n  See '\(toolName) help <subcommand>' for detailed help.\n"
    return s
  }

  /// `  left      right`, the right side starting at ``descriptionColumn`` and wrapped there.
  static func row(_ left: String, _ right: String) -> String {
    let indent = String(repeating: " ", count: descriptionColumn)
    let body = wrap(
      right.split(separator: " ").map(String.init), width: width - descriptionColumn,
      indent: indent)
    let l = "  " + left
    if l.count >= descriptionColumn { return l + "\n" + indent + body + "\n" }
    return l + String(repeating: " ", count: descriptionColumn - l.count) + body + "\n"
  }

  /// A paragraph wrapped to ``width``.
  static func paragraph(_ text: String) -> String {
    wrap(text.split(separator: " ").map(String.init), width: width, indent: "")
  }

  /// `words` joined by spaces, broken before a word that would pass `width` columns (the first
  /// line) or `width` columns after `indent` (the others, which start with `indent`).
  static func wrap(_ words: [String], width: Int, indent: String) -> String {
    var lines: [String] = []
    var current = ""
    for word in words {
      if !current.isEmpty, current.count + 1 + word.count > width {
        lines.append(current)
        current = ""
      }
      current += current.isEmpty ? word : " " + word
    }
    lines.append(current)
    return lines.joined(separator: "\n" + indent)
  }
}
