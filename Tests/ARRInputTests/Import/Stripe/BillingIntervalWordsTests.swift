import ARRCore
import Testing

@testable import ARRInput

/// Trial 55, T55-16: a CRM's subscriptions export writes each price's cadence in a
/// `billing_interval` column as a cadence's word (`monthly`, `annual`, `quarterly`), not
/// Stripe's unit (`month`, `year`): every row was refused, "billing period "" "monthly" does not
/// say how many months the price covers". The amount column (`amount`, beside the interval) is
/// the price per interval.
@Suite struct BillingIntervalWordsTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "crm_subscriptions.csv", bytes: Array(text.utf8))],
      options: options)
  }

  /// `/work/team/s56/crm-repro/t55-16-crm-subscriptions.csv`. By hand, as of 2026-01: Acme
  /// 500.00 a month; Birch 24,000.00 a year, 2,000.00 a month; Cedar 3,000.00 a quarter,
  /// 1,000.00 a month; Delta ended 2025-09-30. MRR 3,500.00, ARR 42,000.00.
  static func export(_ words: [String]) -> String {
    """
    subscription_id,customer_id,customer_name,plan,status,billing_interval,amount,currency,start_date,end_date
    sub_001,C-001,Acme Corp,Pro,active,\(words[0]),500.00,USD,2025-03-01,
    sub_002,C-002,Birch Health,Enterprise,active,\(words[1]),24000.00,USD,2025-06-15,
    sub_003,C-003,Cedar Logistics,Growth,active,\(words[2]),3000.00,USD,2025-04-01,
    sub_004,C-004,Delta Foods,Starter,canceled,\(words[0]),300.00,USD,2025-01-01,2025-09-30
    """
  }

  @Test(arguments: [
    ["monthly", "annual", "quarterly"], ["month", "year", "quarterly"],
    ["Monthly", "Yearly", "Quarterly"], ["monthly", "annually", "quarterly"],
  ])
  func cadenceWordsAreTheInterval(_ words: [String]) throws {
    var options = ImportOptions()
    options.asOf = Month(year: 2026, month: 1)
    let c = try read(Self.export(words), options: options)
    #expect(c.mrrRow("C-001").last == 50_000)
    #expect(c.mrrRow("C-002").last == 200_000)
    #expect(c.mrrRow("C-003").last == 100_000)
    #expect(c.mrrRow("C-004").last == 0)
    let mrr = ["C-001", "C-002", "C-003", "C-004"].compactMap { c.mrrRow($0).last }
    #expect(mrr.reduce(0, +) * 12 == 4_200_000)
    #expect(c.account("C-002")?.billingCadence == .annual)
    #expect(c.account("C-003")?.billingCadence == .quarterly)
  }

  /// Hostile twins: a word naming no cadence stays a problem at its cell; a cadence's word
  /// beside a count of 2 (`monthly` × 2) says no period and stays one too.
  @Test func otherWordsStayProblems() throws {
    #expect(throws: ARRQualityError.self) {
      try read(Self.export(["monthly", "biweekly", "quarterly"]))
    }
    let counted = """
      customer_id,status,billing_interval,billing_interval_count,amount,start_date
      C-1,active,monthly,2,500.00,2025-03-01
      """
    #expect(throws: ARRQualityError.self) { try read(counted) }
  }
}
