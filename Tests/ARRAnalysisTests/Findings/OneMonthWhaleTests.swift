import ARRCore
import ARRInput
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `concentration` is critical when the largest account holds at least half of recurring ARR
/// and has paid in one month only (trial 22, T22-9: 94.7% of ARR in an account's first month
/// read as the same warning as a 20% customer).
@Suite struct OneMonthWhaleTests {
  /// Globex 18,000 in December only; Initech 1,000 both months; Hooli 500 in November.
  /// `keepsRecurring: false` as the command line runs it (each account's recurring MRR not
  /// kept).
  static func analysis(globexNovember: Int, keepsRecurring: Bool = true) throws -> Analysis {
    let cube = """
      Customer,2024-11,2024-12
      Globex Corp,\(globexNovember),18000
      Initech,1000,1000
      Hooli,500,0
      """
    let company = try ImportFixtures.read(
      [("two_months.csv", cube)], options: ImportOptions(values: .mrr)
    )
    .company(name: "T").company
    return Analysis.run(company, paths: 200, keepsRecurringMRR: keepsRecurring)
  }

  /// By hand: Globex is 18,000 of 19,000 a month, 94.7%; 12 × 18,000 = $216K of the $228K
  /// headline, paid in 2024-12 only.
  @Test(arguments: [true, false])
  func aMostlyOneMonthHeadlineIsCriticalAndNamesTheAccount(keepsRecurring: Bool) throws {
    let a = try Self.analysis(globexNovember: 0, keepsRecurring: keepsRecurring)
    let finding = try #require(a.findings.first { $0.code == .concentration })
    #expect(finding.severity == .critical)
    #expect(finding.message.contains("\"Globex Corp\", is 94.7% of recurring ARR"))
    #expect(finding.message.contains("has paid in one month only"))
    #expect(finding.message.contains("$216K of the $228K headline"))
  }

  /// A data room of one month, 2026-10: W (multi-year since 2019-01-01) pays 9,000 and ten
  /// accounts 100: W is 9,000 of 10,000, 90.0%, $108K of recurring ARR. Its start_date, read,
  /// is before the data: a customer the data shows one month of, a warning (trial 37, T37-26).
  @Test func anOldCustomerTheDataShowsOneMonthOfIsAWarning() throws {
    var a = "account_id,name,contract_type,billing_cadence,start_date\n"
    a += "W,Old whale,multi_year,upfront,2019-01-01\n"
    var m = "account_id,month,mrr\nW,2026-10,9000.00\n"
    for i in 0..<10 {
      a += "S\(i),,monthly,monthly,2022-03-01\n"
      m += "S\(i),2026-10,100.00\n"
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let finding = try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .concentration })
    #expect(finding.severity == .warning)
    #expect(
      finding.message
        == "The largest account, \"Old whale\" (W), is 90.0% of recurring ARR (top 10: 99.0%); "
        + "losing it alone would cost $108K of recurring ARR. The data holds one month of its "
        + "revenue (2026-10), though its start_date is 2019-01-01: every figure of this report "
        + "rests mostly on an account whose history is not in the data.")
  }

  /// The same share paid in both months, under an annual contract running past the next 12
  /// months, is the ordinary warning, in its own words.
  @Test func aLargeAccountOfTwoMonthsUnderContractIsTheUsualWarning() throws {
    let company = try Self.whale(contract: "annual", end: "2026-06-30")
    let finding = try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .concentration })
    #expect(finding.severity == .warning)
    #expect(
      finding.message.hasPrefix(
        "The largest account is 94.7% of recurring ARR (top 10: 100.0%); losing"))
  }

  /// Globex 18,000 both months of 2024-11 and 2024-12 under `contract` ending `end`, Initech
  /// 1,000 both months and Hooli 500 in November, monthly.
  static func whale(contract: String, end: String) throws -> Company {
    let a = """
      account_id,contract_type,billing_cadence,start_date,contract_end_date
      Globex,\(contract),monthly,2024-11-01,\(end)
      Initech,monthly,monthly,2024-11-01,
      Hooli,monthly,monthly,2024-11-01,

      """
    let m = """
      account_id,month,mrr
      Globex,2024-11,18000
      Globex,2024-12,18000
      Initech,2024-11,1000
      Initech,2024-12,1000
      Hooli,2024-11,500

      """
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  /// T50-17: at 94.7% of recurring ARR on a month-to-month plan, or on an annual term ending
  /// within 12 months of the as-of month (2024-12), the largest account is critical and named,
  /// whatever its tenure: $216K of the $228K headline may leave within the year.
  @Test(arguments: [
    ("monthly", "", "on a monthly plan"), ("annual", "2025-06-30", "on a term ending 2025-06-30"),
  ])
  func aDominantAccountNoContractHoldsIsCritical(contract: String, end: String, words: String)
    throws
  {
    let company = try Self.whale(contract: contract, end: end)
    let finding = try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .concentration })
    #expect(finding.severity == .critical)
    #expect(finding.message.hasPrefix("The largest account is 94.7% of recurring ARR (top 10"))
    #expect(finding.message.contains(words), "\(finding.message)")
    #expect(finding.message.contains("$216K of the $228K headline"))
  }
}
