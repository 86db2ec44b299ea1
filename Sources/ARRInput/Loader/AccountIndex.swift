#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open-addressing hash table from account-id bytes to the account's row index, so reading
/// `monthly.csv` never builds a `String` per row.
///
/// Laid out for lookups in a file whose rows come in any order, where each step of a lookup in
/// a table of a million accounts is a cache miss: a slot is one word holding a tag of the hash
/// and where the id's record starts in ``arena``; the record holds the index, the length and the
/// bytes together. A lookup reads one slot (more only on a tag collision), then one record.
///
/// Nothing maps an index to its record: the records follow one another in index order, so a
/// pass over every id walks the arena, and a reader of rows grouped by account hints with the
/// previous row's record (``find(_:nearRecord:)``), whose successors are the next accounts'.
/// (An array of record offsets took 8 MB at a million accounts, through the whole load.)
struct AccountIndex: Sendable {
  /// Per id, in index order: `index: UInt32, length: UInt32, bytes`, unaligned.
  private var arena: [UInt8] = []
  /// Slot → `tag << 40 | (record offset + 1)` (0 = empty). Capacity is a power of two, at most
  /// half full.
  private var slots: [UInt64]
  private var mask: Int
  private static let headerSize = 8
  private static let offsetMask: UInt64 = (1 << 40) - 1

  /// How far past the hint ``find(_:near:)`` looks.
  static let hintReach = 4
  /// Ids placed together by ``placeDeferred()``.
  static let deferredBatch = 64
  /// Ids added by ``insertDeferred(_:)`` and not yet placed: record and hash.
  private var deferred: [(record: Int, hash: UInt64)] = []
  /// Whether ``placeDeferred()`` found an id already present.
  private(set) var hasDuplicate = false
  /// Folds the slots read ahead, so the reads are not optimised away.
  private var touched: UInt64 = 0

  /// Number of ids stored.
  private(set) var count = 0

  init(expectedCount: Int = 16) {
    let capacity = Self.capacity(for: expectedCount)
    slots = Self.emptySlots(capacity)
    mask = capacity - 1
  }

  /// The slots for `count` ids: the smallest power of two (at least 16) that keeps the table
  /// at most half full.
  static func capacity(for count: Int) -> Int {
    var capacity = 16
    while capacity < count * 2 { capacity <<= 1 }
    return capacity
  }

