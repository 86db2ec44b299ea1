import ARRCore
import Testing

@testable import ARRInput

@Suite struct ImportFolderTests {
  static let cube = """
    Customer,Contract,Billing,2024-01,2024-02,2024-03,2024-04
    "Alpha, Inc.",annual,monthly,100,100,100,100
    Beta,monthly,monthly,,50,350,50
    """

  @Test func theWrittenFolderReadsBackAsTheSameCompany() throws {
    // Billings: Beta's 350 between two equal 50s is a one-time fee of 300.
    let imported = try importCube(Self.cube, options: ImportOptions(values: .billings))
    let conversion = try imported.company(name: "Acme")
    let files = ImportFolder.contents(imported, conversion)
    #expect(files.map(\.name) == ImportFolder.fileNames)
    let back = try CompanyLoader.load(
      accountsCSV: files[0].bytes, monthlyCSV: files[1].bytes, companyJSON: files[2].bytes)
    let c = conversion.company
    #expect(back.accounts == c.accounts)
    #expect(back.revenue.mrr == c.revenue.mrr)
    #expect(back.revenue.oneTimeByMonth == c.revenue.oneTimeByMonth)
    #expect(back.revenue.oneTimeByMonth[2] == 30_000)
    #expect(back.profile.name == "Acme")
    #expect(back.asOf == c.asOf)
    #expect(back.accounts[1].inferred == [.startDate])
    #expect(back.dataQuality.files[0].ignoredColumns.isEmpty)
    let md = String(decoding: files[3].bytes, as: UTF8.self)
    #expect(md.contains("**ties out to the cent**"))
    #expect(md.contains("| cube.csv | cube | billings | 2 | 2 | 0 | 0 |"))
    #expect(md.contains("`monthly_spike_one_time`"))
  }

  @Test func theNativeReaderUnderstandsTheInferredColumns() throws {
    let accounts = """
      account_id,contract_type,billing_cadence,start_date,inferred,inferred_from
      A,annual,annual,2024-01-01,billing_cadence; contract_type,2024-06
      B,monthly,monthly,2024-01-01,,
      """
    let monthly = "account_id,month,mrr\nA,2024-01,10\nB,2024-01,10\n"
    let c = try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil)
    #expect(c.accounts[0].inferred == [.billingCadence, .contractType])
    #expect(c.accounts[0].inferredFrom == Month(year: 2024, month: 6))
    #expect(c.accounts[1].inferred.isEmpty)
    let bad = """
      account_id,contract_type,billing_cadence,start_date,inferred,inferred_from
      A,annual,annual,2024-01-01,billing_cadence; seats,June
      B,monthly,monthly,2024-01-01,,
      """
    #expect {
      try CompanyLoader.load(
        accountsCSV: Array(bad.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil)
    } throws: { e in
      let p = (e as? ARRQualityError)?.problems ?? []
      return p.count >= 2 && p[0].column == 5 && p[0].message.contains("\"seats\"")
        && p[1].column == 6
    }
  }
}
