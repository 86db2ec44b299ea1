import ARRCore
import Testing

@testable import ARRInput

/// A contracts list's `Auto-renew` flag: a contract flagged auto-renewing whose end passed with
/// no later row is churned, and renewed at its last MRR the high end of the headline's range,
/// with a finding (trial 32, T32-30; ``SubscriptionAutoRenew``).
@Suite struct SubscriptionAutoRenewTests {
  /// As of 2025-06:
  /// - Acme ($12,000 a year) ends 2025-06-30, in the as-of month: running, no range.
  /// - Epsilon ($4,800) ended 2025-02-28, `Yes`: churned, its range $0 to $400 a month.
  /// - Zeta ($2,400) ended 2025-02-28, `No`: churned, no range.
  /// - Old ($1,200) ended 2023-12-31, `Yes`, 18 months before 2025-06 (past a year): churned,
  ///   no range.
  static let table = """
    Customer,ARR,Contract Start,Contract End,Auto-renew
    Acme,"$12,000",2024-07-01,2025-06-30,Yes
    Epsilon,"$4,800",2024-03-01,2025-02-28,Yes
    Zeta,"$2,400",2024-03-01,2025-02-28,No
    Old,"$1,200",2023-01-01,2023-12-31,Yes
    """

  static func read() throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "contracts.csv", bytes: Array(table.utf8))],
      options: ImportOptions(asOf: Month(year: 2025, month: 6)))
  }

  @Test func aLapsedAutoRenewingContractIsPricedBothWays() throws {
    let c = try Self.read()
    let epsilon = try #require(c.account("Epsilon"))
    #expect(c.mrrRow("Epsilon").last == 0)
    #expect(epsilon.ambiguousMRR?.low == 0 && epsilon.ambiguousMRR?.high == 40_000)
    for id in ["Acme", "Zeta", "Old"] {
      #expect(c.account(id)?.ambiguousMRR == nil, "\(id)")
    }
    #expect(c.mrrRow("Acme").last == 100_000)
    let finding = try #require(c.log.findings.first { $0.contains("auto-renewing") })
    // 12 × $400 = $4,800.
    #expect(
      finding
        == "contracts.csv: 1 contract flagged auto-renewing under \"Auto-renew\" ended with no "
        + "later row (\"Epsilon\" on line 3, ended 2025-02-28): read as churned; if it renewed, "
        + "ARR is $4,800.00 higher: headline ARR is given as that range")
    #expect(c.log.stakes[finding]?.arrCents == 480_000)
    #expect(!(c.log.files.first?.ignoredColumns.contains("Auto-renew") ?? true))
  }

  @Test(arguments: [
    ("Yes", true), ("TRUE", true), ("Automatic", true), ("Evergreen", true), ("No", false),
    ("Manual", false), ("", false),
  ])
  func whatSaysItRenews(cell: String, renews: Bool) {
    #expect(SubscriptionAutoRenew.saysRenews(cell) == renews)
  }
}
