import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 10's findings against the tenth session's import work, each pinned on a small file
/// whose expected figures are worked by hand in the test.
@Suite struct ImportReviewTenTests {
  func read(_ files: [(name: String, text: String)], options: ImportOptions = ImportOptions())
    throws
    -> ImportedCompany
  {
    try ImportFixtures.read(
      files, options: options)
  }

  /// F00: a list row whose id has no revenue is not joined by name onto another customer of
  /// the same name; C1 keeps its own row's facts, C9 is skipped.
  @Test func aListRowWithAnUnmatchedIdIsNotJoinedByName() throws {
    let cube = "id,name,2024-01,2024-02,2024-03\nC1,Acme,100,100,100\nC2,Beta,200,200,200\n"
    let list = """
      account_id,name,segment,contract_type,start_date,trial_status
      C1,Acme,enterprise,annual,2023-01-10,none
      C2,Beta,smb,monthly,2023-05-01,none
      C9,Acme,smb,monthly,2024-03-02,expired
      """
    let c = try read([("cube.csv", cube), ("accounts.csv", list)], options: .init(values: .mrr))
    #expect(c.accounts[0].segment == "enterprise" && c.accounts[0].trialStatus == TrialStatus.none)
    #expect(c.accounts[0].contractType == .annual)
    #expect(c.log.files[1].rowsUsed == 2)
    // Two accounts of one name: neither is joined by that name.
    #expect(
      CustomerList.match(
        [ImportedAccount(id: "X", name: "Acme", source: ("l", 2))],
        [
          ImportedAccount(id: "A", name: "Acme", source: ("c", 2)),
          ImportedAccount(id: "B", name: "Acme", source: ("c", 3)),
        ]) == [nil])
  }

  /// F2: a cube with a label row above its month header (a pivot's two-row header) still reads.
  @Test func aCubeWithALabelRowAboveItsMonthsReads() throws {
    let cube = "Customer Name,Segment,MRR,,\n,,2024-01,2024-02,2024-03\nAcme,smb,100,100,120\n"
    let c = try read([("cube.csv", cube)], options: .init(values: .mrr))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 12_000])
  }

  /// F1: in cents, a cell naming its currency (`JPY 4900`) is 4,900 yen, not 49.00.
  @Test func aCellsOwnCurrencyDecidesItsSmallestUnit() throws {
    let table = "customer_id,month,mrr_cents\nA,2024-01,JPY 4900\nA,2024-02,JPY 4900\n"
    let c = try read([("mrr.csv", table)])
    #expect(c.mrrRow("A") == [490_000, 490_000])
  }

  /// F4: a committed MRR column reads in the amounts' unit: 4900 cents is 49.00.
  @Test func committedMRRReadsInTheAmountsUnit() throws {
    let cube =
      "Customer,Contract Type,Committed MRR,2024-01,2024-02,2024-03\nA,usage,4900,4900,5000,5100\n"
    let c = try read([("cube.csv", cube)], options: .init(values: .mrr, amounts: .cents))
    #expect(c.accounts[0].committedMRR == 4_900)
    #expect(c.mrrRow("A") == [4_900, 5_000, 5_100])
  }

  /// F5: a usage column of amounts is usage revenue: not read as units, said in a note.
  @Test(arguments: ["$250", "25.50"])
  func aUsageColumnOfAmountsIsNotUnits(cell: String) throws {
    let table = "customer_id,month,mrr,usage\nA,2024-01,100,\"\(cell)\"\nA,2024-02,100,1\n"
    let c = try read([("mrr.csv", table)])
    #expect(c.usage == nil)
    #expect(c.log.files[0].ignoredColumns == ["usage"])
    #expect(c.log.notes.contains { $0.contains("is not read as usage units") })
  }

  /// F6: a column under a fact's name holding something else (`past due` amounts, `licenses`
  /// editions) is not that fact: ignored with a note, the list read.
  @Test func aFactColumnHoldingSomethingElseIsIgnored() throws {
    let cube = "Customer,2024-01,2024-02,2024-03\nAcme,1,1,1\n"
    let list = "Customer,Licenses,Past Due\nAcme,Enterprise,\"$1,200\"\n"
    let c = try read([("cube.csv", cube), ("customers.csv", list)], options: .init(values: .mrr))
    #expect(c.accounts[0].seatsPurchased == nil && c.accounts[0].isPastDue == nil)
    #expect(c.log.files[1].ignoredColumns == ["Licenses", "Past Due"])
    #expect(c.log.notes.contains { $0.contains("\"Licenses\" is not read as seats_purchased") })
  }

  /// F10: a list's explicit `no` trial status wins over the cube's `yes`, as its other facts do,
  /// and the conflict is said; a list without the cell leaves the cube's trial as it was.
  @Test func aListsExplicitNoTrialOverridesTheCube() throws {
    let cube = "id,trial_status,2024-01,2024-02,2024-03\nC1,yes,100,100,100\nC2,yes,50,50,50\n"
    let list = "account_id,trial_status,segment\nC1,no,smb\nC2,,smb\n"
    let c = try read([("cube.csv", cube), ("accounts.csv", list)], options: .init(values: .mrr))
    let c1 = try #require(c.accounts.first { $0.id == "C1" })
    let c2 = try #require(c.accounts.first { $0.id == "C2" })
    #expect(c1.trialStatus == TrialStatus.none && c1.trialStatusCell == .answer)
    #expect(c2.trialStatus == .active)
    let finding = try #require(c.log.findings.first { $0.contains("from the revenue file") })
    #expect(finding.contains("1 fact differs from the revenue file; the customer list's is kept"))
    #expect(finding.contains("\"C1\" trial status active vs none (line 2)"))
    #expect(!finding.contains("C2"))
  }

  /// Review 11, F6: a yes/no `no` answers "in a trial now?", which a converted or expired trial
  /// agrees with: the cube's `converted` and `expired` stay, with no conflict; the word `none`
  /// is a status and still wins.
  @Test func aListsNoAnswerLeavesAConvertedTrial() throws {
    let cube = """
      id,trial_status,trial_end_date,2024-01,2024-02,2024-03
      C1,converted,2024-01-31,0,100,100
      C2,expired,2024-02-29,50,0,0
      C3,converted,2024-01-31,0,70,70
      C4,active,2024-04-30,0,0,30
      """
    let list = "account_id,trial_status\nC1,no\nC2,false\nC3,none\nC4,no\n"
    let c = try read([("cube.csv", cube), ("accounts.csv", list)], options: .init(values: .mrr))
    func status(_ id: String) -> TrialStatus? { c.accounts.first { $0.id == id }?.trialStatus }
    #expect(status("C1") == .converted && status("C2") == .expired)
    #expect(status("C3") == TrialStatus.none && status("C4") == TrialStatus.none)
    // The list ended C4's running trial: its end date from the cube goes with it.
    #expect(c.accounts.first { $0.id == "C4" }?.trialEndDate == nil)
    #expect(
      c.accounts.first { $0.id == "C1" }?.trialEndDate == CivilDate(year: 2024, month: 1, day: 31))
    let finding = try #require(c.log.findings.first { $0.contains("from the revenue file") })
    #expect(finding.contains("2 facts differ"))
    #expect(finding.contains("\"C3\" trial status converted vs none"))
    #expect(finding.contains("\"C4\" trial status active vs none"))
  }
}
