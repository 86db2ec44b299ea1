import Testing

@testable import ARRReports

@Suite struct NameListTests {
  @Test func shortListsAreShownWhole() {
    #expect(NameList.shown([]) == "")
    #expect(NameList.shown(["a", "b"]) == "a, b")
    #expect(NameList.shown(["a", "b"], quote: "`") == "`a`, `b`")
  }

  @Test func longListsShowTheFirstAndCountTheRest() {
    let names = (1...100_003).map { "c\($0)" }
    let shown = NameList.shown(names)
    #expect(shown.hasPrefix("c1, c2, "))
    #expect(shown.hasSuffix(", c20 and 99,983 more"))
    #expect(NameList.shown(["a", "b", "c"], limit: 2) == "a, b and 1 more")
  }
}
