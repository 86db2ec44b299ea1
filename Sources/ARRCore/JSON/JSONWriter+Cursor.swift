extension JSONWriter {
  /// Writes through a ``Cursor`` into a scratch buffer that is appended to ``bytes`` in large
  /// pieces: for loops that write many small values, such as the `accounts` array of a large
  /// report (a million accounts, ~30 values each), where every `Array` append's uniqueness and
  /// capacity checks cost more than the bytes it adds. The bytes are exactly those the
  /// writer's own methods of the same names write.
  /// - Parameter body: Writes through the cursor (which must not escape it).
  /// - Returns: What `body` returns.
  public mutating func withCursor<R>(_ body: (inout Cursor) throws -> R) rethrows -> R {
    var cursor = Cursor(capacity: Cursor.scratchSize)
    swap(&cursor.target, &bytes)
    defer {
      cursor.flush()
      swap(&cursor.target, &bytes)
      cursor.deallocate()
    }
    return try body(&cursor)
  }

  /// A ``JSONWriter``'s bytes written through a pointer (``JSONWriter/withCursor(_:)``). Each
  /// write checks for room with one comparison; when the scratch buffer is full its bytes are
  /// appended to the writer's, and it is reused.
  public struct Cursor {
    /// The writer's bytes, held while the cursor writes.
    @usableFromInline var target: [UInt8] = []
    /// The scratch buffer, the next byte to write, and the buffer's end.
    @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @usableFromInline var next: UnsafeMutablePointer<UInt8>
    @usableFromInline var end: UnsafeMutablePointer<UInt8>
    /// The quoted bytes of the segments ``segment(_:)`` wrote, one after another, and where
    /// each code's are (`count` 0: not written yet), by the code's raw value.
    var segmentBytes: [UInt8] = []
    var segmentSpans: [(start: Int, count: Int)] = []

    /// Scratch bytes: in the second-level cache, and a few hundred accounts of a report.
    static var scratchSize: Int { 1 << 16 }

    fileprivate init(capacity: Int) {
      start = .allocate(capacity: capacity)
      next = start
      end = start + capacity
    }

    /// Appends the written bytes to ``target`` and starts the scratch buffer again.
    @usableFromInline
    mutating func flush() {
      target.append(contentsOf: UnsafeBufferPointer(start: start, count: next - start))
      next = start
    }

    fileprivate func deallocate() { start.deallocate() }

    /// Makes room for `n` more bytes.
    @inlinable @inline(__always)
    mutating func room(_ n: Int) {
      if end - next < n { makeRoom(n) }
    }

    @usableFromInline @inline(never)
    mutating func makeRoom(_ n: Int) {
      flush()
      guard end - start < n else { return }
      // More than the whole buffer at once (a very long string): a larger buffer.
      let capacity = max(n, 2 * (end - start))
      start.deallocate()
      start = .allocate(capacity: capacity)
      next = start
      end = start + capacity
    }

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func byte(_ b: UInt8) {
      room(1)
      next.pointee = b
      next += 1
    }

    /// Appends ASCII text verbatim (``JSONWriter/ascii(_:)``).
    @inlinable @inline(__always)
    public mutating func ascii(_ s: StaticString) {
      let n = s.utf8CodeUnitCount
      room(n)
      next.update(from: s.utf8Start, count: n)
      next += n
    }

    /// ``JSONWriter/separator(isFirst:indent:)``.
    @inlinable @inline(__always)
    public mutating func separator(isFirst: Bool, indent: Int) {
      if !isFirst { byte(UInt8(ascii: ",")) }
      if indent > 0 { newline(indent: indent) }
    }

    /// ``JSONWriter/close(_:indent:)``.
    @inlinable @inline(__always)
    public mutating func close(_ bracket: UInt8, indent: Int) {
      if indent >= 0 { newline(indent: indent) }
      byte(bracket)
    }

    /// ``JSONWriter/newline(indent:)``.
    @inlinable @inline(__always)
    public mutating func newline(indent: Int) {
      room(1 + 2 * indent)
      next.pointee = 0x0A
      (next + 1).update(repeating: 0x20, count: 2 * indent)
      next += 1 + 2 * indent
    }

    /// A quoted string (``JSONWriter/string(_:)``).
    @inline(__always)
    public mutating func string(_ s: String) {
      var s = s
      s.withUTF8 { string(utf8: $0) }
    }

    /// UTF-8 text as a quoted string (``JSONWriter/string(utf8:)``).
    @inline(__always)
    public mutating func string(utf8: ArraySlice<UInt8>) {
      utf8.withUnsafeBufferPointer { string(utf8: $0) }
    }

    /// UTF-8 text as a quoted string (``JSONWriter/string(utf8:)``).
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
      if JSONWriter.needsEscaping(utf8) { return escapedString(utf8) }
      let n = utf8.count
      room(n + 2)
      next.pointee = UInt8(ascii: "\"")
      if let base = utf8.baseAddress { (next + 1).update(from: base, count: n) }
      next[n + 1] = UInt8(ascii: "\"")
      next += n + 2
    }

    @inline(never)
    private mutating func escapedString(_ utf8: UnsafeBufferPointer<UInt8>) {
      room(6 * utf8.count + 2)
      next.pointee = UInt8(ascii: "\"")
      next += 1
      for b in utf8 { next += JSONWriter.escape(b, to: next) }
      next.pointee = UInt8(ascii: "\"")
      next += 1
    }

    /// An account's id as a quoted string, written from its stored form (``AccountID``): a
    /// raw id's bytes copied, a packed id unpacked, without a `String` or a copy on the stack.
    /// The same bytes as ``string(_:)`` of `account.id`.
    @inlinable @inline(__always)
    public mutating func accountID(_ account: Account) {
      guard case .inline(let id) = account.storedID.storage else {
        return account.storedID.withUTF8 { string(utf8: $0) }
      }
      room(AccountID.inlineRoom + 2)
      let n = AccountID.unpack(id, to: next + 1)
      // A packed id is letters, digits, `_` and `-`; a raw one may hold a byte to escape.
      if id.kind == .raw && JSONWriter.needsEscaping(UnsafeBufferPointer(start: next + 1, count: n))
      {
        return account.storedID.withUTF8 { string(utf8: $0) }
      }
      next.pointee = UInt8(ascii: "\"")
      next[n + 1] = UInt8(ascii: "\"")
      next += n + 2
    }

    /// Segment codes below this keep their bytes (``segment(_:)``); a company with more
    /// segments writes the others as ``string(_:)`` does, each time.
    static var cachedSegments: Int { 4096 }

    /// An account's segment (``Account/segmentCode``) as a quoted string, or `null` without
    /// one: the bytes of ``string(_:)`` of `account.segment`. Each segment's bytes are made
    /// once per cursor and copied after: `account.segment` made a `String` per account (its
    /// reference counting and escape check, ~8% of a report's accounts).
    package mutating func segment(_ code: SegmentCode) {
      let k = Int(code.raw)
      guard k < Self.cachedSegments else { return segmentBytes(of: code) }
      if k >= segmentSpans.count || segmentSpans[k].count == 0 { cacheSegment(code) }
      let span = segmentSpans[k]
      room(span.count)
      segmentBytes.withUnsafeBufferPointer { bytes in
        next.update(from: bytes.baseAddress! + span.start, count: span.count)
      }
      next += span.count
    }

    /// Keeps the bytes of segment `code` (``segment(_:)``).
    @inline(never)
    private mutating func cacheSegment(_ code: SegmentCode) {
      let k = Int(code.raw)
      if k >= segmentSpans.count {
        segmentSpans += repeatElement((start: 0, count: 0), count: k + 1 - segmentSpans.count)
      }
      var w = JSONWriter()
      if let name = code.name { w.string(name) } else { w.ascii("null") }
      segmentSpans[k] = (segmentBytes.count, w.bytes.count)
      segmentBytes += w.bytes
    }

    /// Writes segment `code` without keeping its bytes.
    @inline(never)
    private mutating func segmentBytes(of code: SegmentCode) {
      if let name = code.name { string(name) } else { ascii("null") }
    }

    /// ``JSONWriter/integer(_:)``.
    @inlinable @inline(__always)
    public mutating func integer(_ v: Int64) { number(Number(integer: v)) }

    /// ``JSONWriter/money(_:)``.
    @inlinable @inline(__always)
    public mutating func money(_ cents: Int64) { number(Number(cents: cents)) }

    /// ``JSONWriter/decimal(_:places:)``.
    @inlinable @inline(__always)
    public mutating func decimal(_ v: Double, places: Int) {
      guard v.isFinite else { return ascii("null") }
      guard let n = Number(v, places: places) else { return slowDecimal(v, places: places) }
      number(n)
    }

    @usableFromInline @inline(never)
    mutating func slowDecimal(_ v: Double, places: Int) {
      var w = JSONWriter()
      w.decimal(v, places: places)
      w.bytes.withUnsafeBufferPointer { bytes in
        room(bytes.count)
        next.update(from: bytes.baseAddress!, count: bytes.count)
        next += bytes.count
      }
    }

    @inlinable @inline(__always)
    mutating func number(_ n: Number) {
      room(40)
      n.copy(to: next)
      next += n.count
    }
  }
}
