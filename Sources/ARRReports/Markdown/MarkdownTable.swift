/// A Markdown pipe table that is always rectangular: every row has as many cells as the header.
public struct MarkdownTable: Sendable {
  public var header: [String]
  /// `true` per column to right-align (numbers).
  public var isRightAligned: [Bool]
  public private(set) var rows: [[String]] = []

  /// Creates an empty table.
  /// - Parameters:
  ///   - header: Column titles.
  ///   - rightAligned: Which columns hold numbers (right-aligned); default: all but the first.
  public init(_ header: [String], rightAligned: [Bool]? = nil) {
    self.header = header
    self.isRightAligned = rightAligned ?? header.indices.map { $0 > 0 }
  }

  /// Appends a row, padding or truncating it to the header's width.
  public mutating func append(_ row: [String]) {
    var r = Array(row.prefix(header.count))
    while r.count < header.count { r.append("") }
    rows.append(r)
  }

  /// The table as Markdown, ending with a newline.
  public var markdown: String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map(MarkdownTable.escape).joined(separator: " | ") + " |\n"
    }
    var out = line(header)
    out += "|" + isRightAligned.map { $0 ? "---:|" : "---|" }.joined() + "\n"
    for r in rows { out += line(r) }
    return out
  }

  /// Escapes the pipe and line breaks so a cell cannot break the table. A character already
  /// backslash-escaped (data text through ``MarkdownText/escaped(_:)``: `\|`, `\<`, `\\`) is
  /// kept as it is, so it is never escaped twice.
  static func escape(_ s: String) -> String {
    var out = ""
    var isEscaped = false
    for c in s {
      if isEscaped {
        out.append(c == "\n" || c == "\r" || c == "\r\n" ? " " : c)
        isEscaped = false
        continue
      }
      switch c {
      case "\\":
        out.append(c)
        isEscaped = true
      case "|": out += "\\|"
      // An account's name is data: `<img src=x onerror=…>` must not become HTML where the
      // report is rendered. A backslash-escaped `<` shows as itself (CommonMark).
      case "<": out += "\\<"
      case "\n", "\r", "\r\n": out += " "
      default: out.append(c)
      }
    }
    return out
  }
}
