import ARRCore
import Testing

@testable import ARRInput

/// ``LedgerReader/serviceRange(_:)``: a service period written in one cell, searched as bytes,
/// gives the answer of splitting the text at each separator in turn (the reference, the rule
/// it replaced in session 18 for speed).
@Suite struct ServiceRangeTests {
  /// The rule as it was written first: split at each separator; two non-empty parts win.
  static func reference(_ text: String) -> (start: String, end: String)? {
    for separator in [" - ", " – ", " — ", " bis ", " to ", " au ", " al "] {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      if parts.count == 2 {
        func trimmed(_ s: Substring) -> String {
          String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }
        let start = trimmed(parts[0])
        let end = trimmed(parts[1])
        if !start.isEmpty && !end.isEmpty { return (start, end) }
      }
    }
    return nil
  }

  @Test(arguments: [
    ("01.01.2024 - 31.01.2024", "01.01.2024", "31.01.2024"),
    ("01.01.2024 bis 31.01.2024", "01.01.2024", "31.01.2024"),
    ("2024-01-01 to 2024-01-31", "2024-01-01", "2024-01-31"),
    ("  1 janv. 2024 au 31 janv. 2024 ", "1 janv. 2024", "31 janv. 2024"),
    ("2024-01-01 – 2024-01-31", "2024-01-01", "2024-01-31"),
    // " - " occurs twice: the next separator decides.
    ("a - b - c to d", "a - b - c", "d"),
  ])
  func rangesAreSplitAtTheirSeparator(text: String, start: String, end: String) throws {
    let range = try #require(LedgerReader.serviceRange(text))
    #expect(range.start == start && range.end == end)
  }

  @Test(arguments: ["2024-01-01", "20240101", "", " - ", "a - ", "a - b - c", "Jan 1, 2024"])
  func otherCellsAreNoRange(text: String) {
    #expect(LedgerReader.serviceRange(text) == nil)
  }

  /// 20,000 random cells from the characters that matter (the separators' letters and dashes,
  /// spaces, a no-break space, digits): the same answer as the reference on every one.
  @Test func randomCellsMatchTheReference() {
    let alphabet: [Character] = [
      " ", " ", " ", "-", "–", "—", "b", "i", "s", "t", "o", "a", "u", "l", "1", "2", ".",
      "\u{00A0}", "\t",
    ]
    var generator = SeededGenerator(seed: 18)
    for _ in 0..<20_000 {
      let length = Int(generator.next() % 14)
      let text = String((0..<length).map { _ in alphabet[Int(generator.next() % 19)] })
      let got = LedgerReader.serviceRange(text)
      let expected = Self.reference(text)
      #expect(
        got?.start == expected?.start && got?.end == expected?.end, "\(text.debugDescription)")
    }
  }
}
