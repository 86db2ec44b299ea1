import ARRCore
import Testing

@testable import ARRInput

/// The two ways an importer stops a whole file, worded once for every reader.
@Suite struct ImportRefusalsTests {
  /// 60 problems: the message counts them all, the error lists the first 50 (the display
  /// limit); a count larger than the list (a reader that kept only the first) is the one said.
  @Test func problemsAreCountedAndListedUpToTheLimit() {
    let all = (1...60).map { InputProblem(file: "f.csv", line: $0, message: "bad") }
    let e = ARRQualityError.problems(all, in: "f.csv")
    #expect(e.kind == .invalidData)
    #expect(e.message == "60 problems in f.csv")
    #expect(e.problemCount == 60)
    #expect(e.problems.map(\.line) == Array(1...50))
    let one = ARRQualityError.problems(Array(all.prefix(1)), in: "f.csv")
    #expect(one.message == "1 problem in f.csv")
    let kept = ARRQualityError.problems(Array(all.prefix(50)), count: 75, in: "f.csv")
    #expect(kept.message == "75 problems in f.csv" && kept.problemCount == 75)
  }

  /// Currencies named in the order they first appear, two on one line by code.
  @Test func mixedCurrenciesAreNamedInLineOrder() {
    let e = ARRQualityError.mixedCurrencies(
      ["USD": 9, "EUR": 4, "GBP": 9], noun: "prices", in: "subs.csv")
    #expect(
      e.message
        == "subs.csv: prices in 3 currencies: EUR (line 4), GBP (line 9), USD (line 9); "
        + "import one currency at a time (rates files are not supported)")
    #expect(e.kind == .invalidData)
  }
}
