/// Why a DEFLATE stream could not be decoded.
enum InflateFailure: Error, Equatable, Sendable {
  /// The stream ends before its final block does.
  case truncated
  /// A block header names the reserved block type 3.
  case reservedBlockType
  /// A stored block's length and its one's complement disagree.
  case storedLengthMismatch
  /// A Huffman table is over-subscribed, or its code lengths are out of range.
  case invalidCodeLengths
  /// A code that no table entry matches, or a reserved literal/length or distance symbol.
  case invalidSymbol
  /// A back-reference reaches before the start of the output.
  case distanceTooFar
  /// The output would exceed the caller's limit (counted on bytes actually produced).
  case outputLimitExceeded
}

/// A raw DEFLATE (RFC 1951) decoder: stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Written for the zip entries of a workbook; there is no zlib on every platform we build for
/// without a dependency. The decoder never trusts a size the container declares: the output
/// grows as bytes are produced and stops with ``InflateFailure/outputLimitExceeded`` the moment
/// it would pass `limit`, so a zip bomb costs at most `limit` bytes of memory.
enum Inflater {
  /// Decodes a raw DEFLATE stream.
  ///
  /// - Parameters:
  ///   - input: the compressed bytes (no zlib or gzip wrapper).
  ///   - sizeHint: the expected output size, used only to reserve memory (capped by `limit`).
  ///   - limit: the most bytes the output may hold.
  /// - Returns: the decoded bytes.
  /// - Throws: ``InflateFailure`` when the stream is corrupt, truncated or too large.
  /// - Complexity: O(n) in the output size.
  static func inflate(
    _ input: UnsafeBufferPointer<UInt8>, sizeHint: Int = 0, limit: Int
  ) throws(InflateFailure) -> [UInt8] {
    // Decoded straight into the result's storage while it has room: no copy at the end when
    // `sizeHint` is right. Otherwise (a size declared wrong, which the caller refuses anyway)
    // the bytes move to a growing buffer of the decoder's own and are copied out once.
    var failure: InflateFailure?
    var grown: [UInt8]?
    let capacity = max(1024, min(max(sizeHint, 0), limit))
    let decoded = [UInt8](unsafeUninitializedCapacity: capacity) { storage, initialized in
      var output = OutputBuffer(borrowing: storage, limit: limit)
      defer { output.deallocate() }
      do throws(InflateFailure) {
        try decode(input, into: &output)
      } catch {
        failure = error
        initialized = 0
        return
      }
      if output.isOwned {
        grown = output.bytes()
        initialized = 0
      } else {
        initialized = output.count
      }
    }
    if let failure { throw failure }
    return grown ?? decoded
  }

  /// Decodes the raw DEFLATE stream `input` into `output`.
  private static func decode(
    _ input: UnsafeBufferPointer<UInt8>, into output: inout OutputBuffer
  ) throws(InflateFailure) {
    var bits = BitReader(input)
    var isFinal = false
    var litLen = HuffmanTable()
    var dist = HuffmanTable()
    while !isFinal {
      isFinal = try bits.read(1) == 1
      switch try bits.read(2) {
      case 0: try copyStored(&bits, into: &output)
      case 1:
        try decodeBlock(&bits, HuffmanTable.fixedLiteralLength, HuffmanTable.fixedDistance, &output)
      case 2:
        try readDynamicTables(&bits, litLen: &litLen, dist: &dist)
        try decodeBlock(&bits, litLen, dist, &output)
      default: throw .reservedBlockType
      }
    }
    try bits.checkNotOverrun()
  }

  private static func copyStored(
    _ bits: inout BitReader, into output: inout OutputBuffer
  ) throws(InflateFailure) {
    bits.alignToByte()
    let length = try bits.read(16)
    let complement = try bits.read(16)
    guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
    try bits.copyBytes(count: Int(length), into: &output)
  }

  /// Order in which code-length code lengths are stored (RFC 1951 §3.2.7).
  private static let codeLengthOrder: [Int] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]

  private static func readDynamicTables(
    _ bits: inout BitReader, litLen: inout HuffmanTable, dist: inout HuffmanTable
  ) throws(InflateFailure) {
    let literalCount = Int(try bits.read(5)) + 257
    let distanceCount = Int(try bits.read(5)) + 1
    let codeLengthCount = Int(try bits.read(4)) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
    var codeLengthLengths = [UInt8](repeating: 0, count: 19)
    for i in 0..<codeLengthCount {
      codeLengthLengths[codeLengthOrder[i]] = UInt8(try bits.read(3))
    }
    var codeLengths = HuffmanTable()
    try codeLengths.build(codeLengthLengths[...])
    var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
    var i = 0
    while i < lengths.count {
      let symbol = try codeLengths.decode(&bits)
      switch symbol {
      case 0...15:
        lengths[i] = UInt8(symbol)
        i += 1
      case 16:
        guard i > 0 else { throw .invalidCodeLengths }
        let repeatCount = 3 + Int(try bits.read(2))
        guard i + repeatCount <= lengths.count else { throw .invalidCodeLengths }
        for j in i..<(i + repeatCount) { lengths[j] = lengths[i - 1] }
        i += repeatCount
      case 17, 18:
        let repeatCount = symbol == 17 ? 3 + Int(try bits.read(3)) : 11 + Int(try bits.read(7))
        guard i + repeatCount <= lengths.count else { throw .invalidCodeLengths }
        i += repeatCount  // already zero
      default: throw .invalidSymbol
      }
    }
    guard lengths[256] != 0 else { throw .invalidCodeLengths }  // no end-of-block code
    try litLen.build(lengths[0..<literalCount])
    try dist.build(lengths[literalCount...])
  }

  private static let lengthBase: [UInt16] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  private static let lengthExtra: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase: [UInt16] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra: [UInt8] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]

  private static func decodeBlock(
    _ bits: inout BitReader, _ litLen: HuffmanTable, _ dist: HuffmanTable,
    _ output: inout OutputBuffer
  ) throws(InflateFailure) {
    while true {
      let symbol = try litLen.decode(&bits)
      if symbol < 256 {
        try output.append(UInt8(truncatingIfNeeded: symbol))
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < 29 else { throw .invalidSymbol }
      let length =
        Int(lengthBase[lengthIndex]) + Int(try bits.read(Int(lengthExtra[lengthIndex])))
      let distanceSymbol = try dist.decode(&bits)
      guard distanceSymbol < 30 else { throw .invalidSymbol }
      let distance =
        Int(distanceBase[distanceSymbol])
        + Int(try bits.read(Int(distanceExtra[distanceSymbol])))
      try output.copyMatch(distance: distance, length: length)
    }
  }
}
