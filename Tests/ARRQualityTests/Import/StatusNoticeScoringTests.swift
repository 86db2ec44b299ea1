import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a cube's `Cancelled` or `Churned` status on an account still billing is
/// notice given, so its chance of staying is 0 (trial 21, X2: both kept 0.75).
@Suite struct StatusNoticeScoringTests {
  /// Alpha 1,000 and Gamma 500 `Active`; Beta 2,000 `Cancelled`, Delta 800 `Churned`; all
  /// billing every month of 2024-01…2024-04.
  @Test func leavingStatusesStayWithProbabilityZero() throws {
    let text = """
      Customer,Status,2024-01,2024-02,2024-03,2024-04
      Alpha,Active,1000,1000,1000,1000
      Beta,Cancelled,2000,2000,2000,2000
      Gamma,Active,500,500,500,500
      Delta,Churned,800,800,800,800
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "status.csv", bytes: Array(text.utf8))],
      options: ImportOptions(values: .mrr)
    ).company().company
    let analysis = Analysis.run(c)
    func score(_ id: String) throws -> AccountScore {
      let i = try #require(c.accounts.firstIndex { $0.id == id })
      return try #require(analysis.scoring.scores.first { $0.account == i })
    }
    #expect(try score("Beta").retentionProbability == 0)
    #expect(try score("Delta").retentionProbability == 0)
    #expect(try score("Alpha").retentionProbability > 0)
    // Quality-adjusted ARR keeps nothing of Beta's and Delta's 33,600.00 a year.
    #expect(try score("Beta").qualityAdjustedARR == 0)
    #expect(try score("Delta").qualityAdjustedARR == 0)
    #expect(analysis.metrics.ladder.committed == 0)
  }
}
