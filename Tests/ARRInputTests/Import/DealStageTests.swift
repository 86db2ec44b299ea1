import ARRCore
import Testing

@testable import ARRInput

/// A CRM's deals that are not won are no revenue (`docs/import.md`, "Every row accounted for"):
/// a `Stage` column holding `Closed Won` or `Closed Lost`, or Salesforce's `IsWon` false, skips
/// the row as `deal not won`. Trial 14: a Salesforce opportunities report with contract dates and
/// an `ARR` column read as a subscriptions table, and its lost deal and open pipeline were
/// counted as ARR (78,000 for 18,000).
@Suite struct DealStageTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "opps.csv", bytes: Array(text.utf8))], options: options)
  }

  /// Acme's won deal, ARR 12,000 from February 2024, and its won upsell, ARR 6,000 from June,
  /// closed 2024-05-10: the as-of month is May, the latest close date's (a deal is signed before
  /// the export; session 26, t26b lane, trial 25, T25-17), so the upsell is a booking not live
  /// yet: MRR 1,000.00 February to May. Beta's lost deal (24,000) and Gamma's open one (36,000
  /// from July) are skipped: they are not customers.
  @Test func onlyWonDealsAreRead() throws {
    let c = try read(
      """
      Opportunity ID,Account ID,Account Name,Stage,Type,Probability (%),ARR,Close Date,Contract Start Date,Contract End Date
      0061,001A,Acme,Closed Won,New Business,100,12000,2024-01-15,2024-02-01,2025-01-31
      0062,001B,Beta,Closed Lost,New Business,0,24000,2024-02-10,2024-03-01,2025-02-28
      0063,001C,Gamma,Negotiation/Review,New Business,80,36000,2024-06-30,2024-07-01,2025-06-30
      0064,001A,Acme,Closed Won,Expansion,100,6000,2024-05-10,2024-06-01,2025-01-31
      """)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.accounts.map(\.id) == ["001A"])
    #expect(c.asOf == Month(year: 2024, month: 5))
    #expect(c.mrrRow("001A") == [100_000, 100_000, 100_000, 100_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 4 && f.rowsUsed == 2 && f.skipped == [.notWon: 2])
    #expect(
      c.log.skipped.map(\.reason) == [
        "deal not won: Stage Closed Lost: a lost deal, not revenue",
        "deal not won: Stage Negotiation/Review: an open deal (pipeline), not revenue",
      ])
    #expect(f.recognisedColumns.contains("deal stage: Stage"))
    #expect(!f.ignoredColumns.contains("Stage"))
  }

  /// HubSpot's internal stage values (`closedwon`, `closedlost`, `contractsent`) and
  /// Salesforce's `IsWon` flag: only the won row is read, 1,000.00 a month.
  @Test(arguments: [
    "customer_id,dealstage,start_date,mrr\nacme,closedwon,2024-01-01,1000\n"
      + "beta,closedlost,2024-01-01,2000\ngamma,contractsent,2024-01-01,3000",
    "AccountId,IsWon,IsClosed,start_date,mrr\nacme,true,true,2024-01-01,1000\n"
      + "beta,false,true,2024-01-01,2000\ngamma,false,false,2024-01-01,3000",
  ])
  func crmStageValuesAndWonFlags(text: String) throws {
    let c = try read(text)
    #expect(c.accounts.map(\.id) == ["acme"])
    #expect(c.mrr.reduce(0, +) == 100_000)
    #expect(c.log.files[0].skipped == [.notWon: 2])
  }

  /// A `Stage` column that names no closing stage is no deal stage (a customer's lifecycle
  /// stage): every row is read, 100.00 + 200.00.
  @Test func aStageColumnWithoutClosingStagesIsNotRead() throws {
    let c = try read(
      """
      customer_id,stage,start_date,mrr
      acme,Onboarding,2024-01-01,100
      beta,Live,2024-01-01,200
      """)
    #expect(c.mrr.reduce(0, +) == 30_000)
    #expect(c.log.files[0].rowsSkipped == 0)
  }

  /// A cube's rows are customers: a `Stage` column there is not read as a deal's, and Beta's
  /// row (`Closed Lost`, a churned customer) keeps its revenue: 50.00, 50.00, 0.
  @Test func aCubesStageColumnIsNotADealStage() throws {
    let c = try read(
      """
      Customer,Stage,2024-01,2024-02,2024-03
      Acme,Closed Won,100,100,100
      Beta,Closed Lost,50,50,0
      """)
    #expect(c.mrrRow("Beta") == [5_000, 5_000, 0])
    #expect(c.log.files[0].rowsSkipped == 0)
  }

  /// A deal without a stage is neither read nor dropped: a problem at its cell (a bad row,
  /// skipped, with `--lenient`).
  @Test func aBlankStageIsAProblem() throws {
    let text = """
      customer_id,stage,start_date,mrr
      acme,Closed Won,2024-01-01,100
      beta,,2024-01-01,200
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.problems.map(\.description) == [
        "opps.csv:3:2: no deal stage (expected the deal's stage, e.g. Closed Won: only won deals "
          + "are revenue)"
      ])
    let c = try read(text, options: ImportOptions(isLenient: true))
    #expect(c.mrr.reduce(0, +) == 10_000)
    #expect(c.log.files[0].skipped == [.badRow: 1])
  }
}
