import ARRCore
import ARRTestSupport
import Testing

@testable import ARRGenerator

@Suite(.scratchFolders) struct CompanyGeneratorTests {
  static let small = GeneratorOptions(profile: .aiHypergrowth, accounts: 300, months: 18, seed: 7)

  @Test func sameOptionsSameBytesDifferentSeedDifferentBytes() {
    let a = CompanyGenerator.files(Self.small)
    let b = CompanyGenerator.files(Self.small)
    #expect(a.accountsCSV == b.accountsCSV)
    #expect(a.monthlyCSV == b.monthlyCSV)
    #expect(a.companyJSON == b.companyJSON)
    var other = Self.small
    other.seed = 8
    let c = CompanyGenerator.files(other)
    #expect(c.accountsCSV != a.accountsCSV)
    #expect(c.monthlyCSV != a.monthlyCSV)
  }

  @Test func writeGivesTheSameBytesAsFiles() throws {
    let dir = scratchFolder("generated") + "/nested/company"
    try CompanyGenerator.write(Self.small, to: dir)
    let expected = CompanyGenerator.files(Self.small)
    #expect(readFile(dir + "/accounts.csv") == expected.accountsCSV)
    #expect(readFile(dir + "/monthly.csv") == expected.monthlyCSV)
    #expect(readFile(dir + "/company.json") == expected.companyJSON)
  }

  /// Trial 30, T30-18: 24 months ending 1900-01 start in 1898-02, before the loader's 1900-01:
  /// a usage error naming 1898-02 and the earliest as-of for 24 months, 1901-12, with no file
  /// written; 24 months ending 1901-12 start at 1900-01 and are written.
  @Test func aHistoryBefore1900IsAUsageErrorAndWritesNothing() throws {
    let dir = scratchFolder("early") + "/company"
    let early = GeneratorOptions(
      profile: .aiHypergrowth, accounts: 20, months: 24, seed: 7,
      asOf: Month(year: 1900, month: 1))
    do {
      try CompanyGenerator.write(early, to: dir)
      Issue.record("expected a usage error")
    } catch {
      #expect(error.kind == .invalidArgument)
      #expect(error.message.contains("starts the history in 1898-02, before 1900-01"))
      #expect(error.message.contains("give --as-of 1901-12 or later"))
    }
    #expect(readFile(dir + "/monthly.csv") == nil)
    var first = early
    first.asOf = Month(year: 1901, month: 12)
    try CompanyGenerator.write(first, to: dir)
    #expect(first.firstMonth == Month(year: 1900, month: 1))
    #expect(readFile(dir + "/monthly.csv") != nil)
  }

