import ARRCore
import Testing

@testable import ARRInput

/// One customer written two ways in one revenue file (`Acme 12 Inc.` / `Acme 12, Inc.`) whose
/// id is its name (a CRM's deals keyed by company): a handover at the same MRR is one account,
/// the other pairs are said, never merged (trial 32, T32-33; ``ImportedCompany/nearNamesakes()``).
@Suite struct NearNamesakesTests {
  /// A subscriptions table keyed by company name, as of 2024-08:
  /// - `Acme 12 Inc.` $1,000 Jan–Jun, `Acme 12, Inc.` $1,000 from Jul: one account (12 × $1,000
  ///   of ARR, eight months of $1,000).
  /// - `Beta GmbH` $1,000 Jan–Jun, `Beta Gmbh` $1,200 from Jul (20% off): kept apart, a
  ///   handover said.
  /// - `Gamma Ltd` $500 and `GAMMA LTD.` $500 from Mar, both paying at as-of: kept apart, said.
  /// - `cus_AbC` / `cus_abc`: system ids, kept apart, said by the case finding only.
  static let table = """
    customer,start_date,end_date,mrr
    Acme 12 Inc.,2024-01-01,2024-06-30,1000
    "Acme 12, Inc.",2024-07-01,,1000
    Beta GmbH,2024-01-01,2024-06-30,1000
    Beta Gmbh,2024-07-01,,1200
    Gamma Ltd,2024-01-01,,500
    GAMMA LTD.,2024-03-01,,500
    cus_AbC,2024-01-01,2024-06-30,700
    cus_abc,2024-07-01,,700
    Delta Co,2024-01-01,,300
    """

  static func conversion() throws -> ImportedCompany.Conversion {
    try Importer.read(
      [Importer.SourceFile(name: "deals.csv", bytes: Array(table.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 8))
    ).company(name: "T")
  }

  @Test func aHandoverAtTheSameMRRUnderANameLikeIDIsOneAccount() throws {
    let c = try Self.conversion()
    let co = c.company
    #expect(!co.accounts.contains { $0.id == "Acme 12 Inc." })
    let k = try #require(co.accounts.firstIndex { $0.id == "Acme 12, Inc." })
    #expect(
      (0..<8).map { co.revenue.mrr(account: k, month: $0) }
        == Array(repeating: 100_000, count: 8))
    let renamed = try #require(c.log.findings.first { $0.contains("renamed") })
    #expect(renamed.contains("\"Acme 12 Inc.\" (to 2024-06) → \"Acme 12, Inc.\" (from 2024-07"))
    // System ids are joined on their exact text only.
    #expect(
      co.accounts.contains { $0.id == "cus_AbC" } && co.accounts.contains { $0.id == "cus_abc" })
    #expect(co.accountCount == 8)
  }

  @Test func theOtherNearNamesakesAreSaidAndKeptApart() throws {
    let c = try Self.conversion()
    let finding = try #require(c.log.findings.first { $0.contains("written two ways") })
    #expect(
      finding.hasPrefix(
        "deals.csv: 2 customers are written two ways (the same name once letter case, "
          + "punctuation and spaces are set aside) and read as separate accounts: "
          + "\"Beta GmbH\" (2024-01 to 2024-06) and \"Beta Gmbh\" (from 2024-07); "
          + "\"Gamma Ltd\" (from 2024-01) and \"GAMMA LTD.\" (from 2024-03). In 1 of them, one "
          + "spelling stops paying as the other starts"),
      "\(finding)")
    // Its stake: the four accounts' ARR at 2024-08, 12 × ($0 + $1,200 + $500 + $500) = $26,400.
    #expect(finding.contains("$26,400"), "\(finding)")
    // The system ids are the case finding's, and only they.
    let cased = try #require(c.log.findings.first { $0.contains("only in letter case") })
    #expect(cased.contains("\"cus_AbC\" and \"cus_abc\"") && !cased.contains("Gamma"))
  }

  @Test func nameLikeIDsHoldASpace() {
    #expect(ImportedCompany.isNameLikeID("Acme 12, Inc."))
    #expect(!ImportedCompany.isNameLikeID("cus_NffrFeUfNV2Hib"))
    #expect(!ImportedCompany.isNameLikeID("C-0012"))
  }

  /// The byte reading of ASCII ids agrees with the `Character` reading it stands in for, and
  /// other ids keep the `Character` reading (a no-break space is whitespace too).
  @Test(arguments: [
    "Acme\tCorp", "Acme\r\nCorp", "x\u{0B}y", "x\u{0C}y", " lead", "trail ", "", "cus_1",
    "Café\u{00A0}Noir", "Café", "Ｃ−００１", "名前 会社", "a\u{2003}b",
  ])
  func nameLikeIDsReadAsCharactersDo(id: String) {
    #expect(ImportedCompany.isNameLikeID(id) == id.contains { $0.isWhitespace })
  }
}
