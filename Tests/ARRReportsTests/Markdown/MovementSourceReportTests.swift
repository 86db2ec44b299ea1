import ARRQuality
import Testing

@testable import ARRReports

/// Retention says where the projection's expansion and contraction come from: the window the
/// data holds (min(12, months − 1), none under 3 months; docs/projection.md, "Survivor
/// movement"), never "the last year" on a shorter history (fifteenth session, lead: a 3-month
/// import said "seen over the last year").
@Suite struct MovementSourceReportTests {
  /// Five accounts at $100 a month for `months` months (few enough accounts that
  /// `no_price_history` does not fire), and the sentence Retention prints.
  @Test(arguments: [
    // 3 months: a 2-month window, under the minimum of 3: the priors alone.
    (
      3,
      "and contraction of the documented priors, as the data holds too few months to measure them "
    ),
    // 4 months: a 3-month window, the shortest measured.
    (
      4,
      "and contraction seen over the last 3 months, annualised and blended with the documented priors "
    ),
    // 7 months: a 6-month window.
    (
      7,
      "and contraction seen over the last 6 months, annualised and blended with the documented priors "
    ),
    // 13 months: a whole year; 5 equal survivors weigh 5 ÷ (5 + 20) = 20% against the priors'
    // 80%, so the blend is said (render review 38, R38-1).
    (13, "and contraction seen over the last year, blended with the documented priors "),
    // 20 months: still the last year.
    (20, "and contraction seen over the last year, blended with the documented priors "),
  ])
  func theWindowIsNamed(months: Int, phrase: String) throws {
    let company = try FindingCodesReportTests.company(accounts: 5, months: months)
    let analysis = Analysis.run(company)
    #expect(!analysis.findings.contains { $0.code == .noPriceHistory })
    let forecast = try #require(analysis.projection?.forecast)
    #expect(forecast.movementWindowMonths == (months - 1 < 3 ? 0 : min(12, months - 1)))
    let report = MarkdownReport.render(analysis)
    let start = try #require(report.range(of: "\n## Retention\n"))
    let retention = report[start.upperBound...]
    #expect(retention.contains("from their retention probabilities and the expansion " + phrase))
    if months < 13 { #expect(!report.contains("seen over the last year")) }
  }
}
