/// A JSON document with object keys kept in order, so output is byte-for-byte stable.
///
/// Written by hand rather than with `JSONEncoder` because the product needs a fixed key order,
/// money printed with exactly two decimals, and parse errors that name a line and column.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  /// Money in cents, written as currency units with two decimals (`1234.50`).
  case money(Int64)
  /// A number as it appeared in parsed text (kept verbatim so money parses exactly).
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.int(x), .int(y)): return x == y
    case let (.double(x), .double(y)): return x == y
    case let (.money(x), .money(y)): return x == y
    case let (.number(x), .number(y)): return x == y
    case let (.string(x), .string(y)): return x == y
    case let (.array(x), .array(y)): return x == y
    case let (.object(x), .object(y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// The value for `key` in an object (the first, if repeated); `nil` otherwise.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first(where: { $0.0 == key })?.1
  }

  /// The numeric value of `.int`, `.double`, `.number` or `.money` (in units), else `nil`.
  public var doubleValue: Double? {
    switch self {
    case .int(let v): return Double(v)
    case .double(let v): return v
    case .money(let c): return Double(c) / 100
    case .number(let s): return Double(s)
    default: return nil
    }
  }

  /// The string of a `.string`, else `nil`.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// A short name of the value's JSON type, for error messages ("a string", "an array", …).
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int, .double, .money, .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

extension JSONValue {
  /// Serialises the value. `pretty` indents by two spaces, one key per line, and ends with a
  /// line feed.
  /// - Complexity: O(size of the output).
  public func serialized(pretty: Bool = true) -> String {
    String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
  }

  /// Serialises the value to UTF-8 bytes, as ``serialized(pretty:)`` does.
  /// - Complexity: O(size of the output).
  public func serializedBytes(pretty: Bool = true) -> [UInt8] {
    var writer = JSONWriter()
    writer.write(self, indent: pretty ? 0 : -1)
    if pretty { writer.bytes.append(0x0A) }
    return writer.bytes
  }
}
