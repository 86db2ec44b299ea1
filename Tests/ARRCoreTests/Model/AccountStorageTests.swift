import Testing

@testable import ARRCore

/// How ``Account`` stores its id (``AccountID``) and segment (``SegmentCode``): every id and
/// segment reads back byte for byte, each id takes the form the docs promise, and the account
/// is the 96 bytes it promises.
@Suite struct AccountStorageTests {
  static let start = CivilDate(year: 2024, month: 1, day: 15)!

  static func account(_ id: String, segment: String? = nil) -> Account {
    Account(
      id: id, segment: segment, contractType: .annual, billingCadence: .monthly,
      startDate: start)
  }

  /// Ids at each form's edges: empty, 15 and 16 bytes, 20 and 21 of the packed alphabet,
  /// a zero byte, non-ASCII text, a character outside the alphabet, a UUID.
  static let ids: [String] = [
    "", "a", "cus_00000006QDVc", "cus_FIB517jnKO0H", "acct-1000-EU", "123456789012345",
    "1234567890123456", "cus_0123456789abcd", "zZ_-09azAZ_-09azAZ_-", "zZ_-09azAZ_-09azAZ_-x",
    "----------------", "________________", "0000000000000000000", "abc\u{0}def",
    "abcdefghijklmnop\u{0}", "Ümlaut-ß-客户-0001", "exactly.fifteen", "not.packed.sixteen",
    "550e8400-e29b-41d4-a716-446655440000", "a b c d e f g h i", "\u{1F600}\u{1F600}",
  ]

  @Test(arguments: ids)
  func anIdReadsBackByteForByte(id: String) {
    var a = Self.account(id)
    #expect(Array(a.id.utf8) == Array(id.utf8))
    #expect(a.withUTF8ID { Array($0) } == Array(id.utf8))
    a.id = id + "x"
    #expect(Array(a.id.utf8) == Array((id + "x").utf8))
    #expect(a == Self.account(id + "x"))
    #expect(a != Self.account(id))
  }

  /// The form each id is stored in: raw up to 15 bytes without a zero, packed for 16–20 of
  /// the alphabet, a heap block otherwise.
  @Test func eachIdTakesTheFirstFormThatHoldsIt() {
    func form(_ id: String) -> String {
      switch AccountID(id).storage {
      case .inline(let i): i.kind == .raw ? "raw" : "packed"
      case .long: "long"
      }
    }
    #expect(form("") == "raw")
    #expect(form("123456789012345") == "raw")
    #expect(form("Ümlaut") == "raw")
    #expect(form("abc\u{0}def") == "long")
    #expect(form("1234567890123456") == "packed")
    #expect(form("cus_0123456789abcd") == "packed")
    #expect(form("zZ_-09azAZ_-09azAZ_-") == "packed")
    #expect(form("zZ_-09azAZ_-09azAZ_-x") == "long")
    #expect(form("not.packed.sixteen") == "long")
  }

  /// Every string of the packed alphabet at every packed length reads back (each character at
  /// each position, the one that straddles the two words included).
  @Test func everyPackedCharacterAtEveryPositionReadsBack() {
    let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")
    for length in 16...20 {
      for shift in 0..<alphabet.count {
        let id = String((0..<length).map { alphabet[($0 * 7 + shift) % alphabet.count] })
        #expect(AccountID(id).text == id)
      }
    }
  }

  /// Equal as the strings are, canonical equivalence included (a stored form is bytes).
  @Test func idsCompareAsStrings() {
    let composed = "caf\u{E9}-0000000000000"
    let decomposed = "cafe\u{301}-0000000000000"
    #expect(AccountID(composed) == AccountID(decomposed))
    #expect(AccountID("cus_0123456789abcd") == AccountID("cus_0123456789abcd"))
    #expect(AccountID("cus_0123456789abcd") != AccountID("cus_0123456789abce"))
  }

