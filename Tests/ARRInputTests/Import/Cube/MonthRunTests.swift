import ARRCore
import Testing

@testable import ARRInput

@Suite struct MonthRunTests {
  static func months(_ texts: [String?]) -> [Month?] {
    texts.map { $0.flatMap { Month($0) } }
  }

  @Test(
    arguments: [
      (["2026-01", "2026-02", "2026-03"], 1),
      (["2026-03", "2026-02", "2026-01"], -1),
      (["2025-12", "2026-01"], 1),
    ] as [([String?], Int)])
  func aRunHasItsStep(texts: [String?], step: Int) {
    #expect(MonthRun.step(of: Self.months(texts)) == step)
  }

  @Test(
    arguments: [
      [], ["2026-01"], ["2026-01", "2026-03"], ["2026-01", "2026-02", "2026-01"],
      ["2026-01", "2026-01"], ["2026-01", nil, "2026-03"], ["2026-01", "2026-02", "2026-04"],
    ] as [[String?]])
  func noRun(texts: [String?]) {
    #expect(MonthRun.step(of: Self.months(texts)) == nil)
  }

  /// A lazy sequence is read no further than the first month that breaks the run.
  @Test func stopsAtTheFirstBreak() {
    var read = 0
    let months = Self.months(["2026-01", "2026-05", "2026-06", "2026-07"])
    let step = MonthRun.step(
      of: months.lazy.map { m -> Month? in
        read += 1
        return m
      })
    #expect(step == nil)
    #expect(read == 2)
  }
}
