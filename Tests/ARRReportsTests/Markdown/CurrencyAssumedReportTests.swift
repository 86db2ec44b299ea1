import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The report says when its currency is the USD default rather than one the data named
/// (session 19, lead; trial 18a, K2).
@Suite struct CurrencyAssumedReportTests {
  static func analysis(isAssumed: Bool) -> Analysis {
    var profile = CompanyProfile(name: "Acme")
    profile.isCurrencyAssumed = isAssumed
    let accounts = ["A", "B"].map {
      Account(
        id: $0, contractType: .monthly, billingCadence: .monthly,
        startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
    }
    return Analysis.run(
      Fixture.company(accounts, mrr: [[100_000, 100_000], [50_000, 60_000]], profile: profile))
  }

  static let words = "**Currency:** USD (assumed: the data names none)\n"

  @Test(arguments: [true, false])
  func headerAndAppendixSayTheCurrencyIsAssumed(isAssumed: Bool) {
    let report = MarkdownReport.render(Self.analysis(isAssumed: isAssumed))
    #expect(report.contains(Self.words) == isAssumed)
    #expect(report.contains("**Currency:** USD\n") == !isAssumed)
    #expect(report.contains("Money is in USD (assumed: the data names none);") == isAssumed)
  }

  @Test(arguments: [true, false])
  func jsonSaysWhetherTheCurrencyIsAssumed(isAssumed: Bool) {
    let json = JSONReport.render(Self.analysis(isAssumed: isAssumed))
    #expect(json["currency"]?.stringValue == "USD")
    #expect(json["is_currency_assumed"] == .bool(isAssumed))
  }
}
