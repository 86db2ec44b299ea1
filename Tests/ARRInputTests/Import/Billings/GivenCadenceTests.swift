import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list's billing cadence that the invoices contradict: the given cadence is kept
/// (facts given win), and a finding names the account, the cadence and the invoices' rhythm,
/// with the ARR both ways in the headline's range (review 13, F32; `docs/import.md`,
/// "Billings").
@Suite struct GivenCadenceTests {
  /// Review 13's b5-cube.csv and b5-list.csv: A billed 12,000 in Jan-24 and Jan-25 but listed
  /// `Monthly`; B (6,000 in Apr-24, Apr-25) and C (2,400 in Jun-24, Jun-25) listed `Annual`; M
  /// 100 a month, listed `Monthly`. As-of 2025-12.
  static var cube: String {
    func row(_ name: String, _ at: [Int: String]) -> String {
      name + "," + (0..<24).map { at[$0] ?? "0" }.joined(separator: ",") + "\n"
    }
    var text = "Customer,"
    text +=
      (0..<24).map { Month(year: 2024, month: 1).adding(months: $0).description }
      .joined(separator: ",") + "\n"
    text += row("A", [0: "12000", 12: "12000"])
    text += row("B", [3: "6000", 15: "6000"])
    text += row("C", [5: "2400", 17: "2400"])
    text += "M," + Array(repeating: "100", count: 24).joined(separator: ",") + "\n"
    return text
  }
  static let list = "customer,billing\nA,Monthly\nB,Annual\nC,Annual\nM,Monthly\n"

  func read(list: String = list) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", list)], options: ImportOptions())
  }

  /// Kept as given: A's 12,000 is one month's revenue in Jan-24 and Jan-25, 0 at 2025-12. On
  /// the invoices' 12-month rhythm it would be 12,000 ÷ 12 = 1,000 a month at 2025-12. B: 500,
  /// C: 200, M: 100. Headline MRR 0 + 500 + 200 + 100 = 800 (ARR $9,600); with A on its
  /// invoices' rhythm 1,800 (ARR $21,600).
  @Test func aContradictedCadenceIsKeptWithAFindingAndARange() throws {
    let c = try read()
    #expect(c.log.files[0].values == .billings)
    let a = c.mrrRow("A")
    #expect(a[0] == 1_200_000 && a[12] == 1_200_000 && a[23] == 0)
    #expect(c.mrrRow("B")[23] == 50_000)
    let finding = try #require(c.log.findings.first { $0.contains("contradicted by the invoices") })
    #expect(finding.hasPrefix("1 account's given billing cadence is contradicted"))
    #expect(
      finding.contains(
        "\"A\" given monthly, invoiced every 12 months (2024-01, 2025-01): ARR at 2025-12 $0 as "
          + "given, $12,000 on the invoices' rhythm"))
    #expect(!finding.contains("\"B\"") && !finding.contains("\"M\""))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 960_000)
    #expect(s.ambiguousARRHigh == 2_160_000)
  }

  /// Cadences the invoices agree with: no finding, no range.
  @Test func agreeingCadencesSayNothing() throws {
    let c = try read(list: "customer,billing\nA,Annual\nB,Annual\nC,Annual\nM,Monthly\n")
    #expect(!c.log.findings.contains { $0.contains("contradicted by the invoices") })
    #expect(c.mrrRow("A")[23] == 100_000)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == s.ambiguousARRHigh)
  }
}
