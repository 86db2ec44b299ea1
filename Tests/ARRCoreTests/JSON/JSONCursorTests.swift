import Testing

@testable import ARRCore

/// ``JSONWriter/Cursor`` writes the bytes the writer's own methods write, across its scratch
/// buffer's flushes and growth, and an account's id from its stored form as `string(id)` would.
@Suite struct JSONCursorTests {
  /// The same writes through the writer and through a cursor.
  private func same(
    _ write: (inout JSONWriter) -> Void, _ cursor: (inout JSONWriter.Cursor) -> Void
  )
    -> Bool
  {
    var reference = JSONWriter()
    write(&reference)
    // Bytes already in the writer stay first.
    var w = JSONWriter()
    w.ascii("[")
    w.withCursor { cursor(&$0) }
    return w.bytes == [UInt8(ascii: "[")] + reference.bytes
  }

  /// Ids of every form (``AccountID``): raw (up to 15 bytes), packed (16–20 of the alphabet),
  /// long; non-ASCII; and bytes JSON escapes in each form that can hold them.
  static let ids: [String] =
    AccountStorageTests.ids + [
      "a\"b", "back\\slash", "tab\there", "line\nbreak", "\u{1}", "15-bytes-\"-\\-\t",
      "sixteen-\"-quoted", "twenty-one-with\\-esc", "\u{7f}", "ctl\u{1f}\u{1f}\u{1f}\u{1f}",
    ]

  @Test(arguments: ids)
  func anIdIsWrittenAsItsStringIs(id: String) {
    let account = AccountStorageTests.account(id)
    #expect(same({ $0.string(id) }, { $0.accountID(account) }))
    #expect(same({ $0.string(account.id) }, { $0.accountID(account) }))
  }

  /// A segment is written as `string(segment)` (or `null`) would write it, from each segment's
  /// kept bytes, in any order, with names to escape, and past the codes it keeps.
  @Test func segmentsAreWrittenAsTheirStringsAre() {
    let names: [String?] = [
      "enterprise", nil, "smb", "say \"hi\"", "enterprise", "", "tab\there", nil, "héllo", "smb",
    ]
    let accounts = names.map { AccountStorageTests.account("a", segment: $0) }
    #expect(
      same(
        { w in
          for name in names { if let name { w.string(name) } else { w.ascii("null") } }
        },
        { w in for a in accounts { w.segment(a.segmentCode) } }))
    // Codes from ``JSONWriter/Cursor/cachedSegments`` on are written without being kept.
    var many: [Account] = []
    while many.last.map({ Int($0.segmentCode.raw) }) ?? 0 <= JSONWriter.Cursor.cachedSegments {
      many.append(AccountStorageTests.account("b", segment: "segment \(many.count)"))
    }
    let order = many.suffix(3) + many.prefix(2) + many.suffix(2)
    #expect(
      same(
        { w in for a in order { w.string(a.segment!) } },
        { w in for a in order { w.segment(a.segmentCode) } }))
  }

  /// Every character of the packed alphabet at every position of every packed length.
  @Test func everyPackedIdIsWrittenAsItsStringIs() {
    let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")
    for length in 16...20 {
      for shift in 0..<alphabet.count {
        let id = String((0..<length).map { alphabet[($0 * 7 + shift) % alphabet.count] })
        let account = AccountStorageTests.account(id)
        #expect(same({ $0.string(id) }, { $0.accountID(account) }), "\(id)")
      }
    }
  }

  @Test(arguments: [
    "", "plain", "say \"hi\"", "a\\b", "line\nnext\r\ttab", "\u{01}\u{1f}", "héllo 😀", "\u{7f}",
  ])
  func stringsAreEscapedAsTheWriterEscapesThem(text: String) {
    #expect(same({ $0.string(text) }, { $0.string(text) }))
    let bytes = Array(text.utf8)
    #expect(same({ $0.string(utf8: bytes[...]) }, { $0.string(utf8: bytes[...]) }))
  }

  @Test func numbersAreWrittenAsTheWriterWritesThem() {
    var rng = SeededGenerator(seed: 10)
    var cents: [Int64] = [0, 5, -5, 100, 123_450, .max, .min]
    var values: [Double] = [0, -0.0, 0.5, -0.5, 0.00005, 99.95, .nan, .infinity, 1e300, -3e17]
    for _ in 0..<2_000 {
      cents.append(Int64.random(in: -10_000_000...10_000_000, using: &rng))
      let magnitude = [1.0, 100, 1e6, 1e-3, 1e14, 1e16][Int.random(in: 0..<6, using: &rng)]
      values.append(Double.random(in: -magnitude...magnitude, using: &rng))
    }
    #expect(
      same(
        { w in for c in cents { w.money(c) } },
        { w in for c in cents { w.money(c) } }))
    #expect(
      same(
        { w in for c in cents { w.integer(c) } },
        { w in for c in cents { w.integer(c) } }))
    for places in 1...6 {
      #expect(
        same(
          { w in for v in values { w.decimal(v, places: places) } },
          { w in for v in values { w.decimal(v, places: places) } }))
    }
  }

  /// Far more than the scratch buffer holds, in small writes and in one string longer than it.
  @Test func writesCrossTheScratchBuffersFlushesAndGrowth() {
    let long = String(repeating: "ab\"c", count: 40_000)
    func layout(_ w: inout JSONWriter) {
      w.bytes.append(UInt8(ascii: "["))
      for i in 0..<30_000 {
        w.separator(isFirst: i == 0, indent: 2)
        w.ascii("{")
        w.newline(indent: 3)
        w.money(Int64(i) * 37)
        w.close(UInt8(ascii: "}"), indent: 2)
      }
      w.string(long)
      w.close(UInt8(ascii: "]"), indent: 1)
    }
    #expect(
      same(
        { layout(&$0) },
        { c in
          c.byte(UInt8(ascii: "["))
          for i in 0..<30_000 {
            c.separator(isFirst: i == 0, indent: 2)
            c.ascii("{")
            c.newline(indent: 3)
            c.money(Int64(i) * 37)
            c.close(UInt8(ascii: "}"), indent: 2)
          }
          c.string(long)
          c.close(UInt8(ascii: "]"), indent: 1)
        }))
  }
}
