import Testing

@testable import ARRCore

/// `Array.joining`: pieces joined in order, each emptied as it is copied.
@Suite struct ArrayJoiningTests {
  struct Part {
    var numbers: [Int]
    var flags: [Bool]
  }

  @Test func joinsInOrderAndEmptiesEachPiece() {
    var parts = [
      Part(numbers: [1, 2], flags: [true]), Part(numbers: [], flags: []),
      Part(numbers: [3, 4, 5], flags: [false, true]),
    ]
    #expect([Int].joining(&parts, \.numbers) == [1, 2, 3, 4, 5])
    #expect(parts.allSatisfy { $0.numbers.isEmpty })
    // The other field is untouched until joined in turn.
    #expect(parts.map(\.flags.count) == [1, 0, 2])
    #expect([Bool].joining(&parts, \.flags) == [true, false, true])
    var none: [Part] = []
    #expect([Int].joining(&none, \.numbers).isEmpty)
  }
}
