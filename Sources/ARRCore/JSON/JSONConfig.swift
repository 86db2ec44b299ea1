/// The one strict reader of JSON configuration files (`company.json`, stress scenarios, risk
/// weights).
///
/// It parses the whole file keeping where every key and value starts, then lets a reader walk
/// it with typed accessors that record problems instead of stopping at the first:
/// - a syntax error ends reading at once, with its line and column;
/// - a key given twice in one object is a problem at the second (`(first on line 2)`);
/// - an unknown key is a problem at the key, naming the allowed keys;
/// - a value of the wrong type or out of range is a problem at the value, saying what was
///   expected and what was found: `gross_margin: expected a number from 0 to 1, found the string
///   "0.5"`.
///
/// ``finish()`` throws every problem as one `ARRQualityError` whose message only counts them, so
/// each problem is printed once.
public struct JSONConfig: Sendable {
  /// A value with where it starts in the file.
  public struct Node: Sendable {
    /// The value (the whole subtree).
    public var value: JSONValue
    /// Byte offset where the value starts.
    public var offset: Int
    /// An object's members in file order (empty otherwise).
    public var members: [Member]
    /// An array's items (empty otherwise).
    public var items: [Node]
  }

  /// One `"key": value` of an object.
  public struct Member: Sendable {
    /// The key as messages name it: dotted from the top when read with a prefix
    /// (`weights.pilot`).
    public var key: String
    /// Byte offset of the key's opening quote.
    public var keyOffset: Int
    public var node: Node

    /// True when the value is `null` (a key a reader may treat as absent).
    public var isNull: Bool {
      if case .null = node.value { return true }
      return false
    }

    /// True when the value is a JSON number (of any size; see ``JSONConfig/number(_:in:isNullable:)``
    /// for its range).
    public var isNumber: Bool {
      if case .number = node.value { return true }
      return false
    }

    /// True when the value is an object.
    public var isObject: Bool {
      if case .object = node.value { return true }
      return false
    }
  }

  /// The file name used in messages.
  public let file: String
  /// The top-level value.
  public let root: Node
  /// Problems found so far, in file order (line, then column): positions found in one pass over
  /// the bytes, problems about the whole file first.
  /// - Complexity: O(bytes + problems × log problems).
  public var problems: [InputProblem] {
    let order = found.indices.sorted {
      (found[$0].offset ?? -1, $0) < (found[$1].offset ?? -1, $1)
    }
    var out: [InputProblem] = []
    out.reserveCapacity(found.count)
    var scan = PositionScan(bytes)
    for i in order {
      guard let offset = found[i].offset else {
        out.append(InputProblem(file: file, line: 0, message: found[i].message))
        continue
      }
      let (line, column) = scan.advance(to: offset)
      out.append(InputProblem(file: file, line: line, column: column, message: found[i].message))
    }
    return out
  }
  /// Problems as recorded: where (a byte offset; `nil` for the whole file) and what. Positions
  /// are found when the problems are read: one each, counted from the file's start, made a file
  /// of 300,000 unknown keys take minutes (hostile 56, H56-7).
  private var found: [(offset: Int?, message: String)] = []
  private let bytes: [UInt8]
  /// Where each line starts (line 1 after a byte-order mark), for the line of an offset.
  private let lineStarts: [Int]

