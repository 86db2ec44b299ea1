import Dispatch

/// A document made in pieces, in order, a few at a time, so a large report is written out as it
/// is made instead of being held whole in memory.
///
/// A 1M-account JSON report is hundreds of megabytes; made all at once (its account slices on
/// every core) and then written, every slice stays alive until the last is done. Walked with
/// ``forEachPiece(window:_:)``, at most two windows of pieces exist at a time: the one being
/// written and the next, made meanwhile on the other cores. The bytes never depend on the window
/// or the thread count, only on the pieces.
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

  /// Pieces made at a time while writing: the window being written and the next one being
  /// made are alive together, so a large report's peak memory stays at a few slices.
  public static let defaultWindow = 2

  /// Calls `body` with every piece in order, making at most `window` at a time; the next window
  /// is made on other threads while `body` consumes this one (writing a large report is
  /// mostly the kernel copying bytes, during which the cores would otherwise sit idle).
  /// - Throws: What `body` throws; no window after the one being made then is started.
  /// - Complexity: O(pieces) calls, plus making them.
  public func forEachPiece<E: Error>(
    window: Int = ByteChunks.defaultWindow, _ body: ([UInt8]) throws(E) -> Void
  ) throws(E) {
    let window = max(1, window)
    guard count > 0 else { return }
    var current = make(0..<min(count, window))
    // The next index to make: `make` gives one piece per index asked for.
    var start = min(count, window)
    let ahead = WindowAhead()
    let group = DispatchGroup()
    while true {
      let range = start..<min(count, start + window)
      if !range.isEmpty {
        let make = self.make
        DispatchQueue.global().async(group: group) { ahead.pieces = make(range) }
      }
      do {
        for piece in current { try body(piece) }
      } catch {
        group.wait()
        throw error
      }
      guard !range.isEmpty else { return }
      group.wait()
      current = ahead.pieces
      ahead.pieces = []
      start = range.upperBound
    }
  }

  /// Every piece, made at once (tests, and writers that need them together).
  public var all: [[UInt8]] { make(0..<count) }
}

/// The window made ahead of the one being written; handed over by waiting on the group that
/// made it.
private final class WindowAhead: @unchecked Sendable {
  var pieces: [[UInt8]] = []
}
