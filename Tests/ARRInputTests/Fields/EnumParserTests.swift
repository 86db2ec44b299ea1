import ARRCore
import Testing

@testable import ARRInput

@Suite struct EnumParserTests {
  @Test func parsesAnyCase() {
    #expect(EnumParser.value(ContractType.self, " Multi_Year ") == .multiYear)
    #expect(EnumParser.value(BillingCadence.self, "IN_ARREARS") == .inArrears)
    #expect(EnumParser.value(TrialStatus.self, "expired") == .expired)
    #expect(EnumParser.value(ContractType.self, "yearly") == nil)
    #expect(EnumParser.value(ContractType.self, "") == nil)
  }

  @Test func listsAllowedValues() {
    #expect(EnumParser.allowed(TrialStatus.self) == "none, active, converted, expired")
  }
}

/// ``ShortNames`` (a cell that is exactly a name, compared a word at a time) against
/// ``EnumParser/match(_:_:)``, the reference it falls back to: the same answer for every cell.
@Suite struct ShortNamesTests {
  /// Random cells: the names themselves, in random letter case, padded with spaces and tabs,
  /// cut short or lengthened, and random bytes (letters, `_`, digits, a zero byte, UTF-8).
  @Test func answersAsTheReferenceForRandomCells() {
    var rng = SeededGenerator(seed: 13)
    let sets: [[String]] = [
      ContractType.allCases.map(\.rawValue), BillingCadence.allCases.map(\.rawValue),
      TrialStatus.allCases.map(\.rawValue), ["true", "1", "yes", "false", "0", "no"],
      ["a_name_of_sixteen", "sixteen_bytes_ok", "x"],
    ]
    let alphabet = Array("aAmMnNuUlLyY_0 \t".utf8) + [0, 0xC3, 0xA9, 0x7F]
    for names in sets {
      let bytes = names.map { Array($0.utf8) }
      let table = ShortNames(bytes, Array(bytes.indices))
      for _ in 0..<4_000 {
        var cell: [UInt8]
        if Bool.random(using: &rng) {
          cell = bytes.randomElement(using: &rng)!.map {
            Bool.random(using: &rng) && $0 >= 97 && $0 <= 122 ? $0 - 32 : $0
          }
          if Int.random(in: 0..<4, using: &rng) == 0 { cell.removeLast(min(1, cell.count)) }
          if Int.random(in: 0..<4, using: &rng) == 0 {
            cell.append(alphabet.randomElement(using: &rng)!)
          }
          let pad: [[UInt8]] = [[], [32], [9], [32, 32]]
          cell = pad.randomElement(using: &rng)! + cell + pad.randomElement(using: &rng)!
        } else {
          cell = (0..<Int.random(in: 0...18, using: &rng)).map { _ in
            alphabet.randomElement(using: &rng)!
          }
        }
        let fast = cell.withUnsafeBufferPointer { table.value($0) }
        let reference = cell.withUnsafeBufferPointer { EnumParser.match($0, bytes) }
        #expect(fast == reference, "\(cell)")
      }
      // Every name, as written, is found by the fast path's words.
      for (k, name) in bytes.enumerated() {
        #expect(name.withUnsafeBufferPointer { table.value($0) } == k)
      }
    }
  }
}
