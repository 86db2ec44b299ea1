import ARRCore
import Testing

@testable import ARRInput

/// Review 52's findings on session 51's ledger rules (imp lane, 326a2429, 9dd4aa16, 53293090):
/// the annual terms billed monthly (the files of ``TermBilledMonthlyTests``: Acme billed 1,000 a
/// month, January to June 2024, under one description, beside Beta's retainer), the date order,
/// and a general ledger account's contacts.
@Suite struct ReviewFiftyTwoLedgerTests {
  /// R52-1, R52-2, R52-28: a year qualifying something else than the plan (log retention, a
  /// first-year promotion, a price guarantee, data retention), `sans engagement minimum de
  /// durée` (no lock-in), a Dutch year cancellable any month: no committed term (each $12,000
  /// by s52's start, $0 by hand).
  @Test(arguments: [
    "Business plan (12 months log retention), billed monthly",
    "Pro subscription - first 12 months at 50% off, billed monthly",
    "Starter plan (12 months price guarantee), billed monthly",
    "Pro plan - 1 yr data retention, billed monthly",
    "Licence 12 mois, paiement mensuel - sans engagement minimum de durée",
    "Jaarabonnement, maandelijks gefactureerd, maandelijks opzegbaar",
    "Subscription billed monthly incl. twelve months premium support",
    // R52-37: cancellable after a notice or a first month.
    "12-month subscription, billed monthly - cancel anytime after giving 30 days notice",
    "12-month subscription, billed monthly, cancel anytime after the first month",
    // R52-32's twin: a minimum of three months is no year.
    "Mindestlaufzeit 3 Monate, monatliche Abrechnung",
    // R52-38's twins: the year itself offered.
    "Monthly plan, billed monthly (annual contract available)",
    "Pro plan billed monthly - optional annual plan",
  ])
  func aYearOfSomethingElseCommitsNothing(text: String) throws {
    let c = try TermBilledMonthlyTests.read { _ in text }
    #expect(c.account("Acme")?.committedMRR == nil)
  }

  /// Their twins stay committed (12,000 by hand): a term noun right after the year's other
  /// noun, a free first month of an annual contract, the year of the licence itself, another
  /// commitment denied (`sans engagement de volume`).
  @Test(arguments: [
    "Annual support contract, billed monthly",
    "Annual contract, billed monthly - first month free",
    "Licence 12 months, billed monthly",
    "Abonnement annuel sans engagement de volume, paiement mensuel",
    "Jaarcontract, maandelijkse facturering",
    // R52-41: a price word in a compound adjective before the term noun.
    "12-month fixed-price contract, billed monthly",
    "Annual price-locked subscription, billed monthly",
    // R52-3, R52-39: longer German year compounds.
    "Jahreswartungsvertrag, monatliche Zahlung", "Jahreslizenzgebühr Software, monatliche Zahlung",
    "Jahresabovertrag Business, monatlich abgerechnet",
    // R52-37's shape: cancellable after the first year.
    "Annual plan, billed monthly - cancel anytime after the first year",
    // R52-32: multi-year terms billed monthly.
    "24-month contract, billed monthly", "Rahmenvertrag Laufzeit 36 Monate, monatliche Abrechnung",
    "Two-year subscription, billed monthly",
    // R52-38: the option is the next noun's.
    "Annual contract incl. optional premium support, billed monthly",
  ])
  func theYearOfTheTermStillCommits(text: String) throws {
    let c = try TermBilledMonthlyTests.read { _ in text }
    #expect(c.account("Acme")?.committedMRR == 100_000)
  }

  /// R52-36: month-first dates under a Spanish `Fecha`, every cell ambiguous: the monthly
  /// rhythm decides month first (invoices on the 3rd and the 5th), as of 2026-06, (1,000 +
  /// 2,000) × 12 = 36,000 (read day first by the header: six invoices in March, $144,000).
  @Test func theRhythmDecidesBeforeTheHeadersLanguage() throws {
    var rows = ["Fecha,Cliente,Descripción,Importe"]
    for m in 1...6 {
      rows.append("0\(m)/03/2026,Acme,Suscripción mensual,1000.00")
      rows.append("0\(m)/05/2026,Beta,Suscripción mensual,2000.00")
    }
    let c = try importLedger(rows.joined(separator: "\n"), name: "ventas.csv")
    #expect(c.asOf == Month(year: 2026, month: 6))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_600_000)
    #expect(!c.log.notes.contains { $0.contains("read day first") })
  }

