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

  /// Ids inserted in batches (``AccountIndex/insertDeferred(_:)``) end up where one-by-one
  /// inserts put them, through the table's growth from a tiny start; a duplicate, inside one
  /// batch or across batches, sets ``AccountIndex/hasDuplicate`` instead.
  @Test(arguments: [nil, 5, 63, 64, 4_000] as [Int?])
  func deferredInsertsPlaceEveryIdOrNoticeTheDuplicate(duplicateAt: Int?) {
    var deferred = AccountIndex(expectedCount: 1)
    var reference = AccountIndex(expectedCount: 1)
    let ids = (0..<5_000).map { i in
      i == duplicateAt ? "cus-\(i > 60 ? i - 60 : 0)" : "cus-\(i)"
    }
    for id in ids {
      FieldText.withBytes(id) { deferred.insertDeferred($0) }
      _ = reference.insert(id)
    }
    deferred.placeDeferred()
    #expect(deferred.hasDuplicate == (duplicateAt != nil))
    #expect(deferred.count == ids.count)
    guard duplicateAt == nil else { return }
    for (k, id) in ids.enumerated() {
      #expect(deferred.find(id) == k)
      #expect(deferred.find(id) == reference.find(id))
    }
    #expect(deferred.find("cus-5000") == nil)
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
        for i in 0..<count { hashes[i] = AccountIndex.hash(key(i)) }
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
