import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `survivors_only` (trial 21, S1): data in which no account ever stopped paying, over enough
/// account-years that some churn was all but certain, may hold only today's customers.
@Suite struct SurvivorsOnlyTests {
  /// `n` monthly accounts paying $100 from the first month for `months` months; the first
  /// `leavers` of them stop in the last month.
  static func company(accounts n: Int, months: Int, leavers: Int = 0) -> Company {
    let accounts = (0..<n).map {
      Account(
        id: "S\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2024-01-01"))
    }
    let rows = (0..<n).map { a in
      (0..<months).map { m in a < leavers && m == months - 1 ? Int64(0) : 10_000 }
    }
    return Fixture.company(accounts, mrr: rows, first: Month(year: 2024, month: 1))
  }

  /// 40 accounts over 24 months: 40 × 23 = 920 account-months, 76.7 account-years; at 5% a year
  /// none leaving has a chance of 0.95^76.7 = 2.0%: critical, with the numbers.
  @Test func fortyAccountsOverTwoYearsIsCritical() throws {
    let analysis = Analysis.run(Self.company(accounts: 40, months: 24), paths: 200)
    let finding = try #require(analysis.findings.first { $0.code == .survivorsOnly })
    #expect(finding.severity == .critical)
    #expect(
      finding.message.hasPrefix(
        "Not one of the 40 accounts that paid in the data's 24 months of revenue stopped "
          + "paying: even at a 5.0% yearly logo churn, the chance that none would leave over "
          + "their 77 account-years is 2%."))
    #expect(finding.message.contains("is an upper bound"))
  }

  /// 25 accounts over 24 months: 47.9 account-years, a chance of 0.95^47.9 = 8.5%: a warning.
  @Test func fewerAccountYearsIsAWarning() throws {
    let analysis = Analysis.run(Self.company(accounts: 25, months: 24), paths: 200)
    let finding = try #require(analysis.findings.first { $0.code == .survivorsOnly })
    #expect(finding.severity == .warning)
    #expect(finding.message.contains("over their 48 account-years is 9%"))
  }

  /// No finding: one account left; 19 accounts; 11 months of history; or 20 accounts over 13
  /// months (20 account-years, a chance of 0.95^20 = 36%).
  @Test(arguments: [(40, 24, 1), (19, 24, 0), (40, 11, 0), (20, 13, 0)])
  func noFinding(accounts: Int, months: Int, leavers: Int) {
    let analysis = Analysis.run(
      Self.company(accounts: accounts, months: months, leavers: leavers), paths: 200)
    #expect(!analysis.findings.contains { $0.code == .survivorsOnly })
  }

  /// T50-35: 20 accounts over 14 months, none lost: 20 × 13 = 260 account-months, 21.7
  /// account-years, a chance of 0.95^21.7 = 33%, over the 25% threshold; in a file named
  /// `active_customers_mrr.csv` a warning all the same, naming the file. Twins: the same data
  /// as `mrr_by_customer.csv`, or with one leaver, say nothing.
  @Test(arguments: [
    ("data/active_customers_mrr.csv", 0, true), ("Current-Customers.xlsx", 0, true),
    ("mrr_by_customer.csv", 0, false), ("active_customers_mrr.csv", 1, false),
    ("interactive customers.csv", 0, false),
    // Review 52, R52-16: the other order and other languages.
    ("Aktive_Kunden_MRR.csv", 0, true), ("clientes_activos.csv", 0, true),
    ("customers_active.csv", 0, true), ("inactive_customers_reactivated_mrr.csv", 0, false),
  ])
  func aFileNamedForActiveCustomersIsEvidence(file: String, leavers: Int, isRaised: Bool) throws {
    var company = Self.company(accounts: 20, months: 14, leavers: leavers)
    var summary = ImportSummary(shape: "cube", values: "mrr")
    summary.sourceFiles = [file]
    company.dataQuality.imported = summary
    let finding = Analysis.run(company, paths: 200).findings.first { $0.code == .survivorsOnly }
    #expect((finding != nil) == isRaised)
    if let finding {
      #expect(finding.severity == .warning)
      let name = file.split(separator: "/").last.map(String.init) ?? file
      #expect(
        finding.message.hasPrefix(
          "Not one of the 20 accounts that paid in the data's 14 months of revenue stopped "
            + "paying, and the file's name, \"\(name)\", says it lists active customers. The "
            + "data may list only today's customers"), "\(finding.message)")
    }
  }
  /// Review 52, R52-29: a customer list named for active customers beside the revenue file
  /// (facts only) says nothing of who is in the revenue file: no warning.
  @Test func aListBesideTheRevenueSaysNothing() throws {
    var company = Self.company(accounts: 20, months: 14, leavers: 0)
    var summary = ImportSummary(
      shape: "ledger", values: "billings",
      valuesReason: "invoices.csv: invoices; active_customers.csv: customer list (facts only)")
    summary.sourceFiles = ["invoices.csv", "active_customers.csv"]
    company.dataQuality.imported = summary
    #expect(!Analysis.run(company, paths: 200).findings.contains { $0.code == .survivorsOnly })
  }
}
