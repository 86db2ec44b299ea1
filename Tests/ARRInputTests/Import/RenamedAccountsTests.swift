import ARRCore
import Testing

@testable import ARRInput

/// A customer renamed within one revenue file by case, punctuation or spaces is one account,
/// not a churn and a new logo (trial 22, T22-23).
@Suite struct RenamedAccountsTests {
  static func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "m.csv", bytes: Array(text.utf8))])
  }

  /// `Company 01 Inc` pays $1,000 Jan–Mar, `COMPANY 01 INC.` $1,000 Apr–Jun: one account under
  /// the later name, six months of $1,000. `Beta Co` ($1,000 Jan–Mar) and `BETA CO.` ($2,000
  /// from Apr) differ by 100%: two accounts. `Other` pays throughout.
  @Test func aRenameAtTheSameMRRIsOneAccount() throws {
    let months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    var text = "customer,month,mrr\n"
    for m in months.prefix(3) { text += "Company 01 Inc,\(m),1000\nBeta Co,\(m),1000\n" }
    for m in months.suffix(3) { text += "COMPANY 01 INC.,\(m),1000\nBETA CO.,\(m),2000\n" }
    for m in months { text += "Other,\(m),500\n" }
    let conversion = try Self.read(text).company(name: "T")
    let co = conversion.company
    #expect(co.accounts.map(\.id).sorted() == ["BETA CO.", "Beta Co", "COMPANY 01 INC.", "Other"])
    let k = try #require(co.accounts.firstIndex { $0.id == "COMPANY 01 INC." })
    #expect(
      (0..<6).map { co.revenue.mrr(account: k, month: $0) } == Array(repeating: 100_000, count: 6))
    // Its start is the first month either name paid.
    #expect(co.accounts[k].startDate == CivilDate(year: 2024, month: 1, day: 1))
    let b = try #require(co.accounts.firstIndex { $0.id == "Beta Co" })
    #expect(
      (0..<6).map { co.revenue.mrr(account: b, month: $0) } == [100_000, 100_000, 100_000, 0, 0, 0])
    let finding = try #require(conversion.log.findings.first { $0.contains("renamed") })
    #expect(
      finding.hasPrefix(
        "m.csv: 1 account stops paying in the month, or the month before, a near-namesake"))
    #expect(
      finding.contains(
        "\"Company 01 Inc\" (to 2024-03) → \"COMPANY 01 INC.\" (from 2024-04, $1,000.00 a month)"))
    // No ARR stake at the same MRR: only history moves (review 37, R37-2: one rule with the
    // stand-ins; it was "$12,000 of ARR", critical, though the headline is the same either way).
    #expect(!finding.contains("of ARR in"), "\(finding)")
  }

  /// One month without revenue between the names (the new one starts in L + 2) still joins;
  /// two months do not; a new MRR 6% off the old does not.
  @Test(arguments: [
    ("2024-03", 1000, true), ("2024-04", 1000, false), ("2024-03", 1060, false),
    ("2024-03", 1040, true),
  ])
  func theGapAndTheLevelDecide(start: String, mrr: Int, joined: Bool) throws {
    var text = "customer,month,mrr\nAcme Ltd,2024-01,1000\n"
    let later = ["2024-03", "2024-04", "2024-05"].filter { $0 >= start }
    for m in later { text += "ACME LTD.,\(m),\(mrr)\n" }
    text += "Other,2024-01,50\nOther,2024-05,50\n"
    let c = try Self.read(text).company(name: "T").company
    #expect((c.accountCount == 2) == joined)
  }

  /// One stake rule with the stand-ins (review 37, R37-2): a rename at another MRR (1,040 after
  /// 1,000, within 5%) reads a price change in the joined history and carries the account:
  /// 12 × 1,040 = $12,480 at 2024-05; at the same MRR it carries none.
  @Test(arguments: [(1000, false), (1040, true)])
  func aRenameAtAnotherMRRCarriesItsAccount(mrr: Int, hasStake: Bool) throws {
    var text = "customer,month,mrr\nAcme Ltd,2024-01,1000\nAcme Ltd,2024-02,1000\n"
    for m in ["2024-03", "2024-04", "2024-05"] { text += "ACME LTD.,\(m),\(mrr)\n" }
    text += "Other,2024-01,50\nOther,2024-05,50\n"
    let conversion = try Self.read(text).company(name: "T")
    #expect(conversion.company.accountCount == 2)
    let finding = try #require(conversion.log.findings.first { $0.contains("renamed") })
    #expect(
      finding.hasSuffix("the account named holds $12,480 of ARR in 2024-05 (12 × its MRR then)")
        == hasStake, "\(finding)")
    #expect(finding.contains("of ARR in") == hasStake)
  }
}
