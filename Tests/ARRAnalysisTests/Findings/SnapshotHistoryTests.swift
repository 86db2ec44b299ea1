import ARRAnalysis
import ARRCore
import ARRInput
import Testing

/// `snapshot_history` (docs/findings.md; session 17, import2 lane, trial 16's C5): an imported
/// company whose revenue history is a snapshot of current amounts says, on page one, that its
/// retention figures rest on an assumed flat history.
@Suite struct SnapshotHistoryTests {
  static func findings(_ company: Company) -> [Finding] {
    Analysis.run(company, paths: 100).findings
  }

  /// 20 accounts at $100 a month for 13 months: imported from a snapshot, the finding is
  /// critical (it names the figures that rest on a flat history) and `no_price_history`, which
  /// would fire on the same year without a price change, gives way to it; imported from a cube
  /// it is absent; a native folder has neither.
  @Test func aSnapshotIsCritical() throws {
    let company = try FindingFixtures.company(accounts: 20, months: 13)
    var snapshot = company
    snapshot.dataQuality.imported = ImportSummary(shape: "subscriptions", values: "mrr")
    snapshot.dataQuality.imported?.isSnapshot = true
    let found = Self.findings(snapshot)
    let finding = try #require(found.first { $0.code == .snapshotHistory })
    #expect(finding.severity == .critical)
    #expect(finding.weight == Finding.snapshotHistoryWeight)
    #expect(
      finding.message.hasPrefix("Retention is not measured: the revenue history is a snapshot"))
    #expect(
      finding.message.contains(
        "trailing NDR and GRR, the bridge, cohorts, the backtest and the projection's calibration "
          + "rest on an assumed flat history"))
    #expect(!found.contains { $0.code == .noPriceHistory })
    var cube = company
    cube.dataQuality.imported = ImportSummary(shape: "subscriptions", values: "mrr")
    #expect(!Self.findings(cube).contains { $0.code == .snapshotHistory })
    #expect(Self.findings(cube).contains { $0.code == .noPriceHistory })
    #expect(!Self.findings(company).contains { $0.code == .snapshotHistory })
  }
}
