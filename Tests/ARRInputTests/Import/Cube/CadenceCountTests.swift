import ARRCore
import Testing

@testable import ARRInput

/// A billing cadence that names a count of months the tool has no cadence for, or that reads
/// two ways, is not read as the nearest word (review 13, F12: "Bi-monthly" matched the word
/// `month` and billed a price for two months, or for half a month, as one month's MRR).
@Suite struct CadenceCountTests {
  /// "Bi-monthly" is every two months or twice a month; "every 2 months" is two months; none of
  /// them is monthly, quarterly, semiannual or annual: unknown, not monthly.
  @Test(arguments: [
    "Bi-monthly", "bimonthly", "BI MONTHLY", "Semi-monthly", "semimonthly", "Twice a month",
    "every 2 months", "2-month", "Every other month", "24 months", "every 18 months",
    "Prepaid every 2 months",
  ])
  func aCountOfMonthsWithNoCadenceIsUnknown(_ text: String) {
    #expect(TermText.billingCadence(text) == nil)
  }

  /// A count the tool has a cadence for is that cadence, whatever the words around it: "13
  /// months" is not quarterly because it ends in "3 month", nor "36 months" semiannual.
  @Test(arguments: [
    ("every month", BillingCadence.monthly),
    ("1 month", .monthly),
    ("Every 3 months", .quarterly),
    ("every 6 months", .semiannual),
    ("Every 12 months", .annual),
    ("Annual (12 months)", .annual),
    ("upfront (36 months)", .upfront),
  ])
  func aCountWithACadenceIsThatCadence(_ text: String, _ expected: BillingCadence) {
    #expect(TermText.billingCadence(text) == expected)
  }

  /// A cycle of several years is no annual cadence (review 13, F12's rest: `every 2 years`
  /// matched `year`): unknown, with a doubt naming it; paid upfront it is upfront. A term of
  /// years beside a cadence (`Annual, 2 year term`) keeps the cadence.
  @Test(arguments: [
    ("Every 2 years", nil as BillingCadence?, "no cadence is every 2 years" as String?),
    ("every 3 years", nil, "no cadence is every 3 years"),
    ("Biennial", nil, "no cadence is several years"),
    ("billed biennially", nil, "no cadence is several years"),
    ("every two years", nil, "no cadence is several years"),
    ("2-yearly", nil, "no cadence is every 2 years"),
    ("Prepaid every 2 years", .upfront, "no cadence is every 2 years"),
    ("Annual, 2 year term", .annual, nil),
    ("every year", .annual, nil),
    ("Every 1 year", .annual, nil),
  ])
  func aCycleOfYears(_ text: String, _ expected: BillingCadence?, _ doubt: String?) {
    #expect(TermText.billingCadence(text) == expected)
    #expect(TermText.cadenceDoubt(text)?.hasPrefix(doubt ?? "") ?? (doubt == nil))
  }

  @Test(arguments: ["13 months", "36 months", "every 4 months"])
  func aLongerCountIsNotTheCadenceItEndsWith(_ text: String) {
    #expect(TermText.billingCadence(text) == nil)
  }

  /// The reviewer's table: C's price of 100 per "Bi-monthly" cycle is 50 or 200 a month, never
  /// 100; a problem at its cell (line 4, column 6) that says why. With `--lenient` the row is
  /// skipped and A (1,200 a year: 100 a month) and B (300 a quarter: 100) are read.
  @Test func aBiMonthlyPriceIsAProblemAtItsCell() throws {
    let text = """
      customer_id,plan,start_date,end_date,price,billing_cycle
      A,pro,2024-01-01,,1200,Annual
      B,basic,2024-01-01,,300,Quarterly
      C,basic,2024-01-01,,100,Bi-monthly
      """
    func read(_ options: ImportOptions) throws -> ImportedCompany {
      try Importer.read(
        [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: options)
    }
    let error = try #require(throws: ARRQualityError.self) { try read(ImportOptions()) }
    #expect(error.problems.map(\.line) == [4])
    #expect(error.problems.map(\.column) == [6])
    #expect(error.problems[0].message.contains("billing cycle \"Bi-monthly\" does not say"))
    #expect(error.problems[0].message.contains("every two months or twice a month"))
    let c = try read(ImportOptions(isLenient: true))
    #expect(c.mrrRow("A") == [10_000])
    #expect(c.mrrRow("B") == [10_000])
    #expect(!c.accounts.contains { $0.id == "C" })
  }
}
