import ARRCore
import ARRInput
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `import_finding` (trial 22, T22-12): every importer's finding is also a report finding,
/// ranked by the ARR it can move, so that a customer list's lost cancellations or amounts that
/// may be cents reach page one, not only the Data-quality notes.
@Suite struct ImportFindingsTests {
  /// Blueline $1,000, Greenpeak $2,000 and Other $500 a month, Oct–Dec 2024: headline
  /// 12 × 3,500 = $42,000.
  static let cube = """
    Customer,2024-10,2024-11,2024-12
    Blueline Inc #10,1000,1000,1000
    Greenpeak GmbH #12,2000,2000,2000
    Other Co,500,500,500
    """

  /// The list spells Blueline as a CRM does (`Inc.`) and Greenpeak with a double space.
  static let list = """
    Customer,Cancellation date
    Blueline Inc. #10,2025-01-31
    Greenpeak GmbH  #12,2025-02-28
    """

  static func imported() throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", cube), ("list.csv", list)], options: ImportOptions(values: .mrr))
  }

  /// A run of spaces is one space for the join: Greenpeak's cancellation is applied, with a
  /// note; Blueline's `Inc.` only nearly matches, so it is not joined.
  @Test func aDoubleSpaceJoinsAndPunctuationNearlyMatches() throws {
    let c = try Self.imported()
    #expect(
      c.accounts.first { $0.id == "Greenpeak GmbH #12" }?.cancelDate
        == CivilDate(year: 2025, month: 2, day: 28))
    #expect(c.accounts.first { $0.id == "Blueline Inc #10" }?.cancelDate == nil)
    #expect(
      c.log.notes.contains(
        "list.csv: 1 row joined once each run of spaces in the id or name was read as one "
          + "space: line 3 \"Greenpeak GmbH  #12\""))
  }

  /// The near-match finding names Blueline's ARR: 12 × $1,000 = $12,000, 28.6% of $42,000, so
  /// the report finding is critical and on page one.
  @Test func aNearMatchNamesItsARRAndReachesPageOne() throws {
    let conversion = try Self.imported().company(name: "T")
    let text = try #require(conversion.log.findings.first { $0.hasPrefix("list.csv: 1 of 2 rows") })
    #expect(
      text.hasSuffix(
        "; the account named holds $12,000 of ARR in 2024-12 (12 × its MRR then)"))
    let a = Analysis.run(conversion.company, paths: 200)
    let finding = try #require(a.findings.first { $0.code == .importFinding })
    #expect(finding.severity == .critical)
    #expect(
      finding.message.hasPrefix(
        "An import finding about $12.0K of ARR (28.6% of headline): list.csv: 1 of 2 rows"))
    #expect(Finding.pageOne(a.findings).shown.contains(finding))
  }

  /// An import finding with a stake of $0 (a decision on how to read dates) says what was
  /// decided, as information, never "an import finding about $0 of ARR" (review 37, R37-4).
  @Test func aDecisionWithNoStakeIsSaidAsOne() throws {
    var company = try Self.imported().company(name: "T").company
    company.dataQuality.notes =
      ["m.csv: the month column's cells are timestamps at 23:00 UTC; read as UTC month starts"]
      + company.dataQuality.notes
    company.dataQuality.findingCount = 1
    company.dataQuality.findingStakes = [0: ImportFindingStake(isDecision: true)]
    let found = Analysis.importFindings(company, headline: 4_200_000, f: .usd)
    #expect(
      found == [
        Finding(
          code: .importFinding, severity: .info,
          message: "The import decided how to read the file: m.csv: the month column's cells "
            + "are timestamps at 23:00 UTC; read as UTC month starts.", weight: 0)
      ])
    // A check whose named accounts no longer pay keeps its $0 (review 37, R37-9).
    company.dataQuality.findingStakes = [0: ImportFindingStake(arrCents: 0)]
    let check = Analysis.importFindings(company, headline: 4_200_000, f: .usd)
    #expect(
      check.first?.message.hasPrefix("An import finding about $0 of ARR (0.0% of headline)") == true
    )
  }

  /// `cus_…` ids with whole-number MRR (4900, 9900): the "if these are cents" doubt is a
  /// critical finding that leads every other, quoting the headline both ways (trial 25): as
  /// read 12 × (4,900 + 9,900) = $177,600, $178K; as cents $1,776, $1.78K.
  @Test func aUnitDoubtLeadsPageOne() throws {
    let text = """
      customer_id,month,mrr
      cus_a,2024-10,4900
      cus_a,2024-11,4900
      cus_a,2024-12,4900
      cus_b,2024-10,9900
      cus_b,2024-11,9900
      cus_b,2024-12,9900
      """
    let c = try Importer.read([Importer.SourceFile(name: "cents.csv", bytes: Array(text.utf8))])
    let a = Analysis.run(try c.company(name: "T").company, paths: 200)
    let first = try #require(a.findings.first)
    #expect(first.code == .importFinding)
    #expect(first.severity == .critical)
    #expect(
      first.message.hasPrefix(
        "The amounts' unit is in doubt, so every figure may be 100 times off (headline ARR "
          + "$178K as read, $1.78K if they are cents, with --amounts cents): cents.csv: "))
  }

  /// A finding whose ARR the importer cannot name (ids differing only in case) is a warning.
  @Test func aFindingWithoutAStakeIsAWarning() throws {
    let text = """
      customer_id,month,mrr
      C2,2024-10,100
      c2,2024-11,100
      D,2024-10,300
      D,2024-11,300
      """
    let c = try Importer.read([Importer.SourceFile(name: "m.csv", bytes: Array(text.utf8))])
    let a = Analysis.run(try c.company(name: "T").company, paths: 200)
    let finding = try #require(
      a.findings.first { $0.code == .importFinding && $0.message.contains("letter case") })
    #expect(finding.severity == .warning)
    #expect(finding.message.hasPrefix("The import asks for a check: customer ids that differ"))
  }

  /// A long finding is cut at a word within the quote length and points to Data quality.
  @Test func aLongFindingIsCutAtAWord() {
    let word = "abcdefghi "  // 10 characters
    let long = String(repeating: word, count: 60)
    let quoted = Analysis.quote(long)
    #expect(quoted.hasSuffix(" abcdefghi … (in full under Data quality)."))
    #expect(quoted.count <= Finding.importFindingQuoteLength + 40)
    #expect(Analysis.quote("Short, done.") == "Short, done.")
  }
}
