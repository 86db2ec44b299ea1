import ARRCore
import Testing

@testable import ARRInput

/// A period or a billing cadence written on a lone invoice is the period it pays for (trial 51,
/// T51-47: "Q4 2026 subscription" 9,000 was one month's MRR, "H2 2026 licence" July's revenue
/// and then a churn, headline 270,000 for 150,000).
@Suite struct WrittenPeriodsTests {
  /// A quarter, a half-year or a range of months with its year: its first month and length.
  @Test(arguments: [
    ("Q4 2026 subscription", 2026, 10, 3), ("Subscription Oct 2026 - Dec 2026", 2026, 10, 3),
    ("H2 2026 licence", 2026, 7, 6), ("Support 2026 H1", 2026, 1, 6),
    ("Licence Jul-Dec 2026", 2026, 7, 6), ("Hosting 2026-Q1", 2026, 1, 3),
    ("Subscription Jan 2026 - Dec 2026", 2026, 1, 12), ("Support 2H 2026", 2026, 7, 6),
  ])
  func aPeriodInWordsIsNamed(text: String, year: Int, month: Int, months: Int) throws {
    let p = try #require(WrittenPeriods.named(in: text))
    #expect(p.first == Month(year: year, month: month))
    #expect(p.months == months)
  }

  /// Twins: one month, a period beside a month named apart, two periods, a range of two years,
  /// a half without its year, no period.
  @Test(arguments: [
    "Subscription October 2026", "Q4 2026 subscription, invoiced Oct 2026",
    "Q3 2026 and Q4 2026 support", "Subscription Jan 2025 - Dec 2026", "Platform H2",
    "Invoice 2026", "Licence 2026-10",
  ])
  func noPeriodIsNamed(text: String) {
    #expect(WrittenPeriods.named(in: text) == nil)
  }

  /// The cadence a line says it is billed at, in advance.
  @Test(arguments: [
    ("Monthly fee x3 (billed quarterly in advance)", 3), ("Support, invoiced semi-annually", 6),
    ("Platform - paid annually", 12), ("Hosting quarterly in advance", 3),
    ("Licence billed half yearly", 6),
  ])
  func aBilledCadenceIsRead(text: String, months: Int) {
    #expect(WrittenPeriods.billedCadence(text) == months)
  }

  /// Twins: a cadence not said of the billing, in arrears, another billing's, payment terms,
  /// monthly billing, two cadences.
  @Test(arguments: [
    "Quarterly business review", "Usage billed quarterly in arrears",
    "Platform, previously billed quarterly", "Payment due quarterly", "Annual plan, billed monthly",
    "Billed quarterly in advance, paid annually", "Annual subscription",
  ])
  func noBilledCadenceIsRead(text: String) {
    #expect(WrittenPeriods.billedCadence(text) == nil)
  }