  /// Parses `bytes`.
  /// - Parameters:
  ///   - bytes: UTF-8 JSON, with or without a BOM.
  ///   - file: The name for messages.
  /// - Throws: `ARRQualityError` (`.invalidData`) for a syntax error, with its line and column.
  /// - Complexity: O(n).
  public init(_ bytes: [UInt8], file: String) throws(ARRQualityError) {
    self.file = file
    self.bytes = bytes
    var starts = [PositionScan.start(of: bytes)]
    for (k, b) in bytes.enumerated() where b == 0x0A { starts.append(k + 1) }
    lineStarts = starts
    // UTF-16 (what some Windows editors save as "Unicode"): say so, instead of "unexpected
    // character" at line 1, column 1.
    if UTF16Sniffing.isUTF16(bytes) {
      throw ARRQualityError(
        kind: .invalidData, message: "1 problem in \(file)",
        problems: [
          InputProblem(
            file: file, line: 0,
            message: "the file is UTF-16 (or another encoding with NUL bytes), expected UTF-8: "
              + "save it as UTF-8")
        ])
    }
    do {
      root = try JSONValue.parseNode(bytes)
    } catch {
      let problem = InputProblem(
        file: file, line: error.line, column: error.column,
        message: "not valid JSON: \(error.message)")
      throw ARRQualityError(
        kind: .invalidData, message: "1 problem in \(file)", problems: [problem])
    }
    findDuplicates(root)
  }

  /// Records a problem at byte `offset`.
  public mutating func report(_ message: String, at offset: Int) {
    found.append((offset, message))
  }

  /// Records a problem about the whole file (no position).
  public mutating func report(_ message: String) {
    found.append((nil, message))
  }

  /// Throws the problems recorded, if any.
  /// - Throws: `ARRQualityError` (`.invalidData`): "N problems in FILE", then each problem.
  public func finish() throws(ARRQualityError) {
    guard !found.isEmpty else { return }
    let n = found.count
    throw ARRQualityError(
      kind: .invalidData, message: "\(CountText.grouped(n)) problem\(n == 1 ? "" : "s") in \(file)",
      problems: problems)
  }

  /// The members of `node`, an object whose keys must be among `allowed`; an unknown key is a
  /// problem at the key and is left out; a repeated key keeps only its first value (the repeat
  /// is already a problem). A node that is not an object is a problem (`what`).
  /// - Returns: The members with allowed keys, first occurrence only; `nil` when `node` is not
  ///   an object.
  /// - Parameters:
  ///   - node: The object.
  ///   - allowed: The keys it may hold; `nil` for any key (an object keyed by names the file
  ///     chooses, such as `cac` by segment).
  ///   - what: How messages name it when it is not an object.
  ///   - prefix: Put before each key in messages and in the returned members (`weights.`), so a
  ///     nested key reads `weights.pilot`.
  /// - Complexity: O(members × allowed).
  public mutating func members(
    of node: Node, allowed: [String]?, what: String = "the top level", prefix: String = ""
  ) -> [Member]? {
    guard case .object = node.value else {
      let expected =
        allowed.map { "an object with keys among: " + $0.joined(separator: ", ") } ?? "an object"
      report("\(what) is \(describeFound(node.value)) (expected \(expected))", at: node.offset)
      return nil
    }
    var seen = Set<String>()
    var out: [Member] = []
    for var m in node.members where seen.insert(m.key).inserted {
      if let allowed, !allowed.contains(m.key) {
        report(
          "unknown key \"\(prefix)\(m.key)\" (expected one of: \(allowed.joined(separator: ", ")))",
          at: m.keyOffset)
        continue
      }
      m.key = prefix + m.key
      out.append(m)
    }
    return out
  }

  /// The number of `member`, which must be a JSON number within `range`; `null` gives `nil`
  /// without a problem when `isNullable`.
  public mutating func number(
    _ member: Member, in range: ClosedRange<Double>, isNullable: Bool = false
  ) -> Double? {
    let expected =
      "a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))"
    if isNullable, case .null = member.node.value { return nil }
    guard case .number(let text) = member.node.value, let v = Double(text), v.isFinite else {
      mismatch(member, expected: expected)
      return nil
    }
    guard range.contains(v) else {
      report(
        "\(member.key): expected \(expected), found \(text) (out of range)",
        at: member.node.offset)
      return nil
    }
    return v
  }

