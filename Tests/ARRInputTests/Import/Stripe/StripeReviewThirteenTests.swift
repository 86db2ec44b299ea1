import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 13's Stripe and subscriptions-table findings (F25, F16, F44, F21, F13, F39, F31, F26,
/// F20, F18, F28, F34), each recreated small and computed by hand.
@Suite struct StripeReviewThirteenTests {
  static let subsHeader =
    "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Start Date (UTC),"
    + "Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),Ended At (UTC)\n"
  static let linesHeader =
    "Line Item ID,Invoice ID,Customer ID,Invoice Created (UTC),Description,Amount,Currency,"
    + "Period Start (UTC),Period End (UTC),Proration,Type\n"

  /// cus_B's monthly lines, July to December 2024.
  static let lines = (7...12).map { m in
    let from = String(format: "2024-%02d-01 00:00", m)
    let to = m == 12 ? "2025-01-01 00:00" : String(format: "2024-%02d-01 00:00", m + 1)
    return "il_\(m),in_\(m),cus_B,\(from),Pro,100.00,usd,\(from),\(to),false,subscription"
  }.joined(separator: "\n")

  func read(subs: [String], lines: String = Self.lines) throws -> ImportedCompany {
    try ImportFixtures.read([
      ("subs.csv", Self.subsHeader + subs.joined(separator: "\n")),
      ("lines.csv", Self.linesHeader + lines),
    ])
  }

