import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// `report.json` names at most 100 segments, those with the most recurring ARR, and sums the
/// rest under `other_segments` (``ListedSegments/jsonLimit``; docs/output.md, "Segments").
@Suite struct JSONSegmentsTests {
  /// `S001`, `S002`, … `S<n>`, one annual account each; segment k's account pays k × 1,000
  /// cents a month for two months.
  static func analysis(segments n: Int) -> Analysis {
    let accounts = (1...n).map { k in
      Account(
        id: "A\(k)", segment: k < 10 ? "S00\(k)" : k < 100 ? "S0\(k)" : "S\(k)",
        contractType: .annual, billingCadence: .annual,
        startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
    }
    let company = Fixture.company(
      accounts, mrr: (1...n).map { [Int64($0) * 1_000, Int64($0) * 1_000] })
    return Analysis.run(company, paths: 100)
  }

  static func keys(_ v: JSONValue?, _ key: String) -> [String] {
    guard case .array(let xs) = v else { return [] }
    return xs.compactMap { $0[key]?.stringValue }
  }

  /// 101 segments (a row of "1 other segment" would save nothing) are all named, and there is
  /// no `other_segments`.
  @Test func aHundredAndOneSegmentsAreAllNamed() {
    let analysis = Self.analysis(segments: 101)
    let json = JSONReport.render(analysis)
    #expect(Self.keys(json["class_mix_by_segment"], "key").count == 101)
    #expect(Self.keys(json["arr_by_segment"], "key").count == 101)
    #expect(Self.keys(json["retention_curves"]?["by_segment"], "key").count == 101)
    #expect(Self.keys(json["ltv"], "segment").count == 101)
    #expect(analysis.projection?.lifetimeValues.count == 101)
    #expect(json["other_segments"] == nil)
  }

  /// 102 segments: S003 … S102 pay the most (3,000 … 102,000 cents a month) and are named, in
  /// name order as before; S001 and S002 are summed: 2 accounts, 12 × (1,000 + 2,000) cents =
  /// 360.00 of headline and recurring ARR, all of it in one class. The streamed document is
  /// the tree's, byte for byte.
  @Test func theHundredLargestAreNamedAndTheRestSummed() throws {
    let analysis = Self.analysis(segments: 102)
    let json = JSONReport.render(analysis)
    let named = (3...102).map { $0 < 10 ? "S00\($0)" : $0 < 100 ? "S0\($0)" : "S\($0)" }
    #expect(Self.keys(json["class_mix_by_segment"], "key") == named)
    #expect(Self.keys(json["arr_by_segment"], "key") == named)
    #expect(Self.keys(json["retention_curves"]?["by_segment"], "key") == named)
    #expect(Self.keys(json["ltv"], "segment") == named)
    // The projection made curves and LTVs for those 100 only (Projection.segmentLimit).
    let projection = try #require(analysis.projection)
    #expect(projection.curves.filter { $0.grouping == .segment }.map(\.key) == named)
    #expect(projection.lifetimeValues.map(\.segment) == named)
    let other = try #require(json["other_segments"])
    #expect(other["segments"] == .int(2))
    #expect(other["headline"] == .money(36_000))
    #expect(other["recurring"] == .money(36_000))
    #expect(other["accounts"] == .int(2))
    let classes = RevenueClass.allCases.compactMap { other["classes"]?[$0.rawValue] }
    #expect(classes.compactMap { $0["accounts"]?.doubleValue }.reduce(0, +) == 2)
    #expect(classes.compactMap { $0["arr"]?.doubleValue }.reduce(0, +) == 360)
    #expect(JSONReport.document(analysis, sliceSize: 7) == json.serializedBytes())
    // The Markdown names 12 and says where the rest are.
    let report = MarkdownReport.render(analysis)
    #expect(
      report.contains(
        "accounts.csv gives every account's segment and report.json the 100 segments with the "
          + "most recurring ARR."))
    #expect(report.contains("for the 100 with the most recurring ARR."))
  }
}
