import ARRCore
import Testing

/// The one config reader (`company.json`, stress scenarios, `--weights`): every problem at its
/// line and column, saying the key path, what was expected and what was found, all thrown
/// together as one `.invalidData` error.
@Suite struct JSONConfigTests {
  /// Reads `text` with `read`, then returns the problems `finish()` throws, as
  /// `line:column: message`.
  static func problems(_ text: String, _ read: (inout JSONConfig) -> Void) throws -> [String] {
    var config = try JSONConfig(Array(text.utf8), file: "c.json")
    read(&config)
    do {
      try config.finish()
      return []
    } catch {
      #expect(error.kind == .invalidData)
      #expect(error.problems.allSatisfy { $0.file == "c.json" })
      return error.problems.map { "\($0.line):\($0.column ?? 0): \($0.message)" }
    }
  }

  /// Problems recorded in any order come out in file order, each at the line and column a scan
  /// from the start gives (positions found in one pass when read: hostile 56, H56-7, a file of
  /// 300,000 unknown keys took minutes when each was counted from the start), after a BOM and
  /// past multi-byte characters; a duplicate names its first's line.
  @Test func problemsComeInFileOrderAtTheirPositions() throws {
    let text = "\u{FEFF}{\"é\": 1, \"x\": 2,\n \"y\": 3,\n\n  \"x\": 4, \"z\": 5}"
    var config = try JSONConfig(Array(text.utf8), file: "c.json")
    let members = config.root.members
    // Reported last key first.
    for m in members.reversed() where m.key != "é" {
      config.report("key \(m.key)", at: m.keyOffset)
    }
    config.report("whole file")
    let shown = config.problems.map { "\($0.line):\($0.column ?? 0): \($0.message)" }
    #expect(
      shown == [
        "0:0: whole file", "1:10: key x", "2:2: key y",
        "4:3: duplicate key \"x\" (first on line 1; a key may appear once)",
        "4:3: key x", "4:11: key z",
      ])
    for m in members {
      let p = config.position(of: m.keyOffset)
      #expect(config.line(of: m.keyOffset) == p.line)
    }
    let first = config.position(of: members[0].keyOffset)
    #expect(first.line == 1 && first.column == 2)
  }

  /// A number's text is bounded in "found …", as a string's is (hostile 56, H56-6: a 1 MB line).
  @Test func aLongNumberIsShownBounded() throws {
    let digits = String(repeating: "9", count: 5_000)
    let found = try Self.problems("{\"a\": \(digits)}") { config in
      for m in config.members(of: config.root, allowed: ["a"]) ?? [] {
        _ = config.string(m)
      }
    }
    #expect(found.count == 1)
    #expect(found[0].count < 300)
    #expect(found[0].contains("…"))
  }

  @Test func typedAccessorsReadGoodValues() throws {
    var config = try JSONConfig(
      Array(#"{"a": 0.5, "n": 3, "s": "x", "z": null, "o": {"k": 1}}"#.utf8), file: "c.json")
    let read = config.members(of: config.root, allowed: ["a", "n", "s", "z", "o"])
    let members = try #require(read)
    #expect(members.map(\.key) == ["a", "n", "s", "z", "o"])
    #expect(config.number(members[0], in: 0...1) == 0.5)
    #expect(config.integer(members[1], in: 0...10) == 3)
    #expect(config.string(members[2]) == "x")
    #expect(config.string(members[3], isNullable: true) == nil)
    #expect(config.number(members[3], in: 0...1, isNullable: true) == nil)
    #expect(members[3].isNull && members[0].isNumber && members[4].isObject)
    #expect(!members[2].isNumber && !members[2].isObject && !members[2].isNull)
    #expect(config.numberOrStringText(members[0], expected: "an amount") == "0.5")
    #expect(config.numberOrStringText(members[2], expected: "an amount") == "x")
    #expect(config.problems.isEmpty)
    try config.finish()
  }

  @Test func wrongTypesSayTheKeyPathWhatWasExpectedAndWhatWasFound() throws {
    let found = try Self.problems(
      """
      {"a": "0.5",
       "n": 2.5,
       "o": {"k": true}}
      """
    ) { config in
      for m in config.members(of: config.root, allowed: ["a", "n", "o"]) ?? [] {
        switch m.key {
        case "a": _ = config.number(m, in: 0...1)
        case "n": _ = config.integer(m, in: 0...10)
        default:
          for k in config.members(of: m.node, allowed: ["k"], what: "o", prefix: "o.") ?? [] {
            _ = config.numberOrStringText(k, expected: "an amount")
          }
        }
      }
    }
    #expect(
      found == [
        #"1:7: a: expected a number from 0 to 1, found the string "0.5""#,
        "2:7: n: expected a whole number from 0 to 10, found the number 2.5",
        "3:13: o.k: expected an amount, found true",
      ])
  }

  @Test func outOfRangeValuesSayTheRange() throws {
    let found = try Self.problems(#"{"a": 2, "n": -1}"#) { config in
      for m in config.members(of: config.root, allowed: ["a", "n"]) ?? [] {
        if m.key == "a" {
          _ = config.number(m, in: 0...1)
        } else {
          _ = config.integer(m, in: 0...10)
        }
      }
    }
    #expect(
      found == [
        "1:7: a: expected a number from 0 to 1, found 2 (out of range)",
        "1:15: n: expected a whole number from 0 to 10, found -1 (out of range)",
      ])
  }

  @Test func unknownAndRepeatedKeysAreProblemsAtTheKey() throws {
    let found = try Self.problems(
      """
      {"a": 1,
       "b": 2,
       "a": 3,
       "w": {"x": 1}}
      """
    ) { config in
      for m in config.members(of: config.root, allowed: ["a", "w"]) ?? [] where m.key == "w" {
        _ = config.members(of: m.node, allowed: ["y", "z"], what: "w", prefix: "w.")
      }
    }
    #expect(
      found == [
        #"2:2: unknown key "b" (expected one of: a, w)"#,
        #"3:2: duplicate key "a" (first on line 1; a key may appear once)"#,
        #"4:8: unknown key "w.x" (expected one of: y, z)"#,
      ])
  }

  /// `allowed: nil` takes any key (an object keyed by the file's own names), first occurrence
  /// only, each key prefixed.
  @Test func anyKeyObjectsKeepTheirKeysWithThePrefix() throws {
    var config = try JSONConfig(Array(#"{"smb": 1, "ent": null}"#.utf8), file: "c.json")
    let read = config.members(of: config.root, allowed: nil, prefix: "cac.")
    let members = try #require(read)
    #expect(members.map(\.key) == ["cac.smb", "cac.ent"])
    #expect(config.problems.isEmpty)
  }

  @Test func aValueThatIsNotAnObjectSaysWhatItIs() throws {
    let found = try Self.problems("[1, 2]") { config in
      _ = config.members(of: config.root, allowed: ["a", "b"])
    }
    #expect(found == ["1:1: the top level is an array (expected an object with keys among: a, b)"])
    let any = try Self.problems(#"{"cac": 5}"#) { config in
      for m in config.members(of: config.root, allowed: ["cac"]) ?? [] {
        _ = config.members(of: m.node, allowed: nil, what: "cac")
      }
    }
    #expect(any == ["1:9: cac is the number 5 (expected an object)"])
  }

  @Test func aSyntaxErrorStopsAtOnceWithItsPosition() {
    #expect {
      _ = try JSONConfig(Array("{\"a\": 1,\n \"b\" 2}".utf8), file: "c.json")
    } throws: { error in
      guard let e = error as? ARRQualityError, let problem = e.problems.first else { return false }
      return e.kind == .invalidData && e.message == "1 problem in c.json" && problem.line == 2
        && problem.message.hasPrefix("not valid JSON")
    }
  }
}

/// A config file saved as UTF-16 (Windows editors' "Unicode") says so, instead of "unexpected
/// character" at line 1, column 1.
@Suite struct JSONConfigEncodingTests {
  @Test(arguments: [true, false])
  func aUTF16FileSaysSaveAsUTF8(hasByteOrderMark: Bool) {
    var bytes: [UInt8] = hasByteOrderMark ? [0xFF, 0xFE] : []
    for b in Array(#"{"name": "x"}"#.utf8) { bytes += [b, 0] }
    do {
      _ = try JSONConfig(bytes, file: "company.json")
      Issue.record("read a UTF-16 file")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(
        error.problems.map(\.description) == [
          "company.json: the file is UTF-16 (or another encoding with NUL bytes), expected "
            + "UTF-8: save it as UTF-8"
        ])
    }
  }
}