  /// A 64-bit hash of the bytes, eight at a time, with a final avalanche so that every bit of
  /// the id moves the slot bits (ids often differ only in their last characters).
  /// - Complexity: O(length of key).
  @inline(__always)
  static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
    var i = 0
    if let base = p.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= p.count {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        i += 8
      }
    }
    var tail: UInt64 = 0
    if i < p.count && p.count >= 8, let base = p.baseAddress {
      // The last eight bytes in one load, shifted down to the ones not hashed yet: the same
      // value as gathering them one by one below.
      let last = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: p.count - 8, as: UInt64.self)
      tail = UInt64(littleEndian: last) >> UInt64((8 - (p.count - i)) * 8)
    } else {
      var shift: UInt64 = 0
      while i < p.count {
        tail |= UInt64(p[i]) << shift
        shift += 8
        i += 1
      }
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    // The finaliser of MurmurHash3.
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 33)
  }

  /// The index of the id `key`, or `nil`.
  /// - Complexity: O(length of key) expected.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    find(key, hash: Self.hash(key))
  }

  @inline(__always)
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
    findRecord(key, hash: h)?.index
  }

  /// The index of `key` and where its record starts, or `nil`.
  @inline(__always)
  private func findRecord(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (
    index: Int, record: Int
  )? {
    let tag = h >> 40
    var s = Int(truncatingIfNeeded: h) & mask
    return slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        while true {
          let v = slots[s]
          if v == 0 { return nil }
          if v >> 40 == tag {
            let record = Int(truncatingIfNeeded: v & Self.offsetMask) - 1
            if let a = Self.index(atRecord: record, in: arena, ifHolding: key) {
              return (a, record)
            }
          }
          s = (s + 1) & mask
        }
      }
    }
  }

  /// Looks up `count` keys at once: `out[i]` is the index of key `i`, or -1.
  ///
  /// For rows in no order each lookup misses the cache twice (the slot, then the record). Done
  /// one key at a time, each miss waits for the one before; here every key's first slot is read
  /// before any is compared, then every matching record before any is compared, so the misses of
  /// different keys overlap. The answers are ``find(_:)``'s, key by key (tested against it).
  /// - Parameters:
  ///   - count: Number of keys.
  ///   - hashes: ``hash(_:)`` of each key.
  ///   - key: The bytes of key `i`.
  ///   - out: Receives the indexes.
  /// - Complexity: O(total length of the keys) expected.
  @inline(__always)
  func find(
    count: Int, hashes: UnsafePointer<UInt64>, key: (Int) -> UnsafeBufferPointer<UInt8>,
    into out: UnsafeMutablePointer<Int>
  ) {
    slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        // 1. Every key's first slot word, all read before any is used.
        for i in 0..<count {
          out[i] = Int(bitPattern: UInt(slots[Int(truncatingIfNeeded: hashes[i]) & mask]))
        }
        // 2. Every record whose tag matches: its length word, read before any id is compared.
        //    `out[i]` becomes -1 (empty slot: absent), 0 (probe on) or the record's offset + 1
        //    when its length is the key's.
        for i in 0..<count {
          let v = UInt64(UInt(bitPattern: out[i]))
          if v == 0 {
            out[i] = -1
          } else if v >> 40 == hashes[i] >> 40 {
            let record = Int(truncatingIfNeeded: v & Self.offsetMask) - 1
            let length = UnsafeRawPointer(arena.baseAddress! + record).loadUnaligned(
              fromByteOffset: 4, as: UInt32.self)
            out[i] = Int(length) == key(i).count ? record + 1 : 0
          } else {
            out[i] = 0
          }
        }
        // 3. Compare; a tag collision or a longer probe takes the one-key path.
        for i in 0..<count where out[i] >= 0 {
          let k = key(i)
          if out[i] > 0, let a = Self.index(atRecord: out[i] - 1, in: arena, ifHolding: k) {
            out[i] = a
          } else {
            out[i] = find(k, hash: hashes[i]) ?? -1
          }
        }
      }
    }
  }

  /// The index stored in the record at `offset` when the record's id is `key`.
  @inline(__always)
  private static func index(
    atRecord offset: Int, in arena: UnsafeBufferPointer<UInt8>,
    ifHolding key: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    let base = UnsafeRawPointer(arena.baseAddress! + offset)
    guard Int(base.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == key.count else {
      return nil
    }
    guard equalBytes(base + headerSize, key) else { return nil }
    return Int(base.loadUnaligned(as: UInt32.self))
  }

  /// Whether the `key.count` bytes at `stored` are `key`'s. Ids of 8 bytes or more (nearly
  /// all) are compared a word at a time, the last word overlapping the one before, without a
  /// call to `memcmp`.
  @inline(__always)
  private static func equalBytes(_ stored: UnsafeRawPointer, _ key: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let n = key.count
    guard n > 0, let k = key.baseAddress.map(UnsafeRawPointer.init) else { return true }
    guard n >= 8 else { return memcmp(stored, k, n) == 0 }
    var i = 0
    while i < n - 8 {
      guard
        stored.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          == k.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      else { return false }
      i += 8
    }
    return stored.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      == k.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
  }

  /// The index of `key` and where its record starts, trying the record at `hint` and the
  /// ``hintReach`` records after it first (the accounts after that one): files that list an
  /// account's rows together or accounts in the same order every month hit nearly always and
  /// save a table probe. A caller without a hint passes `-1` (``LookupHint``).
  /// - Parameter hint: Where a record starts (one this returned), or -1.
  /// - Complexity: O(length of key) expected.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, nearRecord hint: Int) -> (index: Int, record: Int)? {
    if hint >= 0 {
      // The same account again (rows grouped by account) first, then the next few (rows
      // grouped by month, with gaps where accounts had no row).
      let near: (index: Int, record: Int)? = arena.withUnsafeBufferPointer { arena in
        var r = hint
        for _ in 0...Self.hintReach where r < arena.count {
          if let a = Self.index(atRecord: r, in: arena, ifHolding: key) { return (a, r) }
          r = Self.next(after: r, in: arena)
        }
        return nil
      }
      if let near { return near }
    }
    return findRecord(key, hash: Self.hash(key))
  }

  /// The length of the id whose record starts at `record`.
  @inline(__always)
  private static func length(atRecord record: Int, in arena: UnsafeBufferPointer<UInt8>) -> Int {
    Int(
      UnsafeRawPointer(arena.baseAddress! + record).loadUnaligned(
        fromByteOffset: 4, as: UInt32.self))
  }

  /// Where the record after the one at `record` starts (the next index's).
  @inline(__always)
  private static func next(after record: Int, in arena: UnsafeBufferPointer<UInt8>) -> Int {
    record + headerSize + length(atRecord: record, in: arena)
  }

  /// The id bytes of the record at `record`.
  private static func key(atRecord record: Int, in arena: UnsafeBufferPointer<UInt8>)
    -> UnsafeBufferPointer<UInt8>
  {
    let start = record + headerSize
    return UnsafeBufferPointer(
      rebasing: arena[start..<(start + length(atRecord: record, in: arena))])
  }

  /// Calls `body` with every id's record and bytes, in index order.
  private func forEachRecord(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
    arena.withUnsafeBufferPointer { arena in
      var r = 0
      while r < arena.count {
        body(r, Self.key(atRecord: r, in: arena))
        r = Self.next(after: r, in: arena)
      }
    }
  }

  /// Where each index's record starts, in index order (for tests).
  func recordStarts() -> [Int] {
    var starts: [Int] = []
    forEachRecord { r, _ in starts.append(r) }
    return starts
  }

  /// Adds `key` as the next index unless present.
  /// - Returns: The existing index when the id was already there, else `nil` (and it was added).
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    placeDeferred()
    let h = Self.hash(key)
    if let existing = find(key, hash: h) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    place(record: appendRecord(key), hash: h)
    return nil
  }

  /// Appends `key`'s record as the next index, without placing it.
  /// - Returns: Where the record starts.
  private mutating func appendRecord(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    let record = arena.count
    // Index and length as 32-bit words (a table of more than 4 billion ids, or an id longer
    // than 4 GB, cannot come from a file this machine can read).
    withUnsafeBytes(of: UInt32(count)) { arena.append(contentsOf: $0) }
    withUnsafeBytes(of: UInt32(key.count)) { arena.append(contentsOf: $0) }
    arena.append(contentsOf: key)
    count += 1
    return record
  }

  /// Adds `key` as the next index, placing it in the table later, with others
  /// (``placeDeferred()``).
  ///
  /// A table of a million ids is far larger than any cache, so placing one id is a cache miss
  /// that the next must wait for; placed 64 at a time, every id's slot is read before any is
  /// used and the misses overlap. Until the deferred ids are placed the table does not find
  /// them, and an id already present is only noticed then (``hasDuplicate``): for a reader that
  /// gives up on any duplicate (the two-thread read of `accounts.csv`).
  /// - Complexity: O(length of key), amortised.
  mutating func insertDeferred(_ key: UnsafeBufferPointer<UInt8>) {
    let h = Self.hash(key)
    if (count + 1) * 2 > slots.count {
      // The table grows from the placed ids only.
      placeDeferred()
      grow()
    }
    deferred.append((appendRecord(key), h))
    if deferred.count == Self.deferredBatch { placeDeferred() }
  }

  /// Places every id added by ``insertDeferred(_:)``, in order; an id found already present
  /// (earlier in the table or earlier in the batch) sets ``hasDuplicate`` and is not placed
  /// (nor are its index and lines meaningful then: the caller discards the table).
  mutating func placeDeferred() {
    guard !deferred.isEmpty else { return }
    var folded: UInt64 = 0
    slots.withUnsafeBufferPointer { slots in
      for (_, h) in deferred { folded ^= slots[Int(truncatingIfNeeded: h) & mask] }
    }
    touched ^= folded
    for i in deferred.indices {
      let (record, h) = deferred[i]
      let isPresent = arena.withUnsafeBufferPointer {
        find(Self.key(atRecord: record, in: $0), hash: h) != nil
      }
      if isPresent { hasDuplicate = true } else { place(record: record, hash: h) }
    }
    deferred.removeAll(keepingCapacity: true)
  }

  /// Adds every id of `other`, in its order, after this table's.
  /// - Returns: False, and the table partly extended, when an id is already here.
  /// - Complexity: O(total length of other's ids) expected.
  mutating func append(contentsOf other: AccountIndex) -> Bool {
    // Exactly the room needed: a guess short by a few bytes per id regrew the arena (a copy of
    // every id, and twice its memory) in the middle of the join. On huge pages when large
    // (``HugePages``): rows in no order read a record at random per lookup.
    var joined: [UInt8] = []
    joined.reserveCapacity(arena.count + other.arena.count)
    joined.withUnsafeMutableBufferPointer {
      HugePages.advise(
        UnsafeMutableRawPointer($0.baseAddress), bytes: arena.count + other.arena.count)
    }
    joined.append(contentsOf: arena)
    // Swapped, not assigned: a second reference left in `joined` made the first append below
    // copy the arena again.
    swap(&arena, &joined)
    joined = []
    // The slots sized once for the joined count, known now: a table reserved for a whole
    // file's estimated count (1.05× the rows) doubled at a million ids (32 MiB instead of 16),
    // and the join would otherwise regrow it one doubling at a time.
    placeDeferred()
    let capacity = Self.capacity(for: count + other.count)
    if capacity > slots.count { rehash(capacity: capacity) }
    other.forEachRecord { _, key in insertDeferred(key) }
    placeDeferred()
    return !hasDuplicate
  }

  /// Makes room for `count` ids without regrowing, for a caller that can estimate the count:
  /// their records, and slots for `placed` of them (all when not given; a table placing only
  /// some before ``append(contentsOf:)`` sizes its slots for the rest then).
  mutating func reserve(_ count: Int, arenaBytes: Int, placed: Int? = nil) {
    arena.reserveCapacity(arenaBytes + count * Self.headerSize)
    let capacity = Self.capacity(for: placed ?? count)
    if capacity > slots.count { rehash(capacity: capacity) }
  }

  /// Convenience for tests and strings.
  mutating func insert(_ key: String) -> Int? { FieldText.withBytes(key) { insert($0) } }
  func find(_ key: String) -> Int? { FieldText.withBytes(key) { find($0) } }

  private mutating func place(record: Int, hash h: UInt64) {
    var s = Int(truncatingIfNeeded: h) & mask
    while slots[s] != 0 { s = (s + 1) & mask }
    slots[s] = (h >> 40) << 40 | UInt64(record + 1)
  }

  /// `capacity` empty slots, on huge pages when large (``HugePages``): a lookup lands on a
  /// random slot.
  private static func emptySlots(_ capacity: Int) -> [UInt64] {
    [UInt64](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      HugePages.advise(
        UnsafeMutableRawPointer(buffer.baseAddress), bytes: capacity * MemoryLayout<UInt64>.stride)
      buffer.initialize(repeating: 0)
      initialized = capacity
    }
  }

  private mutating func grow() { rehash(capacity: slots.count * 2) }

  /// Rebuilds the slot table at `capacity` (a power of two) from the stored ids.
  private mutating func rehash(capacity: Int) {
    slots = Self.emptySlots(capacity)
    mask = capacity - 1
    // A second reference to the arena's storage, read while the slots change (nothing copied).
    let arena = self.arena
    arena.withUnsafeBufferPointer { arena in
      var r = 0
      while r < arena.count {
        place(record: r, hash: Self.hash(Self.key(atRecord: r, in: arena)))
        r = Self.next(after: r, in: arena)
      }
    }
  }
}
