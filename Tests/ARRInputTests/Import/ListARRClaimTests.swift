import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list's ARR column read as the company's statement of each customer's ARR and
/// compared with the revenue read (trial 41, T41-16; `docs/import.md`, "A list's ARR column").
@Suite struct ListARRClaimTests {
  /// MRR cells: Acme $1,000 and Beta $2,000 every month, Gamma $500 until March, nothing in
  /// April (the as-of month). Measured ARR at 2024-04: Acme $12,000, Beta $24,000, Gamma $0.
  static let cube = """
    Customer,Jan-24,Feb-24,Mar-24,Apr-24
    Acme,1000,1000,1000,1000
    Beta,2000,2000,2000,2000
    Gamma,500,500,500,0
    """

  func read(list: String, values: ImportValues = .auto) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("crm.csv", list)], options: ImportOptions(values: values))
  }

  func claimFinding(_ c: ImportedCompany) -> String? {
    c.log.findings.first { $0.hasPrefix("crm.csv's column") }
  }

  /// The CRM states $12,000 + $36,000 + $6,000 = $54,000; the revenue gives $12,000 + $24,000
  /// + $0 = $36,000: 50% higher, Beta $12,000 over and Gamma billing nothing.
  @Test func aContractedColumnAboveTheBillingIsAFinding() throws {
    let c = try read(
      list: "Customer,Contracted ARR\nAcme,12000\nBeta,36000\nGamma,6000\n")
    let finding = try #require(claimFinding(c))
    #expect(
      finding.hasPrefix(
        "crm.csv's column \"Contracted ARR\" (line 1) states $54,000 of ARR for 3 customers; "
          + "their revenue read gives $36,000 at 2024-04 (the column is 50.0% higher): 2 "
          + "customers differ, 1 of them billing nothing at 2024-04 ($6,000 stated); the most: "
          + "Beta (line 3): $36,000 stated, $24,000 measured; Gamma (line 4): $6,000 stated, $0 "
          + "measured."))
    #expect(c.log.stakes[finding]?.arrCents == 1_800_000)
    // The list names both accounts billing at as-of: its total is the company's claim.
    #expect(c.reportedARR == 5_400_000)
    // The headline is still the revenue read.
    #expect(c.mrrRow("Beta").last == 200_000)
  }

  /// Within 1% on the total: no finding, and the claim is still the reported ARR. A row whose
  /// status says the customer left, billing nothing, is not a claim (Gamma's $6,000).
  @Test func anAgreeingListSaysNothingButIsTheReportedARR() throws {
    let c = try read(
      list: "Customer,Status,ARR\nAcme,Active,12000\nBeta,Active,24100\nGamma,Churned,6000\n")
    #expect(claimFinding(c) == nil)
    #expect(c.reportedARR == 3_610_000)
    #expect(c.log.notes.contains { $0.hasPrefix("crm.csv's column \"ARR\" (line 1) is read as") })
  }

  /// A list naming one of the two accounts billing at as-of is a sample: a finding on what it
  /// states, but no company claim. Beta stated $30,000, measured $24,000: 25.0% higher.
  @Test func aPartialListIsNoCompanyClaim() throws {
    let c = try read(list: "Customer,ARR\nBeta,30000\n")
    let finding = try #require(claimFinding(c))
    #expect(finding.contains("states $30,000 of ARR for 1 customers"))
    #expect(finding.contains("(the column is 25.0% higher)"))
    #expect(c.reportedARR == nil)
  }

  /// The list's figures 12 times the cells, read as ARR (`--values arr`): the unit check speaks
  /// (``ListAnnualColumn``), this one stays silent.
  @Test func aUnitMismatchIsLeftToTheUnitCheck() throws {
    let c = try read(
      list: "Customer,ARR\nAcme,12000\nBeta,24000\nGamma,6000\n", values: .arr)
    #expect(claimFinding(c) == nil)
    #expect(c.log.findings.contains { $0.hasPrefix("crm.csv: the column \"ARR\"") })
  }

  /// The rules on their own: the unit mismatch needs 4 in 5 rows 12 times apart, either way.
  @Test func unitMismatchNeedsMostRows() {
    func rows(_ pairs: [(Int64, Int64)]) -> [ListARRClaim.Row] {
      pairs.enumerated().map {
        ListARRClaim.Row(
          customer: "C\($0.offset)", line: $0.offset + 2, claim: $0.element.0,
          measured: $0.element.1)
      }
    }
    #expect(ListARRClaim.isUnitMismatch(rows([(1_200, 14_400), (2_400, 28_800)])))
    #expect(ListARRClaim.isUnitMismatch(rows([(14_400, 1_200), (28_800, 2_400)])))
    #expect(!ListARRClaim.isUnitMismatch(rows([(1_200, 14_400), (2_400, 2_400)])))
    #expect(!ListARRClaim.isUnitMismatch(rows([(1_200, 1_200)])))
  }

  /// An invoice ledger beside the list: the same comparison. Acme $1,000 and Beta $2,000
  /// invoiced monthly, January–April 2024; the list states Acme $12,000 and Beta $48,000:
  /// $60,000 against $36,000 measured.
  @Test func aLedgerBesideTheListIsComparedToo() throws {
    var ledger = "Invoice Date,Customer,Description,Amount\n"
    for m in 1...4 {
      ledger += "2024-0\(m)-01,Acme,Platform subscription,1000\n"
      ledger += "2024-0\(m)-01,Beta,Platform subscription,2000\n"
    }
    let c = try ImportFixtures.read(
      [("invoices.csv", ledger), ("crm.csv", "Customer,Contracted ARR\nAcme,12000\nBeta,48000\n")])
    let finding = try #require(claimFinding(c))
    #expect(finding.contains("states $60,000 of ARR for 2 customers"))
    #expect(finding.contains("their revenue read gives $36,000 at 2024-04"))
    #expect(c.reportedARR == 6_000_000)
  }
}