  /// The whole number of `member` within `range`.
  public mutating func integer(_ member: Member, in range: ClosedRange<Int>) -> Int? {
    let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
    guard case .number(let text) = member.node.value, let v = Double(text), v.isFinite,
      v == v.rounded()
    else {
      mismatch(member, expected: expected)
      return nil
    }
    guard v >= Double(range.lowerBound), v <= Double(range.upperBound) else {
      report(
        "\(member.key): expected \(expected), found \(text) (out of range)",
        at: member.node.offset)
      return nil
    }
    return Int(v)
  }

  /// The string of `member`; `null` gives `nil` without a problem when `isNullable`.
  public mutating func string(_ member: Member, isNullable: Bool = false) -> String? {
    if isNullable, case .null = member.node.value { return nil }
    guard case .string(let s) = member.node.value else {
      mismatch(member, expected: "a string")
      return nil
    }
    return s
  }

  /// The text of `member` when it is a number or a string (an amount may be written `1500.5`
  /// or `"$1,500.50"`): the number as written, or the string; anything else is a mismatch
  /// with `expected`.
  public mutating func numberOrStringText(_ member: Member, expected: String) -> String? {
    switch member.node.value {
    case .number(let text), .string(let text): return text
    default:
      mismatch(member, expected: expected)
      return nil
    }
  }

  /// Records "KEY: expected EXPECTED, found FOUND" at `member`'s value.
  public mutating func mismatch(_ member: Member, expected: String) {
    report(
      "\(member.key): expected \(expected), found \(describeFound(member.node.value))",
      at: member.node.offset)
  }

  /// What a value is, for "found …": `the string "0.5"`, `the number 5`, `true`, `null`,
  /// `an array`, `an object`.
  public func describeFound(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let t): return "the number \(ShownText.bounded(t))"
    case .int(let v): return "the number \(v)"
    case .double(let v): return "the number \(v)"
    case .money(let c): return "the number \(Money.decimalString(cents: c))"
    case .string(let s):
      return "the string \"\(ShownText.bounded(s))\""
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// Shortest text of a number: `10`, `-1`, `0.5`.
  public static func format(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
  }

  /// 1-based line and column (in Unicode scalars) of byte `offset`.
  /// - Complexity: O(log lines + the line's length up to `offset`).
  public func position(of offset: Int) -> (line: Int, column: Int) {
    let line = self.line(of: offset)
    var scan = PositionScan(bytes, line: line, at: lineStarts[line - 1])
    return scan.advance(to: offset)
  }

  /// 1-based line of byte `offset`.
  /// - Complexity: O(log lines).
  public func line(of offset: Int) -> Int {
    // The last line start at or before `offset`.
    var (low, high) = (0, lineStarts.count - 1)
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// Lines and columns of increasing offsets, in one pass over the bytes.
  private struct PositionScan {
    let bytes: [UInt8]
    var line: Int
    var column = 1
    var k: Int

    /// Where line 1 starts: after a UTF-8 byte-order mark.
    static func start(of bytes: [UInt8]) -> Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    init(_ bytes: [UInt8], line: Int = 1, at start: Int? = nil) {
      self.bytes = bytes
      self.line = line
      k = start ?? Self.start(of: bytes)
    }

    /// The line and column of `offset`, at or after the last one asked for.
    mutating func advance(to offset: Int) -> (line: Int, column: Int) {
      while k < min(offset, bytes.count) {
        let b = bytes[k]
        if b == 0x0A {
          line += 1
          column = 1
        } else if b & 0xC0 != 0x80 {
          column += 1
        }
        k += 1
      }
      return (line, column)
    }
  }

  /// Every key repeated within one object, at the repeat, naming the first's line.
  private mutating func findDuplicates(_ node: Node) {
    var first: [String: Int] = [:]
    for m in node.members {
      if let at = first[m.key] {
        report(
          "duplicate key \"\(m.key)\" (first on line \(line(of: at)); a key may "
            + "appear once)", at: m.keyOffset)
      } else {
        first[m.key] = m.keyOffset
      }
      findDuplicates(m.node)
    }
    for item in node.items { findDuplicates(item) }
  }
}
