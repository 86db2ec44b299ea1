import ARRCore
import Testing

@testable import ARRInput

/// Amounts in minor units (Stripe's API and Sigma write `4900` for $49.00): a header naming the
/// unit or `--amounts` decides; whole-number Stripe amounts without either are a finding.
@Suite struct AmountUnitTests {
  func lines(amountHeader: String, amounts: [String], currency: String = "usd") -> String {
    var text =
      "Line Item ID,Customer ID,Invoice Created (UTC),\(amountHeader),Currency,"
      + "Period Start (UTC),Period End (UTC)\n"
    for (i, amount) in amounts.enumerated() {
      let month = Month(year: 2025, month: 1).adding(months: i)
      let next = month.adding(months: 1)
      text +=
        "il_\(i),cus_1,\(month)-01 00:00,\(amount),\(currency),\(month)-01 00:00,"
        + "\(next)-01 00:00\n"
    }
    return text
  }

  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))], options: options)
  }

  func lastMRR(_ c: ImportedCompany) -> Int64 {
    c.mrr[c.monthCount - 1]
  }

  @Test(arguments: ["Amount (cents)", "amount_cents", "Amount in cents", "amount (minor units)"])
  func aHeaderNamingCentsReadsMinorUnits(header: String) throws {
    let c = try read(lines(amountHeader: header, amounts: ["4900", "4900", "9900"]))
    // 9900 cents is $99.00: 9,900 hundredths of a dollar.
    #expect(lastMRR(c) == 9_900)
    #expect(c.log.notes.contains { $0.contains("smallest unit") && $0.contains(header) })
    #expect(!c.log.findings.contains { $0.contains("whole number") })
    #expect(try c.checkedTieOut().sourceCents == 4_900 + 4_900 + 9_900)
  }

  @Test func wholeNumberStripeAmountsWithoutAUnitAreAFinding() throws {
    let c = try read(lines(amountHeader: "Amount", amounts: ["4900", "4900"]))
    // Read as major units, as documented, and said: never silently.
    #expect(lastMRR(c) == 490_000)
    let finding = try #require(c.log.findings.first { $0.contains("whole number") })
    #expect(finding.contains("\"4900\" on line 2"))
    #expect(finding.contains("--amounts cents"))
    #expect(finding.contains("2 amounts"))
  }

  /// The yen's smallest unit is the yen: whole numbers are the same in either unit.
  @Test func wholeYenAreNoFinding() throws {
    let c = try read(lines(amountHeader: "Amount", amounts: ["5000", "5000"], currency: "jpy"))
    #expect(lastMRR(c) == 500_000)
    #expect(!c.log.findings.contains { $0.contains("whole number") })
  }

  @Test func decimalStripeAmountsAreNoFinding() throws {
    let c = try read(lines(amountHeader: "Amount", amounts: ["49.00", "49.00"]))
    #expect(lastMRR(c) == 4_900)
    #expect(!c.log.findings.contains { $0.contains("whole number") })
  }

  @Test(arguments: [AmountUnit.cents, .units])
  func theOptionDecidesAndSilencesTheFinding(unit: AmountUnit) throws {
    let c = try read(
      lines(amountHeader: "Amount", amounts: ["4900", "4900"]),
      options: ImportOptions(amounts: unit))
    #expect(lastMRR(c) == (unit == .cents ? 4_900 : 490_000))
    #expect(!c.log.findings.contains { $0.contains("whole number") })
  }

  @Test func theOptionOverridesTheHeaderAndSaysSo() throws {
    let c = try read(
      lines(amountHeader: "amount_cents", amounts: ["49"]), options: ImportOptions(amounts: .units))
    #expect(lastMRR(c) == 4_900)
    #expect(c.log.notes.contains { $0.contains("--amounts units was given") })
  }

  @Test func aFractionOfACentIsAProblemAtItsCell() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(lines(amountHeader: "amount_cents", amounts: ["49.50"]))
    }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 2)
    #expect(problem.column == 4)
    #expect(problem.message.contains("smallest unit"))
    #expect(problem.message.contains("amount_cents"))
  }

  /// A KWD amount in fils with a last digit (`4905`: 4.905 KWD) is a whole number of the
  /// smallest unit: the problem says a thousandth cannot be kept in hundredths (it said "not a
  /// whole number of the currency's smallest unit", which it is).
  @Test func aThousandthOfADinarIsAProblemSayingWhy() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(lines(amountHeader: "amount_cents", amounts: ["4905"], currency: "kwd"))
    }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 2)
    #expect(problem.column == 4)
    #expect(problem.message.contains("4905 thousandths of a KWD"))
    #expect(problem.message.contains("hundredths"))
    #expect(!problem.message.contains("not a whole number"))
    // 4910 fils is 4.910 KWD: 491 hundredths.
    let c = try read(lines(amountHeader: "amount_cents", amounts: ["4910"], currency: "kwd"))
    #expect(lastMRR(c) == 491)
  }

  /// Zero-decimal currencies: Stripe's smallest unit of the yen is the yen.
  @Test func yenInMinorUnitsAreYen() throws {
    let c = try read(
      lines(amountHeader: "amount_cents", amounts: ["5000"], currency: "jpy"))
    #expect(lastMRR(c) == 500_000)
    #expect(c.log.currency == "JPY")
  }

  @Test(
    arguments: [
      (5, "USD", 5 as Int64?), (5, "JPY", 500), (120, "KWD", 12), (125, "KWD", nil), (7, nil, 7),
    ] as [(Int64, String?, Int64?)])
  func hundredthsOfMinorUnits(minor: Int64, currency: String?, expected: Int64?) {
    #expect(AmountUnit.hundredths(minor: minor, currency: currency) == expected)
  }

  @Test func aSubscriptionsExportWithStripesAPINameIsInCents() throws {
    let text = """
      Customer ID,Status,unit_amount,Currency,Interval,Start Date (UTC),Current Period Start (UTC)
      cus_1,active,4900,usd,month,2025-01-01 00:00,2025-02-01 00:00
      cus_2,active,120000,usd,year,2025-01-01 00:00,2025-01-01 00:00
      """
    let c = try read(text)
    #expect(c.log.files[0].shape == .stripeSubscriptions)
    // $49.00 a month, and $1,200.00 a year: $100.00 a month.
    let mrr = c.accounts.indices.map { c.mrr[$0 * c.monthCount + c.monthCount - 1] }
    #expect(mrr == [4_900, 10_000])
    #expect(c.log.notes.contains { $0.contains("\"unit_amount\" says so") })
  }

  /// A subscriptions export in yen, read in minor units: the currency is named by a Currency
  /// column, by the amount's header (`Amount (JPY)`) or by `--currency`; either way `4900` is
  /// 4,900 yen (490,000 hundredths), never 49.00 (it was when only the Currency cell counted).
  @Test(
    arguments: [
      ("Amount,Currency", "4900,jpy", nil), ("Amount (JPY)", "4900", nil),
      ("Amount", "4900", "JPY"),
    ] as [(String, String, String?)])
  func yenSubscriptionsInMinorUnitsAreYenHoweverTheCurrencyIsNamed(
    amount: String, cells: String, currency: String?
  ) throws {
    let text = """
      Customer ID,Status,\(amount),Interval,Start Date (UTC),Current Period Start (UTC)
      cus_1,active,\(cells),month,2025-01-01 00:00,2025-02-01 00:00
      """
    let c = try read(text, options: ImportOptions(currency: currency, amounts: .cents))
    #expect(c.log.files[0].shape == .stripeSubscriptions)
    #expect(lastMRR(c) == 490_000)
    if currency == nil { #expect(c.log.currency == "JPY") }
  }

  @Test func aPlainLedgerWithWholeAmountsIsNoFinding() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount
      A,2025-01-05,500
      A,2025-02-05,500
      """)
    #expect(lastMRR(c) == 50_000)
    #expect(!c.log.findings.contains { $0.contains("whole number") })
  }

  @Test(arguments: [
    ("amount (cents)", "amount", true), ("amount cents", "amount", true),
    ("unit amount", "unit amount", false), ("cents", "cents", false),
  ])
  func unitSuffixesAreStripped(key: String, expected: String, isMinor: Bool) {
    let result = AmountUnit.strip(key, raw: key)
    #expect(result.key == expected)
    #expect(result.isMinor == isMinor)
  }
}
