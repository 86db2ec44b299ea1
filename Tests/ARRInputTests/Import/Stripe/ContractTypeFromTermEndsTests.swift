import ARRCore
import Testing

@testable import ARRInput

/// An end read as the end of a contract's term (it closes whole years from its contract's
/// start) makes the contract annual or multi-year from that start (trial 32, T32-26 and T32-27;
/// `docs/import.md`, "Subscriptions table").
@Suite struct ContractTypeFromTermEndsTests {
  static func read(_ text: String, asOf: Month) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "contracts.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: asOf))
  }

  /// A contracts list as of 2025-02: Acme's two years (2024-01-01 to 2025-12-31) are
  /// multi-year from 2024-01, Beta's one (2024-07-01 to 2025-06-30) annual from 2024-07; Gamma's
  /// six months to 2025-07-31 close no whole year: notice, no contract type. Committed ARR is
  /// therefore $120,000 + $36,000 = $156,000 (was $0: every type unknown).
  @Test func aContractsListsWholeYearTermsAreContracts() throws {
    let c = try Self.read(
      """
      Customer,ARR,Contract Start,Contract End
      Acme,"$120,000",2024-01-01,2025-12-31
      Beta,"$36,000",2024-07-01,2025-06-30
      Gamma,"$6,000",2025-02-01,2025-07-31
      """, asOf: Month(year: 2025, month: 2))
    let acme = try #require(c.account("Acme"))
    #expect(acme.contractType == .multiYear && acme.inferred.contains(.contractType))
    #expect(acme.inferredFrom == Month(year: 2024, month: 1))
    #expect(acme.contractEndDate == CivilDate(year: 2025, month: 12, day: 31))
    let beta = try #require(c.account("Beta"))
    #expect(beta.contractType == .annual && beta.inferredFrom == Month(year: 2024, month: 7))
    let gamma = try #require(c.account("Gamma"))
    #expect(gamma.contractType == nil)
    #expect(gamma.cancelDate == CivilDate(year: 2025, month: 7, day: 31))
  }

  /// A co-termed upsell (2025-05-01 to the base deal's end, 2025-10-31: six months) written
  /// before its base deal (12 months from 2024-11-01): the account is annual from 2024-11, as
  /// its base contract is, not of unknown terms; its MRR at 2025-05 is $12,000 / 12 + $3,000 /
  /// 6 = $1,500, all of it committed.
  @Test func aCoTermedUpsellKeepsItsBaseContractsType() throws {
    let c = try Self.read(
      """
      Opportunity Name,Stage,Amount,Account Name,Contract Start Date,Contract End Date
      Zeta - Upsell,Closed Won,3000,Zeta,2025-05-01,2025-10-31
      Zeta - New,Closed Won,12000,Zeta,2024-11-01,2025-10-31
      """, asOf: Month(year: 2025, month: 5))
    let zeta = try #require(c.account("Zeta"))
    #expect(zeta.contractType == .annual)
    #expect(zeta.inferredFrom == Month(year: 2024, month: 11))
    #expect(zeta.contractEndDate == CivilDate(year: 2025, month: 10, day: 31))
    #expect(c.mrrRow("Zeta").last == 150_000)
  }
}
