import ARRCore
import Testing

@testable import ARRInput

/// A cube whose header dates are 7 days apart is revenue by week (trial 41, T41-13: refused
/// "month 2025-01 appears twice (headers "2025-01-05" and "2025-01-12")", nothing of weeks or
/// what to do).
@Suite struct WeeklyColumnsTests {
  @Test func weeklyColumnsAreNamedAsWeeks() throws {
    let text = """
      Customer,2025-01-05,2025-01-12,2025-01-19,2025-01-26,2025-02-02
      Acme,250,250,250,250,250
      """
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "weekly.csv", bytes: Array(text.utf8))])
    }
    #expect(error.kind == .invalidData)
    #expect(
      error.message.contains(
        "the columns are weeks, not months: \"2025-01-05\", \"2025-01-12\", … are 7 days apart"))
    #expect(error.message.contains("a weekly charge × 52 ÷ 12 being its monthly run rate"))
  }

  /// Month ends written twice are still a month written twice.
  @Test func aMonthTwiceIsStillSaid() {
    let problem = CubeLayout.consecutiveProblem(
      [Month(year: 2025, month: 1), Month(year: 2025, month: 1), Month(year: 2025, month: 2)],
      headers: ["2025-01-31", "Jan-25", "2025-02-28"])
    #expect(problem?.hasPrefix("month 2025-01 appears twice") == true)
    #expect(CubeLayout.weeklyProblem(["2025-01-05", "2025-01-12"]) == nil)
    #expect(CubeLayout.weeklyProblem(["2025-01-05", "2025-01-12", "2025-01-20"]) == nil)
  }
}
