import ARRCore
import ARRGenerator
import ARRInput
import Testing

@testable import ARRScoring

/// The benchmark's activity switch: `hasLogins` adds a `logins` column and changes nothing else.
@Suite struct LoginsColumnTests {
  @Test func loginsAddOneColumnAndLeaveTheRestUnchanged() throws {
    var options = GeneratorOptions(profile: .plgSMB, accounts: 300, months: 18, seed: 5)
    let plain = CompanyGenerator.files(options)
    options.hasLogins = true
    let with = CompanyGenerator.files(options)
    #expect(with.accountsCSV == plain.accountsCSV)
    #expect(with.companyJSON == plain.companyJSON)
    let lines = String(decoding: with.monthlyCSV, as: UTF8.self).split(separator: "\n")
    let plainLines = String(decoding: plain.monthlyCSV, as: UTF8.self).split(separator: "\n")
    #expect(lines.first == "account_id,month,mrr,one_time,usage,logins")
    #expect(lines.count == plainLines.count)
    for (a, b) in zip(lines.dropFirst(), plainLines.dropFirst()) {
      let cut = a[..<a.lastIndex(of: ",")!]
      #expect(cut == b)
      #expect(Int(a[a.index(after: a.lastIndex(of: ",")!)...]) != nil)
    }
    let company = try CompanyLoader.load(
      accountsCSV: with.accountsCSV, monthlyCSV: with.monthlyCSV, companyJSON: with.companyJSON)
    #expect(company.activityColumns.map(\.name) == ["logins"])
    let scored = Scoring.run(company)
    #expect(scored.weightsUsed.customKeys == ["logins_level", "logins_trend"])
  }
}
