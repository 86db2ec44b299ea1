import ARRCore

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
  /// Bytes of a record put together on the stack (``appendRecord(_:)``).
  private static let shortRecord = 64
  private static let offsetMask: UInt64 = (1 << 40) - 1

  /// How far past the hint ``find(_:near:)`` looks.
  static let hintReach = 4
  /// Ids placed together by ``placeAll()``: every one's slot read before any is used.
  static let placementBatch = 64
  /// Whether ``placeAll()`` found an id twice.
  private(set) var hasDuplicate = false
  /// Folds the slots read ahead, so the reads are not optimised away.
  private var touched: UInt64 = 0

  /// Number of ids stored.
  private(set) var count = 0
  /// The key of ``hash(_:seed:)`` for this table's ids (``processSeed`` unless a test sets it).
  let seed: UInt64

  /// A random key drawn once per process, so that nobody can write ids that share a slot
  /// (hostile 56, H56-1: the hash was unkeyed and invertible, and 160,000 crafted 16-byte ids,
  /// all probing one cluster, took 25 s to load, a million ~25 minutes). Where an id lands
  /// never shows in an output: a lookup answers the same index under any key (tested).
  static let processSeed: UInt64 = {
    var generator = SystemRandomNumberGenerator()
    return generator.next()
  }()

  init(expectedCount: Int = 16, seed: UInt64 = AccountIndex.processSeed) {
    self.seed = seed
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

  /// ``hash(_:seed:)`` under this table's ``seed``.
  @inline(__always)
  func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 { Self.hash(p, seed: seed) }

  /// A 64-bit hash of the bytes, eight at a time, with a final avalanche so that every bit of
  /// the id moves the slot bits (ids often differ only in their last characters). The seed is
  /// the starting state: without it, the rounds can be run backwards to write ids for any slot.
  /// - Complexity: O(length of key).
  @inline(__always)
  static func hash(_ p: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ seed ^ UInt64(p.count)
    var i = 0
    if let base = p.baseAddress {
      let raw = UnsafeRawPointer(base)
      // Wrapping arithmetic: `i` stays within the buffer's count, which is far below `Int.max`
      // (the checks cost ~10 instructions a monthly row; session 18, perf).
      while i &+ 8 <= p.count {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h &>> 32
        i &+= 8
      }
    }
    var tail: UInt64 = 0
    if i < p.count && p.count >= 8, let base = p.baseAddress {
      // The last eight bytes in one load, shifted down to the ones not hashed yet (1 to 7 of
      // them, so the shift is 8 to 56 bits): the same value as gathering them one by one below.
      let last = UnsafeRawPointer(base).loadUnaligned(
        fromByteOffset: p.count &- 8, as: UInt64.self)
      tail = UInt64(littleEndian: last) &>> UInt64(truncatingIfNeeded: (8 &- (p.count &- i)) &* 8)
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
    find(key, hash: hash(key))
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
  fileprivate static func equalBytes(_ stored: UnsafeRawPointer, _ key: UnsafeBufferPointer<UInt8>)
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
    return findRecord(key, hash: hash(key))
  }

  /// The length of the id whose record starts at `record`.
  @inline(__always)
  fileprivate static func length(atRecord record: Int, in arena: UnsafeBufferPointer<UInt8>) -> Int
  {
    Int(
      UnsafeRawPointer(arena.baseAddress! + record).loadUnaligned(
        fromByteOffset: 4, as: UInt32.self))
  }

  /// Where the record after the one at `record` starts (the next index's).
  @inline(__always)
  fileprivate static func next(after record: Int, in arena: UnsafeBufferPointer<UInt8>) -> Int {
    record + headerSize + length(atRecord: record, in: arena)
  }

  /// The id bytes of the record at `record`.
  fileprivate static func key(atRecord record: Int, in arena: UnsafeBufferPointer<UInt8>)
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

  /// The most slots in a row that are taken: how far the longest probe may walk (for tests).
  func longestCluster() -> Int {
    var (longest, run) = (0, 0)
    // Twice round, so that a cluster wrapping past the last slot is counted whole.
    for i in 0..<(2 * slots.count) {
      run = slots[i & mask] == 0 ? 0 : run + 1
      longest = max(longest, min(run, slots.count))
    }
    return longest
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
    let h = hash(key)
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
    // than 4 GB, cannot come from a file this machine can read), then the id; put together on
    // the stack first when the id is short, so that the arena takes one append (each cost ~90
    // instructions).
    let header = (UInt32(count), UInt32(key.count))
    if key.count <= Self.shortRecord - Self.headerSize {
      var bytes = (
        UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0)
      )
      withUnsafeMutableBytes(of: &bytes) { raw in
        raw.storeBytes(of: header, as: (UInt32, UInt32).self)
        UnsafeMutableRawBufferPointer(rebasing: raw[Self.headerSize...]).copyMemory(
          from: UnsafeRawBufferPointer(key))
        arena.append(
          contentsOf: UnsafeRawBufferPointer(rebasing: raw[..<(Self.headerSize + key.count)]))
      }
    } else {
      withUnsafeBytes(of: header) { arena.append(contentsOf: $0) }
      arena.append(contentsOf: key)
    }
    count += 1
    return record
  }

  /// Adds `key` as the next index without placing it: the table finds it only after
  /// ``placeAll()``, which also notices an id added twice. For a half of `accounts.csv` read by
  /// its own thread, whose ids are placed once, with the other half's, when the halves are
  /// joined.
  /// - Complexity: O(length of key), amortised.
  mutating func appendUnplaced(_ key: UnsafeBufferPointer<UInt8>) {
    _ = appendRecord(key)
  }

  /// Adds every id of `other`, in its order, after this table's, without placing them
  /// (``placeAll()``).
  /// - Complexity: O(total length of both tables' ids).
  mutating func appendUnplaced(contentsOf other: AccountIndex) {
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
    other.forEachRecord { _, key in _ = appendRecord(key) }
  }

  /// Places every id in new slots sized for them all (at most half full), on every core: the
  /// slots are cut into two regions, and each thread places, in index order, the ids whose
  /// first slot is in its region, probing within it; an id whose probe reaches the region's
  /// end is placed after both, wrapping as usual. Ids are placed ``placementBatch`` at a time,
  /// every one's first slot read before any is used, so that the misses overlap.
  ///
  /// The two halves of `accounts.csv` used to place their ids as they were read, each into a
  /// table of its own, and the join placed them all again into the joined table on one thread
  /// while the other joined the accounts: two tables' fresh pages and a million placements
  /// more at a million ids (docs/performance.md, "Tenth session: the load's speed"). Where an
  /// id lands depends only on the ids, never on the threads, and ``find(_:)`` answers as if
  /// they had been inserted one by one (tested).
  /// - Returns: False when an id is there twice (``hasDuplicate``: the table is not for
  ///   lookups then).
  /// - Complexity: O(total length of the ids) expected, on every core.
  mutating func placeAll() -> Bool {
    let capacity = Self.capacity(for: count)
    mask = capacity - 1
    let regions = capacity >= 1 << 16 ? 2 : 1
    // A second reference to the arena's storage, read while the slots are built.
    let arena = self.arena
    var duplicate = false
    var folded: UInt64 = 0
    slots = [UInt64](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      HugePages.advise(
        UnsafeMutableRawPointer(buffer.baseAddress), bytes: capacity * MemoryLayout<UInt64>.stride)
      let table = SlotTable(slots: buffer.baseAddress!, mask: capacity - 1, seed: seed)
      arena.withUnsafeBufferPointer { arena in
        let ids = SlotTable.Arena(bytes: arena)
        let parts = Concurrent.map(
          (0..<regions).map { (capacity * $0 / regions)..<(capacity * ($0 + 1) / regions) }
        ) { _, region in
          (table.slots + region.lowerBound).initialize(repeating: 0, count: region.count)
          return table.placeRecords(of: ids.bytes, homeIn: region)
        }
        for part in parts {
          duplicate = duplicate || part.duplicate
          folded ^= part.touched
          for record in part.leftovers where !table.place(record, of: arena) { duplicate = true }
        }
      }
      initialized = capacity
    }
    touched ^= folded
    hasDuplicate = hasDuplicate || duplicate
    return !duplicate
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

  /// Whether the ids of the records at `a` and `b` are the same.
  @inline(__always)
  fileprivate static func sameID(_ a: Int, _ b: Int, in arena: UnsafeBufferPointer<UInt8>) -> Bool {
    length(atRecord: a, in: arena) == length(atRecord: b, in: arena)
      && equalBytes(
        UnsafeRawPointer(arena.baseAddress! + a + headerSize), key(atRecord: b, in: arena))
  }

  /// The slot word of the record at `record` whose id hashes to `h`.
  @inline(__always)
  fileprivate static func slotWord(record: Int, hash h: UInt64) -> UInt64 {
    (h >> 40) << 40 | UInt64(record + 1)
  }

  /// The record a slot word points at.
  @inline(__always)
  fileprivate static func record(_ word: UInt64) -> Int {
    Int(truncatingIfNeeded: word & offsetMask) - 1
  }

  /// The hash of the id whose record starts at `record`.
  @inline(__always)
  fileprivate static func hash(
    atRecord record: Int, in arena: UnsafeBufferPointer<UInt8>, seed: UInt64
  ) -> UInt64 {
    hash(key(atRecord: record, in: arena), seed: seed)
  }

  /// Rebuilds the slot table at `capacity` (a power of two) from the stored ids.
  private mutating func rehash(capacity: Int) {
    slots = Self.emptySlots(capacity)
    mask = capacity - 1
    // A second reference to the arena's storage, read while the slots change (nothing copied).
    let arena = self.arena
    arena.withUnsafeBufferPointer { arena in
      var r = 0
      while r < arena.count {
        place(record: r, hash: hash(Self.key(atRecord: r, in: arena)))
        r = Self.next(after: r, in: arena)
      }
    }
  }
}

/// The slots ``AccountIndex/placeAll()`` builds, shared by the threads that place ids in
/// disjoint regions of them.
private struct SlotTable: @unchecked Sendable {
  let slots: UnsafeMutablePointer<UInt64>
  let mask: Int
  /// The table's ``AccountIndex/seed``.
  let seed: UInt64

  /// The arena's bytes, read by every thread.
  struct Arena: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
  }

  /// Places, in index order, the ids whose first slot is in `region`, probing within it
  /// (``AccountIndex/placeAll()``).
  /// - Returns: The records whose probe reached the region's end (not placed), whether an id
  ///   was found twice, and the slots read ahead, folded.
  func placeRecords(of arena: UnsafeBufferPointer<UInt8>, homeIn region: Range<Int>) -> (
    leftovers: [Int], duplicate: Bool, touched: UInt64
  ) {
    withUnsafeTemporaryAllocation(
      of: (record: Int, hash: UInt64).self, capacity: AccountIndex.placementBatch
    ) { batch in
      var leftovers: [Int] = []
      var duplicate = false
      var touched: UInt64 = 0
      var (r, n) = (0, 0)
      while true {
        let atEnd = r >= arena.count
        if !atEnd {
          let h = AccountIndex.hash(atRecord: r, in: arena, seed: seed)
          if region.contains(Int(truncatingIfNeeded: h) & mask) {
            batch[n] = (r, h)
            n += 1
          }
          r = AccountIndex.next(after: r, in: arena)
        }
        if n == batch.count || (atEnd && n > 0) {
          for i in 0..<n { touched ^= slots[Int(truncatingIfNeeded: batch[i].hash) & mask] }
          for i in 0..<n {
            let (record, h) = batch[i]
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
              let v = slots[s]
              if v == 0 {
                slots[s] = AccountIndex.slotWord(record: record, hash: h)
                break
              }
              if v >> 40 == h >> 40, AccountIndex.sameID(AccountIndex.record(v), record, in: arena)
              {
                duplicate = true
                break
              }
              s += 1
              if s == region.upperBound {
                leftovers.append(record)
                break
              }
            }
          }
          n = 0
        }
        if atEnd { break }
      }
      return (leftovers, duplicate, touched)
    }
  }

  /// Places the record at `record`, probing from its first slot through the whole table.
  /// - Returns: False when its id is there already (nothing placed).
  func place(_ record: Int, of arena: UnsafeBufferPointer<UInt8>) -> Bool {
    let h = AccountIndex.hash(atRecord: record, in: arena, seed: seed)
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let v = slots[s]
      if v == 0 {
        slots[s] = AccountIndex.slotWord(record: record, hash: h)
        return true
      }
      if v >> 40 == h >> 40, AccountIndex.sameID(AccountIndex.record(v), record, in: arena) {
        return false
      }
      s = (s + 1) & mask
    }
  }
}
