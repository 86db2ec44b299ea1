import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The class thresholds are stated, and a score is shown to one decimal, rounded but never on
/// the other side of a threshold from the score (render review 30, R30-15: "retained | 15"
/// beside "wavering | 15"; render review 38, R38-4: the Markdown cut and the CSV and JSON
/// rounded, so one account read 14.9 and 15.0).
@Suite struct ClassBoundsTests {
  @Test(arguments: [
    (14.96, "14.9"), (15.0, "15.0"), (39.99, "39.9"), (40.04, "40.0"), (7.0, "7.0"),
    (14.9, "14.9"), (0.0, "0.0"), (100.0, "100.0"), (29.16, "29.2"), (14.94, "14.9"),
    (15.04, "15.0"), (40.0, "40.0"), (39.94, "39.9"), (62.35, "62.4"),
  ])
  func scoresRoundButNeverAcrossAThreshold(score: Double, text: String) {
    let shown = RevenueClass.shownScore(score, weights: .defaults)
    #expect(NumberFormat(currency: "USD").number(shown, decimals: 1) == text)
  }

  /// Thresholds off the tenths (12.55 and 50.01): 12.54 stays under as 12.5, 12.55 shows 12.6,
  /// 50.005 shows 50.0 (under 50.01), 50.01 shows 50.1.
  @Test func thresholdsOffTheTenthsHoldToo() throws {
    let w = try RiskWeights.load(
      Array(#"{ "thresholds": { "wavering": 12.55, "at_risk": 50.01 } }"#.utf8), file: "w.json")
    #expect(RevenueClass.shownScore(12.54, weights: w) == 12.5)
    #expect(RevenueClass.shownScore(12.55, weights: w) == 12.6)
    #expect(RevenueClass.shownScore(50.005, weights: w) == 50.0)
    #expect(RevenueClass.shownScore(50.01, weights: w) == 50.1)
  }

  /// Markdown, CSV and JSON print one score per account, and none of the CSV's sits outside
  /// its class's bounds (render review 38, R38-4: plg-smb's A0707 "retained" at 15.0).
  @Test func everyFormatShowsOneScoreInsideItsClass() throws {
    let (analysis, _, md) = try BoardReportTests.report("plg-smb")
    let csv = AccountsCSV.render(analysis)
    var byID: [String: String] = [:]
    for line in csv.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count > 2, !cells[2].isEmpty else { continue }
      byID[String(cells[0])] = String(cells[2])
      let score = try #require(Double(cells[2]))
      switch cells[1] {
      case "retained": #expect(score < 15, "\(line)")
      case "wavering": #expect(score >= 15 && score < 40, "\(line)")
      case "at_risk": #expect(score >= 40, "\(line)")
      default: break
      }
    }
    let table = try #require(
      MarkdownReportTests.tables(md).first { $0.first?.last == "Reasons" })
    for row in table.dropFirst(2) {
      let id = try #require(row[0].split(separator: "(").last?.dropLast())
      #expect(byID[String(id)] == row[2], "\(row)")
    }
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
