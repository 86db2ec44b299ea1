/// Numbers segment names in order of first appearance without hashing every account's
/// string: a check against the previous account's name, a linear scan over the first 16 names,
/// then a dictionary. A missing or blank segment is ``Account/noSegmentLabel``
/// (``Account/segmentLabel``). The one way the stages number segments.
package struct SegmentIndex {
  package init() {}

  package private(set) var names: [String] = []
  private var lookup: [String: Int] = [:]
  private var lastRaw: String?? = .none
  private var lastIndex = 0

  /// The number of `segment`'s label: its place among the labels seen so far, or the next one.
  /// - Parameter segment: An account's `segment` as read.
  /// - Returns: An index into ``names``.
  /// - Complexity: O(1) for the previous account's segment or up to 16 names; else a hash.
  package mutating func index(of segment: String?) -> Int {
    if let lastRaw, lastRaw == segment { return lastIndex }
    let name = segment.flatMap { $0.isEmpty ? nil : $0 } ?? Account.noSegmentLabel
    let found: Int
    if names.count <= 16 {
      found = names.firstIndex(of: name) ?? add(name)
    } else {
      found = lookup[name] ?? add(name)
    }
    lastRaw = .some(segment)
    lastIndex = found
    return found
  }

  private mutating func add(_ name: String) -> Int {
    names.append(name)
    lookup[name] = names.count - 1
    return names.count - 1
  }
}
