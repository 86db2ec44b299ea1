/// A canonical Huffman decoding table for DEFLATE (RFC 1951 §3.2.2).
///
/// Codes up to ``fastBits`` long decode with one lookup in ``fast`` (indexed by the next bits
/// as read, i.e. bit-reversed); longer ones walk the per-length limits, as stb_image does.
struct HuffmanTable {
  static let fastBits = 10
  private static let fastMask: UInt64 = (1 << 10) - 1

  /// `(length << 9) | symbol`, or 0 for a prefix of a longer code.
  private var fast = [UInt16](repeating: 0, count: 1 << 10)
  /// First canonical code of each length.
  private var firstCode = [UInt16](repeating: 0, count: 17)
  /// Index into `symbols` of the first code of each length.
  private var firstSymbol = [UInt16](repeating: 0, count: 17)
  /// One past the last code of each length, left-aligned to 16 bits (`[16]` is a sentinel).
  private var maxCode = [Int32](repeating: 0, count: 18)
  /// Symbols in canonical order, and their code lengths.
  private var symbols = [UInt16](repeating: 0, count: 288)
  private var symbolLengths = [UInt8](repeating: 0, count: 288)

  init() {}

  /// Builds the table from each symbol's code length (0 = unused).
  ///
  /// Incomplete code sets are allowed (RFC 1951 allows a one-code distance tree); an
  /// over-subscribed set throws ``InflateFailure/invalidCodeLengths``.
  mutating func build(_ lengths: ArraySlice<UInt8>) throws(InflateFailure) {
    guard lengths.count <= 288 else { throw .invalidCodeLengths }
    var counts = [Int](repeating: 0, count: 17)
    for length in lengths {
      guard length <= 15 else { throw .invalidCodeLengths }
      counts[Int(length)] += 1
    }
    counts[0] = 0
    for i in fast.indices { fast[i] = 0 }
    var nextCode = [Int](repeating: 0, count: 16)
    var code = 0
    var symbolIndex = 0
    for length in 1..<16 {
      nextCode[length] = code
      firstCode[length] = UInt16(truncatingIfNeeded: code)
      firstSymbol[length] = UInt16(symbolIndex)
      code += counts[length]
      if counts[length] > 0 && code - 1 >= 1 << length { throw .invalidCodeLengths }
      maxCode[length] = Int32(code << (16 - length))
      code <<= 1
      symbolIndex += counts[length]
    }
    maxCode[16] = 0x10000
    for (offset, length) in lengths.enumerated() where length > 0 {
      let l = Int(length)
      let slot = nextCode[l] - Int(firstCode[l]) + Int(firstSymbol[l])
      symbolLengths[slot] = length
      symbols[slot] = UInt16(offset)
      if l <= Self.fastBits {
        var j = Self.reverse(nextCode[l], bits: l)
        while j < 1 << Self.fastBits {
          fast[j] = UInt16(l << 9 | offset)
          j += 1 << l
        }
      }
      nextCode[l] += 1
    }
  }

  /// Reverses the low `bits` bits of `value`.
  @inline(__always)
  private static func reverse(_ value: Int, bits: Int) -> Int {
    var v = value
    var r = 0
    for _ in 0..<bits {
      r = (r << 1) | (v & 1)
      v >>= 1
    }
    return r
  }

  /// Decodes one symbol.
  @inline(__always)
  func decode(_ bits: inout BitReader) throws(InflateFailure) -> Int {
    if bits.bitCount < 16 { try bits.refill() }
    let entry = fast[Int(truncatingIfNeeded: bits.buffer & Self.fastMask)]
    if entry != 0 {
      bits.consume(Int(entry >> 9))
      return Int(entry & 511)
    }
    return try decodeSlow(&bits)
  }

  private func decodeSlow(_ bits: inout BitReader) throws(InflateFailure) -> Int {
    let k = Int32(Self.reverse(Int(truncatingIfNeeded: bits.buffer & 0xFFFF), bits: 16))
    var length = Self.fastBits + 1
    while k >= maxCode[length] {
      length += 1
      if length >= 16 { throw .invalidSymbol }
    }
    let slot = Int(k >> Int32(16 - length)) - Int(firstCode[length]) + Int(firstSymbol[length])
    guard slot >= 0, slot < 288, Int(symbolLengths[slot]) == length else { throw .invalidSymbol }
    bits.consume(length)
    return Int(symbols[slot])
  }

  /// The fixed literal/length table of block type 1.
  static let fixedLiteralLength: HuffmanTable = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for i in 144..<256 { lengths[i] = 9 }
    for i in 256..<280 { lengths[i] = 7 }
    var table = HuffmanTable()
    // A complete, valid code by construction (RFC 1951 §3.2.6): it cannot fail.
    try? table.build(lengths[...])
    return table
  }()

  /// The fixed distance table of block type 1.
  static let fixedDistance: HuffmanTable = {
    var table = HuffmanTable()
    try? table.build([UInt8](repeating: 5, count: 30)[...])
    return table
  }()
}
