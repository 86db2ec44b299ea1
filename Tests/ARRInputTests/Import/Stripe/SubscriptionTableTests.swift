import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A subscriptions table, one row per subscription spell (Kaggle's subscription tables,
/// billing systems' reports): each spell bills its monthly price from its start's month through
/// the month before its end, the end's month too when it ends after the 1st
/// (`docs/import.md`, "Subscriptions table").
@Suite struct SubscriptionTableTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: options)
  }

  /// Zuora's rate plan charges, as Fivetran copies them (thirteenth session's trial:
  /// fivetran/dbt_zuora's `rate_plan_charge_data.csv` was refused, "no column is a start"): an
  /// `mrr` per charge between `effective_start_date` and `effective_end_date`. Acme's platform
  /// charge of 100.00 from January and its seats charge of 50.00 from February add up; Beta's
  /// charge is deleted in Zuora (`_fivetran_deleted` TRUE) and no account. March: 150.00.
  @Test func zuoraRatePlanChargesAreSubscriptions() throws {
    let c = try read(
      """
      id,_fivetran_deleted,account_id,name,effective_start_date,effective_end_date,mrr
      c1,FALSE,acme,Platform,2024-01-01,2025-01-01,100.00
      c2,FALSE,acme,Seats,2024-02-01,2025-01-01,50.00
      c3,TRUE,beta,Platform,2024-01-01,2025-01-01,200.00
      """, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.accounts.map(\.id) == ["acme"])
    #expect(c.mrrRow("acme") == [10_000, 15_000, 15_000])
  }

  static let spells = """
    customer_id,plan,start_date,end_date,monthly_fee
    A,Basic,2024-01-15,2024-03-01,29.00
    A,Pro,2024-03-01,,99.00
    B,Basic,2024-01-01,2024-03-01,29.00
    C,Team,2024-02-10,2024-04-20,"1,200.00"
    """

  /// As of 2024-04 (given: C's end, 2024-04-20, after every start, no longer decides it; session
  /// 16, import2 lane), the months are 2024-01 … 2024-04.
  /// A: Basic Jan–Feb (ends on Mar 1st), Pro from Mar: 29, 29, 99, 99.
  /// B: Jan–Feb: 29, 29, 0, 0. C: Feb–Apr (ends Apr 20th, after the 1st): 0, 1200, 1200, 1200.
  @Test func spellsBillFromTheirStartThroughTheMonthBeforeTheirEnd() throws {
    let c = try read(Self.spells, options: ImportOptions(asOf: Month(year: 2024, month: 4)))
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("A") == [2_900, 2_900, 9_900, 9_900])
    #expect(c.mrrRow("B") == [2_900, 2_900, 0, 0])
    #expect(c.mrrRow("C") == [0, 120_000, 120_000, 120_000])
    // Rows read = used + skipped: 4 = 4 + 0.
    #expect(c.log.files[0].rowsRead == 4)
    #expect(c.log.files[0].rowsUsed == 4)
    // The customer's start is its first spell's, not its current one's.
    let a = try #require(c.accounts.first { $0.id == "A" })
    #expect(a.startDate == CivilDate(year: 2024, month: 1, day: 15))
    // Nothing said the terms: unknown, never monthly.
    #expect(a.contractType == nil)
    #expect(a.billingCadence == nil)
  }

  /// `--as-of 2024-02`: months after it are not read. A and B 29 each, C 1,200.
  @Test func asOfCutsTheWindow() throws {
    let c = try read(Self.spells, options: ImportOptions(asOf: Month(year: 2024, month: 2)))
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.mrrRow("C") == [0, 120_000])
    #expect(!c.log.notes.contains { $0.contains("gives no export date") })
  }

  /// An annual price column is ÷ 12, rounded half away from zero to the cent: 1,200 → 100.00,
  /// 1,000 → 83.33 (83.333…). Contract and billing columns are facts, read by keyword.
  @Test func annualPricesAndTermColumns() throws {
    let text = """
      customer,start,end,annual_fee,billing_cycle,contract
      X,2024-01-01,,1200,Annual,Annual contract
      Y,2024-01-01,,1000,Monthly,
      """
    let c = try read(text)
    #expect(c.mrrRow("X") == [10_000])
    #expect(c.mrrRow("Y") == [8_333])
    let x = try #require(c.accounts.first { $0.id == "X" })
    #expect(x.billingCadence == .annual)
    #expect(x.contractType == .annual)
    #expect(c.log.files[0].valuesReason.contains("annual prices ÷ 12"))
  }

  /// An end before the start and a blank price are problems at their cells; with `--lenient`
  /// the rows are skipped and counted: read 3 = used 1 + skipped 2.
  @Test func badRowsAreProblemsAtTheirCells() throws {
    let text = """
      customer_id,start_date,end_date,mrr
      A,2024-03-01,2024-01-01,10
      B,2024-01-01,,
      C,2024-01-01,,10
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.problems.map(\.line) == [2, 3])
    #expect(error.problems.map(\.column) == [3, 4])
    #expect(error.problems[0].message.contains("before it starts"))
    #expect(error.problems[1].message.contains("no price"))
    let c = try read(text, options: ImportOptions(isLenient: true))
    #expect(c.log.files[0].rowsRead == 3)
    #expect(c.log.files[0].rowsUsed == 1)
    #expect(c.log.files[0].skipped[.badRow] == 2)
  }

  /// A database writes `NULL` for a subscription still running, pandas `NaN`: no end, said in
  /// a note. A runs Jan–Mar (as-of 2024-03, given: B's end after every start no longer decides
  /// it, session 16): 10 a month; B ends Mar 1st: Jan, Feb.
  @Test func nullEndsAreStillRunning() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      A,2024-01-01,NULL,10
      B,2024-01-01,2024-03-01,10
      C,2024-02-01,NaN,5
      """
    let c = try read(text, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    #expect(c.mrrRow("A") == [1_000, 1_000, 1_000])
    #expect(c.mrrRow("B") == [1_000, 1_000, 0])
    #expect(c.mrrRow("C") == [0, 500, 500])
    #expect(
      c.log.notes.contains { $0.contains("2 end cells say no value (\"NULL\" on line 2") })
  }

  /// A row equal cell for cell to an earlier one is counted (two subscriptions of one
  /// customer) and said in a finding: duplicated rows would double every month. A: 10 + 10.
  @Test func repeatedRowsAreAFinding() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      A,2024-01-01,,10
      B,2024-01-01,,5
      A,2024-01-01,,10
      """
    let c = try read(text)
    #expect(c.mrrRow("A") == [2_000])
    #expect(
      c.log.findings.contains {
        $0.contains("1 row repeats an earlier row cell for cell (line 4 repeats line 2)")
      })
  }

  /// Trial rows (`is_trial` true, as RavenStack's subscriptions table writes them, with
  /// `mrr_amount`) bill nothing. T trialled in January and pays 50 from February: converted.
  /// U trialled in January and left: expired. V is in trial now. As-of 2024-03 (V's start);
  /// the months start at the first paid one, 2024-02 (as for Stripe's export).
  @Test func trialRowsBillNothing() throws {
    let text = """
      subscription_id,account_id,start_date,end_date,mrr_amount,is_trial
      S1,T,2024-01-01,2024-02-01,50,True
      S2,T,2024-02-01,,50,False
      S3,U,2024-01-01,2024-02-01,50,True
      S4,V,2024-03-01,,50,True
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.firstMonth == Month(year: 2024, month: 2))
    #expect(c.mrrRow("T") == [5_000, 5_000])
    #expect(c.mrrRow("U") == [0, 0])
    #expect(c.mrrRow("V") == [0, 0])
    let t = try #require(c.accounts.first { $0.id == "T" })
    #expect(t.trialStatus == .converted)
    #expect(t.trialEndDate == CivilDate(year: 2024, month: 2, day: 1))
    #expect(c.accounts.first { $0.id == "U" }?.trialStatus == .expired)
    #expect(c.accounts.first { $0.id == "V" }?.trialStatus == .active)
    #expect(c.log.notes.contains { $0.contains("3 trial rows (\"is_trial\" true) bill nothing") })
  }

  /// One trial row: the note's noun and verb agree ("1 trial row … bills nothing").
  @Test func oneTrialRowsNoteIsSingular() throws {
    let c = try read(
      """
      customer_id,start_date,end_date,monthly_fee,is_trial
      A,2024-01-01,,100,False
      B,2024-02-01,,50,True
      """)
    #expect(c.mrrRow("B") == [0, 0])
    #expect(c.log.notes.contains { $0.contains("1 trial row (\"is_trial\" true) bills nothing") })
  }

  /// A status saying trial marks a trial row as a trial flag does (eleventh session's trial:
  /// bluelion1999/SaaS_subscription_analytics_dbt's public `raw_subscriptions.csv`, status
  /// `trial` beside `mrr_amount`, billed its 17 trials at list price). As-of 2024-02 (the latest
  /// start). A pays 100 from January. B is in trial (`trial`): nothing billed, trial active. C
  /// trialled in January (`trialing`, ended 2024-02-01) and pays 30 from February: converted.
  @Test func trialStatusMarksTrialRows() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,status
      A,2024-01-01,,100,active
      B,2024-02-01,,50,trial
      C,2024-01-01,2024-02-01,30,Trialing
      C,2024-02-01,,30,active
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.mrrRow("B") == [0, 0])
    #expect(c.mrrRow("C") == [0, 3_000])
    #expect(c.accounts.first { $0.id == "B" }?.trialStatus == .active)
    let t = try #require(c.accounts.first { $0.id == "C" })
    #expect(t.trialStatus == .converted)
    #expect(t.trialEndDate == CivilDate(year: 2024, month: 2, day: 1))
    #expect(
      c.log.notes.contains {
        $0.contains("2 trial rows (\"status\" a trial status) bill nothing")
      })
  }

  /// A contract table of total contract values over terms (TCV; as birchpoplar/saasops writes
  /// `CustomerID,TermStartDate,TermEndDate,TotalValue`): each value ÷ the months its term bills.
  /// C1 12,000 for 2024 → 1,000 a month; C2 48,000 from 2024-03-01 to 2026-02-28 (24 months) →
  /// 2,000; C3 6,000 from 2024-06-01 to 2025-05-31 → 500. As-of 2024-06, the latest start (the
  /// ends are scheduled). Renamed "mrr", as the hint used to ask, C2 read 48,000 a month. A
  /// value without an end cannot be spread: a problem at the row.
  @Test func totalContractValuesAreSpreadOverTheirTerms() throws {
    let c = try read(
      """
      CustomerID,TermStartDate,TermEndDate,TotalValue
      C1,2024-01-01,2024-12-31,12000
      C2,2024-03-01,2026-02-28,48000
      C3,2024-06-01,2025-05-31,6000
      """)
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("C1") == Array(repeating: 100_000, count: 6))
    #expect(c.mrrRow("C2") == [0, 0, 200_000, 200_000, 200_000, 200_000])
    #expect(c.mrrRow("C3") == [0, 0, 0, 0, 0, 50_000])
    #expect(c.log.files[0].valuesReason.contains("total contract values"))
    let error = try #require(throws: ARRQualityError.self) {
      try read("customer_id,start_date,end_date,tcv\nC1,2024-01-01,,12000")
    }
    #expect(
      error.problems.first?.message.hasPrefix(
        "a total contract value (\"12000\" under \"tcv\") needs its term's end") == true)
    // An end before its start is that problem alone (saasops' third contract ends a year early).
    let early = try #require(throws: ARRQualityError.self) {
      try read("customer_id,start_date,end_date,tcv\nC1,2024-06-01,2023-05-28,12000")
    }
    #expect(
      early.problems.map(\.message) == ["ends \"2023-05-28\" before it starts (\"2024-06-01\")"])
  }

  /// An annual contract value (`acv`) is an annual price: ÷ 12.
  @Test func anAnnualContractValueIsAnAnnualPrice() throws {
    let c = try read("customer_id,start_date,acv\nA,2024-01-01,12000\nB,2024-02-01,6000")
    #expect(c.mrrRow("A") == [100_000, 100_000])
    #expect(c.mrrRow("B") == [0, 50_000])
  }

  /// A price per billing cycle beside a billing cycle column: ÷ the cycle's months. A 1,200.00
  /// a year → 100.00; B 30.00 a month; C 300.00 a quarter → 100.00. The cycle is a fact.
  @Test func pricesPerBillingCycle() throws {
    let text = """
      customer_id,plan,price,billing_cycle,start_date,end_date
      A,Pro,1200.00,Annual,2024-01-01,
      B,Basic,30.00,Monthly,2024-01-01,
      C,Team,300.00,Quarterly,2024-01-01,
      """
    let c = try read(text)
    #expect(c.mrrRow("A") == [10_000])
    #expect(c.mrrRow("B") == [3_000])
    #expect(c.mrrRow("C") == [10_000])
    #expect(c.accounts.map(\.billingCadence) == [.annual, .monthly, .quarterly])
    let error = try #require(throws: ARRQualityError.self) {
      try read(text.replacingOccurrences(of: "Quarterly", with: "Upfront"))
    }
    #expect(error.problems.map(\.column) == [4])
    #expect(error.problems[0].message.contains("billing cycle \"Upfront\" does not say"))
  }

  /// Netflix's user table (a Kaggle data set): `User ID`, `Monthly Revenue`, `Join Date` written
  /// day first with two-digit years (`15-01-22`: the 15th says day first). A joined in January
  /// 2022 at 10, B in March at 15; as-of 2022-03 (the latest start): A 10, 10, 10; B 0, 0, 15.
  @Test func aUserTableWithJoinDates() throws {
    let text = """
      User ID,Subscription Type,Monthly Revenue,Join Date,Last Payment Date,Country
      1,Basic,10,15-01-22,10-06-23,United States
      2,Premium,15,05-03-22,22-06-23,Canada
      """
    let c = try read(text)
    #expect(c.firstMonth == Month(year: 2022, month: 1))
    #expect(c.mrrRow("1") == [1_000, 1_000, 1_000])
    #expect(c.mrrRow("2") == [0, 0, 1_500])
    #expect(c.log.files[0].ignoredColumns.contains("Last Payment Date"))
  }

  /// Numeric dates follow the file's day/month order: `31/01/2024` says day first, so
  /// `01/02/2024` is the 1st of February and C bills January only (as-of 2024-02, given).
  @Test func numericDatesFollowTheFilesOrder() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      C,31/01/2024,01/02/2024,10
      D,01/01/2024,,20
      """
    let c = try read(text, options: ImportOptions(asOf: Month(year: 2024, month: 2)))
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.mrrRow("C") == [1_000, 0])
    #expect(c.mrrRow("D") == [2_000, 2_000])
  }

  /// Beside a cube, a file of customers with a start, an end and an MRR column is the cube's
  /// customer list (its facts join), not a second revenue file; a cube's header with a
  /// `Start Date` and an `MRR` column beside its months is a cube.
  @Test func besideACubeItIsACustomerList() throws {
    let cube = """
      Customer,Start Date,MRR,Jan-24,Feb-24,Mar-24
      A,2023-06-01,100,100,100,100
      """
    let list = """
      customer,start_date,end_date,mrr,segment
      A,2023-06-01,,100,enterprise
      """
    let c = try ImportFixtures.read([("cube.csv", cube), ("list.csv", list)])
    #expect(c.log.files.map(\.shape) == [.cube, .cube])
    #expect(c.log.files[1].valuesReason == "customer list (facts only)")
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.accounts[0].segment == "enterprise")
  }

  /// With another file and no revenue file, the error names the file that reads as a
  /// subscriptions table and the option that reads it; with the option, its customer list joins.
  @Test func besideAListTheOptionIsNamedAndReadsIt() throws {
    let files = [
      Importer.SourceFile(name: "subs.csv", bytes: Array(Self.spells.utf8)),
      Importer.SourceFile(
        name: "list.csv", bytes: Array("customer_id,segment\nA,enterprise\n".utf8)),
    ]
    let error = try #require(throws: ARRQualityError.self) { try Importer.read(files) }
    #expect(error.message.contains("subs.csv reads as a subscriptions table"))
    #expect(error.message.contains("pass --shape subscriptions"))
    let c = try Importer.read(files, options: ImportOptions(shape: .subscriptions))
    // As of the latest start, 2024-03 (C's end in April is read as scheduled).
    #expect(c.mrrRow("A") == [2_900, 2_900, 9_900])
    #expect(c.accounts.first { $0.id == "A" }?.segment == "enterprise")
  }
}
