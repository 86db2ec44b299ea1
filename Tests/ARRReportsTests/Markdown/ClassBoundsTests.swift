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
}
