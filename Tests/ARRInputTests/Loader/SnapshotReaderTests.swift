import ARRCore
import Testing

@testable import ARRInput

/// Extra `accounts.csv` columns: numeric and true/false ones are kept as snapshots, text stays
/// ignored, and an earlier view leaves them out.
@Suite struct SnapshotReaderTests {
  static let accounts = """
    account_id,contract_type,nps,is_partner,notes
    A1,annual,9,true,"big, happy"
    A2,monthly,N/A,false,quiet
    A3,monthly,3,,churn risk

    """
  static let monthly = """
    account_id,month,mrr
    A1,2024-01,100
    A2,2024-01,50
    A3,2024-01,20
    A1,2024-02,100
    A2,2024-02,50
    A3,2024-02,20

    """

  static func load(asOf: Month? = nil) throws -> Company {
    try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions(asOf: asOf))
  }

  @Test func numericAndTrueFalseColumnsAreSnapshots() throws {
    let company = try Self.load()
    #expect(company.snapshotColumns.map(\.name) == ["nps", "is_partner"])
    #expect(company.snapshotColumns.map(\.kind) == [.number, .boolean])
    let nps = company.snapshotColumns[0].values
    #expect(nps[0] == 9 && nps[1].isNaN && nps[2] == 3)
    let partner = company.snapshotColumns[1].values
    #expect(partner[0] == 1 && partner[1] == 0 && partner[2].isNaN)
    let file = try #require(company.dataQuality.files.first { $0.file == "accounts.csv" })
    #expect(file.ignoredColumns == ["notes"])
    #expect(
      company.dataQuality.notes.contains(
        "accounts.csv columns kept as snapshots (today's values, not scored): nps, is_partner"))
  }

  @Test func anEarlierViewLeavesThemOut() throws {
    let company = try Self.load(asOf: Month(year: 2024, month: 1))
    #expect(company.snapshotColumns.isEmpty)
    #expect(company.dataQuality.notes.contains { $0.contains("nps, is_partner describe") })
  }

  @Test func noExtraColumnsNoSnapshots() throws {
    let company = try CompanyLoader.load(
      accountsCSV: Array("account_id\nA1\n".utf8),
      monthlyCSV: Array("account_id,month,mrr\nA1,2024-01,100\n".utf8), companyJSON: nil)
    #expect(company.snapshotColumns.isEmpty)
  }
}
