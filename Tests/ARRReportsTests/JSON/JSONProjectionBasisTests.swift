import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// report.json's `projection_basis` names what projected NDR, GRR and logo retention rest on
/// with the idea the Markdown says in words (session 18, report: session 17 relabelled the
/// Markdown's blended projections, but the JSON still said `priors_only` for them).
@Suite struct JSONProjectionBasisTests {
  static func retention(_ a: Analysis) throws -> JSONValue {
    try #require(JSONReport.render(a)["retention"])
  }

  /// ReportContextProjectionBasisTests' company: two monthly survivors at $100 and $300 over a
  /// 3-month window, n_eff = 400² ÷ (100² + 300²) = 1.6, own weight 1.6 ÷ 21.6 = 0.074074…
  /// (six decimals: 0.074074). The churn is the class defaults' (4 months, no backtest); the
  /// movement is partly the company's: the Markdown's "expansion and contraction 7.4% from
  /// the last 3 months".
  @Test func aBlendedProjectionIsNotPriorsOnly() throws {
    let r = try Self.retention(Analysis.run(try ReportContextProjectionBasisTests.company()))
    #expect(r["projection_basis"]?.stringValue == "default_churn_blended_movement")
    #expect(r["survivor_movement"]?["own_weight"]?.doubleValue == 0.074074)
  }

  /// Two months leave no window (under 3): every part is the documented defaults', own
  /// weight 0, and the JSON says `priors_only` as the Markdown says "priors only".
  @Test func noWindowIsPriorsOnly() throws {
    let a = Analysis.run(
      try ReportContextProjectionBasisTests.company(months: ["2025-01", "2025-02"]))
    let r = try Self.retention(a)
    #expect(r["projection_basis"]?.stringValue == "priors_only")
    #expect(MarkdownReport.render(a).contains(ReportContext.priorsOnlyLabel + "; median"))
  }

  /// A backtested company (enterprise-saas) is calibrated.
  @Test func aCalibratedProjection() throws {
    let r = try Self.retention(try SampleCompanies.analysis("enterprise-saas"))
    #expect(r["projection_basis"]?.stringValue == "backtest_calibrated")
  }

  /// The JSON code and the Markdown's words come from one ``ProjectionBasis``, on every sample.
  @Test(arguments: SampleCompanies.names)
  func oneNameAcrossJSONAndMarkdown(name: String) throws {
    let a = try SampleCompanies.analysis(name)
    let code = try Self.retention(a)["projection_basis"]?.stringValue
    let basis = ProjectionBasis(a)
    #expect(code == basis?.code)
    switch basis {
    case nil, .backtestCalibrated?: #expect(ReportContext(a).projectionBasis == nil)
    case .priorsOnly?: #expect(ReportContext(a).projectionBasis == ReportContext.priorsOnlyLabel)
    case .defaultChurnBlendedMovement?, .defaultChurnUnmeasuredMovement?:
      #expect(ReportContext(a).projectionBasis?.hasPrefix("churn from the documented") == true)
    }
  }
}
