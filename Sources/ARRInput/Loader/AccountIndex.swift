/// An open-addressing hash table from account-id bytes to the account's row index, so reading
/// `monthly.csv` never builds a `String` per row.
struct AccountIndex: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = []
  private var lengths: [Int32] = []
  /// Slot → account index + 1 (0 = empty). Capacity is a power of two, at most half full.
  private var slots: [Int32]
  private var hashes: [UInt32]
  private var mask: Int

  /// Number of ids stored.
  var count: Int { starts.count }

  init(expectedCount: Int = 16) {
    var capacity = 16
    while capacity < expectedCount * 2 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    hashes = Array(repeating: 0, count: capacity)
    mask = capacity - 1
  }

  @inline(__always)
  static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in p {
      h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
    }
    return h ^ (h >> 29)
  }

  /// The index of the id `key`, or `nil`.
  /// - Complexity: O(length of key) expected.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    find(key, hash: Self.hash(key))
  }

  @inline(__always)
  private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
    let tag = UInt32(truncatingIfNeeded: h)
    var s = Int(truncatingIfNeeded: h >> 32) & mask
    return slots.withUnsafeBufferPointer { slots in
      hashes.withUnsafeBufferPointer { hashes in
        arena.withUnsafeBufferPointer { arena in
          while true {
            let v = Int(slots[s])
            if v == 0 { return nil }
            if hashes[s] == tag {
              let a = v - 1
              if Int(lengths[a]) == key.count,
                key.count == 0
                  || memcmpEqual(arena.baseAddress! + starts[a], key.baseAddress!, key.count)
              {
                return a
              }
            }
            s = (s + 1) & mask
          }
        }
      }
    }
  }

  /// The index of `key`, trying `hint` and `hint + 1` first: files list an account's rows
  /// together or accounts in the same order every month, so the guess nearly always hits and
  /// saves the cache misses of a table probe.
  /// - Complexity: O(length of key) expected.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, near hint: Int) -> Int? {
    if hint >= 0 {
      // The same account again (rows grouped by account) first, then the next few (rows
      // grouped by month, with gaps where accounts had no row).
      if equals(hint, key) { return hint }
      var a = hint + 1
      while a < count && a <= hint + 4 {
        if equals(a, key) { return a }
        a += 1
      }
    }
    return find(key)
  }

  @inline(__always)
  private func equals(_ a: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(lengths[a]) == key.count else { return false }
    if key.count == 0 { return true }
    return arena.withUnsafeBufferPointer {
      memcmpEqual($0.baseAddress! + starts[a], key.baseAddress!, key.count)
    }
  }

  /// Adds `key` as the next index unless present.
  /// - Returns: The existing index when the id was already there, else `nil` (and it was added).
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(key)
    if let existing = find(key, hash: h) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    starts.append(arena.count)
    lengths.append(Int32(truncatingIfNeeded: key.count))
    arena.append(contentsOf: key)
    place(count - 1, hash: h)
    return nil
  }

  /// Adds every id of `other`, in its order, after this table's.
  /// - Returns: False, and the table partly extended, when an id is already here.
  /// - Complexity: O(total length of other's ids) expected.
  mutating func append(contentsOf other: AccountIndex) -> Bool {
    other.arena.withUnsafeBufferPointer { arena in
      for a in 0..<other.count {
        let key = UnsafeBufferPointer(
          rebasing: arena[other.starts[a]..<(other.starts[a] + Int(other.lengths[a]))])
        if insert(key) != nil { return false }
      }
      return true
    }
  }

  /// Makes room for `count` ids without regrowing, for a caller that can estimate the count.
  mutating func reserve(_ count: Int, arenaBytes: Int) {
    starts.reserveCapacity(count)
    lengths.reserveCapacity(count)
    arena.reserveCapacity(arenaBytes)
    guard count * 2 > slots.count else { return }
    var capacity = slots.count
    while capacity < count * 2 { capacity <<= 1 }
    rehash(capacity: capacity)
  }

  /// Convenience for tests and strings.
  mutating func insert(_ key: String) -> Int? { FieldText.withBytes(key) { insert($0) } }
  func find(_ key: String) -> Int? { FieldText.withBytes(key) { find($0) } }

  private mutating func place(_ index: Int, hash h: UInt64) {
    var s = Int(truncatingIfNeeded: h >> 32) & mask
    while slots[s] != 0 { s = (s + 1) & mask }
    slots[s] = Int32(truncatingIfNeeded: index + 1)
    hashes[s] = UInt32(truncatingIfNeeded: h)
  }

  private mutating func grow() { rehash(capacity: slots.count * 2) }

  /// Rebuilds the slot table at `capacity` (a power of two) from the stored ids.
  private mutating func rehash(capacity: Int) {
    slots = Array(repeating: 0, count: capacity)
    hashes = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    for a in 0..<count {
      let h = arena.withUnsafeBufferPointer { arena in
        Self.hash(UnsafeBufferPointer(rebasing: arena[starts[a]..<(starts[a] + Int(lengths[a]))]))
      }
      place(a, hash: h)
    }
  }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  for i in 0..<n where a[i] != b[i] { return false }
  return true
}
