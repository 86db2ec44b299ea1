import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 54's findings on session 53's ledger rules: a stated term beside the line's own
/// cadence (R54-5, R54-14, R54-21, R54-28), a general ledger's income accounts named by what
/// they sell (R54-27).
@Suite struct ReviewFiftyFourLedgerTests {
  /// R54-5: a monthly word that is a metric, another plan's or the payment not chosen says
  /// nothing of the line (y01-y03: 30,000 -> 18,000, the 24,000 over 24 months); R54-21: a
  /// line's own yearly or quarterly cadence is what it pays beside a longer agreement (y08,
  /// y07: 12,000 / 9,999.84 -> 18,000); R54-14: months on a monthly line as its minimum term
  /// are a commitment (y04: 11,000.40 -> 18,000). Twins kept: R53-22's monthly plans with years,
  /// R53-23's prepaid three years converted from annual, a prepaid annual plan of two years.
  @Test(arguments: [
    ("Enterprise plan - 2 years prepaid - up to 50,000 monthly active users", 24),
    ("2 year subscription, paid upfront (replaces monthly plan)", 24),
    ("Lizenz 2 Jahre Vorauszahlung (statt monatlicher Zahlung)", 24),
    ("Yearly fee (two-year contract)", 12), ("Quarterly billing - three-year agreement", 3),
    ("Annual instalment - three-year agreement", 12),
    ("Monthly subscription - 24 month minimum term", nil),
    ("Abonnement mensuel, engagement 2 ans", nil), ("Monatsabo Business, Laufzeit 2 Jahre", nil),
    ("Three-year Enterprise subscription - prepaid upfront (converted from annual plan)", 36),
    ("Annual plan - 2 years prepaid", 24), ("Annual subscription (12 months)", 12),
    ("Two year subscription", 24),
    // R54-28: the cadence before `agreement` is the agreement's, the line's own is monthly
    // (x02: 11,000.40 -> 18,000); a minimum term on a prepaid monthly line is a commitment
    // (x01: 15,999.60 -> 18,000). Twins: an agreement's cadence alone still decides; a monthly
    // plan paid twelve months ahead pays them.
    ("Monthly fee under annual agreement - 2 year term", nil),
    ("Monthly subscription (prepaid), 12-month minimum term", nil),
    ("Abonnement mensuel, contrat annuel - 2 ans", nil),
    ("Annual contract - 2 years", 12), ("Monthly subscription - 12 months prepaid", 12),
    ("Quarterly fee under annual agreement - 3 year term", 3),
    // Review 55's my01 (an agreement's months on a monthly line) and my04 (one term said twice).
    ("Monthly licence fee - 36 month agreement", nil),
    ("Three-year licence (36 months) - paid upfront", 36),
  ])
  func theLinesOwnCadenceDecides(text: String, months: Int?) {
    #expect(DescribedTerm.duration(text)?.months == months)
  }

  /// y01 by hand: Acme's 24,000 on 2026-03-01 over 24 months, 1,000 a month, beside Beta's 500.
  @Test func aTwoYearPrepaymentNamingMonthlyUsersServesTwoYears() throws {
    var rows = ["Date,Customer,Description,Amount"]
    for m in 1...10 {
      rows.append("2026-\(m < 10 ? "0" : "")\(m)-01,Beta,Support retainer,500.00")
    }
    rows.append(
      "2026-03-01,Acme,\"Enterprise plan - 2 years prepaid - up to 50,000 monthly active users\","
        + "24000.00")
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
  }

  /// x02 by hand: Acme's 1,000 each month Jan-Oct under an annual agreement of two years is
  /// 1,000 a month, beside Beta's 500: 18,000 (was 11,000.40, each month spread over 24).
  @Test func aMonthlyFeeUnderAnAnnualAgreementIsMonthly() throws {
    var rows = ["Date,Customer,Description,Amount"]
    for m in 1...10 {
      let d = "2026-\(m < 10 ? "0" : "")\(m)-01"
      rows.append("\(d),Beta,Support retainer,500.00")
      rows.append("\(d),Acme,\"Monthly fee under annual agreement - 2 year term\",1000.00")
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
  }

  /// R54-27: an income word anywhere keeps `deposit` or `payable` from making a balance
  /// (`Revenue - Direct Deposit`, `Accounts Payable Automation Subscriptions`: what the
  /// account sells); the balances stay balances.
  @Test(arguments: [
    ("4010 - Revenue - Direct Deposit", false),
    ("4020 - Accounts Payable Automation Subscriptions", false),
    ("4030 - Sales - Prepayment Processing", false), ("Accounts Payable", true),
    ("800 - Accounts Payable", true), ("2210 - Income Tax Payable", true),
    ("2200 - Sales Tax Payable", true), ("2300 - Subscription Deposits", true),
    ("2400 - Customer Deposits - Subscriptions", true), ("240 - Customer Deposits", true),
    ("250 - Prepayments", true), ("230 - Accrued revenue", true),
    ("210 - Direct Deposit Fees", false),
  ])
  func incomeWordsKeepWeakBalanceWordsFromDeciding(heading: String, isBalance: Bool) {
    #expect(GeneralLedgerAccount.isBalanceAccount(heading) == isBalance)
  }

  /// x03 by hand: Globex 1,200 a month and Vandelay's annual 7,200 in `200 - Sales`, Initech
  /// 300 a month in `4010 - Revenue - Direct Deposit`: as of 2026-06 2,100 a month, 25,200
  /// (was 21,600, the second account skipped as a balance).
  @Test func aRevenueAccountNamedForDepositsIsIncome() throws {
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    let sales =
      months.map { "01 \($0),Globex Ltd,Platform subscription - monthly,1200.00" }
      + ["01 Feb,Vandelay,Annual subscription Feb 26 - Jan 27,7200.00"]
    let deposits = months.map {
      "01 \($0),Initech Payroll,Direct deposit processing - monthly,300.00"
    }
    let c = try importLedger(
      ReviewFiftyTwoLedgerTests.transactions([
        ("200 - Sales", sales), ("4010 - Revenue - Direct Deposit", deposits),
      ]),
      name: "Account_Transactions.csv")
    #expect(c.accounts.count == 3)
    #expect(c.mrrRow("Initech Payroll").last == 30_000)
  }
}
