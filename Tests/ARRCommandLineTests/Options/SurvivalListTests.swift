import ARRCommandLine
import ARRQuality
import Testing

@Suite("retention --survival parsing")
struct SurvivalListTests {
  @Test func countsAndPercentages() throws {
    #expect(try SurvivalList.parse("1000,631,468") == [1000, 631, 468])
    #expect(
      try SurvivalList.parse("100, 63.1 ,46.8,38.2") == [100, 63.1, 46.8, 38.2])
    #expect(try SurvivalList.parse("100,100,90") == [100, 100, 90])
  }

  @Test(arguments: [
    ("100", "at least 2"),
    ("", "item 1 (period 0) is empty"),
    ("100,,50", "item 2 (period 1) is empty"),
    ("100,abc,50", "item 2 (period 1) \"abc\" is not a number"),
    ("100,0", "item 2 (period 1) 0 is not positive"),
    ("100,-5", "is not positive"),
    ("63.1,100", "item 2 (period 1) 100 is larger than the value before it (63.1)"),
    ("100,50,60", "item 3 (period 2) 60 is larger"),
    ("100,inf", "is not a number"),
  ])
  func badListsAreUsageErrors(text: String, phrase: String) {
    do {
      _ = try SurvivalList.parse(text)
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.kind == .invalidArgument)
      #expect(error.message.contains(phrase), "\(error.message)")
    }
  }
}
