import ARRCore
import Testing

@testable import ARRReports

@Suite struct JSONWriterSlicesTests {
  /// Items `0..<count`, one per line, after a prefix already in the writer.
  static func written(count: Int, sliceSize: Int) -> String {
    var w = JSONWriter()
    w.ascii("head\n")
    let slices = JSONWriter.slices(count: count, sliceSize: sliceSize, bytesPerItem: 8) {
      range, part in
      for i in range {
        part.integer(Int64(i))
        part.bytes.append(0x0A)
      }
    }
    #expect(slices.count == (count + sliceSize - 1) / sliceSize)
    return String(
      decoding: JSONWriter.joined(ByteChunks(concatenating: [ByteChunks([w.bytes]), slices])),
      as: UTF8.self)
  }

  /// Any slicing gives the bytes of one pass in order, including a last short slice.
  @Test(arguments: [1, 3, 7, 1000, 5000])
  func slicesJoinInOrder(sliceSize: Int) {
    let expected = "head\n" + (0..<1000).map { "\($0)\n" }.joined()
    #expect(Self.written(count: 1000, sliceSize: sliceSize) == expected)
  }

  @Test func nothingToWriteAddsNothing() {
    #expect(Self.written(count: 0, sliceSize: 4) == "head\n")
  }
}