  /// Trial 51's c66 by hand, as of 2026-10: Q Corp 9,000 / 3, Range 6,000 / 3, Half 18,000 / 6,
  /// Quarterly Adv 4,500 / 3 (3,000, 2,000, 3,000, 1,500 a month: were 9,000, 6,000, 0 and
  /// 4,500); Semi and Prorata as before (2,000, 1,000). Headline 12,500 × 12 = 150,000 (was
  /// 270,000).
  @Test func periodsInWordsOnLoneInvoicesAreServed() throws {
    let text = """
      Customer,Invoice Date,Description,Amount
      Q Corp,2026-10-01,Q4 2026 subscription,9000.00
      Range Ltd,2026-10-01,Subscription Oct 2026 - Dec 2026,6000.00
      Semi GmbH,2026-07-01,Semi-annual subscription,12000.00
      Half Inc,2026-07-01,H2 2026 licence,18000.00
      Prorata SA,2026-06-01,"Annual subscription (pro-rated, 7 months to 31 Dec 2026)",7000.00
      Quarterly Adv,2026-10-01,Monthly fee x3 (billed quarterly in advance),4500.00
      """
    let c = try importLedger(text, options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    #expect(c.mrrRow("Q Corp").last == 300_000)
    #expect(c.mrrRow("Range Ltd").last == 200_000)
    #expect(c.mrrRow("Half Inc").suffix(4) == [300_000, 300_000, 300_000, 300_000])
    #expect(c.mrrRow("Quarterly Adv").last == 150_000)
    #expect(c.mrrRow("Semi GmbH").last == 200_000)
    #expect(c.mrrRow("Prorata SA").last == 100_000)
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 15_000_000)
    #expect(
      c.log.notes.contains {
        $0.contains("4 lines name in words the period it pays for")
          && $0.contains("Q4 2026 subscription")
      })
  }

  /// Acme pays 1,000 a month for its platform through 2026; its other lines, as of 2026-10:
  /// `line` dated `date` of `amount`, and what Acme's October MRR then is by hand.
  static func october(_ line: String, _ date: String, _ amount: String) throws -> Int64 {
    var rows = ["Customer,Invoice Date,Description,Amount"]
    rows += (1...10).map { "Acme,2026-\($0 < 10 ? "0" : "")\($0)-01,Platform plan,1000.00" }
    rows.append("Acme,\(date),\(line),\(amount)")
    rows.append("Bolt,2026-10-01,Platform plan,500.00")
    let c = try importLedger(
      rows.joined(separator: "\n"), options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    return c.mrrRow("Acme").last ?? -1
  }

  /// Beside a monthly plan, a support quarter paid in October serves October to December: 1,000
  /// + 900 / 3 = 1,300.
  @Test func aQuarterBesideAMonthlyPlanIsServed() throws {
    #expect(try Self.october("Premium support Q4 2026", "2026-10-01", "900.00") == 130_000)
  }

  /// Twins that stay as the other rules read them (their October MRR with and without the line
  /// named as a period is the same): a workshop dated in Q4 (one-time by its words); a quarter
  /// billed in arrears (invoiced after it); a quarter with no word of a subscription ("Q4 2026
  /// invoice").
  @Test(arguments: [
    ("Q4 2026 kickoff workshop", "Kickoff workshop"), ("Q3 2026 subscription", "Subscription"),
    ("Q4 2026 invoice", "Invoice"),
  ])
  func aPeriodNotPaidForInAdvanceIsNotServed(named: String, plain: String) throws {
    let date = named.hasPrefix("Q3") ? "2026-10-05" : "2026-10-01"
    #expect(
      try Self.october(named, date, "900.00") == (try Self.october(plain, date, "900.00")))
  }

  /// A label repeated, "Support - Q4 2026" billed 1,000 in October, November and December, pays
  /// for a month each: as of 2026-12, 1,000 a month (not 1,000 / 3 each, spread over the
  /// quarter thrice).
  @Test func aLabelRepeatedPaysForAMonthEach() throws {
    let text = """
      Customer,Invoice Date,Description,Amount
      Acme,2026-10-01,Support - Q4 2026,1000.00
      Acme,2026-11-01,Support - Q4 2026,1000.00
      Acme,2026-12-01,Support - Q4 2026,1000.00
      Bolt,2026-10-01,Platform plan,500.00
      Bolt,2026-11-01,Platform plan,500.00
      Bolt,2026-12-01,Platform plan,500.00
      """
    let c = try importLedger(text)
    #expect(c.mrrRow("Acme").suffix(3) == [100_000, 100_000, 100_000])
    #expect(!c.log.notes.contains { $0.contains("name in words the period") })
  }

  /// A billing cadence said on every monthly invoice pays for a month each (a charge within the
  /// cadence of it): "Support, billed quarterly" 300 a month stays 300 a month.
  @Test func aCadenceOnMonthlyInvoicesPaysForAMonth() throws {
    let text = """
      Customer,Invoice Date,Description,Amount
      Acme,2026-08-01,"Support, billed quarterly",300.00
      Acme,2026-09-01,"Support, billed quarterly",300.00
      Acme,2026-10-01,"Support, billed quarterly",300.00
      """
    let c = try importLedger(text)
    #expect(c.mrrRow("Acme").suffix(3) == [30_000, 30_000, 30_000])
    #expect(!c.log.notes.contains { $0.contains("name in words the period") })
  }

  /// Trial 51's c70 by hand: regulars billed 150 a month all year; New Big's first invoice,
  /// "Monthly subscription - Business plan" 1,500 on 2026-10-12, is October's 1,500 (was 125,
  /// spread over a year by its size); Gone After One's April invoice is April's alone, gone in
  /// May (was live at 125 a month); an "Annual subscription" of 1,500 alone is still a year (125).
  @Test func aLoneMonthlySubscriptionPaysForItsMonth() throws {
    var rows = ["Customer,Invoice Date,Description,Amount"]
    for r in 1...3 {
      rows += (1...10).map {
        "Regular \(r),2026-\($0 < 10 ? "0" : "")\($0)-03,Monthly subscription - Team plan,150.00"
      }
    }
    rows.append("New Big,2026-10-12,Monthly subscription - Business plan,1500.00")
    rows.append("Gone After One,2026-04-03,Monthly subscription - Business plan,1500.00")
    rows.append("New Annual,2026-10-06,Annual subscription,1500.00")
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("New Big").last == 150_000)
    let gone = c.mrrRow("Gone After One")
    #expect(gone[3] == 150_000 && gone[4] == 0 && gone.last == 0)
    #expect(c.mrrRow("New Annual").last == 12_500)
    #expect(c.mrrRow("Regular 1").last == 15_000)
  }

  /// What says a month and what does not: a term, a cadence, a year or a contract beside
  /// `monthly` is read by its own rule.
  @Test(arguments: [
    ("Monthly subscription - Business plan", true), ("Pro plan, $99 per month", true),
    ("Monthly subscription", true),
    ("Annual plan, billed monthly", false), ("Annual contract - monthly instalment 3/12", false),
    ("Monthly usage fee", false), ("Monthly subscription (12 months)", false),
    ("Monthly fee x3 (billed quarterly in advance)", false),
  ])
  func aMonthIsSaid(text: String, says: Bool) {
    #expect(WrittenPeriods.paysForAMonth(text) == says)
  }
}
