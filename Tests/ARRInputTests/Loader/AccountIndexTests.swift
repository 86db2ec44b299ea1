import ARRCore
import Testing

@testable import ARRInput

@Suite struct AccountIndexTests {
  @Test func insertsFindsAndGrows() {
    var index = AccountIndex(expectedCount: 1)
    for i in 0..<5_000 { #expect(index.insert("id-\(i)") == nil) }
    #expect(index.count == 5_000)
    #expect(index.insert("id-42") == 42)
    #expect(index.find("id-4999") == 4_999)
    #expect(index.find("id-5000") == nil)
    #expect(index.insert("") == nil)
    #expect(index.find("") == 5_000)
  }

  /// Ids appended unplaced in two halves (``AccountIndex/appendUnplaced(_:)``), joined and
  /// placed on two threads (``AccountIndex/placeAll()``: a table of 40,000 ids is cut into two
  /// regions, one of 5,000 is not) are found at the index one-by-one inserts give them; an id
  /// listed twice, in one half or across the halves, makes ``placeAll()`` false instead.
  @Test(arguments: [nil, 5, 63, 64, 2_530, 4_000, 20_010, 30_000] as [Int?], [5_000, 40_000])
  func unplacedIdsArePlacedAtTheJoinOrTheDuplicateNoticed(duplicateAt: Int?, count: Int) {
    let duplicate = duplicateAt.flatMap { $0 < count ? $0 : nil }
    let ids = (0..<count).map { i in
      i == duplicate ? "cus-\(i > 60 ? i - 60 : 0)" : "cus-\(i)"
    }
    #expect(placedAtTheJoin(ids) == (duplicate == nil))
  }

  /// Ids whose probe leaves their thread's region (first slot at the end of the first region,
  /// or at the table's end, where it wraps) are placed after both threads, and found.
  @Test func idsProbingPastTheirRegionArePlacedAfter() {
    let count = 40_000
    let capacity = AccountIndex.capacity(for: count)
    var ids = (0..<(count - 8)).map { "cus-\($0)" }
    for end in [capacity / 2 - 1, capacity - 1] {
      var found = 0
      var i = 0
      while found < 4 {
        let id = "edge-\(i)"
        if Int(
          truncatingIfNeeded: FieldText.withBytes(id) {
            AccountIndex.hash($0, seed: AccountIndex.processSeed)
          })
          & (capacity - 1)
          == end
        {
          ids.append(id)
          found += 1
        }
        i += 1
      }
    }
    #expect(placedAtTheJoin(ids))
  }

  /// Ids written to share their first slot under one seed (the hash run backwards, as hostile
  /// 56's H56-1 did to make a 160,000-account folder take 25 s to load) pile into one cluster
  /// under that seed and spread under another; each is found at its index under both.
  @Test func idsWrittenForOneSlotSpreadUnderAnotherSeed() {
    let keys = Self.keysSharingSlot(count: 2_000, seed: 0, lowBits: 28)
    var attacked = AccountIndex(expectedCount: 1, seed: 0)
    var keyed = AccountIndex(expectedCount: 1, seed: 0x5EED_1234_ABCD_0042)
    for key in keys {
      key.withUnsafeBufferPointer { key in
        #expect(attacked.insert(key) == nil)
        #expect(keyed.insert(key) == nil)
      }
    }
    #expect(attacked.longestCluster() >= keys.count)
    #expect(keyed.longestCluster() < 40)
    for (i, key) in keys.enumerated() {
      key.withUnsafeBufferPointer { key in
        #expect(attacked.find(key) == i)
        #expect(keyed.find(key) == i)
      }
    }
    #expect(AccountIndex().seed == AccountIndex.processSeed)
  }

  /// `count` different 16-byte keys whose ``AccountIndex/hash(_:seed:)`` under `seed` share
  /// their low `lowBits` bits: a random first word, then the second word solved for a chosen
  /// hash by running the rounds backwards (every step is a bijection: multiplying by an odd
  /// constant, xor with a shift of 32 bits or more).
  static func keysSharingSlot(count: Int, seed: UInt64, lowBits: Int) -> [[UInt8]] {
    let (k1, k2): (UInt64, UInt64) = (0xFF51_AFD7_ED55_8CCD, 0xC4CE_B9FE_1A85_EC53)
    func inverse(_ a: UInt64) -> UInt64 {
      var x = a
      for _ in 0..<6 { x = x &* (2 &- a &* x) }
      return x
    }
    func unshift(_ y: UInt64, _ k: UInt64) -> UInt64 { y ^ (y >> k) }
    let (i1, i2) = (inverse(k1), inverse(k2))
    var rng = SeededGenerator(seed: 56)
    var keys: [[UInt8]] = []
    var seen = Set<[UInt8]>()
    while keys.count < count {
      let w0 = rng.next()
      var h1 = (0x9E37_79B9_7F4A_7C15 ^ seed ^ 16 ^ w0) &* k1
      h1 ^= h1 >> 32
      let target = (rng.next() << UInt64(lowBits)) | (0x5A5_A5A5 & ((1 << UInt64(lowBits)) - 1))
      // The finaliser backwards, then the tail's round (no tail: 16 bytes are two words).
      var h = unshift(target, 33) &* i2
      h = unshift(h, 33) &* i1
      h = unshift(h, 33) &* i2
      let w1 = (unshift(h, 32) &* i1) ^ h1
      let key = withUnsafeBytes(of: (w0.littleEndian, w1.littleEndian)) { Array($0) }
      if seen.insert(key).inserted { keys.append(key) }
    }
    return keys
  }

  /// `ids` appended unplaced in two halves, joined and placed: whether ``placeAll()`` succeeded,
  /// every id checked at its index when it did.
  private func placedAtTheJoin(_ ids: [String]) -> Bool {
    var first = AccountIndex(expectedCount: 1)
    var second = AccountIndex(expectedCount: 1)
    for (k, id) in ids.enumerated() {
      FieldText.withBytes(id) {
        if k < ids.count / 2 { first.appendUnplaced($0) } else { second.appendUnplaced($0) }
      }
    }
    first.appendUnplaced(contentsOf: second)
    #expect(first.count == ids.count)
    guard first.placeAll() else {
      #expect(first.hasDuplicate)
      return false
    }
    var reference = AccountIndex(expectedCount: 1)
    for id in ids { #expect(reference.insert(id) == nil) }
    for (k, id) in ids.enumerated() {
      #expect(first.find(id) == k)
      #expect(first.find(id) == reference.find(id))
    }
    #expect(first.find("cus-\(ids.count + 1)") == nil)
    let records = first.recordStarts()
    #expect(records == reference.recordStarts())
    return true
  }

  /// Ids of every length from 0 to 40 bytes, differing only in their last characters (the
  /// hash reads eight bytes at a time, then the tail): each is found at its own index, in any
  /// order, with or without a hint, and near-misses are not found.
  @Test func findsIdsOfEveryLengthInAnyOrder() {
    var ids: [String] = []
    for length in 0...40 {
      for last in ["a", "b", "Z", "é"] where length > 0 || last == "a" {
        ids.append(length == 0 ? "" : String(repeating: "x", count: length - 1) + last)
      }
    }
    var index = AccountIndex(expectedCount: 2)
    for id in ids { #expect(index.insert(id) == nil) }
    #expect(index.count == ids.count)
    var order = Array(ids.indices)
    var rng = SeededGenerator(seed: 7)
    order.shuffle(using: &rng)
    // Hints are records: the starts of the accounts' records, in index order.
    let records = index.recordStarts()
    #expect(records.count == ids.count && records.first == 0)
    for i in order {
      #expect(index.find(ids[i]) == i)
      let found = FieldText.withBytes(ids[i]) { key in
        ([-1] + [0, i, max(0, i - 2), ids.count - 1].map { records[$0] }).map {
          index.find(key, nearRecord: $0)
        }
      }
      #expect(found.allSatisfy { $0?.index == i && $0?.record == records[i] })
    }
    #expect(index.find("xxxxxxxxc") == nil)
    #expect(index.find(String(repeating: "x", count: 41)) == nil)
  }

  /// The reference: a dictionary from id to index agrees with the table on a million-id-like
  /// workload of varied ids (shuffled), including ids that were never inserted.
  @Test func agreesWithADictionary() {
    var rng = SeededGenerator(seed: 11)
    let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")
    var reference: [String: Int] = [:]
    var index = AccountIndex()
    var ids: [String] = []
    while ids.count < 20_000 {
      let length = 1 + Int(rng.next() % 24)
      let id = String((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
      guard reference[id] == nil else { continue }
      reference[id] = ids.count
      #expect(index.insert(id) == nil)
      ids.append(id)
    }
    for id in ids.shuffled(using: &rng) { #expect(index.find(id) == reference[id]) }
    for id in ids.prefix(1_000) { #expect(index.find(id + "!") == nil) }
  }

  /// The batched lookup (``AccountIndex/find(count:hashes:key:into:)``) answers as the one-key
  /// lookup, key by key: present and absent ids, the empty id, ids sharing prefixes, in batches
  /// of every size from 1 to 70, with a table small enough for long probe runs.
  @Test(arguments: [1, 2, 7, 64, 70])
  func batchedLookupAgreesWithOneKeyLookup(batchSize: Int) {
    var rng = SeededGenerator(seed: 23)
    var index = AccountIndex(expectedCount: 4)
    var keys: [String] = [""]
    for i in 0..<3_000 {
      let id = "cus_" + String(rng.next() % 100_000, radix: 36) + (i % 3 == 0 ? "-long-suffix" : "")
      _ = index.insert(id)
      keys.append(id)
      keys.append(id + "x")
    }
    keys.append(String(repeating: "q", count: 300))
    keys.shuffle(using: &rng)
    // Every key's bytes in one buffer, so one pointer serves the whole batch.
    var flat: [UInt8] = []
    var spans: [Range<Int>] = []
    for key in keys {
      spans.append(flat.count..<(flat.count + key.utf8.count))
      flat.append(contentsOf: key.utf8)
    }
    var out = [Int](repeating: -7, count: batchSize)
    var hashes = [UInt64](repeating: 0, count: batchSize)
    var start = 0
    while start < keys.count {
      let count = min(batchSize, keys.count - start)
      flat.withUnsafeBufferPointer { flat in
        let key = { (i: Int) in UnsafeBufferPointer(rebasing: flat[spans[start + i]]) }
        for i in 0..<count { hashes[i] = index.hash(key(i)) }
        out.withUnsafeMutableBufferPointer { out in
          hashes.withUnsafeBufferPointer { hashes in
            index.find(count: count, hashes: hashes.baseAddress!, key: key, into: out.baseAddress!)
          }
        }
      }
      for i in 0..<count {
        #expect(out[i] == (index.find(keys[start + i]) ?? -1), "\(keys[start + i])")
      }
      start += count
    }
  }
}
