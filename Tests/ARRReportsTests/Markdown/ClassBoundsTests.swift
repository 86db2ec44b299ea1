import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The class thresholds are stated, and a score is shown cut to one decimal so it never sits
/// at its class's upper bound (render review 30, R30-15: "retained | 15" beside "wavering |
/// 15").
@Suite struct ClassBoundsTests {
  @Test(arguments: [
    (14.96, "14.9"), (15.0, "15.0"), (39.99, "39.9"), (40.04, "40.0"), (7.0, "7.0"),
    (14.9, "14.9"), (0.0, "0.0"), (100.0, "100.0"),
  ])
  func scoresAreCutNotRounded(score: Double, text: String) {
    #expect(MarkdownReport.shownScore(score, NumberFormat(currency: "USD")) == text)
  }

  /// Under the documented defaults the bounds are 15 and 40.
  @Test func theBoundsAreSaid() throws {
    let (_, _, md) = try BoardReportTests.report("plg-smb")
    #expect(
      md.contains(
        "put in the **retained** (score under 15), **wavering** (15 to under 40) or **at-risk** "
          + "(40 and over) class."))
  }

  /// No shown score sits outside its class's bounds in plg-smb's loss table (Ember Media,
  /// Harbor Systems and Iris Dynamics all read "15" before).
  @Test func everyShownScoreIsInsideItsClass() throws {
    let (_, _, md) = try BoardReportTests.report("plg-smb")
    let table = try #require(
      MarkdownReportTests.tables(md).first { $0.first?.last == "Reasons" })
    for row in table.dropFirst(2) {
      let score = try #require(Double(row[2]))
      switch row[1] {
      case "retained": #expect(score < 15, "\(row)")
      case "wavering": #expect(score >= 15 && score < 40, "\(row)")
      default: #expect(score >= 40, "\(row)")
      }
    }
  }

  /// The Glossary's class entry ends with the same bounds, plain (render review 30, R30-15);
  /// a weights file's thresholds (12.5 and 50) move them, one decimal only where needed.
  @Test func theGlossaryGivesTheBounds() throws {
    let (analysis, _, md) = try BoardReportTests.report("plg-smb")
    let glossary = try #require(md.components(separatedBy: "## Glossary\n").last)
    #expect(
      glossary.contains(
        "- **Retained, wavering and at-risk class**: The three risk classes, from the lowest "
          + "risk score to the highest; the at-risk class is the accounts most likely to leave. "
          + "By risk score: retained (score under 15), wavering (15 to under 40) or at-risk (40 "
          + "and over).\n"))
    var s = analysis.scoring
    s.weightsUsed = try RiskWeights.load(
      Array(#"{ "thresholds": { "wavering": 12.5, "at_risk": 50 } }"#.utf8), file: "w.json")
    #expect(
      MarkdownReport.classBounds(s, NumberFormat(currency: "USD"), isBold: false)
        == "retained (score under 12.5), wavering (12.5 to under 50) or at-risk (50 and over)")
  }
}
