import ARRQuality
import Testing

@testable import ARRReports

/// The report's import line says when `--values auto` guessed the cells' reading on thin
/// evidence, and the headline's range holds the other reading (review 13, F4).
@Suite struct ValuesGuessReportTests {
  /// Ten accounts at 100 a month over 2024–2025; Annual1 12,000 in Dec-24 and Dec-25, Annual2
  /// 6,000 in Jun-24 and Jun-25. As MRR: ARR $156,000; as invoiced amounts: $30,000.
  static var cube: String {
    let months = (0..<24).map { Month(year: 2024, month: 1).adding(months: $0).description }
    var cube = "Customer," + months.joined(separator: ",") + "\n"
    for i in 0..<10 {
      cube += "M\(i)," + Array(repeating: "100", count: 24).joined(separator: ",") + "\n"
    }
    cube +=
      "Annual1," + (0..<24).map { $0 == 11 || $0 == 23 ? "12000" : "0" }.joined(separator: ",")
    cube +=
      "\nAnnual2," + (0..<24).map { $0 == 5 || $0 == 17 ? "6000" : "0" }.joined(separator: ",")
    return cube + "\n"
  }

  static func analysis() throws -> Analysis {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8))])
    return Analysis.run(try imported.company(name: "Guess").company)
  }

  @Test func theImportLineSaysTheReadingWasAGuess() throws {
    let report = MarkdownReport.render(try Self.analysis())
    #expect(
      report.contains(
        "**Imported** from `cube.csv` (a customer cube, read as monthly recurring revenue, a "
          + "guess: the data cannot tell monthly recurring revenue from invoiced amounts, so the "
          + "range below holds both readings): "))
    #expect(
      report.contains(
        "Headline ARR depends on ambiguous choices: $30,000 to $156,000 if each went the other way."
      ))
  }

  /// Figures built account by account on the guessed MRR reading say so (session 15, report).
  /// As MRR at 2025-12: M0–M9 pay 100 each and Annual1 12,000, so recurring MRR is 13,000; the
  /// largest account is 12,000 ÷ 13,000 = 92.3%, the top 10 (12,000 + 9 × 100) ÷ 13,000 =
  /// 99.2%, and losing Annual1 costs 12 × 12,000 = $144K of ARR. The churn cliff is 2025-01:
  /// Annual1's 12,000 leaves 13,000 of opening MRR (92.3%) after a norm of 6,000 ÷ 6 = 1,000
  /// (Annual2's July 2024 churn over Jul–Dec 2024), 12.0×; 2024-07 (Annual2, after no churn)
  /// also qualifies, 2025-07 does not (6,000 is not above 3 × 2,000).
  @Test func figuresOnTheGuessedReadingSayTheyRestOnIt() throws {
    let a = try Self.analysis()
    let guess =
      "rest on reading the cells as monthly recurring revenue, a guess the data cannot confirm "
      + "(Data quality): read as invoiced amounts, each payment is spread over the months it "
      + "pays for, which moves every account's MRR."
    let concentration = try #require(a.findings.first { $0.code == .concentration })
    #expect(
      concentration.message
        == "The largest account is 92.3% of recurring ARR (top 10: 99.2%), on terms the data does "
        + "not give: no contract holds it for the next 12 months, and losing it would cost $144K "
        + "of the $156K headline. Every figure of this report rests mostly on it. These figures "
        + guess)
    let cliff = try #require(a.findings.first { $0.code == .churnCliff })
    #expect(
      cliff.message.hasPrefix(
        // One leaver: concentrated churn, named (session 22, T22-26).
        "Concentrated churn in 2025-01: \"Annual1\" left (it pays again from "
          + "2025-12) with $12.0K of MRR, 92.3% of opening MRR, 12.0× the trailing monthly average "
          + "of $1.00K (1 other month also qualifies)."))
    #expect(cliff.message.hasSuffix(" This churn rests " + guess.dropFirst("rest ".count)))
    let report = MarkdownReport.render(a)
    let section = try #require(report.range(of: "## Concentration"))
    let next = try #require(report.range(of: "## Benchmarks"))
    #expect(report[section.upperBound..<next.lowerBound].contains("These shares " + guess))
  }

  /// Page one's churn statements say which period they count (session 15, report): at the
  /// backtest's base 2024-12, M0–M9 and Annual1 pay (11 accounts) and all 11 pay in 2025-12,
  /// Annual1 again after leaving in 2025-01; the cliff says it came back.
  @Test func pageOneSaysWhichPeriodItsChurnCounts() throws {
    let a = try Self.analysis()
    let thin = try #require(a.findings.first { $0.code == .thinBacktest })
    #expect(
      thin.message.hasPrefix(
        "Thin backtest: 11 accounts paid in 2024-12 and every one of them paid in 2025-12 too, "
          + "so no churn rate could be observed over that year (an account that started after "
          + "2024-12 and left is not counted): "))
    #expect(!thin.message.contains("none churned"))
  }
}
