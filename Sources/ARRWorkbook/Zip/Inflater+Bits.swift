/// Reads a DEFLATE stream's bits, least significant first, eight bytes at a time where it can.
///
/// Past the end of the input it feeds zero bytes (a decoder peeks ahead of what it uses) and
/// counts them, so a stream that really uses them is reported as ``InflateFailure/truncated``.
struct BitReader {
  private let base: UnsafePointer<UInt8>?
  private let count: Int
  private var position = 0
  private(set) var buffer: UInt64 = 0
  private(set) var bitCount = 0
  private var paddingBytes = 0

  init(_ input: UnsafeBufferPointer<UInt8>) {
    base = input.baseAddress
    count = input.count
  }

  /// Tops the buffer up to at least 57 bits.
  @inline(__always)
  mutating func refill() throws(InflateFailure) {
    if let base, position + 8 <= count {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
      // Bits above `bitCount` may already hold the same stream bytes: OR-ing them again is
      // harmless, and only the whole bytes counted here advance `position`.
      buffer |= word << UInt64(bitCount)
      let bytes = (63 - bitCount) >> 3
      position += bytes
      bitCount += bytes << 3
      return
    }
    while bitCount <= 56 {
      if position < count {
        buffer |= UInt64(base![position]) << UInt64(bitCount)
        position += 1
      } else {
        paddingBytes += 1
        // Nine zero bytes cannot fit beside real bits in 64: some padding was consumed.
        if paddingBytes > 8 { throw .truncated }
      }
      bitCount += 8
    }
  }

  /// Reads `n` (0–16) bits as a number, first bit lowest.
  @inline(__always)
  mutating func read(_ n: Int) throws(InflateFailure) -> UInt32 {
    if bitCount < n { try refill() }
    let value = UInt32(truncatingIfNeeded: buffer & ((1 << UInt64(n)) &- 1))
    consume(n)
    return value
  }

  @inline(__always)
  mutating func consume(_ n: Int) {
    buffer >>= UInt64(n)
    bitCount -= n
  }

  /// Drops the bits left in the current byte (stored blocks start on a byte boundary).
  mutating func alignToByte() { consume(bitCount & 7) }

  /// Copies `count` whole bytes (after ``alignToByte()``) straight from the input.
  mutating func copyBytes(count n: Int, into output: inout OutputBuffer) throws(InflateFailure) {
    // Rewind to the first unread stream byte, discarding the look-ahead.
    let buffered = bitCount >> 3
    guard buffered >= paddingBytes else { throw .truncated }
    position -= buffered - paddingBytes
    buffer = 0
    bitCount = 0
    paddingBytes = 0
    guard n <= count - position, let base else {
      if n == 0 { return }
      throw .truncated
    }
    try output.append(UnsafeBufferPointer(start: base + position, count: n))
    position += n
  }

  /// Throws when decoding used bits past the end of the input.
  func checkNotOverrun() throws(InflateFailure) {
    if bitCount < paddingBytes * 8 { throw .truncated }
  }
}

/// The growing output of one inflate, with a hard limit on its size.
///
/// It starts in memory it borrows (the result array's own storage, sized from the size the
/// archive declares), so an entry whose size is declared right is written once, never copied:
/// a 1 GB sheet costs 1 GB, not 2 (trial 25, T25-8). Past the borrowed capacity it moves to
/// memory of its own, doubling up to the limit.
struct OutputBuffer {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0
  private let limit: Int
  /// Whether ``base`` is this buffer's own allocation (else borrowed, never freed here).
  private(set) var isOwned: Bool

  /// A buffer writing into `storage` until it is full (then into memory of its own).
  init(borrowing storage: UnsafeMutableBufferPointer<UInt8>, limit: Int) {
    // Never above the limit: single-byte appends check the limit only when the buffer is full.
    self.capacity = max(min(storage.count, limit), 0)
    self.limit = limit
    base = storage.baseAddress ?? .allocate(capacity: 1)
    isOwned = storage.baseAddress == nil
    if isOwned { capacity = 0 }
  }

  /// Frees the storage if it is this buffer's own; call exactly once (``Inflater`` does so).
  func deallocate() { if isOwned { base.deallocate() } }

  @inline(__always)
  private mutating func reserve(_ extra: Int) throws(InflateFailure) {
    let needed = count + extra
    guard needed > capacity else { return }
    guard needed <= limit else { throw .outputLimitExceeded }
    let grown = min(max(capacity * 2, needed), max(limit, needed))
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    bigger.update(from: base, count: count)
    if isOwned { base.deallocate() }
    base = bigger
    capacity = grown
    isOwned = true
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) throws(InflateFailure) {
    if count == capacity { try reserve(1) }
    base[count] = byte
    count += 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(InflateFailure) {
    guard bytes.count <= limit - count else { throw .outputLimitExceeded }
    try reserve(bytes.count)
    (base + count).update(from: bytes.baseAddress!, count: bytes.count)
    count += bytes.count
  }

  /// Appends `length` bytes copied from `distance` bytes back (they may overlap the new ones).
  @inline(__always)
  mutating func copyMatch(distance: Int, length: Int) throws(InflateFailure) {
    guard distance <= count else { throw .distanceTooFar }
    guard length <= limit - count else { throw .outputLimitExceeded }
    try reserve(length)
    var from = base + (count - distance)
    var to = base + count
    if distance >= length {
      to.update(from: from, count: length)
    } else {
      for _ in 0..<length {
        to.pointee = from.pointee
        to += 1
        from += 1
      }
    }
    count += length
  }

  /// The bytes produced, as an array.
  func bytes() -> [UInt8] {
    [UInt8](UnsafeBufferPointer(start: base, count: count))
  }
}
