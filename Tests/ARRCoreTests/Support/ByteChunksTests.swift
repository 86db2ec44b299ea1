import Dispatch
import Testing

@testable import ARRCore

/// ``ByteChunks``: pieces made ahead, each on its own, come out in order however many are
/// made ahead, and concatenated parts read across their boundaries.
@Suite struct ByteChunksTests {
  /// Which ranges were asked for (by makers on several threads at once), and how many pieces
  /// were alive at most: made or being made, and not yet consumed.
  final class Log: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ByteChunksTests.Log")
    private var asked: [Range<Int>] = []
    private var alive = 0
    private var mostAlive = 0

    func made(_ range: Range<Int>) {
      queue.sync {
        asked.append(range)
        alive += range.count
        mostAlive = max(mostAlive, alive)
      }
    }

    func consumed() { queue.sync { alive -= 1 } }

    /// The ranges asked for, in index order.
    var ranges: [Range<Int>] { queue.sync { asked.sorted { $0.lowerBound < $1.lowerBound } } }
    var peak: Int { queue.sync { mostAlive } }
  }

  /// Pieces `k` = [k].
  static func numbered(_ count: Int, log: Log? = nil) -> ByteChunks {
    ByteChunks(count: count) { range in
      log?.made(range)
      return range.map { [UInt8($0)] }
    }
  }

  @Test(arguments: [1, 2, 3, 4, 100])
  func anyNumberAheadGivesThePiecesInOrder(ahead: Int) {
    let log = Log()
    var seen: [UInt8] = []
    Self.numbered(10, log: log).forEachPiece(ahead: ahead) {
      seen += $0
      log.consumed()
    }
    #expect(seen == Array(0..<10))
    // Each piece made once, on its own.
    #expect(log.ranges == (0..<10).map { $0..<($0 + 1) })
    // At most `ahead` pieces made beside the one being consumed.
    #expect(log.peak <= min(ahead, 10) + 1)
  }

  @Test func concatenatedPartsReadAcrossTheirBoundaries() {
    let parts = ByteChunks(concatenating: [
      ByteChunks([[100]]), Self.numbered(5), ByteChunks([]), ByteChunks([[200], [201]]),
    ])
    #expect(parts.count == 8)
    for ahead in 1...8 {
      var seen: [UInt8] = []
      parts.forEachPiece(ahead: ahead) { seen += $0 }
      #expect(seen == [100, 0, 1, 2, 3, 4, 200, 201])
    }
    #expect(parts.all.flatMap { $0 } == [100, 0, 1, 2, 3, 4, 200, 201])
  }

  /// A write that fails stops the walk: the pieces being made ahead are finished, no later one
  /// is started. Two ahead: pieces 0 and 1 start; taking 0 starts 2, taking 1 starts 3, taking
  /// 2 starts 4, whose write fails.
  @Test func aThrowingBodyStopsMakingPieces() {
    struct Full: Error {}
    let log = Log()
    var written = 0
    #expect(throws: Full.self) {
      try Self.numbered(10, log: log).forEachPiece(ahead: 2) { (_: [UInt8]) throws(Full) in
        written += 1
        if written == 3 { throw Full() }
      }
    }
    #expect(written == 3)
    #expect(log.ranges == (0..<5).map { $0..<($0 + 1) })
  }

  /// No pieces, or one: nothing made ahead of the end.
  @Test func fewPieces() {
    var seen: [[UInt8]] = []
    ByteChunks([]).forEachPiece { seen.append($0) }
    #expect(seen.isEmpty)
    ByteChunks([[7, 8]]).forEachPiece(ahead: 5) { seen.append($0) }
    #expect(seen == [[7, 8]])
  }
}
