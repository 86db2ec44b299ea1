import ARRCore
import Testing

@testable import ARRInput

/// A deal stage neither won, lost nor a known open stage is read as not won and said in a
/// finding; a won flag (`IsWon`, or a `Won` column of flags) decides over the stage's words
/// (trial 32, T32-31: 18 won deals under a custom pipeline's stage id, or Salesforce's custom
/// `Signed` even with `IsWon` true, were skipped as "an open deal (pipeline)", headline −27%).
@Suite struct UnknownDealStageTests {
  static func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "opps.csv", bytes: Array(text.utf8))])
  }

  static let header = "customer_id,dealstage,start_date,mrr"

  /// Acme won (1,000 a month); two deals under stage id 1034561 and one `Signed`: read as not
  /// won, the finding counts each. Rows read 5 = used 1 + 4 not won.
  @Test func anUnknownStageIsSaid() throws {
    let c = try Self.read(
      """
      \(Self.header)
      acme,closedwon,2024-01-01,1000
      beta,1034561,2024-01-01,2000
      gamma,closedlost,2024-01-01,3000
      delta,1034561,2024-01-01,4000
      omega,Signed,2024-01-01,500
      """)
    #expect(c.accounts.map(\.id) == ["acme"])
    let f = c.log.files[0]
    #expect(f.rowsRead == 5 && f.rowsUsed == 1 && f.skipped == [.notWon: 4])
    #expect(
      c.log.findings.contains(
        "opps.csv: 3 deals have a stage this import does not know as won, lost or open: "
          + "\"1034561\" (2 deals, first on line 3), \"Signed\" (1 deal, first on line 6); read "
          + "as not won, so no figure counts them. If one is a won stage (a custom pipeline's "
          + "stage id, a custom label), write it as Closed Won, or give a won flag column (IsWon, "
          + "true for a won deal), which decides over the stage"))
    #expect(c.log.skipped.contains { $0.reason.hasSuffix("a stage not known as won, not revenue") })
  }

  /// Known open and lost stages draw no finding.
  @Test func knownStagesDrawNoFinding() throws {
    let c = try Self.read(
      "\(Self.header)\nacme,closedwon,2024-01-01,1000\nbeta,contractsent,2024-01-01,2000\n"
        + "gamma,Negotiation/Review,2024-01-01,3000\ndelta,closedlost,2024-01-01,4000")
    #expect(!c.log.findings.contains { $0.contains("does not know as won") })
  }

  /// With a won flag the flag decides: `Signed` with `IsWon` true is won, `Closed Won` with
  /// false is not. By hand: acme 1,000 + omega 500 = 1,500 a month.
  @Test(arguments: ["IsWon", "Won"])
  func aWonFlagDecides(flag: String) throws {
    let c = try Self.read(
      """
      customer_id,Stage,\(flag),start_date,mrr
      acme,Closed Won,true,2024-01-01,1000
      beta,Closed Won,false,2024-01-01,2000
      omega,Signed,true,2024-01-01,500
      gamma,Closed Lost,false,2024-01-01,3000
      """)
    #expect(c.accounts.map(\.id).sorted() == ["acme", "omega"])
    #expect(c.mrrRow("acme").last == 100_000 && c.mrrRow("omega").last == 50_000)
    #expect(!c.log.findings.contains { $0.contains("does not know as won") })
  }
}