  /// F25: cus_A pays 120,000 a year for the period 2024-04-01 → 2025-04-01, invoiced in April,
  /// before the lines export (July on). It is live: 120,000 ÷ 12 = 10,000.00 a month in every
  /// month of the window. cus_D is active but its current period began in November, inside the
  /// lines' window, with no line: contradictory, still not joined. cus_C ended in 2023.
  @Test func aLiveSubscriptionInvoicedBeforeTheLinesIsReadFromItsPrice() throws {
    let c = try read(subs: [
      "sub_1,cus_A,Alpha,active,120000.00,usd,year,2023-04-01 00:00,2024-04-01 00:00,2025-04-01 00:00,,",
      "sub_2,cus_B,Beta,active,100.00,usd,month,2024-01-01 00:00,2024-12-01 00:00,2025-01-01 00:00,,",
      "sub_3,cus_C,Gamma,canceled,50.00,usd,month,2023-01-01 00:00,2023-05-01 00:00,2023-06-01 00:00,2023-05-10 00:00,2023-06-01 00:00",
      "sub_4,cus_D,Delta,active,70.00,usd,month,2024-11-01 00:00,2024-11-01 00:00,2024-12-01 00:00,,",
    ])
    #expect(c.firstMonth == Month(year: 2024, month: 7))
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("cus_A") == [Int64](repeating: 1_000_000, count: 6))
    #expect(c.mrrRow("cus_B") == [Int64](repeating: 10_000, count: 6))
    #expect(!c.accounts.contains { $0.id == "cus_C" || $0.id == "cus_D" })
    // The as-of MRR: 10,000 + 100 = 10,100.00.
    let asOf = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(asOf == 1_010_000)
    let finding = c.log.findings.first { $0.contains("live subscription") }
    #expect(finding?.contains("1 live subscription has no line in lines.csv") == true)
    #expect(finding?.contains("\"cus_A\" on line 2") == true)
    #expect(finding?.contains("of MRR in 2024-12") == true)
    let subs = c.log.files[0]
    #expect(subs.rowsUsed == 2)
    #expect(subs.skipped[.notJoined] == 2)
    #expect(subs.skipped[.badRow] == nil)
    #expect(try c.checkedTieOut().isBalanced)
    // F28: the importer's own decision is no `--lenient` skip in the report.
    let quality = try c.company(name: "t").company.dataQuality
    #expect(quality.skippedCount == 0)
  }

  func table(
    _ name: String, _ text: String, options: ImportOptions = ImportOptions()
  ) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: options)
  }

  /// F16: a subscriptions table and a monthly table dumped from Stripe's API (`cus_…` ids,
  /// `4900`): read as major units, as the rule says, but a finding says they may be cents
  /// (49 + 99 = 148.00 a month, not 14,800.00); `--amounts cents` reads 49.00 and drops it; a
  /// table of plain ids says nothing (whole-dollar prices are common).
  @Test func stripeIdsWithWholeAmountsAreAFinding() throws {
    let subs = """
      customer_id,subscription_id,start_date,end_date,mrr,currency
      cus_Nff,sub_1Mow,2024-01-03,,4900,usd
      cus_Ng2,sub_1Mox,2024-02-11,,9900,usd
      """
    let c = try table("subs.csv", subs)
    #expect(c.mrrRow("cus_Nff").last == 490_000)
    let finding = c.log.findings.first { $0.contains("whole number") }
    #expect(
      finding?.hasPrefix(
        "subs.csv: every amount in \"mrr\" is a whole number (2 amounts, e.g. \"4900\" on line 2)"
      ) == true)
    #expect(finding?.contains("Pass --amounts cents") == true)
    let cents = try table("subs.csv", subs, options: ImportOptions(amounts: .cents))
    #expect(cents.mrrRow("cus_Nff").last == 4_900)
    #expect(cents.mrrRow("cus_Ng2").last == 9_900)
    #expect(!cents.log.findings.contains { $0.contains("whole number") })
    let plain = try table("subs.csv", subs.replacingOccurrences(of: "cus_", with: "c"))
    #expect(!plain.log.findings.contains { $0.contains("whole number") })

    let monthly = """
      customer_id,month,mrr
      cus_Nff,2024-01,4900
      cus_Nff,2024-02,4900
      cus_Ng2,2024-02,9900
      """
    let m = try table("monthly.csv", monthly)
    #expect(m.mrrRow("cus_Ng2") == [0, 990_000])
    #expect(
      m.log.findings.contains {
        $0.hasPrefix("monthly.csv: every amount in \"mrr\" is a whole number (3 amounts")
      })
    // A decimal anywhere says major units: no finding.
    let dollars = try table("monthly.csv", monthly.replacingOccurrences(of: "9900", with: "99.50"))
    #expect(!dollars.log.findings.contains { $0.contains("whole number") })
  }

  /// F44: a list calls Acme in trial (end 2024-02-15) and cancelled 2024-02-10 while the cube
  /// bills it 1,000 a month through June: both facts kept (given), each a finding with the ARR
  /// at stake, 12 × 1,000.00 = 12,000.00. Beta's trial ended in the as-of month: no finding.
  @Test func aStaleTrialOrCancelDateOnAPayingAccountIsAFinding() throws {
    let cube = """
      Customer,Jan-24,Feb-24,Mar-24,Apr-24,May-24,Jun-24
      Acme,1000,1000,1000,1000,1000,1000
      Beta,200,200,200,200,200,200
      Gamma,300,300,0,0,0,0
      """
    let list = """
      customer,trial status,trial end,cancel date
      Acme,Trialing,2024-02-15,2024-02-10
      Beta,Trialing,2024-06-10,
      Gamma,,,2024-02-20
      """
    let c = try ImportFixtures.read([("cube.csv", cube), ("list.csv", list)])
    let acme = c.accounts.first { $0.id == "Acme" }!
    #expect(acme.trialStatus == .active)
    #expect(acme.cancelDate == CivilDate("2024-02-10"))
    let trial = c.log.findings.filter { $0.contains("given as in trial") }
    #expect(trial.count == 1)
    #expect(
      trial.first?.hasPrefix("1 account given as in trial (active or expired) has a trial") == true)
    #expect(trial.first?.contains("\"Acme\": trial active, trial end 2024-02-15") == true)
    #expect(trial.first?.contains("$12,000.00 of ARR is left out of recurring ARR") == true)
    // Gamma stopped paying after its cancel date: no contradiction.
    let cancel = c.log.findings.filter { $0.contains("given a cancel date") }
    #expect(cancel.count == 1)
    #expect(
      cancel.first?.hasPrefix("1 account given a cancel date before 2024-05 still bills") == true)
    #expect(cancel.first?.contains("cancelled 2024-02-10, MRR $1,000.00 in 2024-06") == true)
  }

  /// F21: `active` rows whose end is their current period's end. Starts up to 2024-06; the
  /// ends A, B, C give are renewals (the status says they run), so they do not move the as-of
  /// month past every start: as-of 2024-06, MRR 100 + 200 + 300 = 600.00 (D ended in May), and
  /// no account has given notice.
  @Test func anActiveRowsEndIsItsRenewalNotNotice() throws {
    let c = try table(
      "subs.csv",
      """
      customer_id,status,start_date,end_date,mrr
      A,active,2023-11-14,2024-07-14,100
      B,active,2024-02-03,2024-07-03,200
      C,active,2024-06-10,2024-07-10,300
      D,canceled,2024-01-05,2024-05-05,50
      """)
    #expect(c.asOf == Month(year: 2024, month: 6))
    let asOf = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(asOf == 60_000)
    for id in ["A", "B", "C"] {
      #expect(c.accounts.first { $0.id == id }!.cancelDate == nil)
    }
    let finding = c.log.findings.first { $0.contains("the next renewal") }
    #expect(
      finding?.hasPrefix("subs.csv: 3 customers' last subscription end after the 1st of 2024-06")
        == true)
    #expect(finding?.contains("\"A\" on line 2, end 2024-07-14") == true)
    // 12 × (100 + 200 + 300) = 7,200.00 at stake.
    #expect(finding?.contains("$7,200.00 of ARR leaves") == true)
    // Without a status the end is still notice given (the rule before).
    let bare = try table(
      "subs.csv",
      """
      customer_id,start_date,end_date,mrr
      A,2023-11-14,2024-07-14,100
      C,2024-06-10,,300
      """)
    // As of the latest start (an end after every start no longer decides; session 16).
    #expect(bare.asOf == Month(year: 2024, month: 6))
    #expect(bare.accounts.first { $0.id == "A" }!.cancelDate == CivilDate("2024-07-14"))
  }

  /// F13: active, yearly 1,200, period 2024-09-01 → 2025-09-01, `Cancel At Period End` true,
  /// `Canceled At` 2024-10-03 (the request): it leaves at the period's end, 2025-09-01, the same
  /// date as without the `Canceled At` column; a canceled one leaves when it ended, its `Ended
  /// At` (session 48, trial 44, T44-4: it kept its `Canceled At`, the request's time).
  @Test func cancelAtPeriodEndWinsOverTheRequestTime() throws {
    let header =
      "id,Customer ID,Status,Amount,Interval,Start Date (UTC),Current Period Start (UTC),"
      + "Current Period End (UTC),Cancel At Period End,Canceled At (UTC),Ended At (UTC)\n"
    let rows = """
      sub_1,cus_A,active,1200.00,year,2023-09-01 00:00,2024-09-01 00:00,2025-09-01 00:00,true,2024-10-03 12:00,
      sub_2,cus_B,canceled,100.00,month,2024-01-01 00:00,2024-09-01 00:00,2024-10-01 00:00,false,2024-09-20 00:00,2024-10-01 00:00
      sub_3,cus_C,active,100.00,month,2024-01-01 00:00,2024-10-01 00:00,2024-11-01 00:00,false,,
      """
    let c = try table("subs.csv", header + rows)
    #expect(c.accounts.first { $0.id == "cus_A" }!.cancelDate == CivilDate("2025-09-01"))
    #expect(c.accounts.first { $0.id == "cus_B" }!.cancelDate == CivilDate("2024-10-01"))
    #expect(c.mrrRow("cus_A").last == 10_000)
  }

  /// F39: B `paused` 200, D `on_hold` 400: a paused subscription pays nothing while paused, so
  /// neither is billed in the as-of month, 2024-02 (B is billed by its dates in January, the
  /// table giving no pause date): headline MRR 100 + 300 = 400.00, the range's high end with
  /// them resuming, 1,000.00 (session 28, t28a lane; before, billed at full price in the
  /// headline, the low end without them); C `past_due` is past due; E's `new` is a status not
  /// read, in a note.
  @Test func pausedRowsArePricedAndPastDueIsFlagged() throws {
    let c = try table(
      "subs.csv",
      """
      customer_id,status,start_date,end_date,mrr
      A,active,2024-01-01,,100
      B,paused,2024-01-01,,200
      C,past_due,2024-01-01,,300
      D,on_hold,2024-02-01,,400
      E,new,2024-02-01,,0
      """)
    #expect(c.asOf == Month(year: 2024, month: 2))
    func account(_ id: String) -> ImportedAccount { c.accounts.first { $0.id == id }! }
    #expect(c.mrrRow("B") == [20_000, 0])
    #expect(c.mrrRow("D") == [0, 0])
    #expect(account("B").ambiguousMRR?.low == 0)
    #expect(account("B").ambiguousMRR?.high == 20_000)
    #expect(account("D").ambiguousMRR?.low == 0)
    #expect(account("D").ambiguousMRR?.high == 40_000)
    #expect(account("A").ambiguousMRR == nil)
    #expect(account("C").isPastDue == true)
    #expect(account("A").isPastDue != true)
    let finding = c.log.findings.first { $0.contains("is paused") }
    #expect(finding?.hasPrefix("subs.csv: 2 rows say the subscription is paused") == true)
    // 12 × (200 + 400) = 7,200.00.
    #expect(finding?.contains("not billed in 2024-02 and not in headline ARR") == true)
    #expect(finding?.contains("if they resume, headline ARR is $7,200.00 higher") == true)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("subs.csv: 1 row has a status the reader does not read (\"new\" on line 6)")
      })
  }

  /// F31: a Stripe subscription with a blank Amount (metered) is read as 0, with a finding.
  @Test func aBlankStripeAmountIsAFinding() throws {
    let c = try table(
      "subs.csv",
      Self.subsHeader
        + """
        sub_1,cus_A,A,active,,usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,
        sub_2,cus_B,B,active,100.00,usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,
        """)
    #expect(c.mrrRow("cus_B").last == 10_000)
    let finding = c.log.findings.first { $0.contains("no monthly Amount") }
    #expect(
      finding?.hasPrefix("subs.csv: 1 subscription has no monthly Amount (\"cus_A\" on line 2")
        == true)
  }

  /// Trial 34, T34-14: a price per unit (`0.002`, `0.0015`: a metered price per token) is an
  /// unknown amount like a blank one, read as 0 with the same finding; it was refused with the
  /// advice to round to the cent, which read those customers as $0 with no word. B's 100.00 a
  /// month is read; `12.345` (a whole unit and more) is still refused as not a whole cent.
  @Test(arguments: ["0.002", "0.0015", "$0.0025"])
  func aPricePerUnitIsAnUnknownAmount(price: String) throws {
    let c = try table(
      "subs.csv",
      Self.subsHeader
        + """
        sub_1,cus_A,A,active,\(price),usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,
        sub_2,cus_B,B,active,100.00,usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,
        """)
    #expect(c.mrrRow("cus_B").last == 10_000)
    #expect(
      c.log.findings.contains { $0.hasPrefix("subs.csv: 1 subscription has no monthly Amount") })
    #expect(throws: (any Error).self) {
      try table(
        "subs.csv",
        Self.subsHeader
          + """
          sub_1,cus_A,A,active,12.345,usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,
          """)
    }
  }

  /// F26: export 1 has A open (100) and B; export 2 (below a repeated header) has A ended
  /// 2024-05-15, B again, and C new. A is read from its later row: 100 January to May, none
  /// after; as of 2024-08 MRR is B 200 + C 300 = 500.00.
  @Test func aRePulledRowNowEndedReplacesTheOpenOne() throws {
    let text = """
      customer_id,status,start_date,end_date,mrr
      A,active,2024-01-01,,100
      B,active,2024-01-01,,200
      customer_id,status,start_date,end_date,mrr
      A,canceled,2024-01-01,2024-05-15,100
      B,active,2024-01-01,,200
      C,active,2024-03-01,,300
      """
    let c = try table("subs.csv", text, options: ImportOptions(asOf: Month(year: 2024, month: 8)))
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 10_000, 10_000, 0, 0, 0])
    let asOf = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(asOf == 50_000)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("subs.csv: 1 row restates below a repeated header")
          && $0.contains("line 5 restates line 2")
      })
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.rowsSkipped)
    #expect(f.skipped[.repeatedLine] == 2)
  }

  /// F20: a `trial` column of lengths in days (14, 1, 0, 30) is no flag: every row pays from its
  /// start, MRR 100 + 200 + 300 + 400 = 1,000.00, with a note; a yes/no column is still read.
  @Test func aTrialColumnOfLengthsIsNotAFlag() throws {
    let c = try table(
      "subs.csv",
      """
      customer_id,start_date,end_date,monthly_fee,trial
      A,2024-01-01,,100,14
      B,2024-01-01,,200,1
      C,2024-01-01,,300,0
      D,2024-03-01,,400,30
      """)
    let asOf = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(asOf == 100_000)
    #expect(c.accounts.first { $0.id == "B" }!.trialStatus == .none)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("subs.csv: column \"trial\" is not read as a trial flag: \"14\" on line 2")
      })
    let flags = try table(
      "subs.csv",
      """
      customer_id,start_date,end_date,monthly_fee,trial
      A,2024-01-01,,100,no
      B,2024-01-01,,200,yes
      """)
    #expect(flags.mrrRow("B") == [0])
  }

  /// F18: annual plans with period starts up to 2024-07 and cus_C canceled, ended 2024-11-15:
  /// the export is no older than November, so as-of is 2024-11 (not July), with a note saying
  /// how the month was chosen. cus_C bills November, the month its end falls in (the rule for
  /// every end after a month's 1st): MRR 1,000 + 2,000 + 500 = 3,500.00, and its cancellation
  /// is inside the window.
  @Test func theExportIsNoOlderThanItsLatestEnd() throws {
    let c = try table(
      "subs.csv",
      Self.subsHeader
        + """
        sub_1,cus_A,A,active,12000.00,usd,year,2023-03-01 00:00,2024-03-01 00:00,2025-03-01 00:00,,
        sub_2,cus_B,B,active,24000.00,usd,year,2022-07-01 00:00,2024-07-01 00:00,2025-07-01 00:00,,
        sub_3,cus_C,C,canceled,6000.00,usd,year,2023-01-01 00:00,2024-01-01 00:00,2025-01-01 00:00,2024-11-15 00:00,2024-11-15 00:00
        """)
    #expect(c.asOf == Month(year: 2024, month: 11))
    let asOf = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(asOf == 350_000)
    #expect(c.accounts.first { $0.id == "cus_C" }!.cancelDate == CivilDate("2024-11-15"))
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "subs.csv: the as-of month is 2024-11, that of the latest Ended At or Canceled At (line 4)"
        )
      })
  }

  /// F34: D's `monthly_amount` 30 with `quantity` 5: an amount, read as written (30.00), the
  /// per-unit reading (5 × 30 = 150.00) the high end: as-of MRR 100 + 30 = 130.00, or 250.00;
  /// ARR 1,440.00 higher. (A price whose name cannot tell, `monthly_fee`, is multiplied since
  /// session 28: `SubscriptionSeatsTests`.)
  @Test func aQuantityAboveOneIsPricedAsARange() throws {
    let c = try table(
      "subs.csv",
      """
      customer_id,start_date,end_date,monthly_amount,quantity
      A,2024-01-01,,100,1
      D,2024-02-01,,30,5
      """)
    #expect(c.mrrRow("D") == [0, 3_000])
    let d = c.accounts.first { $0.id == "D" }!
    #expect(d.ambiguousMRR?.low == 3_000)
    #expect(d.ambiguousMRR?.high == 15_000)
    #expect(c.accounts.first { $0.id == "A" }!.ambiguousMRR == nil)
    let finding = c.log.findings.first { $0.contains("quantity above 1") }
    #expect(
      finding?.hasPrefix("subs.csv: 1 row has a quantity above 1 (5 on line 3, \"D\")") == true)
    #expect(finding?.contains("MRR in 2024-02 is $130.00") == true)
    #expect(finding?.contains("MRR is $250.00 and ARR $1,440.00 higher") == true)
  }
}
