/// A JSON syntax error with its 1-based line and column.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String
  public var description: String { "\(line):\(column): \(message)" }
}

extension JSONValue {
  /// Parses a JSON document (RFC 8259). Numbers are kept as their text (`.number`).
  /// - Parameter bytes: UTF-8 bytes, with or without a BOM.
  /// - Returns: The parsed value.
  /// - Throws: ``JSONSyntaxError`` naming the line and column of the first problem.
  /// - Complexity: O(n).
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var p = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
    p.skipSpace()
    let v = try p.value(depth: 0)
    p.skipSpace()
    if p.i < bytes.count { throw p.error("unexpected text after the JSON value") }
    return v
  }

  /// Parses a JSON document from a string.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}

private struct JSONParser {
  let bytes: [UInt8]
  var i = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  func error(_ message: String) -> JSONSyntaxError {
    var line = 1
    var col = 1
    for b in bytes[0..<min(i, bytes.count)] {
      if b == 0x0A {
        line += 1
        col = 1
      } else if b & 0xC0 != 0x80 {
        col += 1
      }
    }
    return JSONSyntaxError(line: line, column: col, message: message)
  }

  mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard depth < 200 else { throw error("nesting deeper than 200 levels") }
    guard i < bytes.count else { throw error("unexpected end of input (expected a value)") }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var pairs: [(String, JSONValue)] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(pairs)
      }
      while true {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
          throw error("expected a quoted key")
        }
        let key = try string()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
        i += 1
        skipSpace()
        let v = try value(depth: depth + 1)
        pairs.append((key, v))
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end of input (expected ',' or '}')") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "}") {
          i += 1
          return .object(pairs)
        }
        throw error("expected ',' or '}'")
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [JSONValue] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end of input (expected ',' or ']')") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "]") {
          i += 1
          return .array(items)
        }
        throw error("expected ',' or ']'")
      }
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try number()
    default:
      throw error("unexpected character (expected a value)")
    }
  }

  mutating func literal(_ word: String, _ v: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
      throw error("unexpected character (expected a value)")
    }
    i += w.count
    return v
  }

  mutating func number() throws(JSONSyntaxError) -> JSONValue {
    let start = i
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.i
      while p.i < p.bytes.count, (48...57).contains(p.bytes[p.i]) { p.i += 1 }
      return p.i - s
    }
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    let intStart = i
    guard digits(&self) > 0 else { throw error("invalid number") }
    if bytes[intStart] == UInt8(ascii: "0"), i - intStart > 1 {
      throw error("invalid number (leading zero)")
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&self) > 0 else { throw error("invalid number (digits expected after '.')") }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&self) > 0 else { throw error("invalid number (exponent digits expected)") }
    }
    return .number(String(decoding: bytes[start..<i], as: UTF8.self))
  }

  mutating func string() throws(JSONSyntaxError) -> String {
    i += 1
    var out = [UInt8]()
    while true {
      guard i < bytes.count else { throw error("unterminated string") }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        break
      }
      if b < 0x20 { throw error("control character in string") }
      if b == UInt8(ascii: "\\") {
        i += 1
        guard i < bytes.count else { throw error("unterminated string") }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800...0xDBFF).contains(code) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
              bytes[i + 1] == UInt8(ascii: "u")
            else { throw error("unpaired surrogate in \\u escape") }
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
              throw error("unpaired surrogate in \\u escape")
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw error("invalid escape in string")
        }
        continue
      }
      out.append(b)
      i += 1
    }
    guard let s = String(validating: out, as: UTF8.self) else {
      throw error("string is not valid UTF-8")
    }
    return s
  }

  mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt32
      switch b {
      case 48...57: d = UInt32(b - 48)
      case 65...70: d = UInt32(b - 55)
      case 97...102: d = UInt32(b - 87)
      default: throw error("invalid \\u escape")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }
}

extension JSONValue {
  /// Parses a JSON document keeping where every value and key starts (``JSONConfig``).
  /// - Throws: ``JSONSyntaxError`` naming the line and column of the first problem.
  /// - Complexity: O(n).
  static func parseNode(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONConfig.Node {
    var p = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
    p.skipSpace()
    let n = try p.node(depth: 0)
    p.skipSpace()
    if p.i < bytes.count { throw p.error("unexpected text after the JSON value") }
    return n
  }
}

extension JSONParser {
  /// A value with its position; objects and arrays keep their members' and items' positions.
  mutating func node(depth: Int) throws(JSONSyntaxError) -> JSONConfig.Node {
    guard depth < 200 else { throw error("nesting deeper than 200 levels") }
    guard i < bytes.count else { throw error("unexpected end of input (expected a value)") }
    let start = i
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var members: [JSONConfig.Member] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return JSONConfig.Node(value: .object([]), offset: start, members: [], items: [])
      }
      while true {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
          throw error("expected a quoted key")
        }
        let keyOffset = i
        let key = try string()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
        i += 1
        skipSpace()
        let n = try node(depth: depth + 1)
        members.append(JSONConfig.Member(key: key, keyOffset: keyOffset, node: n))
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end of input (expected ',' or '}')") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "}") {
          i += 1
          return JSONConfig.Node(
            value: .object(members.map { ($0.key, $0.node.value) }), offset: start,
            members: members, items: [])
        }
        throw error("expected ',' or '}'")
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [JSONConfig.Node] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return JSONConfig.Node(value: .array([]), offset: start, members: [], items: [])
      }
      while true {
        skipSpace()
        items.append(try node(depth: depth + 1))
        skipSpace()
        guard i < bytes.count else { throw error("unexpected end of input (expected ',' or ']')") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "]") {
          i += 1
          return JSONConfig.Node(
            value: .array(items.map(\.value)), offset: start, members: [], items: items)
        }
        throw error("expected ',' or ']'")
      }
    default:
      return JSONConfig.Node(value: try value(depth: depth), offset: start, members: [], items: [])
    }
  }
}
