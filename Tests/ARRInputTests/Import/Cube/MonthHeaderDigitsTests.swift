import ARRCore
import Testing

@testable import ARRInput

/// The byte reading of digit-and-separator text (``MonthHeader/digitReading(_:)``, the fast path
/// a cube's amount cells take) against the character reading it stands in for.
@Suite struct MonthHeaderDigitsTests {
  /// Dates, amounts and near-misses of every numeric form: both readings agree, and the fast
  /// path takes each (none holds a byte outside its alphabet).
  @Test(arguments: [
    "2024-01", "2024-01-31", "2024/01", "01/2024", "1/31/2024", "31/01/2024", "01/02/2024",
    "1.24", "2024.01", "7766.28", "1,234.56", "12 2024", "2024 12", "2024-13", "13/2024", "",
    "...", "-", "2024--01", "2024-01-31-1", "99999999999999999999-01", "2024-00001", "0/0",
    "02/29/2023", "29/02/2024", "01-2024-", " 2024 / 1 ", "'24", "1'2024",
  ])
  func agreesWithTheCharacterReading(text: String) throws {
    let fast = try #require(MonthHeader.digitReading(text))
    #expect(fast == MonthHeader.generalReading(text))
    #expect(MonthHeader.read(text) == fast)
  }

  /// Text with any other byte is left to the character reading.
  @Test(arguments: ["Jan-24", "2025M01", "2024-01-31 00:00:00", "$1,200.00", "2024年1月", "1.2e3"])
  func leavesOtherTextToTheCharacterReading(text: String) {
    #expect(MonthHeader.digitReading(text) == nil)
  }

  /// Random text over the fast path's alphabet, seeded: the two readings agree on every one.
  @Test func agreesOnRandomDigitText() {
    let alphabet = Array("0123456789-/. ',0123456789")
    var random = SeededGenerator(seed: 17)
    var months = 0
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...12, using: &random)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
      let fast = MonthHeader.digitReading(text)
      #expect(fast == MonthHeader.generalReading(text), "\(text)")
      if fast?.isMonth == true { months += 1 }
    }
    // The sample reaches months too, not only refusals.
    #expect(months > 100)
  }
}
