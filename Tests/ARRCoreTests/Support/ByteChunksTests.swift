import Testing

@testable import ARRCore

/// ``ByteChunks``: pieces made a window at a time come out in order, whatever the window, and
/// concatenated parts read across their boundaries.
@Suite struct ByteChunksTests {
  /// Pieces `k` = [k], recording which ranges were asked for.
  final class Log: @unchecked Sendable { var ranges: [Range<Int>] = [] }

  static func numbered(_ count: Int, log: Log? = nil) -> ByteChunks {
    ByteChunks(count: count) { range in
      log?.ranges.append(range)
      return range.map { [UInt8($0)] }
    }
  }

  @Test(arguments: [1, 2, 3, 4, 100])
  func everyWindowGivesThePiecesInOrder(window: Int) {
    let log = Log()
    var seen: [UInt8] = []
    Self.numbered(10, log: log).forEachPiece(window: window) { seen += $0 }
    #expect(seen == Array(0..<10))
    // At most `window` pieces are made at a time, each once.
    #expect(log.ranges.allSatisfy { $0.count <= window })
    #expect(log.ranges.map(\.count).reduce(0, +) == 10)
  }

  @Test func concatenatedPartsReadAcrossTheirBoundaries() {
    let parts = ByteChunks(concatenating: [
      ByteChunks([[100]]), Self.numbered(5), ByteChunks([]), ByteChunks([[200], [201]]),
    ])
    #expect(parts.count == 8)
    for window in 1...8 {
      var seen: [UInt8] = []
      parts.forEachPiece(window: window) { seen += $0 }
      #expect(seen == [100, 0, 1, 2, 3, 4, 200, 201])
    }
    #expect(parts.all.flatMap { $0 } == [100, 0, 1, 2, 3, 4, 200, 201])
  }

  /// A write that fails stops the walk: the window being made ahead is finished, no later one
  /// is started.
  @Test func aThrowingBodyStopsMakingPieces() {
    struct Full: Error {}
    let log = Log()
    var written = 0
    #expect(throws: Full.self) {
      try Self.numbered(10, log: log).forEachPiece(window: 2) { (_: [UInt8]) throws(Full) in
        written += 1
        if written == 3 { throw Full() }
      }
    }
    #expect(log.ranges == [0..<2, 2..<4, 4..<6])
  }
}
