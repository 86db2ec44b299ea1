import ARRCore
import Testing

@testable import ARRInput

/// An importer's message quotes a long cell as its first 40 characters, `…` and its last 16
/// (`ShownText.bounded`, docs/input.md "Messages"), never whole (trial 30, T30-3: an amount of
/// ten million digits gave a 10 MB error line, a header cell of a megabyte a 1 MB one).
@Suite struct BoundedImportMessagesTests {
  func error(_ text: String) throws -> ARRQualityError {
    try #require(throws: ARRQualityError.self) {
      try Importer.read(
        [Importer.SourceFile(name: "t.csv", bytes: Array(text.utf8))], options: ImportOptions())
    }
  }

  @Test func aLongAmountIsQuotedBounded() throws {
    let digits = String(repeating: "1", count: 40) + String(repeating: "5", count: 1_000)
    let e = try error("customer_id,month,mrr\nA,2024-01,10\nA,2024-02,\(digits)\n")
    let message = try #require(e.problems.first?.message)
    #expect(
      message.hasPrefix(
        "\"\(String(repeating: "1", count: 40))…\(String(repeating: "5", count: 16))\" "))
    #expect(message.count < 200)
  }

  @Test func aLongHeaderCellIsQuotedBounded() throws {
    let cell = String(repeating: "a", count: 100_000)
    let e = try error("\(cell)\nx\n")
    #expect(
      e.message.contains(
        "found first header cells \"\(String(repeating: "a", count: 40))…"
          + "\(String(repeating: "a", count: 16))\""))
    #expect(e.message.count < 3_000)
  }
}
