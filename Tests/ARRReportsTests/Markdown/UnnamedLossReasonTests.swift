import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A loss with no risk signal says where it comes from, not "—" (render review 28, R28-18:
/// billings' Kestrel Dynamics, retained, $198,713 of expected loss then, with no reason given).
@Suite struct UnnamedLossReasonTests {
  @Test(arguments: ["data-room-billings", "enterprise-saas", "workbook", "plg-smb"])
  func noRowIsADash(sample: String) throws {
    let (_, _, md) = try BoardReportTests.report(sample)
    let table = try #require(
      MarkdownReportTests.tables(md).first { $0.first?.last == "Reasons" })
    for row in table.dropFirst(2) { #expect(row.last != "—", "\(row)") }
  }

  /// Billings prices its classes by last year's departures; since its single payments' terms
  /// are dated (render review 38, R38-3) its AUC is 0.62, above 0.6, so no blend with the pooled
  /// rate: Kestrel Dynamics' share is its expected loss over its recurring ARR, $162,316 ÷
  /// $1,258,518 = 12.90%, said as 12.9% (render review 32, R32-2).
  @Test func theClassLossIsSaid() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    let table = try #require(
      MarkdownReportTests.tables(md).first { $0.first?.last == "Reasons" })
    let row = try #require(table.first { $0[0].hasPrefix("Kestrel Dynamics") })
    #expect(row[3] == "$1,258,518" && row[4] == "$162,316")
    #expect(
      row[5]
        == "no reason listed: priced at the retained class's retention (last year's churn, shrunk "
        + "to its default), a loss of 12.9% of its ARR")
  }
}
