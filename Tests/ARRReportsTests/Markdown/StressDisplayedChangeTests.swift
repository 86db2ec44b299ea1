import ARRAnalysis
import ARRCore
import ARRInput
import ARRQuality
import ARRStress
import ARRTestSupport
import Testing

@testable import ARRReports

/// A stress column is the base plus its change rounded once, so one account lost reads as its
/// own rounded ARR, an untouched class never moves, and quality-adjusted ARR plus the loss is
/// recurring ARR as displayed (render review 30, R30-1, R30-2, R30-3).
@Suite struct StressDisplayedChangeTests {
  /// A at $100.05 MRR ($1,200.60 ARR), B at $100.04 ($1,200.48), C at $50.03 ($600.36):
  /// recurring ARR $3,001.44, shown $3,001. Losing A leaves $1,800.84, which rounded on its
  /// own is $1,801, a change of -$1,200 against A's own $1,201; rounded once, the change is
  /// -$1,201 and the column shows $3,001 - $1,201 = $1,800.
  static func result() throws -> StressResult {
    let accounts = Array(
      """
      account_id,name,contract_type,start_date
      A,,annual,2023-01-01
      B,,annual,2023-01-01
      C,,annual,2023-01-01

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      A,2024-01,100.05
      A,2024-02,100.05
      A,2024-03,100.05
      B,2024-01,100.04
      B,2024-02,100.04
      B,2024-03,100.04
      C,2024-01,50.03
      C,2024-02,50.03
      C,2024-03,50.03

      """.utf8)
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
    return try StressTest.run(
      Analysis.run(company), scenarios: [StressScenario(name: "Lose top", loseTopAccounts: 1)])
  }

  static func units(_ text: String) -> Int64 {
    let digits = text.filter(\.isNumber)
    return (text.hasPrefix("-") ? -1 : 1) * (Int64(digits) ?? 0)
  }

  @Test func oneAccountLostIsItsOwnRoundedARR() throws {
    let r = try Self.result()
    let lose = r.scenarios[0].figures
    #expect(r.base.recurringARR == 300_144)
    #expect(lose.recurringARR == 180_084)
    let f = NumberFormat(currency: "USD")
    let rows = StressMarkdown.rows(f, base: r.base)
    let recurring = try #require(rows.first { $0.label == "Recurring ARR" })
    #expect(recurring.value(r.base) == "$3,001")
    #expect(recurring.change(lose, r.base) == "-$1,201")
    #expect(recurring.value(lose) == "$1,800")
    // Quality-adjusted ARR plus the loss is recurring ARR as displayed, in both columns.
    let qa = try #require(rows.first { $0.label == "Quality-adjusted ARR" })
    let loss = try #require(rows.first { $0.label == "Expected 12-month loss" })
    for column in [r.base, lose] {
      #expect(
        Self.units(qa.value(column)) + Self.units(loss.value(column))
          == Self.units(recurring.value(column)))
    }
    // The classes' changes sum to recurring ARR's; a class whose ARR did not change shows $0.
    let classRows = rows.filter { $0.label.hasPrefix("Recurring ARR, ") }
    var sum: Int64 = 0
    for (k, c) in RevenueClass.allCases.enumerated() {
      let change = classRows[k].change(lose, r.base)
      sum += Self.units(change)
      if lose.classes[c].recurringARR == r.base.classes[c].recurringARR {
        #expect(change == "$0", "\(c)")
      }
    }
    #expect(sum == -1_201)
  }

  /// On every bundled sample's stress result: untouched classes show $0, the classes foot to
  /// recurring ARR, and quality-adjusted ARR plus the loss is recurring ARR, as displayed.
  @Test(arguments: ["ai-hypergrowth", "data-room-billings", "enterprise-saas"])
  func samplesTieOut(sample: String) throws {
    let (_, stress, _) = try SampleCompanies.bundle(sample)
    let f = NumberFormat(currency: stress.analysis.company.profile.currency)
    let rows = StressMarkdown.rows(f, base: stress.base)
    let recurring = try #require(rows.first { $0.label == "Recurring ARR" })
    let qa = try #require(rows.first { $0.label == "Quality-adjusted ARR" })
    let loss = try #require(rows.first { $0.label == "Expected 12-month loss" })
    let classRows = rows.filter { $0.label.hasPrefix("Recurring ARR, ") }
    for column in [stress.base] + stress.scenarios.map(\.figures) {
      #expect(
        Self.units(qa.value(column)) + Self.units(loss.value(column))
          == Self.units(recurring.value(column)))
      #expect(
        classRows.map { Self.units($0.value(column)) }.reduce(0, +)
          == Self.units(recurring.value(column)))
      for (k, c) in RevenueClass.allCases.enumerated()
      where column.classes[c].recurringARR == stress.base.classes[c].recurringARR {
        #expect(classRows[k].change(column, stress.base) == "$0", "\(c)")
      }
    }
  }
}
