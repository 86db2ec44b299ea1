import ARRCore
import Testing

@testable import ARRInput

/// Lago's fees (its fee object's columns: `item_type`, `amount_cents`, `from_date`, `to_date`;
/// the customer and the date renamed as the refusal advises), read as a ledger (session 18,
/// import4 lane; trial 17, L1): the fee's period is its service period, a `charge` fee beside
/// `subscription` fees is usage, and a wallet top-up (`credit`, "Prepaid credits") is a purchase
/// of prepaid credits, not a credit note, whose drawdown is not counted again.
@Suite struct LagoFeesTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "lago.csv", bytes: Array(text.utf8))])
  }

  /// acme pays 1,000.00 a month in advance (April–June); beta tops up its wallet with 12,000.00
  /// of prepaid credits on 2025-04-10 and draws usage of 800.00, 900.00 and 1,300.00 from it
  /// (April–June, billed in arrears on the 1st of the next month); gamma pays usage of 200.00,
  /// 250.00 and 300.00 the same way.
  static let fees = """
    lago_id,lago_invoice_id,customer_id,item_type,item_code,invoice_display_name,amount_cents,amount_currency,from_date,to_date,invoice_date
    fee_01,inv_01,acme,subscription,pro,Pro plan,100000,USD,2025-04-01T00:00:00Z,2025-04-30T23:59:59Z,2025-04-01T00:00:00Z
    fee_02,inv_w1,beta,credit,credit,Prepaid credits,1200000,USD,2025-04-10T00:00:00Z,2025-04-10T23:59:59Z,2025-04-10T00:00:00Z
    fee_03,inv_02,acme,subscription,pro,Pro plan,100000,USD,2025-05-01T00:00:00Z,2025-05-31T23:59:59Z,2025-05-01T00:00:00Z
    fee_04,inv_03,beta,charge,tokens,LLM tokens,80000,USD,2025-04-01T00:00:00Z,2025-04-30T23:59:59Z,2025-05-01T00:00:00Z
    fee_05,inv_04,gamma,charge,tokens,LLM tokens,20000,USD,2025-04-01T00:00:00Z,2025-04-30T23:59:59Z,2025-05-01T00:00:00Z
    fee_06,inv_05,acme,subscription,pro,Pro plan,100000,USD,2025-06-01T00:00:00Z,2025-06-30T23:59:59Z,2025-06-01T00:00:00Z
    fee_07,inv_06,beta,charge,tokens,LLM tokens,90000,USD,2025-05-01T00:00:00Z,2025-05-31T23:59:59Z,2025-06-01T00:00:00Z
    fee_08,inv_07,gamma,charge,tokens,LLM tokens,25000,USD,2025-05-01T00:00:00Z,2025-05-31T23:59:59Z,2025-06-01T00:00:00Z
    fee_09,inv_08,beta,charge,tokens,LLM tokens,130000,USD,2025-06-01T00:00:00Z,2025-06-30T23:59:59Z,2025-07-01T00:00:00Z
    fee_10,inv_09,gamma,charge,tokens,LLM tokens,30000,USD,2025-06-01T00:00:00Z,2025-06-30T23:59:59Z,2025-07-01T00:00:00Z
    """

  /// By hand, as of 2025-06 (the July invoices bill June's usage in arrears): acme 1,000.00 a
  /// month; beta's 12,000.00 top-up, a purchase of prepaid credits with no term (usage paid
  /// ahead, no commitment: trial 33, T33-3), pays its usage billed in full (3,000.00 in all,
  /// invoiced from May 1st, within its span): the usage is beta's revenue, 800.00, 900.00 and
  /// 1,300.00, and the top-up the cash paid ahead for it, left out (9,000.00 of it not yet
  /// drawn); gamma's usage is its month's: 200.00, 250.00, 300.00. June: 1,000 + 1,300 + 300 =
  /// 2,600.00 a month, ARR 31,200.00 (session 35, imp lane; trial 34, T34-11: the top-up spread
  /// over 12 months, its usage drawn from it, gave 27,600.00; counted twice 43,200.00). Before
  /// session 18: the top-up typed `credit` was negated as a credit note.
  @Test func aWalletTopUpPaysUsageBilledInFullWhichIsTheRevenue() throws {
    let c = try read(Self.fees)
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("acme") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("beta") == [80_000, 90_000, 130_000])
    #expect(c.account("beta")?.contractType == .usage)
    #expect(c.account("beta")?.contractEndDate == nil)
    #expect(c.mrrRow("gamma") == [20_000, 25_000, 30_000])
    let june = ["acme", "beta", "gamma"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +)
    #expect(june * 12 == 3_120_000)
    #expect(!c.log.notes.contains { $0.contains("negated") })
    #expect(!c.log.notes.contains { $0.contains("not recognised") })
    #expect(!c.log.findings.contains { $0.contains("bill usage of a customer holding prepaid") })
    let paid = try #require(c.log.findings.first { $0.contains("pays usage billed in full") })
    #expect(
      paid
        == "lago.csv: 1 top-up of prepaid credits ($12,000.00 in all, the first on line 3) pays "
        + "usage billed in full (3 lines within its span): the usage billed is the revenue, as "
        + "the credits are spent, and the top-up is the cash paid ahead for it, left out of "
        + "revenue ($9,000.00 of it not yet drawn by a usage line)")
    let tie = try c.checkedTieOut()
    #expect(tie.leftOutCents == 1_200_000)
    #expect(tie.isBalanced)
  }

  /// Trial 34, T34-11 (`lago_wallet.csv`): L1 tops up its wallet 6,000.00 (`credit`, "Wallet
  /// top-up") on 2026-07-01 and uses 1,000.00 a month of `charge` fees July–October, billed on
  /// the 1st of the next month; L2 pays a 1,500.00 plan each month. By hand, as of 2026-10: L1
  /// 1,000.00 every month from July (not 0 in July, not 500.00, the top-up over 12 months),
  /// L2 1,500.00: headline ARR 30,000.00.
  @Test func aWalletTopUpsUsageIsItsAccountsMonthlyRevenue() throws {
    var text =
      "lago_invoice_id,customer_id,invoice_date,item_type,invoice_display_name,item_code,"
      + "amount,from_date,to_date\n"
      + "LG-1,L1,2026-07-01,credit,Wallet top-up,wallet,6000.00,,\n"
    for m in 7...10 {
      let next = m == 12 ? "2027-01" : "2026-\(m + 1 < 10 ? "0" : "")\(m + 1)"
      text +=
        "LG-U\(m),L1,\(next)-01,charge,API calls,API calls usage,1000.00,2026-\(m < 10 ? "0" : "")"
        + "\(m)-01,2026-\(m < 10 ? "0" : "")\(m)-28\n"
    }
    for m in 1...10 {
      let month = "2026-\(m < 10 ? "0" : "")\(m)"
      text +=
        "LG-S\(m),L2,\(month)-01,subscription,Team plan,Team plan,1500.00,\(month)-01,\(month)-28\n"
    }
    let c = try read(text)
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("L1").suffix(4) == [100_000, 100_000, 100_000, 100_000])
    let october = ["L1", "L2"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +)
    #expect(october * 12 == 3_000_000)
    #expect(!c.log.findings.contains { $0.contains("credits exceed the revenue") })
  }

  /// `from_date` and `to_date` are a service period: a 1,200.00 fee for 2025-01-01 to
  /// 2025-12-31, invoiced on 2025-01-01, is 100.00 a month.
  @Test func fromAndToDatesAreAServicePeriod() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount,from_date,to_date
      a,2025-01-01,1200.00,2025-01-01,2025-12-31
      a,2025-03-01,100.00,2025-03-01,2025-03-31
      """)
    #expect(c.mrrRow("a") == [10_000, 10_000, 20_000])
  }

  /// A credit note stays one: a `credit` line whose description names no prepaid credits
  /// ("Service credit"), positive as Xero writes them, is negated.
  @Test func aCreditNamingNoPrepaidCreditsStaysACreditNote() throws {
    let c = try read(
      """
      customer_id,invoice_date,type,description,amount
      a,2025-01-01,invoice,Plan,100.00
      a,2025-02-01,invoice,Plan,100.00
      a,2025-02-15,credit,Service credit,20.00
      a,2025-03-01,invoice,Plan,100.00
      """)
    #expect(c.log.notes.contains { $0.contains("negated") })
  }

  /// Usage billed beside a line applying the credits (Metronome) is already netted: no drawdown.
  @Test func usageNettedByItsOwnLinesIsNotDrawnAgain() throws {
    let c = try read(
      """
      customer_id,issued_at,name,type,total,starting_at,ending_before
      beta,2025-01-15,Annual prepaid commit,commit_purchase,60000.00,2025-01-15,2025-01-16
      beta,2025-02-02,Tokens,usage,3000.00,2025-01-01,2025-02-01
      beta,2025-02-02,Prepaid commit applied,applied_commit_or_credit,-3000.00,2025-01-01,2025-02-01
      """)
    #expect(!c.log.findings.contains { $0.contains("bill usage of a customer holding prepaid") })
  }
  /// Lago's invoices export with its own headers (`issuing_date`, `external_customer_id`,
  /// `invoice_type`): acme's `subscription` invoices, 2,000.00 on the 1st of each month of
  /// 2025; beta's wallet top-ups, `credit` invoices with no name, 15,000.00 on 2025-01-15,
  /// 10,000.00 on 04-15, 12,000.00 on 06-15 and 18,000.00 on 10-15; gamma's 6,000.00 on
  /// 2025-02-03, 6,000.00 on 05-03, 9,000.00 on 09-03 and 6,000.00 on 11-03 (trial 33, T33-9).
  /// By hand, December: beta's latest lasts the median of its 90, 61 and 122 days, 90, to
  /// 2026-01-12: 18,000 × 31 ÷ (17 + 31 + 31 + 12) = 6,131.87; gamma's the median of 89, 123
  /// and 61, 89, to 2026-01-30: 6,000 ÷ (28/30 + 1 + 30/31) = 2,068.20; with acme 10,200.07 a
  /// month, headline ARR 122,400.84. Before: refused (no customer, no date); with those renamed
  /// the type was unread, 120,000.00 with a range, and a `credit` top-up read as a fee's type
  /// was negated as a credit note.
  @Test func lagosInvoicesExportReadsWalletTopUps() throws {
    var text =
      "lago_id,number,issuing_date,invoice_type,status,payment_status,currency,"
      + "fees_amount_cents,total_amount_cents,external_customer_id\n"
    var n = 0
    func add(_ date: String, _ type: String, _ customer: String, _ cents: Int) {
      n += 1
      text +=
        "inv_\(n),LAG-\(n),\(date),\(type),finalized,succeeded,USD,\(cents),\(cents),\(customer)\n"
    }
    for m in 1...12 { add("2025-\(m < 10 ? "0" : "")\(m)-01", "subscription", "acme", 200_000) }
    for (d, c) in [
      ("01-15", 1_500_000), ("04-15", 1_000_000), ("06-15", 1_200_000), ("10-15", 1_800_000),
    ] {
      add("2025-\(d)", "credit", "beta", c)
    }
    for (d, c) in [("02-03", 600_000), ("05-03", 600_000), ("09-03", 900_000), ("11-03", 600_000)] {
      add("2025-\(d)", "credit", "gamma", c)
    }
    let c = try read(text)
    #expect(c.asOf == Month(year: 2025, month: 12))
    let december = ["acme", "beta", "gamma"].map { c.mrrRow($0).last ?? 0 }
    #expect(december == [200_000, 613_187, 206_820])
    #expect(december.reduce(0, +) * 12 == 12_240_084)
    #expect(c.account("beta")?.contractType == .usage)
    #expect(!c.log.notes.contains { $0.contains("negated") })
  }

  /// A Lago wallet top-up typed `credit` with any name or none, or typed `wallet_transaction`,
  /// or `top_up` on a customer's line, is a purchase of credits, not a credit note nor the
  /// company's own money: beta's 1,200.00 on 2025-02-10 and 600.00 on 2025-03-20 are not
  /// negated, and the second lasts the first's 38 days (2025-03-20 to 2025-04-26).
  @Test(arguments: ["credit", "credits", "wallet_transaction", "top_up"], ["", "Credits"])
  func aWalletTopUpIsAPurchaseWhateverItsName(type: String, name: String) throws {
    let c = try read(
      """
      lago_id,customer_id,invoice_date,item_type,invoice_display_name,amount_cents,amount_currency
      f1,acme,2025-01-01,subscription,Pro plan,200000,USD
      f2,acme,2025-02-01,subscription,Pro plan,200000,USD
      f3,beta,2025-02-10,\(type),\(name),120000,USD
      f4,acme,2025-03-01,subscription,Pro plan,200000,USD
      f5,beta,2025-03-20,\(type),\(name),60000,USD
      f6,acme,2025-04-01,subscription,Pro plan,200000,USD
      """)
    #expect(!c.log.notes.contains { $0.contains("negated") })
    #expect(c.log.files[0].rowsUsed == 6)
    // April: 600 × 26/30 ÷ (12/31 + 26/30).
    let april = ServicePeriod.proportion(60_000, 26 * 12_586, 12 * 12_180 + 26 * 12_586)
    #expect(c.mrrRow("beta").last == april)
    #expect(c.account("beta")?.contractType == .usage)
  }
}
