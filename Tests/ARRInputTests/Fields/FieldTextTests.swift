import ARRCore
import Testing

@testable import ARRInput

/// The word-at-a-time byte helpers of ``FieldText`` against byte-by-byte references.
@Suite struct FieldTextTests {
  /// ``FieldText/isPrintableASCII(_:)`` is "every byte in 0x20...0x7E", for random cells of
  /// every length up to 40 (the word loop, its overlapping last word, the short loop), with
  /// the edge bytes (0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xFF, 0) at every position.
  @Test func printableASCIIAsByteByByte() {
    var rng = SeededGenerator(seed: 7)
    let edges: [UInt8] = [0, 0x09, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
    func check(_ cell: [UInt8]) {
      let fast = cell.withUnsafeBufferPointer { FieldText.isPrintableASCII($0) }
      #expect(fast == cell.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }, "\(cell)")
    }
    for length in 0...40 {
      let plain = (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) }
      check(plain)
      for position in 0..<length {
        for edge in edges {
          var cell = plain
          cell[position] = edge
          check(cell)
        }
      }
      for _ in 0..<200 {
        check((0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) })
      }
    }
  }

  /// ``FieldText/words(_:_:_:)``: two cells are the same bytes exactly when their counts and
  /// words are equal.
  @Test func wordsTellShortCellsApart() {
    var rng = SeededGenerator(seed: 11)
    let alphabet: [UInt8] = [0, 1, 0x61, 0x62, 0xFF]
    var seen: [[UInt64]: [UInt8]] = [:]
    for _ in 0..<20_000 {
      let cell = (0..<Int.random(in: 0...16, using: &rng)).map { _ in
        alphabet.randomElement(using: &rng)!
      }
      let padded = [0x20] + cell + [0x20]
      let (low, high) = padded.withUnsafeBufferPointer {
        FieldText.words($0, 1, 1 + cell.count)
      }
      let key = [UInt64(cell.count), low, high]
      if let other = seen[key] { #expect(other == cell) } else { seen[key] = cell }
    }
  }
}
