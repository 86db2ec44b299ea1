import ARRQuality
import Testing

/// Accounts without a segment carry one label everywhere: `(no segment)` in the ARR split,
/// class mixes, curves, lifetime values and benchmarks, in JSON and Markdown alike.
@Suite struct NoSegmentLabelTests {
  /// 40 monthly accounts over 26 months; even ones have a blank segment, odd ones "smb";
  /// every fifth leaves after month 20.
  static func company() throws -> Company {
    var a = "account_id,segment,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<40 {
      a += "A\(i),\(i % 2 == 0 ? "" : "smb"),monthly,monthly,2024-01-01\n"
      for k in 0..<26 where !(i % 5 == 0 && k > 20) {
        m += "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),\(100 + i)\n"
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  @Test func blankSegmentsShowOneLabelEverywhere() throws {
    let analysis = Analysis.run(try Self.company(), paths: 500)
    #expect(Account.noSegmentLabel == "(no segment)")
    #expect(analysis.metrics.split.bySegment.map(\.name).contains(Account.noSegmentLabel))
    #expect(analysis.scoring.bySegment.map(\.key).contains(Account.noSegmentLabel))
    let json = JSONReport.render(analysis).serialized()
    let markdown = MarkdownReport.render(analysis)
    for text in [json, markdown] {
      #expect(text.contains("(no segment)"))
      #expect(!text.contains("(none)"))
    }
  }
}
