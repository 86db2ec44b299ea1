import ARRCore
import Testing

@testable import ARRInput

@Suite(.scratchFolders) struct DirectoryTests {
  @Test func readsAFolder() throws {
    let dir = try TemporaryCompany(
      accounts: basicAccounts, monthly: csv("account_id,month,mrr", "A1,2024-01,5"),
      json: Array(#"{"name":"Acme"}"#.utf8))
    let c = try CompanyLoader.load(directory: dir.path)
    #expect(c.profile.name == "Acme")
    #expect(c.revenue.mrr == [500, 0])
  }

  @Test func missingFolderOrFileIsNoInput() throws {
    let error = #expect(throws: ARRQualityError.self) {
      try CompanyLoader.load(directory: "/nonexistent/arr-company")
    }
    #expect(error?.kind == .missingInput)
    #expect(error?.message == "/nonexistent/arr-company: no such folder")
    let dir = try TemporaryCompany(accounts: basicAccounts, monthly: nil)
    let missing = #expect(throws: ARRQualityError.self) {
      try CompanyLoader.load(directory: dir.path)
    }
    #expect(missing?.kind == .missingInput)
    #expect(missing?.message == "\(dir.path)/monthly.csv: no such file")
    let noAccounts = try TemporaryCompany(accounts: nil, monthly: basicAccounts)
    let e2 = #expect(throws: ARRQualityError.self) {
      try CompanyLoader.load(directory: noAccounts.path)
    }
    #expect(e2?.message == "\(noAccounts.path)/accounts.csv: no such file")
  }

  @Test func dataErrorNamesTheFolder() throws {
    let dir = try TemporaryCompany(
      accounts: basicAccounts, monthly: csv("account_id,month,mrr", "A1,2024-01,x"))
    let error = #expect(throws: ARRQualityError.self) {
      try CompanyLoader.load(directory: dir.path)
    }
    #expect(error?.kind == .invalidData)
    #expect(error?.message == "1 problem in \(dir.path)")
  }
}
