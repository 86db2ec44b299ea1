import Testing

@testable import ARRCore

/// A long value in a message keeps its head and its tail (session 20, wording lane; trial 18b,
/// G18: ids cut after 60 characters could not be told apart).
@Suite struct ShownTextTests {
  @Test func upToSixtyCharactersAreShownWhole() {
    let sixty = String(repeating: "a", count: 60)
    #expect(ShownText.bounded(sixty) == sixty)
    #expect(ShownText.bounded("") == "")
  }

  /// 61 characters: the first 40, `…`, the last 16, by hand.
  @Test func longerValuesKeepTheirFirstFortyAndLastSixteen() {
    let text =
      String(repeating: "h", count: 40) + "MIDDLE" + String(repeating: "m", count: 15)
      + "0123456789abcdef"
    #expect(text.count == 77)
    #expect(
      ShownText.bounded(text) == String(repeating: "h", count: 40) + "…" + "0123456789abcdef")
    #expect(ShownText.bounded(text).count == 57)
  }

  /// Two uuid-style ids equal for their first 60 characters are shown apart.
  @Test func idsThatDifferAfterSixtyCharactersStayApart() {
    let stem = "acct-000020-" + String(repeating: "0", count: 48)
    let a = stem + "-4f1c-9a2b-00000000000a"
    let b = stem + "-4f1c-9a2b-00000000000b"
    #expect(ShownText.bounded(a) != ShownText.bounded(b))
    #expect(
      ShownText.bounded(a) == "acct-000020-" + String(repeating: "0", count: 28) + "…"
        + "a2b-00000000000a")
  }

  /// The JSON reader's "found …" is bounded the same way.
  @Test func jsonFoundTextUsesTheSameCut() throws {
    let long = String(repeating: "n", count: 45) + String(repeating: "z", count: 30)
    let config = try JSONConfig(Array("{\"a\": 1}".utf8), file: "x.json")
    #expect(
      config.describeFound(.string(long))
        == "the string \"" + String(repeating: "n", count: 40) + "…"
        + String(repeating: "z", count: 16) + "\"")
  }
}
