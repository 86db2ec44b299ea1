import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Every chart the bundle writes is one the report shows, and a chart is drawn only where it
/// says something (session 20, wording lane; trial 18b, G9: one month of data wrote
/// `mrr-bridge.svg`, "last 0 months", linked from nowhere, and drew a Kaplan–Meier "curve" flat
/// at 100% with a band of no width, though nobody could yet have left).
@Suite struct ChartReferenceTests {
  /// The tester's one-month company: 10 accounts paying only in 2026-12, 5 monthly at $500,
  /// 3 annual at $2,000 and 2 usage accounts at $1,234.56.
  static var oneMonth: Company {
    let start = Fixture.date("2026-12-01")
    let accounts = (0..<10).map { i -> Account in
      let type: ContractType = i < 5 ? .monthly : i < 8 ? .annual : .usage
      return Account(
        id: "M\(i)", contractType: type, billingCadence: type == .usage ? .inArrears : .monthly,
        startDate: start,
        contractEndDate: type == .annual ? Fixture.date("2027-11-30") : nil)
    }
    let mrr: [[Int64]] = (0..<10).map { [$0 < 5 ? 50_000 : $0 < 8 ? 200_000 : 123_456] }
    return Fixture.company(accounts, mrr: mrr, first: Month(year: 2026, month: 12))
  }

  /// Two months, one of four accounts leaving in the second: someone could leave, and did.
  static var oneLeaves: Company {
    let accounts = (0..<4).map {
      Account(
        id: "A\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2026-11-01"))
    }
    return Fixture.company(
      accounts, mrr: [[10_000, 10_000], [10_000, 10_000], [10_000, 10_000], [10_000, 0]],
      first: Month(year: 2026, month: 11))
  }

  /// The chart files of `bundle` that its report.md does not link.
  static func unlinked(_ bundle: ReportBundle) -> [String] {
    let report = SampleCompanies.text(bundle, "report.md") ?? ""
    return bundle.files.map(\.path).filter {
      $0.hasPrefix("charts/") && !report.contains("](\($0))")
    }
  }

  @Test func oneMonthWritesNoBridgeAndNoSurvivalChart() throws {
    let analysis = Analysis.run(Self.oneMonth, paths: 200)
    let stress = try StressTest.run(analysis, scenarios: SampleCompanies.stressScenarios())
    let bundle = ReportBundle(analysis, stress: stress)
    let paths = bundle.files.map(\.path)
    #expect(!paths.contains("charts/mrr-bridge.svg"))
    #expect(!paths.contains("charts/logo-survival.svg"))
    #expect(Self.unlinked(bundle) == [])
    let report = try #require(SampleCompanies.text(bundle, "report.md"))
    #expect(report.contains("No month of revenue to bridge."))
    #expect(
      report.contains(
        "No logo survival curve: no account has been seen past its first paid month, so none "
          + "could yet have left."))
  }

  /// The rule is "nobody could leave", not "few months": two months with a departure keep
  /// their curve (75% after the first month) and say no such sentence.
  @Test func aDepartureKeepsTheSurvivalChart() throws {
    let analysis = Analysis.run(Self.oneLeaves, paths: 200)
    let km = try #require(analysis.projection?.kaplanMeier.filter { $0.time > 0 })
    #expect(km.first?.survival == 0.75)
    let bundle = ReportBundle(analysis)
    #expect(bundle.files.map(\.path).contains("charts/logo-survival.svg"))
    #expect(bundle.files.map(\.path).contains("charts/mrr-bridge.svg"))
    #expect(Self.unlinked(bundle) == [])
    #expect(SampleCompanies.text(bundle, "report.md")?.contains("No logo survival curve") == false)
  }

  /// A report printed alone (no charts beside it) has no chart to explain.
  @Test func aReportWithoutChartsSaysNothingOfTheCurve() {
    let report = MarkdownReport.render(Analysis.run(Self.oneMonth, paths: 200))
    #expect(!report.contains("survival curve"))
  }

  @Test(arguments: SampleCompanies.names)
  func everySampleChartIsLinkedFromItsReport(name: String) throws {
    let (_, _, bundle) = try SampleCompanies.bundle(name)
    #expect(Self.unlinked(bundle) == [])
  }

  @Test(arguments: OddCompanyTests.Shape.allCases)
  func everyOddCompanyChartIsLinkedFromItsReport(shape: OddCompanyTests.Shape) throws {
    let analysis = Analysis.run(shape.company, paths: 200)
    let stress = try StressTest.run(analysis, scenarios: SampleCompanies.stressScenarios())
    #expect(Self.unlinked(ReportBundle(analysis, stress: stress)) == [])
    #expect(Self.unlinked(ReportBundle(analysis)) == [])
  }
}