  @Test func writeIntoAFileFailsWithCantCreate() {
    do {
      try CompanyGenerator.write(Self.small, to: "/dev/null/company")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .cannotCreateOutput)
      #expect(error.message.contains("/dev/null"))
    }
  }

  @Test(arguments: [0, 1, 10, 999, 1000])
  func startOffsetsCoverEveryAccountInStartOrder(accounts: Int) {
    let o = GeneratorOptions(profile: .enterpriseSaaS, accounts: accounts, months: 12, seed: 1)
    let offsets = CompanyGenerator.startOffsets(o)
    #expect(offsets.count == accounts)
    #expect(offsets == offsets.sorted())
    #expect(offsets.allSatisfy { $0 >= -36 && $0 < 12 })
  }

  @Test func hypergrowthAddsMoreLogosLateThanEarly() {
    let o = GeneratorOptions(profile: .aiHypergrowth, accounts: 10_000, months: 24, seed: 1)
    let offsets = CompanyGenerator.startOffsets(o)
    let first = offsets.filter { $0 == 0 }.count
    let last = offsets.filter { $0 == 23 }.count
    // Growth of 9% a month over 23 months is a factor e^(0.09 × 23) ≈ 7.9.
    #expect(Double(last) / Double(first) > 7 && Double(last) / Double(first) < 9)
  }

  @Test func emptyCompanyHasHeadersOnly() {
    let f = CompanyGenerator.files(
      GeneratorOptions(profile: .plgSMB, accounts: 0, months: 3, seed: 1))
    #expect(String(decoding: f.accountsCSV, as: UTF8.self) == CompanyGenerator.accountsHeader)
    #expect(String(decoding: f.monthlyCSV, as: UTF8.self) == CompanyGenerator.monthlyHeader)
  }

  static let contractTypes = Set(ContractType.allCases.map(\.rawValue))
  static let cadences = Set(BillingCadence.allCases.map(\.rawValue))
  static let trialStatuses = Set(TrialStatus.allCases.map(\.rawValue))

  static func isMoney(_ s: String) -> Bool {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].count == 2
      && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  @Test(arguments: GeneratorProfile.allCases)
  func everyRowIsWellFormed(profile: GeneratorProfile) throws {
    let o = GeneratorOptions(profile: profile, accounts: 600, months: 20, seed: 11)
    let f = CompanyGenerator.files(o)
    let d = GeneratedData(
      accountsCSV: f.accountsCSV, monthlyCSV: f.monthlyCSV, firstMonth: o.firstMonth, monthCount: 20
    )
    #expect(d.accountHeader.count == 15)
    #expect(d.accounts.count == 600)
    var ids = Set<String>()
    var sawQuotedName = false
    for row in d.accounts {
      try #require(row.count == 15)
      #expect(ids.insert(row[0]).inserted)
      if row[1].contains(",") { sawQuotedName = true }
      #expect(Self.contractTypes.contains(row[3]))
      #expect(Self.cadences.contains(row[4]))
      let start = try #require(CivilDate(row[5]))
      #expect(start <= CivilDate.lastDay(of: o.asOf))
      for c in [6, 8, 9] where !row[c].isEmpty { #expect(CivilDate(row[c]) != nil) }
      #expect(Self.trialStatuses.contains(row[7]))
      #expect((row[7] == "none") == row[8].isEmpty)
      if !row[10].isEmpty {
        let purchased = try #require(Int(row[10]))
        let active = try #require(Int(row[11]))
        #expect(purchased >= 1 && active >= 0 && active <= purchased)
      }
      #expect(Int(row[12]).map { (0...8).contains($0) } == true)
      if !row[13].isEmpty { #expect(Self.isMoney(row[13])) }
      #expect(row[14] == "true" || row[14] == "false")
      // Usage contracts bill in arrears; committed terms carry an end date.
      if row[3] == "usage" { #expect(row[4] == "in_arrears") }
      if ["annual", "multi_year", "pilot"].contains(row[3]) { #expect(!row[6].isEmpty) }
    }
    #expect(profile == .enterpriseSaaS || sawQuotedName)
    #expect(d.monthlyHeader == ["account_id", "month", "mrr", "one_time", "usage"])
    var keys = Set<String>()
    for row in d.monthlyRows {
      try #require(row.count == 5)
      #expect(ids.contains(row[0]))
      let month = try #require(Month(row[1]))
      #expect(month >= o.firstMonth && month <= o.asOf)
      #expect(keys.insert(row[0] + row[1]).inserted)
      #expect(Self.isMoney(row[2]) && Self.isMoney(row[3]))
      let usage = try #require(Int64(row[4]))
      // No row when nothing happened.
      #expect(row[2] != "0.00" || row[3] != "0.00" || usage > 0)
    }
  }

  @Test(arguments: GeneratorProfile.allCases)
  func companyJSONStatesTheClaim(profile: GeneratorProfile) throws {
    let o = GeneratorOptions(profile: profile, accounts: 400, months: 14, seed: 5)
    let f = CompanyGenerator.files(o)
    let d = GeneratedData(
      accountsCSV: f.accountsCSV, monthlyCSV: f.monthlyCSV, firstMonth: o.firstMonth, monthCount: 14
    )
    let mrr = d.mrr.values.reduce(Int64(0)) { $0 + $1[13] }
    let oneTime = d.oneTime.values.reduce(Int64(0)) { $0 + $1[13] }
    let json = try JSONValue.parse(f.companyJSON)
    guard case .number(let text) = try #require(json["reported_arr"]) else {
      Issue.record("reported_arr is not a number")
      return
    }
    let reported = try #require(Money.cents(fromDecimal: text))
    #expect(text.split(separator: ".").last?.count == 2)
    #expect(json["as_of"]?.stringValue == "2026-10")
    #expect(json["currency"]?.stringValue == "USD")
    switch profile {
    case .aiHypergrowth:
      #expect(reported == 12 * (mrr + oneTime))
      #expect(oneTime > 0)
    case .enterpriseSaaS:
      #expect(abs(reported - 12 * mrr) <= 500_000)
    case .plgSMB:
      #expect(abs(reported - 12 * mrr) <= 50_000)
    }
  }
}
