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
    // The 120 data bits as two words, `w0` bits 0–63 and `w1` bits 64–119.
    var words: (UInt64, UInt64) = (0, 0)
    if n <= 15, !utf8.contains(0) {
      // Byte j at bit 8j: the bytes copied as they lie.
      if n > 0 {
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
      }
      return .inline(
        Inline(kind: .raw, w0: UInt64(littleEndian: words.0), w1: UInt64(littleEndian: words.1)))
    }
    if n >= 16, n <= 20, let kind = Kind(rawValue: UInt8(n - 15)) {
      for j in 0..<n {
        guard let c = sixBits(utf8[j]).map(UInt64.init) else { return long(utf8) }
        // Character j at bit 6j; character 10 straddles the words (bits 60–65).
        let bit = 6 * j
        if bit < 64 {
          words.0 |= c << bit
          if bit > 58 { words.1 |= c >> (64 - bit) }
        } else {
          words.1 |= c << (bit - 64)
        }
      }
      return .inline(Inline(kind: kind, w0: words.0, w1: words.1))
    }
    return long(utf8)
  }

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
