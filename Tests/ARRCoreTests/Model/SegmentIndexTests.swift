import Testing

@testable import ARRCore

/// `SegmentIndex`: segments numbered in order of first appearance, a missing or blank one as
/// `Account.noSegmentLabel`, the same numbers past the 16 names scanned before hashing.
@Suite struct SegmentIndexTests {
  @Test func namesAreNumberedInOrderOfFirstAppearance() {
    var index = SegmentIndex()
    let numbers = ["smb", "ent", nil, "smb", "", "ent", "mid"].map { index.index(of: $0) }
    #expect(numbers == [0, 1, 2, 0, 2, 1, 3])
    #expect(index.names == ["smb", "ent", Account.noSegmentLabel, "mid"])
  }

  /// 40 names seen twice in a shuffled order: every repeat gets its first number, whether it
  /// was found by the scan (first 16 names) or by the hash table.
  @Test func manyNamesKeepTheirNumbers() {
    var index = SegmentIndex()
    let names = (0..<40).map { "segment-\($0)" }
    for (k, name) in names.enumerated() { #expect(index.index(of: name) == k) }
    var rng = SeededGenerator(seed: 3)
    for k in names.indices.shuffled(using: &rng) { #expect(index.index(of: names[k]) == k) }
    #expect(index.names == names)
  }
}
