import ARRCore
import Testing

@testable import ARRInput

/// Amounts and totals at and just past ``Money/maximumMRRCents``: the largest MRR whose 12 × is
/// an exact `Int64` (9,223,372,036,854,775,807 / 12 = 768,614,336,404,564,650 rem 7).
@Suite struct MoneyBoundsTests {
  static let largest = "7686143364045646.50"
  static let justPast = "7686143364045646.51"

  @Test func theBoundIsTheLargestMRRWhoseRunRateFits() {
    #expect(Money.maximumMRRCents == 768_614_336_404_564_650)
    #expect(Money.maximumMRRCents.multipliedReportingOverflow(by: 12).overflow == false)
    #expect((Money.maximumMRRCents + 1).multipliedReportingOverflow(by: 12).overflow == true)
    #expect(FieldMessages.maximumAmount == Self.largest)
  }

  @Test func mrrAtTheBoundLoads() throws {
    let c = try load(monthly: csv("account_id,month,mrr", "A1,2025-06,\(Self.largest)"))
    #expect(c.revenue.mrr == [768_614_336_404_564_650, 0])
    #expect(c.revenue.firstExcess() == nil)
  }

  @Test func mrrOneCentPastTheBoundIsAnErrorAtItsCell() {
    #expect(
      problems(monthly: csv("account_id,month,mrr", "A1,2025-06,\(Self.justPast)")) == [
        "monthly.csv:2:3: mrr \"\(Self.justPast)\" is too large (expected at most "
          + "\(Self.largest), the largest amount whose 12-month run rate is exact in cents)"
      ])
  }

  @Test func oneTimePastTheBoundIsAnErrorAtItsCell() {
    let found = problems(
      monthly: csv("account_id,month,mrr,one_time", "A1,2025-06,1,9999999999999999.99"))
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix("monthly.csv:2:4: one_time \"9999999999999999.99\" is too large")
        == true)
  }

  @Test func committedMRRPastTheBoundIsAnErrorAtItsCell() {
    let found = problems(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,committed_mrr",
        "A1,annual,annual,2024-01-15,\(Self.justPast)"),
      monthly: csv("account_id,month,mrr", "A1,2025-06,1"))
    #expect(
      found.first?.hasPrefix("accounts.csv:2:5: committed_mrr \"\(Self.justPast)\" is too large")
        == true)
  }

  @Test func aMonthsTotalPastTheBoundNamesTheMonth() {
    let found = problems(
      monthly: csv(
        "account_id,month,mrr", "A1,2025-05,1", "A1,2025-06,4000000000000000.00",
        "A2,2025-06,4000000000000000.00"))
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix("monthly.csv: total MRR of 2025-06 is more than \(Self.largest)")
        == true)
  }

  @Test func mrrPlusOneTimePastTheBoundNamesTheMonth() {
    let found = problems(
      monthly: csv(
        "account_id,month,mrr,one_time", "A1,2025-06,\(Self.largest),0.01"))
    #expect(
      found.first?.hasPrefix("monthly.csv: total MRR plus one_time of 2025-06 is more than") == true
    )
  }

  @Test func oneTimeSummedPastInt64NamesTheMonth() {
    // Thirteen accounts each at the bound: their one-time sum is past Int64 itself.
    let ids = (1...13).map { "B\($0)" }
    let accounts =
      ["account_id,contract_type,billing_cadence,start_date"]
      + ids.map { "\($0),annual,annual,2024-01-15" }
    let monthly = ["account_id,month,mrr,one_time"] + ids.map { "\($0),2025-06,1,\(Self.largest)" }
    let found = problems(
      accounts: Array(accounts.joined(separator: "\n").utf8),
      monthly: Array(monthly.joined(separator: "\n").utf8))
    #expect(
      found == [
        "monthly.csv: total MRR plus one_time of 2025-06 is more than \(Self.largest), the largest "
          + "total whose 12-month run rate is exact in cents (amounts this large are not real "
          + "revenue; is a column in the wrong unit?)"
      ])
  }

  @Test func theTotalOverEveryMonthIsBoundedToo() {
    let half = Money.decimalString(cents: Money.maximumMRRCents / 2 + 1)
    let found = problems(
      monthly: csv("account_id,month,mrr", "A1,2025-05,\(half)", "A1,2025-06,\(half)"))
    #expect(
      found.first?.hasPrefix("monthly.csv: MRR plus one_time summed over every month is more than")
        == true)
  }

  @Test(arguments: ["-0", "-0.00", "$-0", "-$0.00", " -0 "])
  func minusZeroIsANegativeAmount(text: String) {
    let found = problems(monthly: csv("account_id,month,mrr", "A1,2025-06,\(text)"))
    #expect(found.count == 1)
    #expect(found.first?.contains("must not be negative") == true)
  }

  @Test func lenientSkippedMRRSaysWhenItOverflows() throws {
    var rows = ["account_id,month,mrr", "A1,2025-06,1"]
    // Unknown accounts are skipped with their MRR; 12 × the bound is past Int64 when added.
    rows += (0..<13).map { "Z\($0),2025-06,\(Self.largest)" }
    let c = try load(
      monthly: Array(rows.joined(separator: "\n").utf8), options: LoadOptions(isLenient: true))
    #expect(c.dataQuality.skippedCount == 13)
    #expect(c.dataQuality.isSkippedMRRTooLarge)
    #expect(c.dataQuality.skippedMRR { String($0) } == "more than can be added up exactly")
  }

  @Test func lenientSkippedMRRIsExactBelowOverflow() throws {
    var rows = ["account_id,month,mrr", "A1,2025-06,1"]
    rows += (0..<11).map { "Z\($0),2025-06,\(Self.largest)" }
    let c = try load(
      monthly: Array(rows.joined(separator: "\n").utf8), options: LoadOptions(isLenient: true))
    #expect(!c.dataQuality.isSkippedMRRTooLarge)
    #expect(c.dataQuality.skippedMRRCents == 11 * Money.maximumMRRCents)
  }

  @Test func roundingAnEstimateSaturatesInsteadOfTrapping() {
    #expect(Money.round(1e30) == .max)
    #expect(Money.round(-1e30) == .min)
    #expect(Money.round(9_223_372_036_854_775_807.0) == .max)
    #expect(Money.round(.nan) == 0)
    #expect(Money.round(2.5) == 3)
  }
}
