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

  /// A cohort can lose every account: 0 after period 0 is data, not a usage error (session
  /// 28, t28b lane; `100,0` was refused as "not positive").
  @Test func zeroSurvivorsAfterPeriodZeroAreRead() throws {
    #expect(try SurvivalList.parse("100,0") == [100, 0])
    #expect(try SurvivalList.parse("100,40,0,0") == [100, 40, 0, 0])
  }

  @Test(arguments: [
    ("100", "at least 2"),
    ("", "item 1 (period 0) is empty"),
    ("100,,50", "item 2 (period 1) is empty"),
    ("100,abc,50", "item 2 (period 1) \"abc\" is not a number"),
    ("0,0", "item 1 (period 0) 0 is not positive; the cohort's size at period 0 must be > 0"),
    ("100,-5", "item 2 (period 1) -5 is negative; survivors must be ≥ 0"),
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
