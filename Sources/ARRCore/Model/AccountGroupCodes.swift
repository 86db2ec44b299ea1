/// Each account's segment, numbered by first appearance in account order
/// (``SegmentIndex``), and its contract type's code, read in one pass over the accounts split
/// into account ranges on every core. Scoring and the projection group accounts by both; on a
/// million accounts the pass on one thread was ~35 ms each time (a string compare per account).
package struct AccountGroupCodes: Sendable {
  /// Index into ``segmentNames`` per account.
  package var segment: [UInt32]
  /// Segment labels in order of first appearance (``Account/segmentLabel``).
  package var segmentNames: [String]
  /// ``ContractType/code`` per account.
  package var contract: [UInt8]

  /// Reads the codes of `company`'s accounts.
  /// - Parameters:
  ///   - company: The company (an earlier view's accounts are read rolled back).
  ///   - parallelFrom: Accounts from which the pass is split (tests compare eight ranges with
  ///     one).
  /// - Complexity: O(accounts).
  package init(_ company: Company, parallelFrom: Int = Concurrent.minimumParallelCells) {
    let count = company.accountCount
    let ranges = Concurrent.ranges(count, parallelFrom: parallelFrom)
    var segment = [UInt32](repeating: 0, count: count)
    var contract = [UInt8](repeating: 0, count: count)
    // Each range numbers the names it meets; the lists are merged below.
    let localNames = segment.withUnsafeMutableBufferPointer { s in
      contract.withUnsafeMutableBufferPointer { c in
        let (s, c) = (SharedBuffer(s), SharedBuffer(c))
        return Concurrent.map(ranges) { _, range in
          var index = SegmentIndex()
          // Borrowed rows: `company.accounts[i].segment` would copy the whole account.
          company.withAccountRows { accounts in
            for i in range {
              c[i] = accounts.contractType(i).code
              s[i] = UInt32(index.index(of: accounts.segment(i)))
            }
          }
          return index.names
        }
      }
    }
    self.segmentNames = SegmentIndex.merge(localNames, of: ranges, into: &segment)
    self.segment = segment
    self.contract = contract
  }
}

extension SegmentIndex {
  /// Renumbers segments numbered range by range (each range's own ``SegmentIndex``, its names
  /// in `parts`) by first appearance over all of them: merging in range order gives each name
  /// the number one pass in account order would.
  /// - Parameters:
  ///   - parts: Each range's names, in its own numbering's order.
  ///   - ranges: The ranges, in account order.
  ///   - numbers: Per account, its range's number; rewritten to the merged number.
  /// - Returns: The merged names, in order of first appearance.
  /// - Complexity: O(names) plus O(accounts) for the ranges whose numbering changes.
  package static func merge(
    _ parts: [[String]], of ranges: [Range<Int>], into numbers: inout [UInt32]
  ) -> [String] {
    var global = SegmentIndex()
    for (part, range) in zip(parts, ranges) {
      let remap = part.map { UInt32(global.index(of: $0)) }
      if remap.enumerated().allSatisfy({ UInt32($0.offset) == $0.element }) { continue }
      for i in range { numbers[i] = remap[Int(numbers[i])] }
    }
    return global.names
  }
}
