/// A document made in pieces, in order, a few at a time, so a large report is written out as it
/// is made instead of being held whole in memory.
///
/// A 1M-account JSON report is hundreds of megabytes; made all at once (its account slices on
/// every core) and then written, every slice stays alive until the last is done. Walked with
/// ``forEachPiece(window:_:)``, at most `window` pieces exist at a time: each window is made on every
/// core, written, and dropped before the next. The bytes never depend on the window or the
/// thread count, only on the pieces.
public struct ByteChunks: Sendable {
  /// Number of pieces.
  public let count: Int
  /// Makes the pieces of a range of indices, in order.
  private let make: @Sendable (Range<Int>) -> [[UInt8]]

  /// Pieces made on demand.
  /// - Parameters:
  ///   - count: Number of pieces.
  ///   - make: Makes the pieces of the given indices, in order (it may use every core).
  public init(count: Int, make: @escaping @Sendable (Range<Int>) -> [[UInt8]]) {
    self.count = count
    self.make = make
  }

  /// Pieces already made.
  public init(_ pieces: [[UInt8]]) {
    self.init(count: pieces.count) { range in Array(pieces[range]) }
  }

  /// Pieces that follow one another: `parts[0]`'s, then `parts[1]`'s, and so on.
  public init(concatenating parts: [ByteChunks]) {
    let starts = parts.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    self.init(count: starts.last!) { range in
      var out: [[UInt8]] = []
      for (k, part) in parts.enumerated() {
        let lo = max(range.lowerBound, starts[k])
        let hi = min(range.upperBound, starts[k + 1])
        if lo < hi { out += part.make((lo - starts[k])..<(hi - starts[k])) }
      }
      return out
    }
  }

  /// Pieces made at a time while writing: enough for every core of common machines to make
  /// one, few enough to keep a large report's peak memory at a few slices.
  public static let defaultWindow = 4

  /// Calls `body` with every piece in order, making at most `window` at a time.
  /// - Throws: What `body` throws; later pieces are then not made.
  /// - Complexity: O(pieces) calls, plus making them.
  public func forEachPiece<E: Error>(
    window: Int = ByteChunks.defaultWindow, _ body: ([UInt8]) throws(E) -> Void
  ) throws(E) {
    var start = 0
    while start < count {
      let end = min(count, start + max(1, window))
      for piece in make(start..<end) { try body(piece) }
      start = end
    }
  }

  /// Every piece, made at once (tests, and writers that need them together).
  public var all: [[UInt8]] { make(0..<count) }
}
