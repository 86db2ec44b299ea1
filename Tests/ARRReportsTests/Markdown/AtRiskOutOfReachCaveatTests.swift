import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// Under `risk_signals_missing` the rows and the chart a deck copies carry page one's caveat
/// (render review 30, R30-5): quality-adjusted ARR likely overstated, the loss likely
/// understated; where `poor_discrimination` also holds, the row keeps its caveat instead.
@Suite struct AtRiskOutOfReachCaveatTests {
  @Test func theWorkbookRowsAndWalkSayIt() throws {
    let (analysis, _, md) = try BoardReportTests.report("workbook")
    #expect(Analysis.isAtRiskOutOfReach(analysis.scoring))
    #expect(Analysis.weakRiskScore(analysis.scoring) == nil)
    let qa = try #require(MarkdownReportTests.row(md, "**Quality-adjusted ARR**"))
    #expect(
      qa[2].hasSuffix(
        "; likely overstated: no signal in the data can reach the at-risk class (see Findings)"))
    let loss = try #require(MarkdownReportTests.row(md, "Expected 12-month loss"))
    #expect(loss[2].contains("; likely understated: no signal in the data can reach the at-risk"))
    let (_, _, bundle) = try SampleCompanies.bundle("workbook")
    let walk = try #require(SampleCompanies.text(bundle, "charts/arr-walk.svg"))
    #expect(walk.contains("Quality-adjusted ARR is likely overstated: no signal in the data"))
  }

  /// The ledger's at-risk class is out of reach too, and its score is weak: the row gives both
  /// (render review 32, R32-5: it gave only "weakly supported", which does not say which way
  /// the figure is likely wrong), the loss row points to them, and `risk_signals_missing` is
  /// on page one in every report where it fires, weak score or not (weight 1: billings and
  /// movements had it sixth, off page one).
  @Test func aWeakScoreAndTheOutOfReachClassAreBothSaid() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-ledger")
    #expect(Analysis.isAtRiskOutOfReach(analysis.scoring))
    let qa = try #require(MarkdownReportTests.row(md, "**Quality-adjusted ARR**"))
    // Last year's GRR came in 5.2 points under realised (84.3% against 89.5%): against the
    // missing signals' "likely overstated", either way (render review 38, R38-5).
    #expect(
      qa[2].hasSuffix(
        "; weakly supported and may be off either way: 11 churners are too few to show the "
          + "risk score ranks them, and no signal in the data can reach the at-risk class (see "
          + "Findings); last year's GRR projection was 5.2 points under realised"))
    let loss = try #require(MarkdownReportTests.row(md, "Expected 12-month loss"))
    #expect(
      loss[2].hasSuffix("; weakly supported and may be off either way, for the reasons above"))
    for name in ["data-room-ledger", "data-room-billings", "data-room-movements", "workbook"] {
      let (a, _, text) = try BoardReportTests.report(name)
      #expect(Analysis.isAtRiskOutOfReach(a.scoring), "\(name)")
      #expect(
        BoardReportTests.pageOne(text).contains("No account can reach the at-risk class"),
        "\(name)")
    }
    // Enterprise-saas holds the signals: no caveat at all.
    let (full, _, fullMD) = try BoardReportTests.report("enterprise-saas")
    #expect(!Analysis.isAtRiskOutOfReach(full.scoring))
    let row = try #require(MarkdownReportTests.row(fullMD, "**Quality-adjusted ARR**"))
    #expect(!row[2].contains("likely") && !row[2].contains("supported"))
  }

  /// The walk chart draws the out-of-reach at-risk step as the table does (R32-5): no bar, a
  /// grey "n/a" where billings drew a green "$0"; enterprise-saas draws its measured loss.
  @Test func theWalkChartDrawsNoAtRiskBar() throws {
    let (_, _, bundle) = try SampleCompanies.bundle("data-room-billings")
    let svg = try #require(SampleCompanies.text(bundle, "charts/arr-walk.svg"))
    #expect(svg.contains("Expected 12-month loss, at-risk class n/a;"))
    #expect(svg.contains("font-weight=\"600\" fill=\"#57606A\">n/a</text>"))
    // The two bold "$0" left are the trials and pilots steps (billings has neither).
    #expect(svg.components(separatedBy: "font-weight=\"600\" fill=\"#1F2328\">$0<").count == 3)
    let (_, _, full) = try SampleCompanies.bundle("enterprise-saas")
    let fullSVG = try #require(SampleCompanies.text(full, "charts/arr-walk.svg"))
    #expect(!fullSVG.contains(">n/a</text>"))
  }

  /// The walk's at-risk step reads "n/a", not a measured $0, where no account can reach the
  /// class (render review 30, R30-5): workbook and ledger (the weak score's caveat does not
  /// change the step); enterprise-saas, which holds the signals, measures it: 26 at-risk
  /// accounts, a loss in dollars.
  @Test func theAtRiskStepIsNotApplicable() throws {
    for name in ["workbook", "data-room-ledger"] {
      let (_, _, md) = try BoardReportTests.report(name)
      let step = try #require(
        MarkdownReportTests.row(md, "Expected 12-month loss, at-risk class"), "\(name)")
      #expect(
        step == ["Expected 12-month loss, at-risk class", "n/a (no signal can reach it)", "n/a"])
    }
    let (_, _, md) = try BoardReportTests.report("enterprise-saas")
    let step = try #require(MarkdownReportTests.row(md, "Expected 12-month loss, at-risk class"))
    #expect(step[1].hasPrefix("-$") && step[2].hasSuffix("%"))
  }

  /// The class table's at-risk row says why it is empty where no signal can reach it (render
  /// review 28, R28-13): workbook 0 accounts, $0; enterprise-saas, which holds the signals,
  /// keeps the plain label.
  @Test func theClassTableSaysWhyTheAtRiskClassIsEmpty() throws {
    let (_, _, md) = try BoardReportTests.report("workbook")
    let row = try #require(MarkdownReportTests.row(md, "at-risk (no signal can reach it)"))
    #expect(row[1] == "0" && row[3] == "$0")
    let (_, _, full) = try BoardReportTests.report("enterprise-saas")
    #expect(MarkdownReportTests.row(full, "at-risk") != nil)
    #expect(MarkdownReportTests.row(full, "at-risk (no signal can reach it)") == nil)
  }
}