  /// R52-30: a contact named `The Wall Street Journal Europe` is no journal: Xero's Sales
  /// account is read as its invoices, as of 2026-06 Globex 1,200 + the annual 7,200 ÷ 12 = 600
  /// a month (£21,600 of ARR, the credit a one-off), in GBP.
  @Test func aContactsNameIsNoJournal() throws {
    var rows = [
      "Account Transactions", "Demo Company (UK)",
      "Date,Source,Contact,Description,Reference,Debit (GBP),Credit (GBP),"
        + "Running Balance (GBP),Account Code",
      "200 - Sales",
    ]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    var balance = 0
    for (m, name) in months.enumerated() {
      balance += 1_200
      rows.append(
        "01 \(name) 2026,Receivable Invoice,Globex Ltd,Platform subscription - monthly,"
          + "INV-\(m + 1),,1200.00,\(balance).00,200")
      if m == 1 {
        balance += 7_200
        rows.append(
          "01 Feb 2026,Receivable Invoice,The Wall Street Journal Europe,Annual subscription "
            + "Feb 26 - Jan 27,INV-20,,7200.00,\(balance).00,200")
      }
    }
    rows.append("Total Sales,,,,,,\(balance).00,\(balance).00,")
    let c = try importLedger(rows.joined(separator: "\n"), name: "Account_Transactions.csv")
    #expect(c.log.currency == "GBP")
    #expect(c.mrrRow("The Wall Street Journal Europe").last == 60_000)
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_160_000)
  }

  /// Xero's Account Transactions: the header, then each account's heading and lines
  /// (`accounts`: heading and its lines as `day Mon,contact,description,credit`).
  static func transactions(_ accounts: [(String, [String])]) -> String {
    var rows = [
      "Account Transactions", "Demo Company (UK)",
      "Date,Source,Contact,Description,Reference,Debit (GBP),Credit (GBP),Account Code",
    ]
    for (heading, lines) in accounts {
      rows.append(heading)
      rows.append("Opening Balance,,,,,,,")
      for (k, line) in lines.enumerated() {
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        rows.append("\(f[0]) 2026,Receivable Invoice,\(f[1]),\(f[2]),INV-\(k + 1),,\(f[3]),200")
      }
    }
    return rows.joined(separator: "\n")
  }

  /// R52-9: the Sales account beside the VAT account: the VAT lines are no revenue, as of
  /// 2026-06 Globex 1,200 + Vandelay's annual 7,200 ÷ 12 = 1,800 a month, £21,600 (the VAT
  /// counted, $24,480).
  @Test func theVATAccountsLinesAreNoRevenue() throws {
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    let sales =
      months.map { "01 \($0),Globex Ltd,Platform subscription - monthly,1200.00" }
      + ["01 Feb,Vandelay,Annual subscription Feb 26 - Jan 27,7200.00"]
    let vat =
      months.map { "01 \($0),Globex Ltd,Output VAT,240.00" } + [
        "01 Feb,Vandelay,Output VAT,1440.00"
      ]
    let c = try importLedger(
      Self.transactions([("200 - Sales", sales), ("820 - VAT", vat)]),
      name: "Account_Transactions.csv")
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_160_000)
    #expect(c.log.notes.contains { $0.contains("7 lines of balance sheet accounts") })
  }

  /// R52-9: the receivable account alone is no revenue account: refused, naming it (it read
  /// headline $0).
  @Test func theReceivableAccountAloneIsRefused() throws {
    let lines = [
      "01 Jan,Globex Ltd,Invoice INV-1,1440.00", "01 Feb,Globex Ltd,Invoice INV-2,1440.00",
    ]
    #expect {
      _ = try importLedger(
        Self.transactions([("610 - Accounts Receivable", lines)]),
        name: "Account_Transactions.csv")
    } throws: { error in
      "\(error)".contains("balance sheet account") && "\(error)".contains("Accounts Receivable")
    }
  }

  /// R52-24, R52-27: `RMB 2,000.00`, `CN¥1,000.00` are yuan and `R1 200.00` rand, amounts
  /// (each "not an amount"): by hand 2,000 + 1,000 a month in CNY; 1,200 a month in ZAR.
  @Test func theYuanAndRandSignsAreAmounts() throws {
    let yuan = (1...6).flatMap { m in
      [
        "2026-0\(m)-01,Shanghai Co,Subscription,\"RMB 2,000.00\"",
        "2026-0\(m)-01,Beijing Co,Subscription,\"CN¥1,000.00\"",
      ]
    }
    let c = try importLedger((["Date,Customer,Description,Amount"] + yuan).joined(separator: "\n"))
    #expect(c.log.currency == "CNY")
    #expect(c.mrrRow("Shanghai Co").last == 200_000)
    #expect(c.mrrRow("Beijing Co").last == 100_000)
    let rand = (1...6).map { m in "2026-0\(m)-01,Joburg Co,Subscription,R1 200.00" }
    let z = try importLedger((["Date,Customer,Description,Amount"] + rand).joined(separator: "\n"))
    #expect(z.log.currency == "ZAR")
    #expect(z.mrrRow("Joburg Co").last == 120_000)
    #expect(CubeMoney.currency("R2D2 Labs") == nil)
  }
}
