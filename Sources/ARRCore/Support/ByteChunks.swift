import Dispatch

/// A document made in pieces, in order, a few at a time, so a large report is written out as it
/// is made instead of being held whole in memory.
///
/// A 1M-account JSON report is hundreds of megabytes; made all at once (its account slices on
/// every core) and then written, every slice stays alive until the last is done. Walked with
/// ``forEachPiece(ahead:_:)``, at most a few pieces exist at a time: the one being written and
/// the next ones, made meanwhile on the other cores. The bytes never depend on how many are
/// made ahead or on the thread count, only on the pieces.
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

  /// Pieces made ahead of the one being written: with it, at most four pieces are alive at a
  /// time (as when two windows of two were), so a large report's peak memory stays at a few
  /// slices.
  public static let defaultAhead = 3

  /// Calls `body` with every piece in order, each piece made on its own, on other threads, up
  /// to `ahead` pieces ahead of the one `body` consumes: as soon as `body` takes a piece, the
  /// piece `ahead` places after it is started (writing a large report is mostly the kernel
  /// copying bytes and the disk, during which the cores would otherwise sit idle). No piece
  /// waits for another to be made: pieces made a window at a time, the next window started
  /// only once this one was written, left a core idle while the slower piece of each window
  /// was finished and while the window was written (session 40: the JSON report's writing ran
  /// its two making threads at about 60%).
  /// - Throws: What `body` throws; the pieces being made are finished, no later one is started.
  /// - Complexity: O(pieces) calls, plus making them.
  public func forEachPiece<E: Error>(
    ahead: Int = ByteChunks.defaultAhead, _ body: ([UInt8]) throws(E) -> Void
  ) throws(E) {
    let ahead = max(1, ahead)
    guard count > 0 else { return }
    let made = MadePieces(ring: min(ahead, count))
    let group = DispatchGroup()
    let make = self.make
    // The next piece to start: piece `k` goes to slot `k % ring`, free once piece `k - ring`
    // was taken.
    var next = 0
    func startNext() {
      let k = next
      next += 1
      DispatchQueue.global().async(group: group) { made.store(make(k..<(k + 1))[0], for: k) }
    }
    while next < min(count, ahead) { startNext() }
    for k in 0..<count {
      let piece = made.take(k)
      if next < count { startNext() }
      do {
        try body(piece)
      } catch {
        group.wait()
        throw error
      }
    }
  }

  /// Every piece, made at once (tests, and writers that need them together).
  public var all: [[UInt8]] { make(0..<count) }
}

/// The pieces made ahead of the one being written, in a ring of slots: piece `k` in slot
/// `k % ring`, each slot with a semaphore its maker signals, so that the writer, waiting on it,
/// reads the piece after it was stored.
private final class MadePieces: @unchecked Sendable {
  /// Raw slots, not an array: makers store into different slots at once.
  private let pieces: UnsafeMutablePointer<[UInt8]>
  private let ready: [DispatchSemaphore]

  init(ring: Int) {
    pieces = .allocate(capacity: ring)
    pieces.initialize(repeating: [], count: ring)
    ready = (0..<ring).map { _ in DispatchSemaphore(value: 0) }
  }

  deinit {
    pieces.deinitialize(count: ready.count)
    pieces.deallocate()
  }

  /// Stores piece `k` (on its maker's thread).
  func store(_ piece: [UInt8], for k: Int) {
    pieces[k % ready.count] = piece
    ready[k % ready.count].signal()
  }

  /// Waits for piece `k` and takes it out of its slot.
  func take(_ k: Int) -> [UInt8] {
    ready[k % ready.count].wait()
    var piece: [UInt8] = []
    swap(&piece, &pieces[k % ready.count])
    return piece
  }
}
