import ARRCore
import Testing

@testable import ARRInput

/// ``NonCustomerRows/asciiKey(_:)`` (the byte path every cube row's label takes) against the
/// `Character` reading it stands in for.
@Suite struct NonCustomerKeyTests {
  @Test(arguments: [
    "Discounts & credits", "  Not   Specified ", "#N/A", "(blank)", "R&D", "&", "&&x", "",
    "A000001", "Total revenue:", "n/a", "x\r\ny", "Q1-2024_total",
  ])
  func agreesWithTheCharacterReading(label: String) throws {
    let fast = try #require(NonCustomerRows.asciiKey(label))
    #expect(fast == NonCustomerRows.keyByCharacters(label))
  }

  @Test func handComputedKeys() {
    #expect(NonCustomerRows.key("Discounts & credits") == "discounts and credits")
    #expect(NonCustomerRows.key("  Not   Specified ") == "not specified")
    #expect(NonCustomerRows.key("#N/A") == "n a")
    #expect(NonCustomerRows.asciiKey("Crédits") == nil)
    #expect(NonCustomerRows.key("Crédits & Avoirs") == "crédits and avoirs")
  }

  /// Random ASCII labels, seeded: the two readings agree on every one.
  @Test func agreesOnRandomASCII() {
    let alphabet = Array("aZ09 &-_/()#:.,\t\r\nxYq")
    var random = SeededGenerator(seed: 4545)
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...14, using: &random)
      let label = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
      #expect(NonCustomerRows.asciiKey(label) == NonCustomerRows.keyByCharacters(label), "\(label)")
    }
  }
}
