import ARRCore
import Testing

@testable import ARRInput

/// A spreadsheet's totals row under a subscriptions table (session 16's trial, R7): refused as
/// a row without a customer or start, where a ledger's or a cube's totals row is excluded and
/// checked.
@Suite struct SubscriptionTotalsRowTests {
  static func read(total: String) throws -> ImportedCompany {
    try Importer.read([
      Importer.SourceFile(
        name: "subs.csv",
        bytes: Array(
          """
          customer_id,start_date,end_date,mrr
          a,2025-01-01,,100.00
          b,2025-02-01,,250.50
          Total,,,\(total)
          """.utf8))
    ])
  }

  /// 100.00 + 250.50 = 350.50: the row is excluded (rows read 3 = used 2 + 1 totals row) and a
  /// note says it ties out; MRR as of February 350.50.
  @Test func aTotalsRowThatTiesOutIsANote() throws {
    let c = try Self.read(total: "350.50")
    let f = c.log.files[0]
    #expect(f.rowsRead == 3 && f.rowsUsed == 2 && f.skipped[.totals] == 1)
    #expect(
      c.log.notes.contains {
        $0 == "subs.csv: line 4 is a totals row: excluded, and it equals the sum of the prices "
          + "above it under \"mrr\""
      })
    #expect(c.mrrRow("a").last! + c.mrrRow("b").last! == 35_050)
  }

  /// A total that is not the sum (351.00) is a finding naming both.
  @Test func aTotalsRowThatDoesNotTieOutIsAFinding() throws {
    let c = try Self.read(total: "351.00")
    let finding = try #require(c.log.findings.first { $0.contains("is a totals row") })
    #expect(finding.contains("it says \"351.00\" under \"mrr\" but the prices above it sum to"))
    #expect(finding.contains("350.50"))
  }
}
