import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The streamed document is the same bytes as the value tree serialised, whatever the slicing.
@Suite struct JSONReportDocumentTests {
  /// A 32nd of the accounts a slice, from 1,024 to 8,192: 10,000 accounts → 1,024 (312 is
  /// below the floor), 100,000 → 3,125, 262,144 → 8,192, a million → 8,192 (31,250 is above
  /// the ceiling).
  @Test func slicesAreAThirtySecondOfTheAccountsWithinBounds() {
    #expect(JSONReport.accountsPerSlice(accounts: 0) == 1_024)
    #expect(JSONReport.accountsPerSlice(accounts: 10_000) == 1_024)
    #expect(JSONReport.accountsPerSlice(accounts: 100_000) == 3_125)
    #expect(JSONReport.accountsPerSlice(accounts: 262_144) == 8_192)
    #expect(JSONReport.accountsPerSlice(accounts: 1_000_000) == 8_192)
  }

  @Test(arguments: SampleCompanies.names)
  func documentEqualsTheSerialisedTree(name: String) throws {
    let analysis = try SampleCompanies.analysis(name)
    let reference = JSONReport.render(analysis).serializedBytes()
    #expect(JSONReport.document(analysis) == reference)
    // Slices of 7 accounts: many slices written on threads and joined, including a last short
    // one; the bytes must not change.
    #expect(JSONReport.document(analysis, sliceSize: 7) == reference)
    #expect(JSONReport.document(analysis, sliceSize: 1) == reference)
    // The pieces the CLI writes one after another join to the same document.
    let chunks = JSONReport.documentChunks(analysis, stress: nil, sliceSize: 5)
    #expect(chunks.count > 2 || analysis.scoring.scores.count <= 5)
    #expect(Array(chunks.all.joined()) == reference)
  }

  /// With stress scenarios the document carries them under `stress` (the `stress` command's
  /// layout without its repeated header), streamed byte for byte like the tree; without, the
  /// key is absent.
  @Test func stressScenariosAreInTheDocument() throws {
    let (analysis, stress, _) = try SampleCompanies.bundle("ai-hypergrowth")
    let scenarios = try SampleCompanies.stressScenarios()
    let tree = JSONReport.render(analysis, stress: stress)
    #expect(JSONReport.document(analysis, stress: stress, sliceSize: 7) == tree.serializedBytes())
    let block = try #require(tree["stress"])
    #expect(block["as_of"] == nil && block["base"] != nil)
    guard case .array(let listed) = try #require(block["scenarios"]) else {
      Issue.record("stress.scenarios is not an array")
      return
    }
    #expect(listed.count == scenarios.count)
    #expect(block["scenarios"] == StressJSON.render(stress)["scenarios"])
    #expect(JSONReport.render(analysis)["stress"] == nil)
  }

  @Test func documentParsesAndHasEveryAccount() throws {
    let analysis = try SampleCompanies.analysis("ai-hypergrowth")
    let company = analysis.company
    let bytes = JSONReport.document(analysis, sliceSize: 100)
    let parsed = try JSONValue.parse(String(decoding: bytes, as: UTF8.self))
    guard case .array(let accounts) = try #require(parsed["accounts"]) else {
      Issue.record("accounts is not an array")
      return
    }
    #expect(accounts.count == analysis.scoring.scores.count)
    #expect(
      accounts.first?["account_id"]
        == .string(company.accounts[analysis.scoring.scores[0].account].id))
  }
}
