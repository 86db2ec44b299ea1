import ARRCore
import Testing

@testable import ARRInput

@Suite struct StripeImportTests {
  static let header =
    "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Interval Count,Quantity,"
    + "Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),Trial End (UTC),"
    + "Canceled At (UTC),Cancel At Period End,Ended At (UTC),segment (metadata),Plan\n"

  func read(_ rows: [String], files extra: [Importer.SourceFile] = []) throws -> ImportedCompany {
    let text = Self.header + rows.joined(separator: "\n")
    return try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))] + extra)
  }

  @Test func pricesAreNormalisedByIntervalCountAndQuantity() throws {
    let c = try read([
      "s1,cus_m,M,active,10.00,usd,month,1,3,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,,false,,smb,p",
      "s2,cus_y,Y,active,1200.00,usd,year,1,1,2025-01-15 00:00,2025-01-15 00:00,2026-01-15 00:00,,,false,,ent,p",
      "s3,cus_q,Q,active,300.00,usd,month,3,1,2025-02-01 00:00,2025-02-01 00:00,2025-05-01 00:00,,,false,,smb,p",
      "s4,cus_w,W,active,12.00,usd,week,1,1,2025-03-01 00:00,2025-03-01 00:00,2025-03-08 00:00,,,false,,smb,p",
    ])
    #expect(c.log.files[0].shape == .stripeSubscriptions)
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("cus_m") == [3_000, 3_000, 3_000])
    #expect(c.mrrRow("cus_y") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_q") == [0, 10_000, 10_000])
    // 12.00 a week × 52 ÷ 12 = 52.00.
    #expect(c.mrrRow("cus_w") == [0, 0, 5_200])
    let y = c.accounts[1]
    #expect(y.billingCadence == .annual)
    #expect(!y.inferred.contains(.billingCadence))
    #expect(y.contractType == .annual)
    // The term is known from the subscription's start (here also its current period's).
    #expect(y.inferredFrom == Month(year: 2025, month: 1))
    #expect(y.inferred.contains(.contractType))
    // Current Period End 2026-01-15 00:00 is the next period's first instant: the term's last
    // day is 2026-01-14.
    #expect(y.contractEndDate == CivilDate("2026-01-14"))
    #expect(c.accounts[2].billingCadence == .quarterly)
    #expect(c.accounts[0].segment == "smb")
    #expect(c.log.files[0].ignoredColumns == ["Plan"])
    #expect(c.log.notes.contains { $0.contains("only current prices") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// A snapshot whose subscriptions end within its last month (session 15, import lane, F8's
  /// rest): the documented rule bills a month whole, never prorated by days, through the month
  /// before `Ended At`, or the month holding it when it ends after the 1st. As-of 2025-03 (the
  /// latest period start and end). A: 100.00 running. E: 200.00, ended 2025-03-10 (cancelled
  /// at once, mid-month): March is billed whole, 200.00, not 200 × 9 / 31 = 58.06. F: 300.00,
  /// ended 2025-03-01 00:00, the first instant of March: through February. G: 50.00, canceled
  /// 2025-03-20 with no `Ended At`: ends at `Canceled At`, March whole. H: 400.00, to cancel at
  /// its period's end (2025-04-01): March whole, notice given. Headline MRR at 2025-03: 100 +
  /// 200 + 50 + 400 = 750.00.
  @Test func aSubscriptionEndingWithinTheLastMonthBillsThatMonthWhole() throws {
    let c = try read([
      "s1,cus_a,A,active,100.00,usd,month,1,1,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,,false,,,",
      "s2,cus_e,E,canceled,200.00,usd,month,1,1,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,2025-03-10 09:00,false,2025-03-10 09:00,,",
      "s3,cus_f,F,canceled,300.00,usd,month,1,1,2025-01-01 00:00,2025-02-01 00:00,2025-03-01 00:00,,2025-02-14 00:00,true,2025-03-01 00:00,,",
      "s4,cus_g,G,canceled,50.00,usd,month,1,1,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,2025-03-20 12:00,false,,,",
      "s5,cus_h,H,active,400.00,usd,month,1,1,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,,2025-03-05 00:00,true,,,",
    ])
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("cus_a") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_e") == [20_000, 20_000, 20_000])
    #expect(c.mrrRow("cus_f") == [30_000, 30_000, 0])
    #expect(c.mrrRow("cus_g") == [5_000, 5_000, 5_000])
    #expect(c.mrrRow("cus_h") == [40_000, 40_000, 40_000])
    #expect((0..<c.accounts.count).map { c.mrr[c.cell($0, 2)] }.reduce(0, +) == 75_000)
    #expect(c.account("cus_h")?.cancelDate == CivilDate("2025-04-01"))
    #expect(c.account("cus_e")?.cancelDate == CivilDate("2025-03-10"))
  }

  /// `Cancel At (UTC)` (Stripe's `cancel_at`: a live subscription set to end on a date of its
  /// own; session 15, import lane, F8's rest): ignored before, so no notice was read. As-of
  /// 2025-03. K: 100.00, set to end 2025-03-20, within the last month: March is billed whole
  /// and its cancellation date is 2025-03-20 (not 2025-03-02, when it was asked for). L:
  /// 300.00, set to end 2025-06-15, after the data: billed through March, notice given.
  @Test func aScheduledCancelAtIsTheCancellationDate() throws {
    let text =
      "id,Customer ID,Status,Amount,Currency,Interval,Start Date (UTC),"
      + "Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),"
      + "Cancel At Period End,Cancel At (UTC),Ended At (UTC)\n"
      + "s1,cus_k,active,100.00,usd,month,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,"
      + "2025-03-02 10:00,false,2025-03-20 00:00,\n"
      + "s2,cus_l,active,300.00,usd,month,2025-01-01 00:00,2025-03-01 00:00,2025-04-01 00:00,"
      + "2025-03-02 10:00,false,2025-06-15 00:00,\n"
    let c = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("cus_k") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("cus_l") == [30_000, 30_000, 30_000])
    #expect(c.account("cus_k")?.cancelDate == CivilDate("2025-03-20"))
    #expect(c.account("cus_l")?.cancelDate == CivilDate("2025-06-15"))
    #expect(!c.log.files[0].ignoredColumns.contains("Cancel At (UTC)"))
    #expect(try c.checkedTieOut().isBalanced)
  }

  @Test func statusesMapToTrialPastDueCancellationAndNeverStarted() throws {
    let c = try read([
      "s1,cus_t,T,trialing,10,usd,month,1,1,2025-03-01,2025-03-01,2025-04-01,2025-04-01,,false,,,",
      "s2,cus_p,P,past_due,10,usd,month,1,1,2025-01-01,2025-03-01,2025-04-01,,,false,,,",
      "s3,cus_c,C,canceled,10,usd,month,1,1,2025-01-01,2025-02-01,2025-03-01,,2025-02-10,false,2025-03-01,,",
      "s4,cus_n,N,active,10,usd,month,1,1,2025-01-01,2025-03-01,2025-04-01,,2025-03-05,true,,,",
      "s5,cus_i,I,incomplete,10,usd,month,1,1,2025-03-01,2025-03-01,2025-04-01,,,false,,,",
      "s6,cus_x,X,incomplete_expired,10,usd,month,1,1,2025-02-01,2025-02-01,2025-03-01,,,false,,,",
      "s7,cus_z,Z,paused,10,usd,month,1,1,2025-01-01,2025-02-01,2025-03-01,2025-02-01,,false,,,",
      "s8,cus_v,V,unpaid,10,usd,month,1,1,2025-01-01,2025-03-01,2025-04-01,2025-02-01,,false,,,",
    ])
    func account(_ id: String) -> ImportedAccount { c.accounts.first { $0.id == id }! }
    #expect(account("cus_t").trialStatus == .active)
    #expect(c.mrrRow("cus_t") == [0, 0, 0])
    #expect(account("cus_p").isPastDue == true)
    #expect(c.mrrRow("cus_p") == [1_000, 1_000, 1_000])
    // Canceled on 2025-02-10, ended on 2025-03-01: leaves when it ended (trial 44, T44-4).
    #expect(account("cus_c").cancelDate == CivilDate("2025-03-01"))
    #expect(c.mrrRow("cus_c") == [1_000, 1_000, 0])
    // Cancel at period end: it leaves at the period's end, not on the day it asked (review 13,
    // F13).
    #expect(account("cus_n").cancelDate == CivilDate("2025-04-01"))
    #expect(account("cus_z").trialStatus == .expired)
    #expect(c.mrrRow("cus_z") == [0, 0, 0])
    #expect(account("cus_v").isPastDue == true)
    #expect(account("cus_v").trialStatus == .converted)
    // Paid from the trial's end: January has no revenue.
    #expect(c.mrrRow("cus_v") == [0, 1_000, 1_000])
    #expect(!c.accounts.contains { $0.id == "cus_i" || $0.id == "cus_x" })
    let f = c.log.files[0]
    #expect(f.rowsRead == 8)
    #expect(f.rowsUsed == 6)
    #expect(f.skipped[.notStarted] == 2)
  }

  @Test func aMissingIntervalCountIsAssumedOneAndSaid() throws {
    let text = """
      Customer ID,Status,Amount,Interval,Start Date (UTC),Current Period Start (UTC)
      cus_1,active,50,month,2025-01-01,2025-02-01
      """
    let c = try Importer.read([Importer.SourceFile(name: "s.csv", bytes: Array(text.utf8))])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "no Interval Count column: each row's count read from its current period where that "
            + "spans whole intervals, else 1)")
      })
    #expect(c.log.notes.contains { $0.contains("before discounts") })
  }

  /// Without an Interval Count column the row's current period gives the count (trial 41,
  /// T41-7): cus_q 3,000 on `month` with a period 2025-04-10 → 2025-07-10 bills every 3 months,
  /// 1,000 a month; cus_b 48,000 on `year` over 2024-07-01 → 2026-07-01 every 2 years, 2,000 a
  /// month; cus_m 500 on `month` over one month stays 500; cus_o's period of 45 days is no whole
  /// interval, so its count stays 1 (800 a month).
  @Test func aMissingIntervalCountIsReadFromTheCurrentPeriod() throws {
    let text = """
      Customer ID,Status,Amount,Interval,Start Date (UTC),Current Period Start (UTC),Current Period End (UTC)
      cus_q,active,3000,month,2025-01-10,2025-04-10,2025-07-10
      cus_b,active,48000,year,2024-07-01,2024-07-01,2026-07-01
      cus_m,active,500,month,2025-01-01,2025-06-01,2025-07-01
      cus_o,active,800,month,2025-01-01,2025-05-20,2025-07-04
      """
    let c = try Importer.read([Importer.SourceFile(name: "s.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("cus_q").last == 100_000)
    #expect(c.mrrRow("cus_b").last == 200_000)
    #expect(c.mrrRow("cus_m").last == 50_000)
    #expect(c.mrrRow("cus_o").last == 80_000)
    #expect(
      c.log.notes.contains {
        $0.contains("; 2 subscriptions bill every several months or years by it)")
      })
  }

  @Test func badCellsAndCurrenciesAreErrors() {
    let bad = #expect(throws: ARRQualityError.self) {
      try read([
        "s1,cus_1,A,sleeping,10,usd,month,1,1,2025-01-01,2025-01-01,2025-02-01,,,false,,,",
        "s2,cus_2,B,active,10,usd,fortnight,1,1,2025-01-01,2025-01-01,2025-02-01,,,false,,,",
      ])
    }
    let problems = bad?.problems.map(\.description) ?? []
    #expect(
      problems.first?.hasPrefix("subs.csv:2:4: status \"sleeping\" is not a Stripe status") == true)
    #expect(problems.last?.hasPrefix("subs.csv:3:7: interval \"fortnight\"") == true)
    let currencies = #expect(throws: ARRQualityError.self) {
      try read([
        "s1,cus_1,A,active,10,usd,month,1,1,2025-01-01,2025-01-01,2025-02-01,,,false,,,",
        "s2,cus_2,B,active,10,eur,month,1,1,2025-01-01,2025-01-01,2025-02-01,,,false,,,",
      ])
    }
    #expect(currencies?.message.contains("USD (line 2), EUR (line 3)") == true)
  }

  @Test func subscriptionsJoinInvoiceLinesOnCustomerID() throws {
    let lines = """
      Line Item ID,Customer ID,Invoice Created (UTC),Amount,Period Start (UTC),Period End (UTC),Proration
      il_1,cus_1,2025-01-01 00:00,100.00,2025-01-01 00:00,2025-02-01 00:00,false
      il_2,cus_1,2025-02-01 00:00,150.00,2025-02-01 00:00,2025-03-01 00:00,false
      il_3,cus_2,2025-02-01 00:00,70.00,2025-02-01 00:00,2025-03-01 00:00,false
      """
    let c = try read(
      [
        "s1,cus_1,One,active,150,usd,month,1,1,2025-01-01,2025-02-01,2025-03-01,,2025-02-20,true,,smb,",
        "s2,cus_2,Two,past_due,70,usd,month,1,1,2025-02-01,2025-02-01,2025-03-01,,,false,,ent,",
        "s3,cus_3,Three,trialing,70,usd,month,1,1,2025-02-10,2025-02-10,2025-03-10,2025-03-10,,false,,,",
        "s4,cus_4,Four,canceled,70,usd,month,1,1,2024-02-01,2024-02-01,2024-03-01,,,false,2024-03-01,,",
      ], files: [Importer.SourceFile(name: "lines.csv", bytes: Array(lines.utf8))])
    // History from the lines (an expansion the subscriptions export cannot show).
    #expect(c.mrrRow("cus_1") == [10_000, 15_000])
    #expect(c.accounts[0].name == "One")
    // Cancel at period end: it leaves at the period's end (review 13, F13).
    #expect(c.accounts[0].cancelDate == CivilDate("2025-03-01"))
    #expect(c.accounts[0].billingCadence == .monthly)
    #expect(!c.accounts[0].inferred.contains(.billingCadence))
    #expect(c.accounts[1].isPastDue == true)
    #expect(c.accounts[2].id == "cus_3")
    #expect(c.accounts[2].trialStatus == .active)
    let subs = c.log.files[0]
    #expect(subs.rowsRead == 4)
    #expect(subs.rowsUsed == 3)
    #expect(subs.skipped[.notJoined] == 1)
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Subscriptions in one currency and invoice lines in another: the amounts come from the lines
  /// (their currency is the company's), and the mismatch is a finding naming both files; in the
  /// same currency, or with no currency column, there is no such finding.
  @Test(arguments: [("eur", "usd", true), ("usd", "usd", false), ("", "usd", false)])
  func subscriptionsInAnotherCurrencyThanTheLinesAreFlagged(
    lineCurrency: String, subscriptionCurrency: String, isFlagged: Bool
  ) throws {
    let lines = """
      Line Item ID,Customer ID,Invoice Created (UTC),Amount,Currency,Period Start (UTC),Period End (UTC)
      il_1,cus_1,2025-01-01 00:00,100.00,\(lineCurrency),2025-01-01 00:00,2025-02-01 00:00
      il_2,cus_1,2025-02-01 00:00,100.00,\(lineCurrency),2025-02-01 00:00,2025-03-01 00:00
      """
    let c = try read(
      [
        "s1,cus_1,One,active,100,\(subscriptionCurrency),month,1,1,2025-01-01,2025-02-01,2025-03-01,,,false,,smb,"
      ], files: [Importer.SourceFile(name: "lines.csv", bytes: Array(lines.utf8))])
    #expect(c.mrrRow("cus_1") == [10_000, 10_000])
    let finding = c.log.findings.first { $0.contains("same Stripe account") }
    #expect((finding != nil) == isFlagged)
    if isFlagged {
      #expect(finding?.contains("subs.csv is in USD but lines.csv is in EUR") == true)
      #expect(c.log.currency == "EUR")
    }
  }

  @Test func theFirstAliasWinsWhateverTheColumnOrder() throws {
    let text = """
      Created (UTC),Customer ID,Status,Amount,Interval,Start Date (UTC),Current Period Start (UTC)
      2024-12-20 10:00,cus_1,active,50,month,2025-01-01 00:00,2025-02-01 00:00
      """
    let c = try Importer.read([Importer.SourceFile(name: "s.csv", bytes: Array(text.utf8))])
    #expect(c.accounts[0].startDate == CivilDate("2025-01-01"))
    #expect(c.log.files[0].ignoredColumns == ["Created (UTC)"])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
  }
}