  @Test func aSegmentReadsBackByteForByteAndIsNeverATerm() {
    let names: [String?] = [nil, "", "smb", "enterprise", "caf\u{E9}", "cafe\u{301}", "smb "]
    for name in names {
      var a = Self.account("a", segment: name)
      #expect(a.segment.map { Array($0.utf8) } == name.map { Array($0.utf8) })
      #expect(a.terms.segmentCode == .none)
      // Setting the terms keeps the segment; setting the segment keeps the terms.
      a.terms = Self.account("b").terms
      a.seatsPurchased = 3
      #expect(a.segment.map { Array($0.utf8) } == name.map { Array($0.utf8) })
      a.segment = "mid"
      #expect(a.segment == "mid" && a.seatsPurchased == 3)
    }
    #expect(Self.account("a", segment: "smb") != Self.account("a", segment: "mid"))
    #expect(Self.account("a", segment: nil) != Self.account("a", segment: ""))
  }

  /// A reader's cache gives the codes the table gives, byte for byte, past its first 16 names.
  @Test func theCacheCodesAsTheTableDoes() {
    var cache = SegmentCode.Cache()
    let names = (0..<40).map { "segment-\($0 % 23)" } + ["caf\u{E9}", "cafe\u{301}", "caf\u{E9}"]
    for name in names + names.reversed() {
      #expect(cache.code(of: name) == SegmentCode(name))
      #expect(SegmentCode(name).name.map { Array($0.utf8) } == Array(name.utf8))
    }
    #expect(cache.code(of: nil) == .none)
    #expect(SegmentCode("caf\u{E9}") != SegmentCode("cafe\u{301}"))
  }

  /// Names coded from every core at once each get one code.
  @Test func namesCodedOnManyThreadsGetOneCodeEach() {
    let names = (0..<500).map { "parallel-\($0)" }
    let codes = Concurrent.map(Concurrent.ranges(4_000, parallelFrom: 1)) { _, range in
      var cache = SegmentCode.Cache()
      return range.map { cache.code(of: names[$0 % names.count]) }
    }.flatMap { $0 }
    for (i, code) in codes.enumerated() {
      #expect(code == SegmentCode(names[i % names.count]))
      #expect(code.name == names[i % names.count])
    }
  }

  @Test func anAccountIs96Bytes() {
    #expect(MemoryLayout<AccountID>.size == 16)
    #expect(MemoryLayout<Account.Terms>.size == 64)
    #expect(MemoryLayout<Account>.size == 96)
  }
}

/// ``AccountID`` on random ids of every length to 24 (the raw form's word-at-a-time zero check,
/// the packed form's table): each reads back byte for byte, in the form the rule gives (raw up
/// to 15 bytes without a zero, packed for 16–20 of the alphabet, else long), and two ids are
/// equal exactly when their bytes are.
@Suite struct AccountIDRandomTests {
  @Test func randomIdsTakeTheirFormAndReadBack() {
    var rng = SeededGenerator(seed: 3)
    let packable = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-".utf8)
    let others: [UInt8] = [0, 0x2E, 0x20, 0x7F, 0x2F]
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...24, using: &rng)
      let odd = Int.random(in: 0..<4, using: &rng) == 0
      var bytes = (0..<length).map { _ in packable.randomElement(using: &rng)! }
      if odd && length > 0 {
        bytes[Int.random(in: 0..<length, using: &rng)] = others.randomElement(using: &rng)!
      }
      let id = bytes.withUnsafeBufferPointer { AccountID(utf8: $0) }
      #expect(id.withUTF8 { Array($0) } == bytes)
      let expected =
        length <= 15 && !bytes.contains(0)
        ? "raw"
        : (16...20).contains(length) && bytes.allSatisfy(packable.contains) ? "packed" : "long"
      let form: String
      switch id.storage {
      case .inline(let i): form = i.kind == .raw ? "raw" : "packed"
      case .long: form = "long"
      }
      #expect(form == expected, "\(bytes)")
      var other = bytes
      if length > 0 {
        other[length - 1] = packable.randomElement(using: &rng)!
        let same = other == bytes
        #expect((other.withUnsafeBufferPointer { AccountID(utf8: $0) } == id) == same)
      }
    }
  }
}
