extension MarkdownReport {
  /// `document` with every `<` that could open raw HTML written as `\<`, which CommonMark
  /// shows as `<`.
  ///
  /// The report writes no HTML of its own, but its prose and tables carry the input's text
  /// (company, account and segment names, column and file names): an account named
  /// `<img src=x onerror=…>` must not become markup wherever report.md is rendered. Left as they
  /// are: a `<` already escaped (an odd number of backslashes before it, as table cells write
  /// it), and any `<` inside a code span or a fenced block, where Markdown shows it literally.
  /// - Parameter document: Markdown text.
  /// - Returns: The text with those `<` escaped; the same text when it has none.
  /// - Complexity: O(characters).
  static func escapingRawHTML(_ document: String) -> String {
    guard document.utf8.contains(UInt8(ascii: "<")) else { return document }
    var out: [UInt8] = []
    out.reserveCapacity(document.utf8.count + 64)
    var isInFence = false
    let lines = document.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
    for (n, line) in lines.enumerated() {
      if n > 0 { out.append(0x0A) }
      let text = Array(line)
      if text.drop(while: { $0 == 0x20 }).starts(with: "```".utf8) {
        isInFence.toggle()
        out += text
        continue
      }
      if isInFence {
        out += text
        continue
      }
      out += escapingLine(text)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// One line outside fenced blocks: `<` escaped outside code spans (a backtick run closed by
  /// a run of the same length later on the line; an unclosed run is literal text).
  private static func escapingLine(_ line: [UInt8]) -> [UInt8] {
    let tick = UInt8(ascii: "`")
    let backslash = UInt8(ascii: "\\")
    var out: [UInt8] = []
    out.reserveCapacity(line.count + 8)
    var i = 0
    while i < line.count {
      if line[i] == tick {
        var run = i
        while run < line.count && line[run] == tick { run += 1 }
        let length = run - i
        if let close = closingRun(of: length, in: line, from: run) {
          out += line[i..<(close + length)]
          i = close + length
          continue
        }
        out += line[i..<run]
        i = run
        continue
      }
      if line[i] == UInt8(ascii: "<") {
        var slashes = 0
        var k = i - 1
        while k >= 0 && line[k] == backslash {
          slashes += 1
          k -= 1
        }
        if slashes % 2 == 0 { out.append(backslash) }
      }
      out.append(line[i])
      i += 1
    }
    return out
  }

  /// Where a run of exactly `length` backticks starts at or after `start`, or `nil`.
  private static func closingRun(of length: Int, in line: [UInt8], from start: Int) -> Int? {
    let tick = UInt8(ascii: "`")
    var i = start
    while i < line.count {
      guard line[i] == tick else {
        i += 1
        continue
      }
      var run = i
      while run < line.count && line[run] == tick { run += 1 }
      if run - i == length { return i }
      i = run
    }
    return nil
  }
}
