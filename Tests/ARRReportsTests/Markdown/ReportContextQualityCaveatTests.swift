import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Quality-adjusted ARR and the expected 12-month loss carry one caveat wherever page one
/// quotes them: both summary rows and the ARR walk chart (session 16, report: the render
/// review found the loss row and the walk, what a deck copies, quoting them plainly while a
/// finding called them weakly supported or resting on the priors).
@Suite struct ReportContextQualityCaveatTests {
  static func rows(_ a: Analysis) throws -> (quality: String, loss: String) {
    let report = MarkdownReport.render(a)
    // Plain where unsupported (render review 28, R28-12), bold otherwise; the summary's row
    // (the walk's bold subtotal has the same label).
    let summary = try #require(MarkdownReportTests.tables(report).first)
    let quality = try #require(
      summary.first { $0.first == "**Quality-adjusted ARR**" || $0.first == "Quality-adjusted ARR" }
    )
    let loss = try #require(MarkdownReportTests.row(report, "Expected 12-month loss"))
    return (quality[2], loss[2])
  }

  /// The walk chart's text, its wrapped subtitle lines joined by spaces.
  static func walk(_ a: Analysis) throws -> String {
    let svg = try #require(ReportChart.all(for: a).first { $0.name == .arrWalk }).svg
    return SVGChecks.texts(XMLChecker(svg)).joined(separator: " ")
      .replacingOccurrences(of: "&apos;", with: "'")
  }

  static let priors =
    "priors only — not enough history: rests on the documented default retention by class"

  /// One month of data (SummaryCaveatsTests' $12,000 company): no backtest, so every account's
  /// retention is its class's documented default. Both rows end with the priors-only caveat
  /// and the walk says it under its title.
  @Test func aShortHistoryCaveatsBothRowsAndTheWalk() throws {
    let a = Analysis.run(try SummaryCaveatsTests.company())
    #expect(a.findings.contains { $0.code == .shortHistory })
    let (quality, loss) = try Self.rows(a)
    #expect(quality.hasSuffix("of headline; " + Self.priors))
    #expect(loss.hasSuffix("of recurring ARR; " + Self.priors))
    #expect(
      try Self.walk(a).contains(
        "Priors only — not enough history: quality-adjusted ARR rests on the documented default "
          + "retention by class"))
  }

  /// An ambiguous import of the same company (range $9,000 to $15,000) keeps the range's
  /// sentence first and adds the caveat after it, one subtitle of two sentences.
  @Test func theWalkJoinsTheRangeAndTheCaveat() throws {
    var company = try SummaryCaveatsTests.company()
    company.dataQuality.imported = ImportSummary(
      shape: "cube", values: "billings", ambiguousARRLow: 900_000, ambiguousARRHigh: 1_500_000)
    let walk = try Self.walk(Analysis.run(company))
    #expect(
      walk.contains(
        "Headline ARR is $9.00K–$15.0K under the other import readings (Data quality); the walk "
          + "starts from the point. Priors only — not enough history: quality-adjusted ARR "))
  }

  /// plg-smb's score ranks last year's churners at AUC 0.56 (`poor_discrimination`): the loss
  /// row says "weakly supported" as the quality-adjusted row does, and so does the walk; last
  /// year's GRR ran 4.6 points low, so quality-adjusted ARR leans under and the loss over
  /// (render review 40, R40-3); enterprise-saas, whose score ranks, has neither.
  @Test func aScoreThatBarelyRanksCaveatsBothRowsAndTheWalk() throws {
    let weak = try SampleCompanies.analysis("plg-smb")
    #expect(weak.findings.contains { $0.code == .poorDiscrimination })
    let caveat =
      "weakly supported and likely understated: the risk score barely ranks churners (see "
      + "Findings); last year's GRR projection was 4.6 points under realised"
    let (quality, loss) = try Self.rows(weak)
    #expect(quality.hasSuffix("of headline; " + caveat))
    #expect(
      loss.hasSuffix(
        "of recurring ARR; weakly supported and likely overstated, for the reasons above"))
    #expect(try Self.walk(weak).contains("Quality-adjusted ARR is " + caveat))
    let sound = try SampleCompanies.analysis("enterprise-saas")
    let (plainQuality, plainLoss) = try Self.rows(sound)
    #expect(plainQuality.hasSuffix("of headline"))
    #expect(plainLoss.hasSuffix("of recurring ARR"))
    #expect(!(try Self.walk(sound).contains("Quality-adjusted ARR is")))
  }

  /// The same company with its score's AUCs set to 0.45, worse than chance: both rows and the
  /// walk say "unsupported".
  @Test func aScoreWorseThanChanceIsUnsupported() throws {
    var a = try SampleCompanies.analysis("plg-smb")
    // The AUC of the model used: plg-smb's fitted model since session 19 (usage lane).
    a.scoring.backtest?.auc = 0.45
    a.scoring.backtest?.crossValidatedAUC = 0.45
    let caveat =
      "unsupported and likely understated: the risk score ranks churners worse than chance "
      + "(see Findings); last year's GRR projection was 4.6 points under realised"
    let (quality, loss) = try Self.rows(a)
    #expect(quality.hasSuffix("of headline; " + caveat))
    #expect(
      loss.hasSuffix("of recurring ARR; unsupported and likely overstated, for the reasons above"))
    #expect(try Self.walk(a).contains("Quality-adjusted ARR is " + caveat))
  }
}
