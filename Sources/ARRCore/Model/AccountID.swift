/// An account's id as ``Account`` stores it: 16 bytes, with no heap block of its own for most
/// ids.
///
/// A Swift `String` keeps up to 15 UTF-8 bytes inline; a longer one is a heap block of its own
/// (64 bytes for an 18-byte id), and a million accounts kept 375,000 of them for the whole run
/// on the hypergrowth benchmark company (`cus_` and 7–14 letters or digits): ~23 MiB. Here an id
/// is stored in one of three forms, the first that holds it (so each id has exactly one form):
/// - **raw**: up to 15 UTF-8 bytes, none of them zero, padded with zeros;
/// - **packed**: 16 to 20 characters, every one an ASCII letter, digit, `_` or `-` (64 symbols,
///   six bits each, 120 bits), the length in the form's tag;
/// - **long**: anything else, in one heap block holding the bytes (``LongAccountID``; a 36-byte
///   UUID takes a 64-byte block, where a `String` took 80).
///
/// ``text`` gives the `String` back: without allocating for a raw id, with one allocation for a
/// packed or long one (so passes over every account that only write the id read
/// ``withUTF8(_:)``). Equal as the strings are (`String` equality).
@usableFromInline
package struct AccountID: Sendable, Equatable {
  /// Which form an inline id is in: raw, or packed with its length (16 + the case's offset).
  /// Eight cases at most: the tag lives in the top byte of the first word, whose spare bits the
  /// enum below shares with a class reference's, so ``Storage`` stays 16 bytes.
  @usableFromInline
  enum Kind: UInt8, Sendable {
    case raw, packed16, packed17, packed18, packed19, packed20
  }

  /// Fifteen bytes of data and the ``Kind``, laid out so that the kind is byte 7.
  @usableFromInline
  struct Inline: Sendable, Equatable {
    @usableFromInline var low32: UInt32
    @usableFromInline var low16: UInt16
    @usableFromInline var low8: UInt8
    @usableFromInline var kind: Kind
    @usableFromInline var high: UInt64

    /// The 120 data bits as two words, `w0` bits 0–63 and `w1` bits 64–119; stored as bits
    /// 0–55 in the first word and 56–119 in the second, around the kind.
    init(kind: Kind, w0: UInt64, w1: UInt64) {
      let low = w0 & 0x00FF_FFFF_FFFF_FFFF
      self.low32 = UInt32(truncatingIfNeeded: low)
      self.low16 = UInt16(truncatingIfNeeded: low >> 32)
      self.low8 = UInt8(truncatingIfNeeded: low >> 48)
      self.kind = kind
      self.high = w0 >> 56 | w1 << 8
    }

    /// The 120 data bits (``init(kind:w0:w1:)``).
    var words: (UInt64, UInt64) {
      let low = UInt64(low32) | UInt64(low16) << 32 | UInt64(low8) << 48
      return (low | high << 56, high >> 8)
    }
  }

  @usableFromInline
  enum Storage: Sendable {
    case inline(Inline)
    case long(Long)
  }

  /// A ``LongAccountID``, never changed once made (`ManagedBuffer` is not `Sendable`).
  @usableFromInline
  struct Long: @unchecked Sendable {
    @usableFromInline let block: LongAccountID
  }

  @usableFromInline var storage: Storage

  /// Stores `text` in the first form that holds it.
  @usableFromInline
  package init(_ text: String) {
    var text = text
    storage = text.withUTF8 { Self.storage(utf8: $0) }
  }

  /// Stores the UTF-8 bytes `utf8` (valid UTF-8) in the first form that holds them.
  package init(utf8: UnsafeBufferPointer<UInt8>) {
    storage = Self.storage(utf8: utf8)
  }

  private static func storage(utf8: UnsafeBufferPointer<UInt8>) -> Storage {
    let n = utf8.count
    if n <= 15 {
      // Byte j at bit 8j: the bytes copied as they lie, onto bytes 0xFF, so that a zero byte
      // among them is one of the id's (the raw form holds none: zero is its padding), found a
      // word at a time; then the padding made zeros.
      var padded: (UInt64, UInt64) = (~0, ~0)
      if n > 0 {
        withUnsafeMutableBytes(of: &padded) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
      }
      let (a, b) = (UInt64(littleEndian: padded.0), UInt64(littleEndian: padded.1))
      let ones: UInt64 = 0x0101_0101_0101_0101
      if ((a &- ones) & ~a | (b &- ones) & ~b) & (ones &<< 7) == 0 {
        let w0 = n >= 8 ? a : a & ((1 &<< UInt64(8 &* n)) &- 1)
        let w1 = n > 8 ? b & ((1 &<< UInt64(8 &* (n &- 8))) &- 1) : 0
        return .inline(Inline(kind: .raw, w0: w0, w1: w1))
      }
    }
    if n >= 16, n <= 20, let kind = Kind(rawValue: UInt8(n - 15)) {
      // Character j at bit 6j of the 120 bits: characters 0–9 in `low` (60 bits), 10 on in
      // `high` from its bit 0; character 10 then straddles the two words (bits 60–65).
      let codes = sixBitCodes
      var low: UInt64 = 0
      var high: UInt64 = 0
      var any: UInt8 = 0
      for j in 0..<10 {
        let c = codes[Int(utf8[j])]
        any |= c
        low |= UInt64(c) &<< UInt64(6 &* j)
      }
      for j in 10..<n {
        let c = codes[Int(utf8[j])]
        any |= c
        high |= UInt64(c) &<< UInt64(6 &* (j &- 10))
      }
      // A byte outside the alphabet has code 0xFF.
      guard any < 64 else { return long(utf8) }
      return .inline(Inline(kind: kind, w0: low | high &<< 60, w1: high &>> 4))
    }
    return long(utf8)
  }

  /// ``sixBits(_:)`` of every byte, 0xFF for `nil`.
  private static let sixBitCodes: [UInt8] = (0...255).map { sixBits(UInt8($0)) ?? 0xFF }

  private static func long(_ utf8: UnsafeBufferPointer<UInt8>) -> Storage {
    .long(Long(block: LongAccountID.make(utf8)))
  }

  /// `b`'s six-bit code: digits 0–9, `A`–`Z` 10–35, `a`–`z` 36–61, `_` 62, `-` 63; `nil` for
  /// any other byte.
  @inline(__always)
  private static func sixBits(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): b - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "z"): b - UInt8(ascii: "a") + 36
    case UInt8(ascii: "_"): 62
    case UInt8(ascii: "-"): 63
    default: nil
    }
  }

  /// The packed alphabet in code order (``sixBits(_:)`` reversed).
  private static var alphabet: StaticString {
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"
  }

  /// Writes an inline id's bytes at `out`, which has room for ``inlineRoom`` bytes (a raw id
  /// writes all 16 bytes of its words, zero padding included), and returns how many are the
  /// id's. The one unpacking behind ``withUTF8(_:)`` and the JSON writer
  /// (``JSONWriter/Cursor/accountID(_:)``).
  @usableFromInline
  static func unpack(_ id: Inline, to out: UnsafeMutablePointer<UInt8>) -> Int {
    let (w0, w1) = id.words
    if id.kind == .raw {
      // The bytes lie as they were copied; the first zero byte ends them.
      let raw = UnsafeMutableRawPointer(out)
      raw.storeBytes(of: w0.littleEndian, as: UInt64.self)
      raw.storeBytes(of: w1.littleEndian, toByteOffset: 8, as: UInt64.self)
      return w1 != 0 ? 16 - w1.leadingZeroBitCount / 8 : 8 - w0.leadingZeroBitCount / 8
    }
    // Six bits a character from bit 0 up: the 120 bits shifted right six at a time.
    let count = 15 + Int(id.kind.rawValue)
    let symbols = alphabet.utf8Start
    var (low, high) = (w0, w1)
    for j in 0..<count {
      out[j] = symbols[Int(truncatingIfNeeded: low & 63)]
      low = low >> 6 | high << 58
      high >>= 6
    }
    return count
  }

  /// Bytes ``unpack(_:to:)`` may write.
  @inlinable static var inlineRoom: Int { 20 }

  /// Calls `body` with the id's UTF-8 bytes (valid for the call only), without making a
  /// `String`.
  @usableFromInline
  package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    switch storage {
    case .inline(let id):
      // Up to 20 bytes, unpacked onto the stack.
      var bytes: (UInt64, UInt64, UInt64) = (0, 0, 0)
      return try withUnsafeMutableBytes(of: &bytes) { raw in
        let out = raw.bindMemory(to: UInt8.self)
        let count = Self.unpack(id, to: out.baseAddress!)
        return try body(UnsafeBufferPointer(rebasing: out[0..<count]))
      }
    case .long(let id):
      return try id.block.withUTF8(body)
    }
  }

  /// The id as a `String`.
  @usableFromInline
  var text: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }

  @usableFromInline
  package static func == (a: AccountID, b: AccountID) -> Bool {
    // Each id has one form, so equal bits are equal ids; otherwise compare as `String`s do
    // (canonical equivalence: two byte sequences may be the same string).
    if case .inline(let x) = a.storage, case .inline(let y) = b.storage, x == y { return true }
    return a.text == b.text
  }
}

/// The bytes of an id that neither inline form of ``AccountID`` holds, in one heap block (a
/// count, then the bytes).
@usableFromInline
package final class LongAccountID: ManagedBuffer<Int, UInt8> {
  /// A block holding a copy of `utf8`. Never changed after it is made.
  static func make(_ utf8: UnsafeBufferPointer<UInt8>) -> LongAccountID {
    let block = LongAccountID.create(minimumCapacity: utf8.count) { _ in utf8.count }
    block.withUnsafeMutablePointerToElements { p in
      if let base = utf8.baseAddress { p.initialize(from: base, count: utf8.count) }
    }
    return unsafeDowncast(block, to: LongAccountID.self)
  }

  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try withUnsafeMutablePointers { count, bytes in
      try body(UnsafeBufferPointer(start: bytes, count: count.pointee))
    }
  }
}
