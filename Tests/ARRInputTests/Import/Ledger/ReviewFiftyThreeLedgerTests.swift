import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 53's findings on session 52's ledger rules: durations qualifying something else
/// (R53-8), an agreement's dates on a line paying one year of it (R53-9), income accounts named
/// with a tax or cash word (R53-10), a year right after its term noun (R53-13), negated or
/// other cancellable phrases (R53-16).
@Suite struct ReviewFiftyThreeLedgerTests {
  /// Beta's `Support retainer`, 500 on the 1st of each month 2026-01 to 2026-10, and `lines`
  /// (`date,customer,description,amount`).
  static func ledger(_ lines: [String]) -> String {
    let beta = (1...10).map { "2026-\($0 < 10 ? "0" : "")\($0)-01,Beta,Support retainer,500.00" }
    return (["Date,Customer,Description,Amount"] + beta + lines).joined(separator: "\n") + "\n"
  }

  /// R53-8: `three-year price lock` on monthly lines, `two months free` on an annual plan are
  /// no terms: 1,000 a month (w01: 9,333.60 -> 18,000), the annual plan a year from March (w02:
  /// 6,000, Acme churned -> 16,000). Shape: `Two year subscription` alone is 24 months.
  @Test func durationsQualifyingSomethingElseAreNoTerms() throws {
    let lock = (1...10).map {
      "2026-\($0 < 10 ? "0" : "")\($0)-01,Acme,\"Monthly subscription (three-year price lock)\","
        + "1000.00"
    }
    let c = try importLedger(Self.ledger(lock))
    #expect(c.mrrRow("Acme").last == 100_000)
    let free = try importLedger(
      Self.ledger(["2026-03-01,Acme,\"Annual subscription (includes two months free)\",10000.00"]))
    #expect(free.mrrRow("Acme").last == 83_333)
    for text in ["Monthly plan (first 12 months at 20% off)", "Monthly plan - 3 months free"] {
      #expect(DescribedTerm.duration(text) == nil)
    }
    #expect(DescribedTerm.duration("Two year subscription")?.months == 24)
    // R53-19: two and three years in other languages (w08: 78,000 -> 42,000); not their months.
    for text in ["Abonnement deux ans", "Suscripción de dos años", "Zwei-Jahres-Abo"] {
      #expect(DescribedTerm.duration(text)?.months == 24)
    }
    #expect(DescribedTerm.duration("Kündigungsfrist drei Monate") == nil)
    // R53-22: years on a monthly plan are its commitment; R53-23: an aside's `annual` is not
    // the line's cadence.
    for text in ["Abonnement mensuel, engagement 2 ans", "Monatsabo Business, Laufzeit 2 Jahre"] {
      #expect(DescribedTerm.duration(text) == nil)
    }
    #expect(
      DescribedTerm.duration(
        "Three-year Enterprise subscription - prepaid upfront (converted from annual plan)")?
        .months == 36)
    #expect(DescribedTerm.duration("Support contract - 12 months")?.months == 12)
  }

  /// R53-9: `Year 2 of 3 - agreement 01/03/2025 - 28/02/2028`, 36,000 a year: each pays its
  /// year, 3,000 a month (w03: 30,023 -> 42,000 with Beta). Twin: the range alone (a 36-month
  /// prepaid) stays 36 months.
  @Test func anAgreementsDatesOnAYearsPaymentServeThatYear() throws {
    let text = Self.ledger([
      "2025-03-01,Acme,Year 1 of 3 - agreement 01/03/2025 - 28/02/2028,36000.00",
      "2026-03-01,Acme,Year 2 of 3 - agreement 01/03/2025 - 28/02/2028,36000.00",
    ])
    let c = try importLedger(text)
    #expect(c.mrrRow("Acme").last == 300_000)
    let prepaid = try importLedger(
      Self.ledger(["2026-03-01,Acme,Platform 01/03/2026 - 28/02/2029,36000.00"]))
    #expect(prepaid.mrrRow("Acme").last == 100_000)
    // Invoiced ten days before its year starts: that year.
    let year = DescribedDates.yearOf(
      (CivilDate(year: 2025, month: 3, day: 1)!, CivilDate(year: 2028, month: 2, day: 29)!),
      nearest: CivilDate(year: 2026, month: 2, day: 20)!)
    #expect(year.0 == CivilDate(year: 2026, month: 3, day: 1))
    #expect(year.1 == CivilDate(year: 2027, month: 2, day: 28))
  }

  /// R53-9's w10: a renewal quoting the term it renews (`expiring 31/10/2026 (term 01/11/2025 -
  /// 31/10/2026)`), invoiced 2026-10-25, pays the next year: as of 2026-11, Wombat 1,500 a
  /// month (was churned in November; hand: 18,000 / 12). Twins: a renewal stating its new
  /// term, and the same dates without a renewal word (a year billed in arrears), as stated.
  @Test func aRenewalQuotingTheTermItRenewsPaysTheNext() throws {
    let c = try importLedger(
      Self.ledger([
        "2025-10-25,Wombat,Annual subscription,18000.00",
        "2026-10-25,Wombat,\"Renewal of agreement expiring 31/10/2026 (term 01/11/2025 - "
          + "31/10/2026)\",18000.00",
        "2026-11-01,Beta,Support retainer,500.00",
      ]))
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(c.mrrRow("Wombat").last == 150_000)
    func period(_ description: String) -> (CivilDate, CivilDate)? {
      let e = LedgerEntry(
        account: 0, line: 2, date: CivilDate(year: 2026, month: 10, day: 25)!, period: nil,
        kind: nil, description: description, amount: 1_800_000, isProration: false)
      return DescribedDates.range(in: description, date: e.date).flatMap {
        DescribedDates.renewedTerm($0, line: e)
      }
    }
    let next = try #require(
      period("Renewal of agreement expiring 31/10/2026 (term 01/11/2025 - 31/10/2026)"))
    #expect(next.0 == CivilDate(year: 2026, month: 11, day: 1))
    #expect(next.1 == CivilDate(year: 2027, month: 10, day: 31))
    #expect(period("Annual renewal 01/11/2026 - 31/10/2027") == nil)
    #expect(period("Support 01/11/2025 - 31/10/2026 (billed in arrears)") == nil)
  }

  /// R53-10: income accounts named by their tax treatment or what they sell are income; the
  /// balance accounts stay balances.
  @Test(arguments: [
    ("200 - Sales (excl. VAT)", false), ("8400 - Erlöse 19% Umsatzsteuer", false),
    ("210 - Tax Filing Subscriptions", false), ("220 - Cash Management Platform Revenue", false),
    ("820 - VAT", true), ("610 - Accounts Receivable", true), ("2200 - Sales Tax Payable", true),
    ("Deferred Revenue", true), ("825 - VAT on sales", true), ("090 - Bank", true),
    ("835 - Deferred Subscription Revenue", true),
    ("840 - Customer deposits (unearned subscriptions)", true),
    ("845 - Subscription fees received in advance", true),
    // R54-7: what some companies sell (b01, b02, b08: 21,600 -> 25,200); R54-11: deferred
    // revenue in other languages (b04, b05, b07: 32,400 -> 21,600).
    ("210 - Direct Deposit Fees", false), ("215 - Deposit Platform Subscriptions", false),
    ("220 - Payables Automation Subscriptions", false), ("230 - Accrued revenue", true),
    ("240 - Customer Deposits", true), ("250 - Prepayments", true),
    ("487 - Produits constatés d'avance (abonnements)", true),
    ("0990 - Passive Rechnungsabgrenzung Erlöse Abonnements", true),
    ("4850 - Ingresos anticipados por suscripciones", true),
  ])
  func incomeAccountsNamedWithTaxWords(heading: String, isBalance: Bool) {
    #expect(GeneralLedgerAccount.isBalanceAccount(heading) == isBalance)
  }

  /// R53-10 (g02): the Sales (excl. VAT) account alone reads £21,600 (was refused).
  @Test func theSalesExclVATAccountIsRevenue() throws {
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    let sales =
      months.map { "01 \($0),Globex Ltd,Platform subscription - monthly,1200.00" }
      + ["01 Feb,Vandelay,Annual subscription Feb 26 - Jan 27,7200.00"]
    let c = try importLedger(
      ReviewFiftyTwoLedgerTests.transactions([("200 - Sales (excl. VAT)", sales)]),
      name: "Account_Transactions.csv")
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_160_000)
  }

  /// R53-13, R53-16: a year right after its term noun, a negated cancellable phrase, `senza
  /// vincolo di esclusiva`: the year billed monthly commits (each was 0). Twins stay denied.
  @Test(arguments: [
    ("Platform licence - 12 months, support included, billed monthly", true),
    ("Jaarcontract, maandelijks gefactureerd, niet maandelijks opzegbaar", true),
    ("Contratto annuale, fatturazione mensile, senza vincolo di esclusiva", true),
    ("Jaarcontract, maandelijks gefactureerd, maandelijks opzegbaar", false),
    ("Contratto annuale, fatturazione mensile, senza vincolo", false),
    ("Contratto annuale, fatturazione mensile, senza vincolo di durata", false),
    ("Team plan, billed monthly; 12 months price guarantee", false),
    ("Team plan (12 months of data history), billed monthly", false),
  ])
  func aYearAfterItsTermNounCommits(text: String, commits: Bool) {
    #expect(LedgerMinimums.namesTermBilledMonthly(text) == commits)
  }

  /// R52b-20: `T4 2026`, `Q4'26` name a quarter; a period a price starts from names none
  /// (review 53's p05).
  @Test func quartersInOtherWords() {
    #expect(WrittenPeriods.named(in: "Abonnement T4 2026")?.months == 3)
    #expect(WrittenPeriods.named(in: "Subscription Q4'26")?.first == Month(year: 2026, month: 10))
    #expect(WrittenPeriods.named(in: "Monthly subscription - new price from Q4'26")?.months == nil)
    #expect(
      WrittenPeriods.named(in: "Abonnement mensuel - nouveau tarif à partir du T4 2026")?.months
        == nil)
  }

  /// T51-38: a monthly customer's October refunded in full, `(cancelled)`, in the file's last
  /// month: no revenue that month, the customer left (c84: 19,200 -> 12,000). Twin: a month
  /// credited for an outage keeps its MRR.
  @Test(arguments: [
    ("Refund - October subscription (cancelled)", 0), ("Service credit - October outage", 60_000),
  ])
  func aMonthRefundedInFullAsCancelledLeaves(memo: String, birch: Int64) throws {
    var rows = ["Customer,Date,Type,Description,Amount"]
    for m in 1...10 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      rows.append("Acme,2026-\(mm)-01,Invoice,Monthly subscription,1000.00")
      rows.append("Birch,2026-\(mm)-02,Invoice,Monthly subscription,600.00")
    }
    rows.append("Birch,2026-10-15,Refund,\(memo),600.00")
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Birch").last == birch)
    #expect(c.mrrRow("Acme").last == 100_000)
  }

  /// R53-17: periods written with month names or `from … through …` are read (w04, w05:
  /// 18,000 -> 24,000). Twin: a lone date names no period.
  @Test(arguments: [
    "Annual renewal 1 Nov 2026 - 31 Oct 2027", "Annual renewal Nov 1, 2026 - Oct 31, 2027",
    "Annual renewal from 01/11/2026 through 31/10/2027",
  ])
  func namedAndThroughRanges(text: String) {
    let r = DescribedDates.range(in: text, date: CivilDate(year: 2026, month: 10, day: 25)!)
    #expect(r?.0 == CivilDate(year: 2026, month: 11, day: 1))
    #expect(r?.1 == CivilDate(year: 2027, month: 10, day: 31))
    #expect(
      DescribedDates.range(
        in: "Annual renewal invoiced 25 Oct 2026", date: CivilDate(year: 2026, month: 10, day: 25)!)
        == nil)
  }

  /// T51-34: an annual true-up of the year just ended, invoiced in October beside every
  /// account's October invoice, moves no as-of month (was 2026-09).
  @Test func aTrueUpIsNoBillingInArrears() throws {
    var rows = [
      "Customer,Invoice Date,Description,Service Start,Service End,Amount",
      "Summit,2025-10-01,Annual subscription,2025-10-01,2026-09-30,60000.00",
      "Summit,2026-10-01,Annual subscription (renewal),2026-10-01,2027-09-30,90000.00",
      "Summit,2026-10-05,Annual true-up: seats used Oct 2025 - Sep 2026,2025-10-01,2026-09-30,"
        + "30000.00",
    ]
    for m in 1...10 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      rows.append("Trail,2026-\(mm)-01,Monthly subscription,2026-\(mm)-01,2026-\(mm)-28,2000.00")
    }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("Summit").last == 750_000)
    // R54-1: a reconciliation product billed month by month in arrears is billed in arrears
    // (u01: as of 2026-10, 0 -> as of 2026-09, 54,000 with three such customers); so is a
    // monthly usage line named a true-up.
    for product in ["Bank reconciliation usage", "Usage true-up"] {
      var lines = ["Customer,Invoice Date,Description,Service Start,Service End,Amount"]
      for m in 2...10 {
        lines.append(
          "Acme,2026-\(m < 10 ? "0" : "")\(m)-05,\(product),2026-0\(m - 1)-01,2026-0\(m - 1)-28,"
            + "1000.00")
      }
      let arrears = try importLedger(lines.joined(separator: "\n"))
      #expect(arrears.asOf == Month(year: 2026, month: 9))
      #expect(arrears.mrrRow("Acme").last == 100_000)
    }
  }

  /// T51-37: a general ledger account's dates are read in the order one of them decides.
  @Test func aGeneralLedgersDatesDecideTheirOrder() throws {
    let text = """
      Account Transactions
      Demo Company (US)
      Date,Source,Contact,Description,Reference,Debit (USD),Credit (USD),Account Code
      4000 - Subscription Revenue
      1/5/2026,Receivable Invoice,Globex,Subscription,INV-1,,1200.00,4000
      1/28/2026,Receivable Invoice,Hooli,Subscription,INV-2,,500.00,4000
      2/5/2026,Receivable Invoice,Globex,Subscription,INV-3,,1200.00,4000
      2/28/2026,Receivable Invoice,Hooli,Subscription,INV-4,,500.00,4000
      3/5/2026,Receivable Invoice,Globex,Subscription,INV-5,,1200.00,4000
      3/28/2026,Receivable Invoice,Hooli,Subscription,INV-6,,500.00,4000
      """
    let c = try importLedger(text, name: "GL.csv")
    #expect(c.asOf == Month(year: 2026, month: 3))
    #expect(c.mrrRow("Globex").last == 120_000)
  }

  /// R52-28's miss: `Canone annuo …, fatturazione mensile` commits its year; a monthly fee
  /// does not.
  @Test func anItalianYearlyFeeBilledMonthlyCommits() {
    #expect(LedgerMinimums.namesTermBilledMonthly("Canone annuo licenza, fatturazione mensile"))
    #expect(!LedgerMinimums.namesTermBilledMonthly("Canone mensile, fatturazione mensile"))
  }

  /// R52-42: a bare `¥` read as the yen says it may be the yuan (a Chinese ledger was stated in
  /// JPY, nothing said); `JPY` named says nothing.
  @Test func aBareYenSignIsSaid() throws {
    let rows = (1...6).map { "2026-0\($0)-01,上海科技,专业版订阅,\"¥20,000.00\"" }
    let c = try importLedger((["Date,Customer,Description,Amount"] + rows).joined(separator: "\n"))
    #expect(c.log.currency == "JPY")
    #expect(c.log.findings.contains { $0.contains("the sign of the Chinese yuan") })
    let named = try importLedger(
      (["Date,Customer,Description,Amount (JPY)"] + rows).joined(separator: "\n"))
    #expect(!named.log.findings.contains { $0.contains("Chinese yuan") })
  }
}
