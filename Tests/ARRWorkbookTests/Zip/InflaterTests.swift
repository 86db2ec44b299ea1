import Testing

@testable import ARRWorkbook

@Suite struct InflaterTests {
  static let vectors = ["empty", "stored", "fixed", "dynamic", "huffman-only", "rle", "noise"]

  func inflate(_ stream: [UInt8], limit: Int = 1 << 24) throws(InflateFailure) -> [UInt8] {
    try stream.withUnsafeBufferPointer { buffer throws(InflateFailure) in
      try Inflater.inflate(buffer, limit: limit)
    }
  }

  @Test("zlib's streams decode to their input", arguments: vectors)
  func decodesZlibVectors(name: String) throws {
    let stream = try Fixtures.bytes("inflate-\(name).deflate")
    let expected = try Fixtures.bytes("inflate-\(name).raw")
    #expect(try inflate(stream) == expected)
  }

  @Test func decodesAHandAssembledFixedBlock() throws {
    // "a" then a match of length 3 at distance 1 → "aaaa", fixed Huffman, final block.
    // Bits (LSB first): BFINAL 1, BTYPE 01; literal 'a' = 0x61 → code 0x30+0x61 (8 bits);
    // length 3 → symbol 257 (7 bits 0000001); distance code 0 (5 bits); end 256 (0000000).
    let stream: [UInt8] = [0x4B, 0x04, 0x02, 0x00]
    #expect(try inflate(stream) == Array("aaaa".utf8))
  }

  @Test("a stream cut anywhere is reported as cut, never decoded or crashed on")
  func truncatedStreamsFail() throws {
    let stream = try Fixtures.bytes("inflate-dynamic.deflate")
    for cut in stride(from: 0, to: stream.count - 1, by: 997) {
      #expect(throws: InflateFailure.self) { try inflate(Array(stream[..<cut])) }
    }
    #expect(throws: InflateFailure.truncated) { try inflate(Array(stream.dropLast())) }
  }

  @Test func outputPastTheLimitStops() throws {
    let stream = try Fixtures.bytes("inflate-rle.deflate")
    #expect(throws: InflateFailure.outputLimitExceeded) { try inflate(stream, limit: 3299) }
    #expect(try inflate(stream, limit: 3300).count == 3300)
  }

  @Test func corruptStreamsFail() throws {
    // BFINAL 1, BTYPE 11 (reserved).
    #expect(throws: InflateFailure.reservedBlockType) { try inflate([0x07, 0x00]) }
    // A stored block whose length and complement disagree.
    #expect(throws: InflateFailure.storedLengthMismatch) {
      try inflate([0x01, 0x05, 0x00, 0x00, 0x00])
    }
    // A match reaching before the start: fixed block, length 3 at distance 1 with no output.
    #expect(throws: InflateFailure.distanceTooFar) { try inflate([0x03, 0x02, 0x00]) }
  }

  @Test("random bytes never crash the decoder")
  func randomBytesAreSafe() {
    var generator = SplitMix(seed: 16)
    for _ in 0..<300 {
      let bytes = (0..<Int(generator.next() % 200)).map { _ in
        UInt8(truncatingIfNeeded: generator.next())
      }
      // Either a typed failure or output within the limit: never a trap, never more.
      if let out = try? inflate(bytes, limit: 1 << 16) { #expect(out.count <= 1 << 16) }
    }
  }

  @Test func crc32MatchesTheKnownCheckValue() {
    // The standard check value of CRC-32: "123456789" → 0xCBF43926.
    let crc = Array("123456789".utf8).withUnsafeBufferPointer { CRC32.checksum($0) }
    #expect(crc == 0xCBF4_3926)
    let long = Array(repeating: Array("123456789".utf8), count: 3).flatMap { $0 }
    let bytewise = long.reduce(UInt32(0xFFFF_FFFF)) { crc, b in
      var c = crc ^ UInt32(b)
      for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      return c
    }
    #expect(long.withUnsafeBufferPointer { CRC32.checksum($0) } == ~bytewise)
  }
}

/// A tiny deterministic generator for fuzz-style tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The output is written into the result's own storage when the declared size is right, and
/// moves to a growing buffer when it is not: the bytes are the same either way (trial 25, T25-8:
/// a 1 GB sheet was held twice, once by the decoder and once as the copy it returned).
@Suite struct InflaterOutputTests {
  @Test("every size hint gives the same bytes", arguments: InflaterTests.vectors)
  func sizeHintsGiveTheSameBytes(name: String) throws {
    let stream = try Fixtures.bytes("inflate-\(name).deflate")
    let expected = try Fixtures.bytes("inflate-\(name).raw")
    for hint in [0, 1, expected.count / 2, expected.count, expected.count + 1, 2 * expected.count] {
      let out = try stream.withUnsafeBufferPointer { buffer throws(InflateFailure) in
        try Inflater.inflate(buffer, sizeHint: hint, limit: 1 << 24)
      }
      #expect(out == expected, "size hint \(hint)")
    }
  }

  @Test func aBorrowedBufferIsWrittenInPlaceUntilFull() throws {
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4)
    defer { storage.deallocate() }
    var output = OutputBuffer(borrowing: storage, limit: 100)
    for b: UInt8 in [1, 2, 3, 4] { try output.append(b) }
    #expect(!output.isOwned && output.count == 4)
    #expect(Array(storage) == [1, 2, 3, 4])
    // A fifth byte moves the four to memory of the buffer's own, which it then frees.
    try output.append(5)
    try output.copyMatch(distance: 2, length: 3)
    #expect(output.isOwned)
    #expect(output.bytes() == [1, 2, 3, 4, 5, 4, 5, 4])
    output.deallocate()
  }

  @Test func aBorrowedBufferStillStopsAtTheLimit() throws {
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 8)
    defer { storage.deallocate() }
    var output = OutputBuffer(borrowing: storage, limit: 3)
    for b: UInt8 in [1, 2, 3] { try output.append(b) }
    #expect(throws: InflateFailure.outputLimitExceeded) { try output.append(4) }
    #expect(!output.isOwned)
    output.deallocate()
  }
}
