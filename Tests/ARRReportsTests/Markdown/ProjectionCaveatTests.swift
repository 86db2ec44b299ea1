import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// The projected NDR and GRR rows carry the expected loss's caveat, short, when the risk score
/// barely ranks churners (render review 28, R28-6): both sum the same retention probabilities.
@Suite struct ProjectionCaveatTests {
  /// plg-smb (AUC 0.56, weakly supported), movements (0.38, every class priced at the company's
  /// pooled retention, R33-1), ledger (0.62 on 11
  /// churners: too few to tell from chance, weakly supported; R28-4) and enterprise-saas (0.79
  /// on 22 churners of 253, no `poor_discrimination`): the rows' caveat follows the loss row's,
  /// word for word in its first word.
  ///
  /// Movements and ledger also have `risk_signals_missing` (R32-4): their rows say "and likely
  /// overstated, as above", as their quality-adjusted ARR row does (movements, priced pooled,
  /// for its missing cancellation notice alone).
  @Test(arguments: [
    ("plg-smb", "; weakly supported, like the expected loss above"),
    ("data-room-movements", "; at the company's pooled retention and likely overstated, as above"),
    ("data-room-ledger", "; weakly supported and likely overstated, as above"),
    ("enterprise-saas", nil),
  ])
  func projectedRowsShareTheLossCaveat(sample: String, caveat: String?) throws {
    let (analysis, _, md) = try BoardReportTests.report(sample)
    let loss = try #require(MarkdownReportTests.row(md, "Expected 12-month loss"))
    for label in ["Projected NDR, next 12 months (mean)", "Projected GRR, next 12 months (mean)"] {
      let row = try #require(MarkdownReportTests.row(md, label))
      if let caveat {
        #expect(row[2].hasSuffix(caveat), "\(row)")
        let word = caveat.dropFirst(2).prefix { $0 != "," }.replacingOccurrences(
          of: " and likely overstated", with: "")
        // With `risk_signals_missing` too the loss row joins both (R32-5).
        #expect(
          loss[2].contains("; \(word): ") || loss[2].contains("; \(word) and likely understated"))
      } else {
        #expect(!row[2].contains("like the expected loss"))
        #expect(!loss[2].contains("supported"))
      }
    }
    #expect((Analysis.weakRiskScore(analysis.scoring) != nil) == (caveat != nil))
  }

  /// Workbook is enterprise-saas's data room without the notice, usage, seat and payment
  /// columns: its score ranks churners (no `poor_discrimination`) but no account can reach the
  /// at-risk class, so its projected NDR (103.3% against the full data's 101.2%) and GRR (89.5%
  /// against 87.7%) carry quality-adjusted ARR's "likely overstated", and so do the two charts
  /// that draw them (render review 32, R32-4).
  @Test func theWorkbooksProjectionsAreLikelyOverstated() throws {
    let (analysis, _, md) = try BoardReportTests.report("workbook")
    #expect(Analysis.weakRiskScore(analysis.scoring) == nil)
    #expect(Analysis.isAtRiskOutOfReach(analysis.scoring))
    for label in ["Projected NDR, next 12 months (mean)", "Projected GRR, next 12 months (mean)"] {
      let row = try #require(MarkdownReportTests.row(md, label))
      #expect(row[2].hasSuffix("; likely overstated, like quality-adjusted ARR above"), "\(row)")
    }
    let (_, _, bundle) = try SampleCompanies.bundle("workbook")
    for chart in ["charts/retention-outlook.svg", "charts/stress-retention.svg"] {
      let svg = try #require(SampleCompanies.text(bundle, chart))
      #expect(
        svg.contains("Projections likely overstated: no signal in the data can reach the at-risk"),
        "\(chart)")
    }
  }
}
