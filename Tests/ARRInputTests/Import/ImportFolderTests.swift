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
    let files = ImportFolder.contents(conversion)
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

  /// Account `id`'s MRR by month in `c`, in cents (none when no account has that id).
  static func mrr(_ c: Company, _ id: String) -> [Int64] {
    guard let a = c.accounts.firstIndex(where: { $0.id == id }) else { return [] }
    return (0..<c.monthCount).map { c.revenue.mrr(account: a, month: $0) }
  }

  /// An account renamed within the data (`ADEC` then `A-dec`) is one account: the folder holds
  /// the joined rows, each account's own revenue (trial 54, T54-28: every account after the
  /// join got its neighbour's months and the last one's were lost; file 5,100, folder 1,500).
  /// By hand: A-dec 25 a month throughout, Beta 100, Gamma 300 from March, with a one-time fee
  /// of 500 in April in billings.
  @Test(arguments: [ImportOptions(), ImportOptions(values: .billings)])
  func aJoinedRenameKeepsEachAccountsOwnRevenue(options: ImportOptions) throws {
    let isBillings = options.values == .billings
    let cube = """
      Customer,2024-01,2024-02,2024-03,2024-04,2024-05,2024-06
      ADEC,25,25,25,0,0,0
      A-dec,0,0,0,25,25,25
      Beta,100,100,100,100,100,100
      Gamma,0,0,300,\(isBillings ? 800 : 300),300,300
      """
    let conversion = try importCube(cube, options: options).company(name: "Acme")
    let c = conversion.company
    #expect(c.accounts.map(\.id) == ["A-dec", "Beta", "Gamma"])
    #expect(Self.mrr(c, "Gamma") == [0, 0, 30_000, 30_000, 30_000, 30_000])
    let files = ImportFolder.contents(conversion)
    let back = try CompanyLoader.load(
      accountsCSV: files[0].bytes, monthlyCSV: files[1].bytes, companyJSON: files[2].bytes)
    #expect(back.accounts == c.accounts)
    #expect(back.revenue.mrr == c.revenue.mrr)
    #expect(Self.mrr(back, "A-dec") == Array(repeating: 2_500, count: 6))
    #expect(Self.mrr(back, "Beta") == Array(repeating: 10_000, count: 6))
    #expect(Self.mrr(back, "Gamma") == [0, 0, 30_000, 30_000, 30_000, 30_000])
    let monthly = String(decoding: files[1].bytes, as: UTF8.self)
    #expect(monthly.contains("Gamma,2024-04,300.00,\(isBillings ? "500.00" : "0.00")"))
    #expect(!monthly.contains("ADEC"))
  }

  /// A currency the data does not name is assumed, not a fact (session 35, H35-8): company.json
  /// leaves it out, so the folder read back assumes USD again and says so, as the direct
  /// reading does; import.md says it, and that a decimal comma suggests euros. A named one
  /// (`--currency`, or a cell's code) is written.
  @Test(arguments: [
    (ImportOptions(), true), (ImportOptions(currency: "EUR"), false),
  ])
  func anAssumedCurrencyStaysAssumed(options: ImportOptions, isAssumed: Bool) throws {
    let text = "Customer;Jan-25;Feb-25\nAcme;1.234,50;1.234,50\nBeta;2.000,00;2.500,00\n"
    let imported = try importCube(text, options: options, name: "eu.csv")
    let conversion = try imported.company(name: "Acme", currency: options.currency)
    #expect(conversion.company.profile.isCurrencyAssumed == isAssumed)
    let files = ImportFolder.contents(conversion)
    let json = String(decoding: files[2].bytes, as: UTF8.self)
    #expect(json.contains("\"currency\"") == !isAssumed)
    let back = try CompanyLoader.load(
      accountsCSV: files[0].bytes, monthlyCSV: files[1].bytes, companyJSON: files[2].bytes)
    #expect(back.profile.isCurrencyAssumed == isAssumed)
    #expect(back.profile.currency == (isAssumed ? "USD" : "EUR"))
    let md = String(decoding: files[3].bytes, as: UTF8.self)
    #expect(
      md.contains(
        "**Currency:** not named in the data: USD assumed (`company.json` leaves it out, so the "
          + "folder's report says it is assumed); pass `--currency` or add `\"currency\"` to "
          + "`company.json` if the amounts are in another. `eu.csv` writes its amounts with a "
          + "decimal comma, as most of Europe does: they may be euros, not dollars.\n") == isAssumed
    )
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
